import { defineField, defineType } from 'sanity';

export const internalLink = defineType({
  name: 'internalLink',
  title: 'Intern länk',
  type: 'object',
  fields: [
    defineField({
      name: 'reference',
      title: 'Länkar till',
      type: 'reference',
      to: [{ type: 'article' }, { type: 'page' }, { type: 'topic' }],
      validation: (rule) => rule.required().error('Välj vilken artikel, sida eller vilket ämne länken går till.'),
    }),
  ],
});
