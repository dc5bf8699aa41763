// The Presentation tool: an editor opens a document and sees its page in the draft preview
// (npm run preview-server), drafts included. Which page shows which document comes from the
// site's own route functions (src/lib/routes.ts), so the Studio never holds a second copy of
// the URL patterns.
import { defineDocuments, defineLocations, presentationTool, type DocumentLocationResolvers } from 'sanity/presentation';
import { AUDIENCE_PATHS, CONTACT_PATH, HOME_PATH, PREVIEW_ENABLE_PATH, articlePath, pagePath, topicPath } from '../src/lib/routes';
import { previewUrl } from './env';

const ROUTED = {
  article: { path: articlePath, label: 'Artikeln' },
  topic: { path: topicPath, label: 'Ämnessidan' },
  page: { path: pagePath, label: 'Sidan' },
} as const;

type Selected = { title?: string | null; slug?: string | null } | null;

/** Where a document with a slug is seen: its own page. Without a slug it has no address yet. */
export function routedLocation(type: keyof typeof ROUTED, doc: Selected) {
  if (!doc?.slug) return { message: 'Dokumentet har ingen adress ännu: fyll i fältet Adress (slug).', tone: 'caution' as const };
  const { path, label } = ROUTED[type];
  return { locations: [{ title: doc.title?.trim() || label, href: path(doc.slug) }] };
}

export const locations: DocumentLocationResolvers = {
  ...Object.fromEntries(
    (Object.keys(ROUTED) as Array<keyof typeof ROUTED>).map((type) => [type, defineLocations({ select: { title: 'title', slug: 'slug.current' }, resolve: (doc) => routedLocation(type, doc) })]),
  ),
  // The settings show on every page; these are where their parts are easiest to see.
  siteSettings: defineLocations({ locations: [{ title: 'Startsidan', href: HOME_PATH }, { title: 'Jag mår dåligt', href: AUDIENCE_PATHS.self }] }),
  contactSettings: defineLocations({ locations: [{ title: 'Kontakt', href: CONTACT_PATH }, { title: 'Startsidan', href: HOME_PATH }] }),
};

/** The document a preview page shows, so navigating in the preview opens it for editing. */
export const mainDocuments = defineDocuments(
  (Object.keys(ROUTED) as Array<keyof typeof ROUTED>).map((type) => ({ route: ROUTED[type].path(':slug'), filter: `_type == "${type}" && slug.current == $slug` })),
);

export const presentation = () =>
  presentationTool({
    title: 'Förhandsvisning',
    previewUrl: { origin: previewUrl, preview: HOME_PATH, previewMode: { enable: PREVIEW_ENABLE_PATH } },
    resolve: { locations, mainDocuments },
  });
