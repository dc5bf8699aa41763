// The crisis plan's texts ("Min krisplan"), one document per language, read as the plan page shows
// them: each field of the kind the page expects (others reported, naming document and field), the
// steps in the site's order (src/lib/safety-plan.ts), the relatives' guide only when it is whole.
//
// Which texts a language version gets: its own document; easy-read Swedish without one gets the
// Swedish texts (as everywhere, easy-read rewords Swedish). English and Arabic without their own
// have no plan page: a page of Swedish instructions helps little someone who reads Arabic, and the
// site never puts Swedish text in their place. The links to the plan are left out there with it.
import type { SAFETY_PLANS_QUERY_RESULT } from '../sanity.types';
import { LOCALES, LOCALE_INFO, type Locale } from '../i18n/locales';
import { SAFETY_PLAN_STEPS, type SafetyPlanStepId } from '../lib/safety-plan';
import { planTogetherPath, safetyPlanPath } from '../lib/routes';
import { ContentError, type ContentReport } from './report';
import { fieldsOf } from './shape';
import type { Alternate } from './translations';

export type SafetyPlanStep = { id: SafetyPlanStepId; heading: string; explanation: string | null; examples: string[] };

/** The relatives' guide to making a plan together with someone. */
export type PlanTogether = { title: string; summary: string | null; body: unknown[]; path: string; translations: Alternate[] };

export type SafetyPlan = {
  _id: string;
  /** The language the texts are written in: Swedish on easy-read pages that have none of their own. */
  language: Locale;
  _updatedAt: string | null;
  title: string;
  intro: string | null;
  keptNote: string | null;
  steps: SafetyPlanStep[];
  together: PlanTogether | null;
  path: string;
  /** The plan page in the site's other language versions. */
  translations: Alternate[];
};

type Raw = SAFETY_PLANS_QUERY_RESULT[number];
/** A plan as read from its document, before it is placed in a language version. */
export type PlanTexts = Omit<SafetyPlan, 'path' | 'translations' | 'together'> & { together: Omit<PlanTogether, 'path' | 'translations'> | null };

const isBlock = (block: unknown) => !!block && typeof block === 'object' && typeof (block as { _type?: unknown })._type === 'string';

/** One plan document's texts; null (with a warning) when it has no title, as a page cannot go without one. */
export function readSafetyPlan(raw: Omit<Raw, 'language'> & { language: Locale }, report: ContentReport): PlanTexts | null {
  const f = fieldsOf(raw._id, report);
  const title = f.text(raw.title, 'title')?.trim();
  if (!title) {
    report.warn(raw._id, 'title', 'is missing; the crisis plan is left out');
    return null;
  }
  const keptNote = f.text(raw.keptNote, 'keptNote')?.trim() || null;
  if (!keptNote) report.warn(raw._id, 'keptNote', 'is missing; the plan page does not say what is kept');
  const steps = SAFETY_PLAN_STEPS.flatMap((id): SafetyPlanStep[] => {
    const step = f.object(raw[id], id);
    const heading = step && f.text(step.heading, `${id}.heading`)?.trim();
    if (!heading) {
      report.warn(raw._id, `${id}.heading`, 'is missing; the step is left out of the plan');
      return [];
    }
    return [{ id, heading, explanation: f.text(step.explanation, `${id}.explanation`)?.trim() || null, examples: f.texts(step.examples, `${id}.examples`).map((text) => text.trim()) }];
  });
  const togetherTitle = f.text(raw.togetherTitle, 'togetherTitle')?.trim();
  const body = f.list(raw.body, 'body').filter(isBlock);
  if (togetherTitle && !body.length) report.warn(raw._id, 'body', 'is missing, empty or not a list of blocks; the relatives\u2019 guide is left out');
  if (!togetherTitle && body.length) report.warn(raw._id, 'togetherTitle', 'is missing; the relatives\u2019 guide is left out');
  return {
    _id: raw._id,
    language: raw.language,
    _updatedAt: f.text(raw._updatedAt, '_updatedAt'),
    title,
    intro: f.text(raw.intro, 'intro')?.trim() || null,
    keptNote,
    steps,
    together: togetherTitle && body.length ? { title: togetherTitle, summary: f.text(raw.togetherSummary, 'togetherSummary')?.trim() || null, body } : null,
  };
}

/**
 * Each language version's crisis plan, or null where it has none. Two plans in one language stop
 * the build, naming both: the site has one plan page per language and cannot choose.
 */
export function plansByLocale(plans: readonly PlanTexts[], report: ContentReport): Record<Locale, SafetyPlan | null> {
  const own = new Map<Locale, PlanTexts>();
  for (const plan of plans) {
    const other = own.get(plan.language);
    if (other) {
      throw new ContentError(`Two crisis plans in language "${plan.language}": documents "${other._id}" and "${plan._id}". The site has one plan page per language; delete or unpublish one of them.`, [
        { documentId: other._id, field: 'language' },
        { documentId: plan._id, field: 'language' },
      ]);
    }
    own.set(plan.language, plan);
  }
  const texts = Object.fromEntries(
    LOCALES.map((locale) => {
      const reworded = LOCALE_INFO[locale].rewords as Locale | undefined;
      return [locale, own.get(locale) ?? (reworded ? own.get(reworded) : undefined) ?? null];
    }),
  ) as Record<Locale, PlanTexts | null>;
  const swedish = own.get('sv');
  for (const locale of LOCALES) if (swedish && !texts[locale]) report.warn(swedish._id, 'language', `has no ${locale} version; the ${locale} pages have no crisis plan and do not link to one`);
  const others = (locale: Locale, path: (l: Locale) => string, title: (plan: PlanTexts) => string | undefined) =>
    LOCALES.flatMap((other): Alternate[] => {
      const plan = texts[other];
      const name = plan && title(plan);
      return other !== locale && name ? [{ locale: other, path: path(other), title: name }] : [];
    });
  return Object.fromEntries(
    LOCALES.map((locale) => {
      const plan = texts[locale];
      if (!plan) return [locale, null];
      const together = plan.together && { ...plan.together, path: planTogetherPath(locale), translations: others(locale, planTogetherPath, (p) => p.together?.title) };
      return [locale, { ...plan, together, path: safetyPlanPath(locale), translations: others(locale, safetyPlanPath, (p) => p.title) }];
    }),
  ) as Record<Locale, SafetyPlan | null>;
}
