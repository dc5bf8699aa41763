// Every address of the site, decided in one place per language. Pages, the Portable Text renderer,
// redirects and the Studio's Presentation tool link through these.
import { LOCALES, LOCALE_INFO, isLocale, type Locale } from '../i18n/locales';
import { SECTIONS, type Section } from './article-kinds';

const segments = (locale: Locale) => LOCALE_INFO[locale].segments;

const at = (locale: Locale, ...parts: string[]) => `${LOCALE_INFO[locale].prefix}/${parts.map((part) => `${part}/`).join('')}`;

export const homePath = (locale: Locale = 'sv') => at(locale);
export const contactPath = (locale: Locale = 'sv') => at(locale, segments(locale).contact);
export const searchPath = (locale: Locale = 'sv') => at(locale, segments(locale).search);
export const audiencePath = (section: Section, locale: Locale = 'sv') => at(locale, segments(locale)[section]);
export const articlePath = (slug: string, locale: Locale = 'sv') => at(locale, segments(locale).articles, slug);
export const topicPath = (slug: string, locale: Locale = 'sv') => at(locale, segments(locale).topics, slug);
export const pagePath = (slug: string, locale: Locale = 'sv') => at(locale, slug);
/** The crisis plan a visitor fills in on the page ("Min krisplan"). */
export const safetyPlanPath = (locale: Locale = 'sv') => at(locale, segments(locale).safetyPlan);
/** The relatives' guide to making a crisis plan together with someone. */
export const planTogetherPath = (locale: Locale = 'sv') => at(locale, segments(locale).planTogether);
/** Where a language version's 404 page is built; hosts serve it for missing addresses under its prefix (src/lib/serving-config.ts). */
export const notFoundPath = (locale: Locale = 'sv') => at(locale, '404');

/** A language version's own pages, whose addresses no content decides. */
export type FixedPage = { kind: 'home' | 'contact' | 'search' } | { kind: 'section'; section: Section };
export const FIXED_PAGES: readonly FixedPage[] = [{ kind: 'home' }, { kind: 'contact' }, { kind: 'search' }, ...SECTIONS.map((section) => ({ kind: 'section' as const, section }))];

export function fixedPagePath(page: FixedPage, locale: Locale): string {
  if (page.kind === 'section') return audiencePath(page.section, locale);
  return { home: homePath, contact: contactPath, search: searchPath }[page.kind](locale);
}

/** Every language version's own pages. */
export const FIXED_PATHS: readonly string[] = LOCALES.flatMap((locale) => FIXED_PAGES.map((page) => fixedPagePath(page, locale)));

/** Where the draft preview's session starts (Sanity's preview handshake); only the preview server has it. */
export const PREVIEW_ENABLE_PATH = '/_preview/enable/';

/**
 * First path segments the site uses itself (its sections, the 404 page, build output). A generic
 * page is served at /<slug>/, so the Studio, the dataset lint and the build all refuse these.
 */
export const RESERVED_PAGE_SLUGS: ReadonlySet<string> = new Set([
  ...LOCALES.flatMap((locale) => Object.values(segments(locale))),
  ...LOCALES.map((locale) => LOCALE_INFO[locale].prefix.slice(1)).filter(Boolean),
  '404',
  'pagefind',
  '_astro',
]);

/** A slug the site can serve: lower-case letters and digits in groups joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const isSlug = (value: unknown): value is string => typeof value === 'string' && SLUG_PATTERN.test(value);

export type LinkTarget = { _type?: string | null; slug?: string | null; language?: string | null };

/** Where an internal link points (in its target's own language), or undefined when its target is missing or has no slug. */
export function hrefFor(target: LinkTarget | null | undefined): string | undefined {
  if (!target?.slug) return undefined;
  const locale = isLocale(target.language) ? target.language : 'sv';
  switch (target._type) {
    case 'article':
      return articlePath(target.slug, locale);
    case 'topic':
      return topicPath(target.slug, locale);
    case 'page':
      return pagePath(target.slug, locale);
    default:
      return undefined;
  }
}
