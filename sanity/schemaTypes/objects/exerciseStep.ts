import { defineField, defineType } from 'sanity';

export const exerciseStep = defineType({
  name: 'exerciseStep',
  title: 'Steg',
  type: 'object',
  fields: [
    defineField({
      name: 'text',
      title: 'Vad gör man i det här steget?',
      type: 'string',
      validation: (rule) => rule.required().error('Skriv vad läsaren gör i steget.'),
    }),
  ],
  preview: { select: { title: 'text' } },
});
