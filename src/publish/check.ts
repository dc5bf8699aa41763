// Checks a fresh build before it goes live. A build that passes can replace the live site; one
// that fails is never shown to visitors. The rules:
// - every language version's start and contact pages, and a page for every published article,
//   generic page and crisis plan page (in its language) from the build report exist;
// - no mass unpublish: in each language, the build keeps at least `minKeptRatio` (default 50 %)
//   of the live build's published articles, of its pages and of its topics (compared by the two
//   builds' reports, document by document), unless an operator allowed it for this build;
// - help is in reach on every page: a tel: link to the line and to 112. Pages that only redirect
//   elsewhere (meta refresh) are not counted or checked: a visitor never stays on them.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { htmlFiles, scanHtml } from '../build/html.ts';
import type { BuildListing, DocumentRef } from '../lib/build-report-shape.ts';

export type CheckResult = { ok: true; pageCount: number } | { ok: false; reason: string; documents: DocumentRef[] };

/**
 * Whether a page only redirects (a <meta http-equiv="refresh"> in its head sends the visitor on at
 * once), and which of `hrefs` it links to. Reading stops once it links to all of them.
 */
function readPage(page: Buffer, hrefs: readonly string[]): { redirects: boolean; help: boolean } {
  const missing = new Set(hrefs);
  let redirects = false;
  scanHtml(page, {
    open({ name, attributes }) {
      if (name === 'meta' && attributes['http-equiv']?.toLowerCase() === 'refresh') redirects = true;
      if (name === 'a' && attributes.href !== undefined) missing.delete(attributes.href);
      return missing.size === 0;
    },
  });
  return { redirects, help: missing.size === 0 };
}
const EMERGENCY_TEL = 'tel:112';
// A number someone can dial: 3 (112) to 15 (the E.164 maximum) digits, an optional leading +.
const DIALABLE = /^tel:\+?\d{3,15}$/;

type Scanned = { path: string; help: boolean };

// Files read at once: enough to keep the disk and the thread pool busy, few enough that a site of
// 10,000 pages is never all in memory.
const READ_CONCURRENCY = 32;

/** The pages of a built site a visitor can land on (not redirect stubs), each with whether all `hrefs` are linked from it. */
async function scanPages(dir: string, paths: string[], hrefs: string[]): Promise<Scanned[]> {
  const scanned: Array<Scanned | null> = new Array(paths.length).fill(null);
  let next = 0;
  const reader = async () => {
    while (next < paths.length) {
      const i = next++;
      const path = paths[i]!;
      // Read as bytes: the parser reads them as Latin-1, the faster way (src/build/html.ts).
      const { redirects, help } = readPage(await readFile(join(dir, path)), hrefs);
      if (!redirects) scanned[i] = { path, help };
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, paths.length) }, reader));
  return scanned.filter((page): page is Scanned => page !== null);
}

// One document gone is an editor's deliberate act on that document, never a mass unpublish; it
// also keeps a language with one or two pages of a kind free to unpublish one of them.
const MIN_REMOVED = 2;
// The documents a refusal names: enough to see what went, few enough for the status.
const MAX_NAMED = 25;
const KINDS = ['articles', 'pages', 'topics'] as const;

export type UnpublishGuard = {
  /** The live build's listing; null when nothing is live or the live build has no report. */
  live: BuildListing | null;
  minKeptRatio: number;
  /** An operator allowed this build to unpublish any amount. */
  allowed: boolean;
};

/**
 * What a build would unpublish beyond the guard, per language and kind (articles, pages,
 * topics), with the documents gone; null when it is within it.
 */
