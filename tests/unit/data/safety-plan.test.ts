// The crisis plan's texts, one document per language: each language version gets its own plan page
// (easy-read Swedish the Swedish texts where it has none), the steps in the site's order, and bad
// content left out with a warning naming the document and field, as everywhere else.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseNdjson, type SanityDocument } from '../../../src/data/embedded';
import { ContentError } from '../../../src/data/report';
import { LOCALES } from '../../../src/i18n/locales';
import { SAFETY_PLAN_STEPS } from '../../../src/lib/safety-plan';
import { routeTable } from '../../../src/routing/table';
import { contactSettingsDocument, load as loadDocuments, safetyPlan as plan, translationMetadata } from '../../support/fixtures';

const step = (heading: unknown, more: Record<string, unknown> = {}) => ({ _type: 'safetyPlanStep', heading, explanation: `Om ${String(heading)}.`, examples: ['Ett exempel'], ...more });

async function load(documents: SanityDocument[]) {
  const { content, warnings } = await loadDocuments([contactSettingsDocument(), ...documents], { today: '2026-12-01' });
  return { content, warnings, routes: routeTable(content) };
}
const planRoutes = (routes: Awaited<ReturnType<typeof load>>['routes']) =>
  routes.filter((route) => route.kind === 'safetyPlan' || route.kind === 'planTogether').map((route) => `${route.kind} ${route.path}`);

