import { defineField, defineType } from 'sanity';

/** A professional who reviews articles; shown as "Granskad av" on the page. */
export const person = defineType({
  name: 'person',
  title: 'Person',
  type: 'document',
  fields: [
    defineField({
      name: 'name',
      title: 'Namn',
      type: 'string',
      validation: (rule) => rule.required().error('Skriv personens namn.'),
    }),
    defineField({
      name: 'professionalTitle',
      title: 'Yrkestitel',
      description: 'Till exempel ”Leg. psykolog” eller ”Leg. sjuksköterska, specialist i psykiatri”.',
      type: 'string',
      validation: (rule) => rule.required().error('Skriv personens yrkestitel, så att läsaren vet vem som har granskat texten.'),
    }),
  ],
  preview: { select: { title: 'name', subtitle: 'professionalTitle' } },
});
