// Builds the search index from the finished HTML with Pagefind's Node API. It runs in the build
// script's process after `astro build` has exited (src/build/build.mjs), so Astro's memory and the
// indexer's are never held at the same time. Pages opt in with `data-pagefind-body` (BaseLayout's
// `searchable`), so the index holds articles and generic pages only. Any indexing error throws: a
// site whose search silently returns nothing would leave people in distress on an empty page.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { close, createIndex } from 'pagefind';

/** Files sent to the indexer at a time: each batch is read, sent and released before the next. */
const BATCH = 100;

/** @param {string} dir @returns {Promise<string[]>} every HTML file under `dir` except Pagefind's own output */
async function htmlFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !relative(dir, file).split(sep).includes('pagefind'))
    .sort();
}

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
    // Pages go in by batches rather than with addDirectory, so the indexer never receives the
    // whole site at once; what it keeps per page is only what the index needs.
    const files = await htmlFiles(siteDir);
    if (files.length === 0) throw new Error(`Pagefind found no pages to index in ${siteDir}`);
    for (let start = 0; start < files.length; start += BATCH) {
      const added = await Promise.all(
        files.slice(start, start + BATCH).map(async (file) => {
          const result = await index.addHTMLFile({ url: pageUrl(siteDir, file), content: await readFile(file, 'utf8') });
          return { file, result };
        }),
      );
      for (const { file, result } of added) {
        if (result.errors.length) throw new Error(`Pagefind could not index ${relative(siteDir, file)}: ${result.errors.join('; ')}`);
      }
    }
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    return { pageCount: files.length, ms: performance.now() - started };
  } finally {
    await close();
  }
}

/**
 * The address a built file is served at: `artiklar/x/index.html` → `/artiklar/x/`.
 * @param {string} siteDir @param {string} file
 */
export function pageUrl(siteDir, file) {
  const path = relative(siteDir, file).split(sep).join('/');
  return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}
