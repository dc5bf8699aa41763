import { defineArrayMember, defineField, defineType } from 'sanity';
import { localizedTextValidation, ok } from '../shared';
import { checkExceptionDates, checkPhone, checkServiceUrl, checkTimeZone } from '../../lib/rules';
import { LINE_TIME_ZONE } from '../../../src/lib/today';

const statusText = (name: string, title: string, example: string) =>
  defineField({
    name,
    title,
    description: `Till exempel ”${example}”.`,
    type: 'internationalizedArrayString',
    fieldset: 'texts',
    validation: localizedTextValidation(`texten som visas ${title.toLowerCase()}`),
  });

const httpsUrl = (name: string, title: string, description: string) =>
  defineField({
    name,
    title,
    description,
    type: 'url',
    validation: (rule) => [rule.required().error(`Ange ${title.toLowerCase()}.`), rule.custom((url: string | undefined) => ok(checkServiceUrl(url)))],
  });

/** Singleton (document id "contactSettings"). The site shows open/closed from these hours even when the live status is unreachable. */
export const contactSettings = defineType({
  name: 'contactSettings',
  title: 'Kontaktinställningar',
  type: 'document',
  fieldsets: [{ name: 'texts', title: 'Texter om chattens status' }],
  fields: [
    defineField({
      name: 'phoneNumber',
      title: 'Telefonnummer',
      description: 'Så som det visas, till exempel ”90 390”. Ring-länken skapas från siffrorna.',
      type: 'string',
      validation: (rule) => [rule.required().error('Ange stödlinjens telefonnummer.'), rule.custom((phone: string | undefined) => ok(checkPhone(phone)))],
    }),
    defineField({ name: 'chatEnabled', title: 'Chatten är på', type: 'boolean', initialValue: true }),
    httpsUrl('chatEmbedUrl', 'Chattens adress', 'Adressen som chatten bäddas in från.'),
    httpsUrl('chatStatusUrl', 'Statusadress', 'Adressen som anger om chatten är öppen, upptagen eller stängd just nu.'),
    defineField({
      name: 'timeZone',
      title: 'Tidszon',
      description: 'Öppettiderna gäller i den här tidszonen.',
      type: 'string',
      initialValue: LINE_TIME_ZONE,
      readOnly: true,
      validation: (rule) => rule.custom((zone: string | undefined) => ok(checkTimeZone(zone))),
    }),
    defineField({
      name: 'openingHours',
      title: 'Öppettider',
      description: 'Veckoschema. En veckodag kan ha flera rader om linjen har uppehåll.',
      type: 'array',
      of: [defineArrayMember({ type: 'openingHoursDay' })],
      validation: (rule) => rule.required().min(1).error('Lägg in öppettiderna.'),
    }),
    defineField({
      name: 'openingHoursExceptions',
      title: 'Avvikande öppettider',
      type: 'array',
      of: [defineArrayMember({ type: 'openingHoursException' })],
      validation: (rule) =>
        rule.custom((list: Array<{ _key?: string; date?: string }> | undefined) => {
          const repeated = checkExceptionDates(list);
          return repeated.length ? repeated.map(({ message, index }) => ({ message, path: list![index]!._key ? [{ _key: list![index]!._key! }, 'date'] : [index, 'date'] })) : true;
        }),
    }),
    defineField({
      name: 'counsellingLanguages',
      title: 'Språk i samtalen',
      description: 'Vilka språk rådgivarna talar i telefon och chatt. Webbplatsen lovar inget annat språk än de som står här.',
      type: 'array',
      of: [defineArrayMember({ type: 'counsellingLanguage' })],
      validation: (rule) =>
        rule.custom((list: Array<{ language?: string; availability?: string }> | undefined) => {
          if (!list?.some(({ availability }) => availability === 'always')) return 'Minst ett språk måste alltid finnas, till exempel svenska.';
          const languages = list.map(({ language }) => language).filter(Boolean);
          return new Set(languages).size === languages.length ? true : 'Samma språk står två gånger.';
        }),
    }),
    defineField({
      name: 'counsellingNote',
      title: 'Text om språk i samtalen',
      description: 'Visas för besökaren, på varje språk, till exempel ”Samtalen sker på svenska. Ibland finns en rådgivare som talar engelska.” Lova inte mer än ”Språk i samtalen” säger.',
      type: 'internationalizedArrayText',
      validation: localizedTextValidation('texten om språk i samtalen'),
    }),
    statusText('statusOpenText', 'När chatten är öppen', 'Vi svarar nu'),
    statusText('statusBusyText', 'När chatten är upptagen', 'Många vill prata just nu. Du kan behöva vänta en stund'),
    statusText('statusClosedText', 'När chatten är stängd', 'Chatten är stängd just nu'),
    statusText('statusUnavailableText', 'När statusen inte går att nå', 'Vi kan inte visa om chatten är öppen just nu'),
  ],
  preview: { prepare: () => ({ title: 'Kontaktinställningar' }) },
});
