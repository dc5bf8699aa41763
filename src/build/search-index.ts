// Builds the search index from the finished HTML with Pagefind's Node API. It runs in the build
// script's process after `astro build` has exited (src/build/build.ts), so Astro's memory and the
// indexer's are never held at the same time. Pages opt in with `data-pagefind-body` (BaseLayout's
// `searchable`), so the index holds articles and generic pages only. Any indexing error throws: a
// site whose search silently returns nothing would leave people in distress on an empty page.
//
// One index per language: Pagefind splits the pages by `<html lang>` (sv, en, ar), stems each with
// its own language's rules, and the search page's pagefind.js loads the index of its own
// `<html lang>`, so a search never returns another language's pages. Easy-read Swedish pages are
// Swedish (`lang="sv"`) and share the Swedish index: the same stemming fits them, and a reader of
// easy Swedish who finds no easy-read text on a subject is better served by a Swedish text than by
// nothing. They carry the filter `version: lattlast`, added here as they are indexed, so the
// easy-read search page puts them first and the Swedish one leaves them out.
//
// Pagefind reads the other files itself (addDirectory). Feeding it pages in batches with
// addHTMLFile was measured and does not lower its peak, which comes from writeFiles building the
// whole index in memory (about 200 KB per page); it only added the pages' text to this process's
// memory. The easy-read pages, a small share, are fed one at a time.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';
import { findElements, htmlFiles, servedPath } from './html.ts';

/** The easy-read Swedish pages' folder (LOCALE_INFO['sv-lattlast'].prefix) and their filter. */
export const EASY_READ_DIR = 'lattlast';
export const VERSION_FILTER = { name: 'version', easyRead: 'lattlast' };
/** The index languages the site's pages may have (`<html lang>`); a page in any other fails the build. */
export const INDEX_LANGUAGES: readonly string[] = ['sv', 'en', 'ar'];

const INDEX_DIR = 'pagefind';
/** The part of Pagefind's pagefind-entry.json read here. */
type PagefindEntry = { languages?: Record<string, { page_count: number }> };

/** A page with the easy-read filter inside its indexed element (unchanged when it is not indexed). */
export function markEasyRead(html: string): string {
  const [body] = findElements(html, (tag) => 'data-pagefind-body' in tag.attributes);
  if (!body) return html;
  const marker = `<div hidden data-pagefind-ignore><data value="${VERSION_FILTER.easyRead}" data-pagefind-filter="${VERSION_FILTER.name}[value]"></data></div>`;
  return html.slice(0, body.contentStart) + marker + html.slice(body.contentStart);
}

/** A glob over every HTML file of the site except the easy-read folder and the index's own. */
async function globWithout(siteDir: string, skip: string[]): Promise<string | undefined> {
  const parts: string[] = [];
  for (const entry of await readdir(siteDir, { withFileTypes: true })) {
    if (skip.includes(entry.name)) continue;
    const part = entry.isDirectory() ? `${entry.name}/**/*.html` : entry.isFile() && entry.name.endsWith('.html') ? entry.name : undefined;
    if (!part) continue;
    // Addresses are ASCII slugs; a name the glob would read as a pattern must not drop pages silently.
    if (/[{}[\]*?,!\\]/.test(entry.name)) throw new Error(`Cannot index ${join(siteDir, entry.name)}: its name has a character Pagefind's glob reads as a pattern`);
    parts.push(part);
  }
  return parts.length ? `{${parts.join(',')}}` : undefined;
}

/**
 * Indexes every HTML file under `siteDir` into `siteDir/pagefind/`, one index per language. Throws
 * on any error, and when a page's language has no index of its own (Pagefind would otherwise
 * answer that page's search from another language's index).
 */
export async function buildSearchIndex(siteDir: string): Promise<{ pageCount: number; ms: number; languages: Record<string, number> }> {
  const started = performance.now();
  try {
    const { index, errors } = await createIndex({});
    if (!index || errors.length) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    let pageCount = 0;
    const glob = await globWithout(siteDir, [EASY_READ_DIR, INDEX_DIR]);
    if (glob) {
      const added = await index.addDirectory({ path: siteDir, glob });
      if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
      pageCount += added.page_count;
    }
    for (const file of htmlFiles(siteDir).filter((path) => path.startsWith(`${EASY_READ_DIR}/`))) {
      const added = await index.addHTMLFile({ url: servedPath(file), content: markEasyRead(await readFile(join(siteDir, file), 'utf8')) });
      if (added.errors.length) throw new Error(`Pagefind could not index ${join(siteDir, file)}: ${added.errors.join('; ')}`);
      pageCount += 1;
    }
    if (pageCount === 0) throw new Error(`Pagefind found no pages to index in ${siteDir}`);
    const written = await index.writeFiles({ outputPath: join(siteDir, INDEX_DIR) });
    if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    const entry = JSON.parse(await readFile(join(siteDir, INDEX_DIR, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
    const languages = Object.fromEntries(Object.entries(entry.languages ?? {}).map(([language, info]) => [language, info.page_count]));
    const foreign = Object.keys(languages).filter((language) => !INDEX_LANGUAGES.includes(language));
    if (foreign.length) throw new Error(`Pagefind made an index for ${foreign.map((l) => `"${l}"`).join(', ')}: every indexed page needs <html lang> one of ${INDEX_LANGUAGES.join(', ')}`);
    return { pageCount, ms: performance.now() - started, languages };
  } finally {
    await close();
  }
}
