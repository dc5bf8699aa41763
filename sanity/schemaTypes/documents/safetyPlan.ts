import { defineField, defineType, type Rule } from 'sanity';
import { languageField, languageWarning, ok, titleField } from '../shared';
import { checkSaferSurroundings, SUMMARY_MAX, type PlanStepLike } from '../../lib/rules';
import { DEFAULT_LANGUAGE } from '../../lib/languages';
import { SAFETY_PLAN_STEPS, type SafetyPlanStepId } from '../../../src/lib/safety-plan';

const STEP_TITLES: Record<SafetyPlanStepId, { title: string; description: string }> = {
  warningSigns: { title: '1. Varningstecken', description: 'Tankar, känslor och situationer som brukar komma först när det börjar bli svårt.' },
  copingAlone: { title: '2. Det jag kan göra själv', description: 'Sådant som brukar lugna eller distrahera en stund.' },
  distractions: { title: '3. Människor och platser som ger andra tankar', description: 'Sällskap och platser, utan att behöva berätta hur man mår.' },
  askForHelp: { title: '4. Personer jag kan be om hjälp', description: 'Personer att ringa och berätta för.' },
  professionals: {
    title: '5. Vård och stöd',
    description: 'Stödlinjens telefon och chatt med öppettider, Självmordslinjen, 1177 och 112 fylls i automatiskt från Kontaktinställningarna. Skriv inte numren här.',
  },
  saferSurroundings: {
    title: '6. En tryggare omgivning',
    description: 'Skriv bara om att skapa avstånd och att be någon om hjälp. Nämn aldrig sätt eller platser att skada sig: sådana ord stoppar publiceringen.',
  },
  reasons: { title: '7. Det som är viktigt för mig', description: 'Det eller de som gör livet värt att leva, även små saker.' },
};

const languageOf = (document: { [field: string]: unknown } | undefined) => (typeof document?.language === 'string' ? document.language : DEFAULT_LANGUAGE);

const stepField = (name: SafetyPlanStepId) =>
  defineField({
    name,
    ...STEP_TITLES[name],
    type: 'safetyPlanStep',
    fieldset: 'steps',
    validation: (rule: Rule) => [
      rule.required().error('Fyll i steget.'),
      ...(name === 'saferSurroundings' ? [rule.custom((step: PlanStepLike | undefined, { document }) => ok(checkSaferSurroundings(step, languageOf(document))))] : []),
    ],
  });

const textField = (name: string, title: string, description: string, required: string) =>
  defineField({ name, title, description, type: 'text', rows: 4, validation: (rule) => [rule.required().error(required), rule.custom(languageWarning).warning()] });

/**
 * "Min krisplan": the texts of the page where a visitor makes a crisis plan, one document per
 * language. The steps and their order are the site's (src/lib/safety-plan.ts); the entries a
 * visitor writes never leave their device and are never stored here.
 */
export const safetyPlan = defineType({
  name: 'safetyPlan',
  title: 'Min krisplan',
  type: 'document',
  fieldsets: [
    { name: 'steps', title: 'Stegen', description: 'Varje steg visas med rubrik, förklaring och exempel ovanför raderna som besökaren fyller i.' },
    { name: 'together', title: 'För anhöriga: att göra en plan tillsammans', description: 'En kort vägledning på en egen sida, länkad från avsnittet för anhöriga.' },
  ],
  fields: [
    languageField(),
    titleField('Sidans rubrik'),
    textField('intro', 'Inledning', 'Vad en krisplan är och när man gör den. Stycken skiljs med en tom rad.', 'Skriv en inledning.'),
    textField(
      'keptNote',
      'Det här sparas – och inte',
      'Säg rakt vad som sparas och inte: planen skickas inte någonstans och sparas inte i webbläsaren; den finns kvar bara om besökaren skriver ut den eller sparar en fil, och en delad dator kan visa hämtade filer och utskrifter.',
      'Skriv vad som sparas och inte sparas.',
    ),
    ...SAFETY_PLAN_STEPS.map(stepField),
    defineField({
      name: 'togetherTitle',
      title: 'Rubrik',
      type: 'string',
      fieldset: 'together',
      validation: (rule) => [rule.required().error('Skriv en rubrik för vägledningen.'), rule.custom(languageWarning).warning()],
    }),
    defineField({
      name: 'togetherSummary',
      title: 'Sammanfattning',
      description: `Högst ${SUMMARY_MAX} tecken. Visas under rubriken och i sökmotorer.`,
      type: 'text',
      rows: 2,
      fieldset: 'together',
      validation: (rule) => [rule.max(SUMMARY_MAX).error(`Sammanfattningen får vara högst ${SUMMARY_MAX} tecken.`), rule.custom(languageWarning).warning()],
    }),
    // Named `body` as every Portable Text body is, so the site's checks name it as editors know it.
    defineField({ name: 'body', title: 'Vägledning', type: 'body', fieldset: 'together', validation: (rule) => rule.required().min(1).error('Skriv vägledningen.') }),
  ],
  preview: { select: { title: 'title', language: 'language' }, prepare: ({ title, language }) => ({ title, subtitle: language }) },
});
