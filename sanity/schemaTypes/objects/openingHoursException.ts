import { defineField, defineType } from 'sanity';
import { localizedTextValidation, ok } from '../shared';
import { checkTime, checkTimeRange } from '../../lib/rules';
import { DEFAULT_LANGUAGE, type LocalizedItem } from '../../lib/languages';

type Parent = { closed?: boolean; opens?: string } | undefined;
/** Opening times are needed only when the line is open that day. */
const timeRule =
  (endOfDay: boolean) =>
  (time: string | undefined, { parent }: { parent?: unknown }) => {
    if ((parent as Parent)?.closed) return true;
    if (!time) return 'Ange öppettiden, eller markera dagen som stängd.';
    return ok(checkTime(time, { endOfDay }) ?? (endOfDay ? checkTimeRange((parent as Parent)?.opens, time) : undefined));
  };

export const openingHoursException = defineType({
  name: 'openingHoursException',
  title: 'Avvikande öppettid',
  description: 'Till exempel helgdagar. Ersätter veckoschemat för det datumet.',
  type: 'object',
  fields: [
    defineField({
      name: 'date',
      title: 'Datum',
      type: 'date',
      options: { dateFormat: 'YYYY-MM-DD' },
      validation: (rule) => rule.required().error('Välj datum.'),
    }),
    defineField({ name: 'closed', title: 'Stängt hela dagen', type: 'boolean', initialValue: false }),
    defineField({
      name: 'opens',
      title: 'Öppnar',
      type: 'string',
      hidden: ({ parent }) => !!(parent as Parent)?.closed,
      validation: (rule) => rule.custom(timeRule(false)),
    }),
    defineField({
      name: 'closes',
      title: 'Stänger',
      type: 'string',
      hidden: ({ parent }) => !!(parent as Parent)?.closed,
      validation: (rule) => rule.custom(timeRule(true)),
    }),
    defineField({
      name: 'note',
      title: 'Kommentar',
      description: 'Till exempel ”Julafton”. Skriv den på svenska, engelska och arabiska, eller inte alls.',
      type: 'internationalizedArrayString',
      validation: localizedTextValidation('kommentaren', { whenAny: true }),
    }),
  ],
  preview: {
    select: { date: 'date', closed: 'closed', opens: 'opens', closes: 'closes', note: 'note' },
    prepare: ({ date, closed, opens, closes, note }: { date?: string; closed?: boolean; opens?: string; closes?: string; note?: LocalizedItem<string>[] }) => ({
      title: [date, note?.find(({ language }) => language === DEFAULT_LANGUAGE)?.value].filter(Boolean).join(' – ') || 'Datum saknas',
      subtitle: closed ? 'Stängt' : `${opens ?? '?'}–${closes ?? '?'}`,
    }),
  },
});
