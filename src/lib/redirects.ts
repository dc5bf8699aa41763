// Redirects between addresses of this site: the rules for a redirect's paths and the redirect a
// changed slug calls for. Plain functions (no Studio or Astro imports), shared by the Studio's
// validation and document action, the dataset lint and the build.
import { LOCALES, type Locale } from '../i18n/locales';
import { hrefFor, isSlug, type LinkTarget } from './routes';
import { NGINX_DIR } from './serving-config';

/** Why a path cannot be a redirect address; the Studio and the build word each in their language. */
export type PathProblem =
  | 'empty'
  | 'not-site-relative' // a full address (https://…) or protocol-relative (//host/…)
  | 'query-or-fragment'
  | 'characters' // spaces, quotes and other characters a host's redirect file cannot carry
  | 'dot-segment' // "." or ".." segments, which browsers resolve away
  | 'empty-segment' // "//" inside the path
  | 'root'; // the start page is never redirected

// Unreserved URL characters, "/" and percent-encoded bytes: what every host (a _redirects line, an
// nginx location) takes literally.
const PATH_CHARACTERS = /^(?:[A-Za-z0-9\-._~/]|%[0-9A-Fa-f]{2})*$/;

/** Whether percent-encoded bytes decode to text every host matches alike: UTF-8, no control characters. */
function decodesToText(path: string): boolean {
  // An encoded "/" is a path separator to some hosts and not to others.
  if (/%2f/i.test(path)) return false;
  try {
    return !/[\u0000-\u001f\u007f]/.test(decodeURIComponent(path));
  } catch {
    return false; // not UTF-8
  }
}

/** What is wrong with `value` as a site path, or undefined when it is one (trailing slash or not). */
export function sitePathProblem(value: string | null | undefined): PathProblem | undefined {
  const path = value?.trim() ?? '';
  if (!path) return 'empty';
  if (!path.startsWith('/') || path.startsWith('//')) return 'not-site-relative';
  if (/[?#]/.test(path)) return 'query-or-fragment';
  if (!PATH_CHARACTERS.test(path) || !decodesToText(path)) return 'characters';
  const segments = path.split('/').slice(1, path.endsWith('/') ? -1 : undefined);
  if (segments.some((segment) => segment === '.' || segment === '..')) return 'dot-segment';
  if (segments.some((segment) => segment === '')) return 'empty-segment';
  if (path === '/') return 'root';
  return undefined;
}

/** Folders the build writes the site's own files into (bundles, search index, host files). */
const BUILD_FOLDERS: ReadonlySet<string> = new Set(['_astro', 'pagefind', NGINX_DIR]);

/** Whether a (normalised) path is inside one of the build's own folders. */
export const inBuildFolder = (path: string): boolean => BUILD_FOLDERS.has(path.split('/')[1] ?? '');

/**
 * The site's form of a path, so one address has one spelling: a trailing "/" (as every address of
 * the site has), percent-encoding in capitals and only where needed (RFC 3986, 6.2.2). Assumes a
 * path without problems.
 */
export const normaliseSitePath = (path: string): string => {
  const trimmed = path.trim().replace(/%[0-9A-Fa-f]{2}/g, (encoded) => {
    const character = String.fromCharCode(parseInt(encoded.slice(1), 16));
    return /[A-Za-z0-9\-._~]/.test(character) ? character : encoded.toUpperCase();
  });
  return trimmed.endsWith('/') ? trimmed : `${trimmed}/`;
};

/** A new redirect document, as the Studio creates it when a published slug changes. */
export type SlugChangeRedirect = {
  _type: 'redirect';
  from: string;
  toDocument: { _type: 'reference'; _ref: string; _weak: true };
  permanent: true;
};

/**
 * The redirect a publish calls for: when a published article, topic or page is published with a
 * different slug, its old address moves to the document. None when nothing was published before,
 * the type has no address, or the address stays the same.
 */
export function redirectForSlugChange(publishedId: string, type: string, oldSlug: string | null | undefined, newSlug: string | null | undefined): SlugChangeRedirect | null {
  if (!oldSlug || !newSlug || oldSlug === newSlug) return null;
  const from = hrefFor({ _type: type, slug: oldSlug } satisfies LinkTarget);
  if (!from || from === hrefFor({ _type: type, slug: newSlug })) return null;
  // Weak: deleting the document later must not be blocked by the redirect to it (the build then
  // drops the redirect with a warning, and the old address answers 404 with the help page).
  return { _type: 'redirect', from, toDocument: { _type: 'reference', _ref: publishedId, _weak: true }, permanent: true };
}

/** FNV-1a, 32 bits, as hex: a short, stable fingerprint (not a security measure). */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * The document id of the redirect from `path`: readable, and the same for the same path, so
 * publishing one slug change twice makes one redirect ("/a/b/" and "/a-b/" differ by fingerprint).
 */
export const redirectIdFor = (path: string): string =>
  `redirect-${path
    .replace(/^\/|\/$/g, '')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .slice(0, 80)}-${fingerprint(path)}`;

export type ExistingRedirect = { _id: string; from?: string | null };

/** What the Studio writes when a document is published with a new slug. */
export type SlugChangePlan = {
  /** Where the old address now leads. */
  toDocument: SlugChangeRedirect['toDocument'];
  /** Created unless a redirect from the old address exists… */
  create: (SlugChangeRedirect & { _id: string }) | null;
  /** …in which case that one is pointed at the document instead. */
  retarget: string[];
  /** Redirects from the new address: the document lives there again, so they must go. */
  remove: string[];
};

/**
 * The changes a slug change calls for, given the redirects that exist now (drafts included, so
 * an editor's unpublished redirect from either address is accounted for).
 */
export function planSlugChange(
  publishedId: string,
  type: string,
  oldSlug: string | null | undefined,
  newSlug: string | null | undefined,
  existing: readonly ExistingRedirect[],
): SlugChangePlan | null {
  const redirect = redirectForSlugChange(publishedId, type, oldSlug, newSlug);
  if (!redirect) return null;
  const newAddress = hrefFor({ _type: type, slug: newSlug });
  const sameFrom = (doc: ExistingRedirect, path: string) => !!doc.from && sitePathProblem(doc.from) === undefined && normaliseSitePath(doc.from) === path;
  const retarget = existing.filter((doc) => sameFrom(doc, redirect.from)).map((doc) => doc._id);
  const remove = existing.filter((doc) => !!newAddress && sameFrom(doc, newAddress)).map((doc) => doc._id);
  return { toDocument: redirect.toDocument, create: retarget.length ? null : { _id: redirectIdFor(redirect.from), ...redirect }, retarget, remove };
}

/** Which document type, slug and language would be served at a path (by its form alone), or null. */
export function addressOwner(path: string): { type: 'article' | 'topic' | 'page'; slug: string; language: Locale } | null {
  const slug = /\/([^/]+)\/$/.exec(path)?.[1];
  if (!isSlug(slug)) return null;
  // The route builders are the authority: a path they do not produce for this slug is no one's.
  for (const language of LOCALES) {
    for (const type of ['article', 'topic', 'page'] as const) if (hrefFor({ _type: type, slug, language }) === path) return { type, slug, language };
  }
  return null;
}
