// Builds the search index from the finished HTML, as Starlight does: Pagefind's Node API in
// `astro:build:done`. Pages opt in with `data-pagefind-body` (BaseLayout's `searchable`), so the
// index holds articles and generic pages only. Any indexing error fails the build: a site whose
// search silently returns nothing would leave people in distress on an empty page.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';
import { writeSearchVocabulary } from './search-vocabulary';

export type IndexReport = { pageCount: number; ms: number };

/** Indexes every HTML file under `siteDir` into `siteDir/pagefind/`. Throws on any error. */
async function buildSearchIndex(siteDir: string): Promise<IndexReport> {
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
    await writeSearchVocabulary(siteDir, join(siteDir, 'pagefind'));
    return { pageCount: added.page_count, ms: performance.now() - started };
  } finally {
    await close();
  }
}

export default function pagefind(): AstroIntegration {
  return {
    name: 'stodlinjen:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { pageCount, ms } = await buildSearchIndex(fileURLToPath(dir));
        logger.info(`Indexed ${pageCount} HTML files in ${(ms / 1000).toFixed(1)} s`);
      },
    },
  };
}
