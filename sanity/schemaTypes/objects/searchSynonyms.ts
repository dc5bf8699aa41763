import { defineArrayMember, defineField, defineType } from 'sanity';
import { repeatedTermProblem, searchWordProblem } from '../../lib/search-words';

const searchWordError = (value: string | undefined) => searchWordProblem(value) ?? true;

/** A word the texts use and the everyday words visitors type for the same thing. */
export const searchSynonym = defineType({
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
});

/** One language's everyday words (siteSettings.searchSynonyms holds one list per language). */
export const searchSynonyms = defineType({
  name: 'searchSynonyms',
  title: 'Vardagsord',
  type: 'array',
  of: [defineArrayMember({ type: 'searchSynonym' })],
  validation: (rule) => rule.custom((entries: Array<{ term?: string }> | undefined) => repeatedTermProblem(entries) ?? true),
});
