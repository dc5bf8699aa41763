import { defineArrayMember, defineField, defineType } from 'sanity';
import { languageWarning } from '../shared';

/** One step of the crisis plan: what the visitor reads above the lines they fill in. */
export const safetyPlanStep = defineType({
  name: 'safetyPlanStep',
  title: 'Steg i krisplanen',
  type: 'object',
  fields: [
    defineField({
      name: 'heading',
      title: 'Rubrik',
      description: 'Kort, i jag-form, till exempel ”Mina varningstecken”.',
      type: 'string',
      validation: (rule) => [
        rule.required().error('Skriv en rubrik för steget.'),
        rule.max(60).warning('Håll rubriken kort, så att planen får plats på en sida när den skrivs ut.'),
        rule.custom(languageWarning).warning(),
      ],
    }),
    defineField({
      name: 'explanation',
      title: 'Förklaring',
      description: 'En eller två korta meningar i du-form: vad steget är och hur man tänker.',
      type: 'text',
      rows: 3,
      validation: (rule) => [rule.required().error('Skriv en kort förklaring av steget.'), rule.custom(languageWarning).warning()],
    }),
    defineField({
      name: 'examples',
      title: 'Exempel',
      description: 'Några korta exempel som hjälper läsaren att komma igång.',
      type: 'array',
      of: [defineArrayMember({ type: 'string', validation: (rule) => rule.custom(languageWarning).warning() })],
      validation: (rule) => [rule.min(1).warning('Ge minst ett exempel.'), rule.max(6).warning('Högst sex exempel, så att steget går att överblicka.')],
    }),
  ],
  preview: { select: { title: 'heading', subtitle: 'explanation' } },
});