describe('the crisis plan in each language version', () => {
  it('the embedded content gives every language version its own plan, with every step in order and the relatives\u2019 guide', async () => {
    const documents = parseNdjson(readFileSync(new URL('../../../sanity/dataset/data.ndjson', import.meta.url), 'utf8'), 'data.ndjson');
    const { content, warnings } = await load(documents.filter((doc) => doc._id !== 'contactSettings'));
    for (const locale of LOCALES) {
      const own = content.locales[locale].safetyPlan;
      expect(own?.language, locale).toBe(locale);
      expect(own?.steps.map((entry) => entry.id)).toEqual([...SAFETY_PLAN_STEPS]);
      expect(own?.steps.every((entry) => entry.explanation && entry.examples.length > 0)).toBe(true);
      expect(own?.keptNote).toBeTruthy();
      expect(own?.together?.body.length).toBeGreaterThan(3);
    }
    expect(warnings.filter((warning) => warning.docId.includes('safety-plan'))).toEqual([]);
  });

  it('has a page and a relatives\u2019 guide in each language with a plan, each leading to the others', async () => {
    const { content, routes } = await load([plan('plan', 'sv'), plan('plan__en', 'en'), plan('plan__ar', 'ar'), plan('plan__lattlast', 'sv-lattlast')]);
    expect(planRoutes(routes)).toEqual([
      'safetyPlan /min-krisplan/',
      'planTogether /krisplan-tillsammans/',
      'safetyPlan /lattlast/min-krisplan/',
      'planTogether /lattlast/krisplan-tillsammans/',
      'safetyPlan /en/my-crisis-plan/',
      'planTogether /en/crisis-plan-together/',
      'safetyPlan /ar/my-crisis-plan/',
      'planTogether /ar/crisis-plan-together/',
    ]);
    const english = routes.find((route) => route.path === '/en/my-crisis-plan/')!;
    expect(english.alternates.map(({ locale, path }) => `${locale} ${path}`)).toEqual(['sv /min-krisplan/', 'sv-lattlast /lattlast/min-krisplan/', 'ar /ar/my-crisis-plan/']);
    expect(content.locales.ar.safetyPlan?.together?.translations.map(({ path }) => path)).toContain('/krisplan-tillsammans/');
  });

  it('gives easy-read Swedish without a plan of its own the Swedish texts, and English without one no plan page, saying so', async () => {
    const { content, warnings, routes } = await load([plan('plan', 'sv'), plan('plan__ar', 'ar')]);
    expect(content.locales['sv-lattlast'].safetyPlan).toMatchObject({ _id: 'plan', language: 'sv', path: '/lattlast/min-krisplan/' });
    expect(content.locales.en.safetyPlan).toBeNull();
    expect(planRoutes(routes).filter((route) => route.includes('/en/'))).toEqual([]);
    expect(warnings).toContainEqual({ docId: 'plan', field: 'language', message: 'has no en version; the en pages have no crisis plan and do not link to one' });
    expect(warnings.filter((warning) => warning.message.includes('sv-lattlast'))).toEqual([]);
  });

  it('reads fields of the wrong kind as absent, naming the document and field, and leaves out what cannot be shown', async () => {
    const { content, warnings } = await load([
      plan('plan', 'sv', {
        intro: { _type: 'block' },
        warningSigns: step(42),
        copingAlone: 'Gå ut',
        reasons: step('Det här är viktigt', { examples: ['Mitt husdjur', { text: 'x' }] }),
        body: 'Skriv tillsammans.',
      }),
    ]);
    const sv = content.locales.sv.safetyPlan!;
    expect(sv.intro).toBeNull();
    expect(sv.steps.map((entry) => entry.id)).toEqual(SAFETY_PLAN_STEPS.filter((id) => id !== 'warningSigns' && id !== 'copingAlone'));
    expect(sv.steps.find((entry) => entry.id === 'reasons')?.examples).toEqual(['Mitt husdjur']);
    expect(sv.together).toBeNull();
    expect(warnings).toEqual(
      expect.arrayContaining([
        { docId: 'plan', field: 'intro', message: 'is an object, not text; left out' },
        { docId: 'plan', field: 'warningSigns.heading', message: 'is a number, not text; left out' },
        { docId: 'plan', field: 'warningSigns.heading', message: 'is missing; the step is left out of the plan' },
        // GROQ projects a step or a body that is not an object or a list to null: read as missing.
        { docId: 'plan', field: 'copingAlone.heading', message: 'is missing; the step is left out of the plan' },
        { docId: 'plan', field: 'reasons.examples[1]', message: 'is an object, not text; left out' },
        { docId: 'plan', field: 'body', message: 'is missing, empty or not a list of blocks; the relatives\u2019 guide is left out' },
      ]),
    );
  });

  it('leaves out a plan without a title and says when nothing tells the visitor what is kept', async () => {
    const { content, warnings } = await load([plan('plan', 'sv', { title: ['Min krisplan'] }), plan('plan__en', 'en', { keptNote: null })]);
    expect(content.locales.sv.safetyPlan).toBeNull();
    expect(content.locales.en.safetyPlan?.keptNote).toBeNull();
    expect(warnings).toContainEqual({ docId: 'plan', field: 'title', message: 'is missing; the crisis plan is left out' });
    expect(warnings).toContainEqual({ docId: 'plan__en', field: 'keptNote', message: 'is missing; the plan page does not say what is kept' });
  });

  it('stops the build when two plans claim one language, naming both', async () => {
    const error = await load([plan('plan', 'sv'), plan('plan-2', 'sv')]).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).documents).toEqual([
      { documentId: 'plan', field: 'language' },
      { documentId: 'plan-2', field: 'language' },
    ]);
  });

  it('checks the links between the plan\u2019s translations like any other document\u2019s', async () => {
    const metadata = translationMetadata('translation-plan', 'safetyPlan', [
      ['sv', 'plan'],
      ['en', 'plan__en'],
      ['ar', 'plan'],
    ]);
    const { warnings } = await load([plan('plan', 'sv'), plan('plan__en', 'en'), metadata]);
    expect(warnings.filter((warning) => warning.docId === 'translation-plan')).toEqual([
      { docId: 'translation-plan', field: 'translations[2].language', message: 'is ar, but the document it refers to, "plan", is in sv; the link is left out until they agree' },
    ]);
  });
});
