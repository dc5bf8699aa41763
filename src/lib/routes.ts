// Swedish URLs, decided in one place. Pages and the Portable Text renderer link through these.
export const HOME_PATH = '/';
export const CONTACT_PATH = '/kontakt/';
export const SEARCH_PATH = '/sok/';

export type Audience = 'self' | 'relatives' | 'both';

export const AUDIENCE_PATHS = {
  self: '/jag-mar-daligt/',
  relatives: '/jag-ar-orolig-for-nagon/',
} as const;

/** Where the draft preview's session starts (Sanity's preview handshake); only the preview server has it. */
export const PREVIEW_ENABLE_PATH = '/_preview/enable/';

export const articlePath = (slug: string) => `/artiklar/${slug}/`;
export const topicPath = (slug: string) => `/amnen/${slug}/`;
export const pagePath = (slug: string) => `/${slug}/`;

/**
 * First path segments the site uses itself (its sections, the 404 page, build output). A generic
 * page is served at /<slug>/, so the Studio, the dataset lint and the build all refuse these.
 */
export const RESERVED_PAGE_SLUGS: ReadonlySet<string> = new Set([
  ...[CONTACT_PATH, SEARCH_PATH, ...Object.values(AUDIENCE_PATHS), articlePath(''), topicPath('')].map((path) => path.split('/')[1]!),
  '404',
  'pagefind',
  '_astro',
]);

export type LinkTarget = { _type?: string | null; slug?: string | null };

/** Where an internal link points, or undefined when its target is missing or has no slug. */
export function hrefFor(target: LinkTarget | null | undefined): string | undefined {
  if (!target?.slug) return undefined;
  switch (target._type) {
    case 'article':
      return articlePath(target.slug);
    case 'topic':
      return topicPath(target.slug);
    case 'page':
      return pagePath(target.slug);
    default:
      return undefined;
  }
}

/** The audience sections an article belongs to: "both" appears in each. */
export function audienceSections(audience: Audience | null | undefined): Array<keyof typeof AUDIENCE_PATHS> {
  if (audience === 'both') return ['self', 'relatives'];
  return audience ? [audience] : [];
}
