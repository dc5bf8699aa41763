// Every address of the site, decided in one place per language. Pages, the Portable Text renderer,
// redirects and the Studio's Presentation tool link through these.
import { LOCALES, LOCALE_INFO, isLocale, type Locale } from '../i18n/locales';

type Segments = { articles: string; topics: string; contact: string; search: string; self: string; relatives: string };

const SWEDISH: Segments = { articles: 'artiklar', topics: 'amnen', contact: 'kontakt', search: 'sok', self: 'jag-mar-daligt', relatives: 'jag-ar-orolig-for-nagon' };
// Arabic addresses use the English words: ASCII addresses survive being typed, read aloud and shared.
const ENGLISH: Segments = { articles: 'articles', topics: 'topics', contact: 'contact', search: 'search', self: 'struggling', relatives: 'worried-about-someone' };

export const SEGMENTS: Record<Locale, Segments> = { sv: SWEDISH, 'sv-lattlast': SWEDISH, en: ENGLISH, ar: ENGLISH };

const at = (locale: Locale, ...parts: string[]) => `${LOCALE_INFO[locale].prefix}/${parts.map((part) => `${part}/`).join('')}`;

export type Audience = 'self' | 'relatives' | 'both';
export type Section = 'self' | 'relatives';

export const homePath = (locale: Locale = 'sv') => at(locale);
export const contactPath = (locale: Locale = 'sv') => at(locale, SEGMENTS[locale].contact);
export const searchPath = (locale: Locale = 'sv') => at(locale, SEGMENTS[locale].search);
export const audiencePath = (section: Section, locale: Locale = 'sv') => at(locale, SEGMENTS[locale][section]);
export const articlePath = (slug: string, locale: Locale = 'sv') => at(locale, SEGMENTS[locale].articles, slug);
export const topicPath = (slug: string, locale: Locale = 'sv') => at(locale, SEGMENTS[locale].topics, slug);
export const pagePath = (slug: string, locale: Locale = 'sv') => at(locale, slug);

/** A language version's own pages, whose addresses no content decides. */
export const fixedPaths = (locale: Locale): string[] => [
  homePath(locale),
  contactPath(locale),
  searchPath(locale),
  audiencePath('self', locale),
  audiencePath('relatives', locale),
];

export const HOME_PATH = homePath('sv');
export const CONTACT_PATH = contactPath('sv');
export const SEARCH_PATH = searchPath('sv');
export const AUDIENCE_PATHS = { self: audiencePath('self'), relatives: audiencePath('relatives') } as const;

/** Every language version's own pages. */
export const FIXED_PATHS: readonly string[] = LOCALES.flatMap(fixedPaths);

/** Where the draft preview's session starts (Sanity's preview handshake); only the preview server has it. */
export const PREVIEW_ENABLE_PATH = '/_preview/enable/';

/**
 * First path segments the site uses itself (its sections, the 404 page, build output). A generic
 * page is served at /<slug>/, so the Studio, the dataset lint and the build all refuse these.
 */
export const RESERVED_PAGE_SLUGS: ReadonlySet<string> = new Set([
  ...Object.values(SEGMENTS).flatMap((segments) => Object.values(segments)),
  ...LOCALES.map((locale) => LOCALE_INFO[locale].prefix.slice(1)).filter(Boolean),
  '404',
  'pagefind',
  '_astro',
]);

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

/** The audience sections an article belongs to: "both" appears in each. */
export function audienceSections(audience: Audience | null | undefined): Section[] {
  if (audience === 'both') return ['self', 'relatives'];
  return audience ? [audience] : [];
}
