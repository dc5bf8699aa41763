import { defineField, defineType } from 'sanity';
import { COUNSELLING_LANGUAGES } from '../../lib/languages';

export const COUNSELLING_AVAILABILITY = [
  { title: 'Alltid: alla rådgivare talar språket', value: 'always' },
  { title: 'När en rådgivare som talar språket är i tjänst', value: 'whenAvailable' },
];

/** A language counsellors talk with callers in, and how reliably. Pages promise no more than this. */
export const counsellingLanguage = defineType({
  name: 'counsellingLanguage',
  title: 'Samtalsspråk',
  type: 'object',
  fields: [
    defineField({
      name: 'language',
      title: 'Språk',
      type: 'string',
      options: { list: COUNSELLING_LANGUAGES.map(({ value, title }) => ({ value, title })) },
      validation: (rule) => rule.required().error('Välj språket.'),
    }),
    defineField({
      name: 'availability',
      title: 'När',
      type: 'string',
      options: { list: COUNSELLING_AVAILABILITY, layout: 'radio' },
      initialValue: 'whenAvailable',
      validation: (rule) => rule.required().error('Ange om språket alltid finns eller bara när en rådgivare som talar det är i tjänst.'),
    }),
  ],
  preview: {
    select: { language: 'language', availability: 'availability' },
    prepare: ({ language, availability }: { language?: string; availability?: string }) => ({
      title: COUNSELLING_LANGUAGES.find(({ value }) => value === language)?.title ?? '(inget språk)',
      subtitle: COUNSELLING_AVAILABILITY.find(({ value }) => value === availability)?.title,
    }),
  },
});
