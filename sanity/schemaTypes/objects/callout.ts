import { defineField, defineType } from 'sanity';
import { languageWarning } from '../shared';

export const callout = defineType({
  name: 'callout',
  title: 'Faktaruta',
  type: 'object',
  fields: [
    defineField({
      name: 'tone',
      title: 'Typ',
      type: 'string',
      options: {
        list: [
          { title: 'Information', value: 'info' },
          { title: 'Tips', value: 'tip' },
          { title: 'Viktigt', value: 'warning' },
        ],
        layout: 'radio',
        direction: 'horizontal',
      },
      initialValue: 'info',
      validation: (rule) => rule.required().error('Välj typ av ruta.'),
    }),
    defineField({ name: 'title', title: 'Rubrik', type: 'string' }),
    defineField({
      name: 'text',
      title: 'Text',
      type: 'text',
      rows: 4,
      validation: (rule) => [rule.required().error('Skriv rutans text.'), rule.custom(languageWarning).warning()],
    }),
  ],
  preview: {
    select: { title: 'title', subtitle: 'text' },
    prepare: ({ title, subtitle }) => ({ title: title || 'Faktaruta', subtitle }),
  },
});
