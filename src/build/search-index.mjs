// Builds the search index from the finished HTML with Pagefind's Node API. It runs in the build
// script's process after `astro build` has exited (src/build/build.mjs), so Astro's memory and the
// indexer's are never held at the same time. Pages opt in with `data-pagefind-body` (BaseLayout's
// `searchable`), so the index holds articles and generic pages only. Any indexing error throws: a
// site whose search silently returns nothing would leave people in distress on an empty page.
//
// Pagefind reads the files itself (addDirectory). Feeding it pages in batches with addHTMLFile was
// measured and does not lower its peak, which comes from writeFiles building the whole index in
// memory (about 200 KB per page); it only added the pages' text to this process's memory.
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';

/**
 * Indexes every HTML file under `siteDir` into `siteDir/pagefind/`. Throws on any error.
 * @param {string} siteDir
 * @returns {Promise<{ pageCount: number, ms: number }>}
 */
export async function buildSearchIndex(siteDir) {
  const started = performance.now();
  try {
    // One language: every page is Swedish, so every page gets Swedish stemming.
    const { index, errors } = await createIndex({ forceLanguage: 'sv' });
    if (!index || errors.length) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    if (added.page_count === 0) throw new Error(`Pagefind found no pages to index in ${siteDir}`);
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    return { pageCount: added.page_count, ms: performance.now() - started };
  } finally {
    await close();
  }
}
