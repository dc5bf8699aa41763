import { defineArrayMember, defineField, defineType } from 'sanity';

export const helpBox = defineType({
  name: 'helpBox',
  title: 'Hjälpruta',
  description: 'Stödlinjens nummer och ”Vid akut fara: ring 112” läggs alltid till automatiskt. Lägg till andra tjänster som är öppna dygnet runt.',
  type: 'object',
  fields: [
    defineField({
      name: 'title',
      title: 'Rubrik',
      description: 'Till exempel ”Du behöver inte vara ensam med det här”.',
      type: 'string',
      validation: (rule) => rule.required().error('Skriv en rubrik för hjälprutan.'),
    }),
    defineField({ name: 'text', title: 'Text', type: 'text', rows: 3 }),
    defineField({
      name: 'contacts',
      title: 'Andra kontakter',
      type: 'array',
      of: [defineArrayMember({ type: 'helpContact' })],
    }),
  ],
  preview: {
    select: { title: 'title', contacts: 'contacts' },
    prepare: ({ title, contacts }) => ({
      title: title || 'Hjälpruta',
      subtitle: `Hjälpruta · ${(contacts as unknown[] | undefined)?.length ?? 0} andra kontakter`,
    }),
  },
});
