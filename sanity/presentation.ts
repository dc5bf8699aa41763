// The Presentation tool: an editor opens a document and sees its page in the draft preview
// (npm run preview-server), drafts included. Which page shows which document comes from the
// site's own route functions (src/lib/routes.ts), so the Studio never holds a second copy of
// the URL patterns. Each language version has its own addresses (/en/articles/…, /lattlast/…).
import { defineDocuments, defineLocations, presentationTool, type DocumentLocationResolvers } from 'sanity/presentation';
import { LOCALES, LOCALE_INFO, isLocale, type Locale } from '../src/i18n/locales';
import { PREVIEW_ENABLE_PATH, articlePath, audiencePath, contactPath, homePath, pagePath, planTogetherPath, safetyPlanPath, topicPath } from '../src/lib/routes';
import { previewUrl } from './env';

const ROUTED = {
  article: { path: articlePath, label: 'Artikeln' },
  topic: { path: topicPath, label: 'Ämnessidan' },
  page: { path: pagePath, label: 'Sidan' },
} as const;

type Selected = { title?: string | null; slug?: string | null; language?: string | null } | null;

/** Where a document with a slug is seen: its own page, in its language. Without a slug it has no address yet. */
export function routedLocation(type: keyof typeof ROUTED, doc: Selected) {
  if (!doc?.slug) return { message: 'Dokumentet har ingen adress ännu: fyll i fältet Adress (slug).', tone: 'caution' as const };
  const { path, label } = ROUTED[type];
  // Documents from before language versions have no language: they are Swedish, as the site reads them.
  const locale: Locale = isLocale(doc.language) ? doc.language : 'sv';
  return { locations: [{ title: doc.title?.trim() || label, href: path(doc.slug, locale) }] };
}

/** The crisis plan's texts are seen on its two pages in the document's language: the plan, and the relatives' guide. */
export function safetyPlanLocations(doc: { title?: string | null; togetherTitle?: string | null; language?: string | null } | null) {
  const locale: Locale = isLocale(doc?.language) ? doc.language : 'sv';
  return {
    locations: [
      { title: doc?.title?.trim() || 'Min krisplan', href: safetyPlanPath(locale) },
      { title: doc?.togetherTitle?.trim() || 'Krisplan tillsammans', href: planTogetherPath(locale) },
    ],
  };
}

const sameLanguage = (locale: Locale) => (locale === 'sv' ? '(language == "sv" || !defined(language))' : `language == "${locale}"`);

// The settings show on every page, in every language (their texts per language): where their parts are easiest to see.
const inEvery = (title: (name: string) => string, path: (locale: Locale) => string) => LOCALES.map((locale) => ({ title: title(LOCALE_INFO[locale].name), href: path(locale) }));

export const locations: DocumentLocationResolvers = {
  ...Object.fromEntries(
    (Object.keys(ROUTED) as Array<keyof typeof ROUTED>).map((type) => [
      type,
      defineLocations({ select: { title: 'title', slug: 'slug.current', language: 'language' }, resolve: (doc) => routedLocation(type, doc) }),
    ]),
  ),
  safetyPlan: defineLocations({ select: { title: 'title', togetherTitle: 'togetherTitle', language: 'language' }, resolve: safetyPlanLocations }),
  siteSettings: defineLocations({ locations: [...inEvery((name) => `Startsidan (${name})`, homePath), { title: 'Jag mår dåligt', href: audiencePath('self') }] }),
  contactSettings: defineLocations({ locations: [...inEvery((name) => `Kontakt (${name})`, contactPath), { title: 'Startsidan', href: homePath() }] }),
};

/** The document a preview page shows, so navigating in the preview opens it for editing: the route's language picks among translations that share a slug. */
export const mainDocuments = defineDocuments(
  LOCALES.flatMap((locale) => [
    // Before the generic page's /:slug/, which the plan's addresses would match too.
    ...[safetyPlanPath(locale), planTogetherPath(locale)].map((route) => ({ route, filter: `_type == "safetyPlan" && ${sameLanguage(locale)}` })),
    ...(Object.keys(ROUTED) as Array<keyof typeof ROUTED>).map((type) => ({
      route: ROUTED[type].path(':slug', locale),
      filter: `_type == "${type}" && slug.current == $slug && ${sameLanguage(locale)}`,
    })),
  ]),
);

export const presentation = () =>
  presentationTool({
    title: 'Förhandsvisning',
    previewUrl: { origin: previewUrl, preview: homePath(), previewMode: { enable: PREVIEW_ENABLE_PATH } },
    resolve: { locations, mainDocuments },
  });
