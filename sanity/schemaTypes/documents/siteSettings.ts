import { defineField, defineType } from 'sanity';
import { localizedTextValidation } from '../shared';

const pageReference = (name: string, title: string, required = false) =>
  defineField({
    name,
    title,
    type: 'reference',
    to: [{ type: 'page' }],
    validation: required ? (rule) => rule.required().error(`Välj sidan för ${title.toLowerCase()}.`) : undefined,
  });

/** Singleton (document id "siteSettings"). */
export const siteSettings = defineType({
  name: 'siteSettings',
  title: 'Webbplatsinställningar',
  type: 'document',
  fields: [
    defineField({
      name: 'siteName',
      title: 'Webbplatsens namn',
      type: 'string',
      initialValue: 'Stödlinjen',
      validation: (rule) => rule.required().error('Ange webbplatsens namn.'),
    }),
    defineField({
      name: 'tagline',
      title: 'Slogan',
      description: 'Visas under namnet överst på varje sida, på varje språk.',
      type: 'internationalizedArrayString',
      validation: localizedTextValidation('sloganen'),
    }),
    defineField({
      name: 'description',
      title: 'Beskrivning',
      description: 'Startsidans beskrivning i sökmotorer, på varje språk.',
      type: 'internationalizedArrayText',
      validation: localizedTextValidation('beskrivningen'),
    }),
    defineField({
      name: 'quickExitUrl',
      title: 'Adress för ”Lämna sidan snabbt”',
      description: 'En neutral sida som besökaren skickas till, till exempel en vädersida.',
      type: 'url',
      initialValue: 'https://www.smhi.se/',
      validation: (rule) => [rule.required().error('Ange adressen som ”Lämna sidan snabbt” går till.'), rule.uri({ scheme: ['https'] }).error('Ange en fullständig adress som börjar med https://.')],
    }),
    pageReference('aboutPage', 'Om stödlinjen'),
    pageReference('privacyPage', 'Integritet'),
    // The accessibility statement must be linked from every page (DOS-lagen).
    pageReference('accessibilityPage', 'Tillgänglighetsredogörelse', true),
    pageReference('safeBrowsingPage', 'Säker surfning'),
    defineField({
      name: 'crisisSearchTerms',
      title: 'Sökord som visar akut hjälp',
      description: 'När någon söker på de här orden visas hjälp att få kontakt direkt, före sökresultaten. En lista per språk: på arabiska gärna både med och utan vokaltecken och hamza.',
      type: 'internationalizedArraySearchTerms',
      validation: localizedTextValidation('sökorden för akut hjälp'),
    }),
    defineField({
      name: 'searchSynonyms',
      title: 'Vardagsord i sökningen',
      description:
        'Ord som besökare skriver och ordet texterna använder, till exempel ”deppig” och ”deprimerad” för ”depression”. En sökning på något av orden hittar också texter med de andra. En lista per språk.',
      type: 'internationalizedArraySearchSynonyms',
    }),
    defineField({
      name: 'accessibility',
      title: 'Tillgänglighetsredogörelse',
      type: 'accessibilityStatus',
      validation: (rule) => rule.required().error('Fyll i uppgifterna för tillgänglighetsredogörelsen.'),
    }),
  ],
  preview: { prepare: () => ({ title: 'Webbplatsinställningar' }) },
});
