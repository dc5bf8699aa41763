import { defineField, defineType } from 'sanity';
import { ok } from '../shared';
import { checkTime, checkTimeRange, checkWeekday } from '../../lib/rules';
import { WEEKDAYS, weekdayName } from '../../../src/lib/opening-hours-rules';

const DAY_OPTIONS = WEEKDAYS.map((value) => {
  const name = weekdayName(value, 'sv-SE');
  return { title: name.charAt(0).toLocaleUpperCase('sv-SE') + name.slice(1), value };
});

const TIME_HELP = 'TT:MM. Stänger den före eller samtidigt som den öppnar räknas det som öppet över midnatt; 00:00–24:00 är hela dygnet.';

export const openingHoursDay = defineType({
  name: 'openingHoursDay',
  title: 'Öppettid',
  type: 'object',
  fields: [
    defineField({
      name: 'day',
      title: 'Veckodag',
      type: 'string',
      options: { list: DAY_OPTIONS },
      validation: (rule) => [rule.required().error('Välj veckodag.'), rule.custom((day: string | undefined) => ok(checkWeekday(day)))],
    }),
    defineField({
      name: 'opens',
      title: 'Öppnar',
      description: TIME_HELP,
      type: 'string',
      validation: (rule) => [rule.required().error('Ange när linjen öppnar.'), rule.custom((time: string | undefined) => ok(checkTime(time)))],
    }),
    defineField({
      name: 'closes',
      title: 'Stänger',
      description: TIME_HELP,
      type: 'string',
      validation: (rule) => [
        rule.required().error('Ange när linjen stänger.'),
        rule.custom((time: string | undefined, { parent }) => ok(checkTime(time, { endOfDay: true }) ?? checkTimeRange((parent as { opens?: string } | undefined)?.opens, time))),
      ],
    }),
  ],
  preview: {
    select: { day: 'day', opens: 'opens', closes: 'closes' },
    prepare: ({ day, opens, closes }) => ({
      title: DAY_OPTIONS.find((option) => option.value === day)?.title ?? 'Veckodag saknas',
      subtitle: `${opens ?? '?'}–${closes ?? '?'}`,
    }),
  },
});
