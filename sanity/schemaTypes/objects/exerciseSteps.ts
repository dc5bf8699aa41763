import { defineArrayMember, defineField, defineType } from 'sanity';

export const exerciseSteps = defineType({
  name: 'exerciseSteps',
  title: 'Övning i steg',
  type: 'object',
  fields: [
    defineField({ name: 'title', title: 'Rubrik', type: 'string' }),
    defineField({
      name: 'durationMinutes',
      title: 'Tid i minuter',
      type: 'number',
      validation: (rule) => rule.integer().positive().error('Ange tiden som ett helt antal minuter.'),
    }),
    defineField({
      name: 'steps',
      title: 'Steg',
      type: 'array',
      of: [defineArrayMember({ type: 'exerciseStep' })],
      validation: (rule) => rule.required().min(2).error('En övning behöver minst två steg.'),
    }),
  ],
  preview: {
    select: { title: 'title', steps: 'steps' },
    prepare: ({ title, steps }) => ({ title: title || 'Övning', subtitle: `Övning · ${(steps as unknown[] | undefined)?.length ?? 0} steg` }),
  },
});
