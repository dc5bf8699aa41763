import { defineField, defineType } from 'sanity';

export const faqItem = defineType({
  name: 'faqItem',
  title: 'Fråga och svar',
  type: 'object',
  fields: [
    defineField({
      name: 'question',
      title: 'Fråga',
      type: 'string',
      validation: (rule) => rule.required().error('Skriv frågan.'),
    }),
    defineField({
      name: 'answer',
      title: 'Svar',
      type: 'text',
      rows: 4,
      validation: (rule) => rule.required().error('Skriv svaret.'),
    }),
  ],
  preview: { select: { title: 'question', subtitle: 'answer' } },
});
