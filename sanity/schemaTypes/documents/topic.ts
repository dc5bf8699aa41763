import { defineField, defineType } from 'sanity';
import { languageField, languageWarning, slugField, titleField } from '../shared';
import { DESCRIPTION_MAX } from '../../lib/rules';

export const topic = defineType({
  name: 'topic',
  title: 'Ämne',
  type: 'document',
  fields: [
    languageField(),
    titleField(),
    slugField(),
    defineField({
      name: 'description',
      title: 'Beskrivning',
      description: `Visas på startsidan och ämnessidan. Högst ${DESCRIPTION_MAX} tecken.`,
      type: 'text',
      rows: 3,
      validation: (rule) => [
        rule.required().error('Skriv en kort beskrivning av ämnet.'),
        rule.max(DESCRIPTION_MAX).error(`Beskrivningen får vara högst ${DESCRIPTION_MAX} tecken.`),
        rule.custom(languageWarning).warning(),
      ],
    }),
    defineField({
      name: 'order',
      title: 'Ordning',
      description: 'Lägre nummer visas först på startsidan.',
      type: 'number',
      validation: (rule) => rule.integer().error('Ange ett heltal.'),
    }),
  ],
  orderings: [
    {
      title: 'Ordning',
      name: 'order',
      by: [
        { field: 'order', direction: 'asc' },
        { field: 'title', direction: 'asc' },
      ],
    },
  ],
  preview: {
    select: { title: 'title', language: 'language', description: 'description' },
    prepare: ({ title, language, description }) => ({ title, subtitle: [language, description].filter(Boolean).join(' · ') }),
  },
});