export function massUnpublish(live: BuildListing, next: BuildListing, minKeptRatio: number): { reason: string; documents: DocumentRef[] } | null {
  const found: string[] = [];
  const gone: DocumentRef[] = [];
  for (const kind of KINDS) {
    const kept = new Set(next[kind].map((doc) => `${doc.language}\u0000${doc._id}`));
    const languages = [...new Set(live[kind].map((doc) => doc.language))];
    for (const language of languages) {
      const before = live[kind].filter((doc) => doc.language === language);
      const removed = before.filter((doc) => !kept.has(`${language}\u0000${doc._id}`));
      if (removed.length < MIN_REMOVED || before.length - removed.length >= before.length * minKeptRatio) continue;
      found.push(`${removed.length} of the ${before.length} ${kind} in "${language}"`);
      gone.push(...removed.map((doc) => ({ documentId: doc._id, field: '' })));
    }
  }
  if (!found.length) return null;
  return {
    reason: `The build would unpublish ${found.join(', ')} at once (a build must keep at least ${Math.round(minKeptRatio * 100)} % of each language's published articles, pages and topics). If so much is really meant to go, an operator allows it for one build (docs/publishing.md, "Unpublishing much at once"); otherwise publish the documents again.${gone.length > MAX_NAMED ? ` The first ${MAX_NAMED} of ${gone.length} are named.` : ''}`,
    documents: gone.slice(0, MAX_NAMED),
  };
}

export async function checkBuild(input: { dir: string; listing: BuildListing; unpublish: UnpublishGuard }): Promise<CheckResult> {
  const { dir, listing } = input;

  // Addresses in the listing are site paths ("/en/articles/x/"); the build writes each as a folder's index.html.
  const file = (path: string) => `${decodeURIComponent(path).slice(1)}index.html`;
  const required: Array<{ path: string; what: string; document?: DocumentRef }> = [
    ...listing.languages.flatMap((version) => [
      { path: file(version.home), what: `the start page (${version.language})` },
      { path: file(version.contact), what: `the contact page (${version.language})` },
    ]),
    ...listing.articles.map((article) => ({ path: file(article.path), what: `the article "${article.title}"`, document: { documentId: article._id, field: 'slug' } })),
    ...listing.pages.map((page) => ({ path: file(page.path), what: `the page "${page.path}"`, document: { documentId: page._id, field: 'slug' } })),
    ...(listing.safetyPlans ?? []).map((plan) => ({ path: file(plan.path), what: `the crisis plan page "${plan.title}"`, document: { documentId: plan._id, field: 'title' } })),
  ];
  const files = htmlFiles(dir);
  const present = new Set(files);
  const missing = required.filter((page) => !present.has(page.path));
  if (missing.length) {
    return {
      ok: false,
      reason: `The build lacks ${missing.length} page(s) it should have: ${missing
        .slice(0, 5)
        .map((page) => `${page.what} (/${page.path.replace(/index\.html$/, '')})`)
        .join(', ')}${missing.length > 5 ? ', …' : ''}.`,
      documents: missing.flatMap((page) => (page.document ? [page.document] : [])),
    };
  }

  const tel = listing.contact.tel;
  const phoneField = { documentId: listing.contact.documentId, field: 'phoneNumber' };
  if (!DIALABLE.test(tel)) {
    return { ok: false, reason: `The help line's number "${listing.contact.phoneNumber}" is not a number anyone can call (it would link to "${tel}" on every page).`, documents: [phoneField] };
  }

  const { live, minKeptRatio, allowed } = input.unpublish;
  const unpublished = live && !allowed ? massUnpublish(live, listing, minKeptRatio) : null;
  if (unpublished) return { ok: false, ...unpublished };

  const pages = await scanPages(dir, files, [tel, EMERGENCY_TEL]);

  const withoutHelp = pages.filter((page) => !page.help).map((page) => `/${page.path}`);
  if (withoutHelp.length) {
    return {
      ok: false,
      reason: `${withoutHelp.length} page(s) lack a link to call the line (${tel}) or 112: ${withoutHelp.slice(0, 5).join(', ')}${withoutHelp.length > 5 ? ', …' : ''}.`,
      documents: [],
    };
  }
  return { ok: true, pageCount: pages.length };
}
