import { defineArrayMember, defineField, defineType } from 'sanity';
import { repeatedTermProblem, searchWordProblem } from '../../lib/search-words';

const pageReference = (name: string, title: string, required = false) =>
  defineField({
    name,
    title,
    type: 'reference',
    to: [{ type: 'page' }],
    validation: required ? (rule) => rule.required().error(`Välj sidan för ${title.toLowerCase()}.`) : undefined,
  });

const searchWordError = (value: string | undefined) => searchWordProblem(value) ?? true;

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
    defineField({ name: 'tagline', title: 'Slogan', type: 'string' }),
    defineField({ name: 'description', title: 'Beskrivning', description: 'Startsidans beskrivning i sökmotorer.', type: 'text', rows: 3 }),
    defineField({
      name: 'quickExitUrl',
      title: 'Adress för ”Lämna sidan snabbt”',
      description: 'En neutral sida som besökaren skickas till, till exempel en vädersida.',
      type: 'url',
      initialValue: 'https://www.smhi.se/',
      validation: (rule) => [
        rule.required().error('Ange adressen som ”Lämna sidan snabbt” går till.'),
        rule.uri({ scheme: ['https'] }).error('Ange en fullständig adress som börjar med https://.'),
      ],
    }),
    pageReference('aboutPage', 'Om stödlinjen'),
    pageReference('privacyPage', 'Integritet'),
    // The accessibility statement must be linked from every page (DOS-lagen).
    pageReference('accessibilityPage', 'Tillgänglighetsredogörelse', true),
    pageReference('safeBrowsingPage', 'Säker surfning'),
    defineField({
      name: 'crisisSearchTerms',
      title: 'Sökord som visar akut hjälp',
      description: 'När någon söker på de här orden visas hjälp att få kontakt direkt, före sökresultaten.',
      type: 'array',
      of: [defineArrayMember({ type: 'string' })],
      options: { layout: 'tags' },
    }),
    defineField({
      name: 'searchSynonyms',
      title: 'Vardagsord i sökningen',
      description:
        'Ord som besökare skriver och ordet texterna använder, till exempel ”deppig” och ”deprimerad” för ”depression”. En sökning på något av orden hittar också texter med de andra.',
      type: 'array',
      of: [
        defineArrayMember({
          name: 'searchSynonym',
          title: 'Ord med samma betydelse',
          type: 'object',
          fields: [
            defineField({
              name: 'term',
              title: 'Ordet i texterna',
              type: 'string',
              validation: (rule) => [rule.required().error('Ange ordet som texterna använder.'), rule.custom(searchWordError)],
            }),
            defineField({
              name: 'synonyms',
              title: 'Vardagsord för samma sak',
              type: 'array',
              of: [defineArrayMember({ type: 'string', validation: (rule) => rule.custom(searchWordError) })],
              options: { layout: 'tags' },
              validation: (rule) => rule.required().min(1).error('Ange minst ett vardagsord.').unique(),
            }),
          ],
          preview: {
            select: { term: 'term', synonyms: 'synonyms' },
            prepare: ({ term, synonyms }: { term?: string; synonyms?: string[] }) => ({ title: term ?? '(inget ord)', subtitle: (synonyms ?? []).join(', ') }),
          },
        }),
      ],
      validation: (rule) => rule.custom((entries: Array<{ term?: string }> | undefined) => repeatedTermProblem(entries) ?? true),
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
