// The public build stays what it was before the draft preview existed: static files only, no
// server, no trace of the preview's code or secrets, no stega-encoded text, and a page for every
// published document and for nothing else.
import { expect, test } from '@playwright/test';
import { vercelStegaCombine } from '@vercel/stega';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { loadContent } from '../../src/data/content';
import { collectingReport } from '../../src/data/report';
import { createRunner, sourceFromEnv } from '../../src/data/source';
import { articlePath, pagePath, topicPath } from '../../src/lib/routes';
import { builtPages, DIST } from './pages';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]));
}

/** Every file as text: Pagefind's index files and the build's .gz copies are gzip, its .br copies brotli, the rest is read as it is served. */
function shippedText(): Array<{ file: string; text: string }> {
  return files(DIST).flatMap((file) => {
    if (/\.(png|jpe?g|webp|avif|gif|ico|wasm)$/.test(file)) return [];
    const bytes = readFileSync(file);
    const text = (/\.(pf_(fragment|index|meta|filter)|gz)$/.test(file) ? gunzipSync(bytes) : file.endsWith('.br') ? brotliDecompressSync(bytes) : bytes).toString('utf8');
    return [{ file: relative(DIST, file), text }];
  });
}

// Stega (the invisible source links of Sanity's visual editing) writes its data with these
// characters: U+200B–U+200D, U+2060–U+2063 and U+FEFF, plus U+1D173–U+1D17A in its newer alphabet.
const STEGA = /[\u200B-\u200D\u2060-\u2064\uFEFF]|[\u{1D173}-\u{1D17A}]/u;

test('no public page, script, style or search index holds stega-encoded text', () => {
  // The pattern catches what stega itself produces, so the check below can fail.
  expect(vercelStegaCombine('Andas lugnt', { origin: 'sanity.io', href: '/studio/intent/edit/id=article-a' })).toMatch(STEGA);
  const found = shippedText()
    .filter(({ text }) => STEGA.test(text))
    .map(({ file, text }) => `${file}: …${text.slice(Math.max(0, text.search(STEGA) - 40), text.search(STEGA) + 2)}`);
  expect(found).toEqual([]);
});

test('the public build is static files only, with nothing of the draft preview in it', () => {
  const all = files(DIST).map((file) => relative(DIST, file));
  expect(existsSync(join(DIST, 'server'))).toBe(false);
  expect(all.filter((file) => /(^|\/)(entry\.mjs|manifest_.*\.mjs)$|^_preview\b/.test(file))).toEqual([]);
  const traces = ['Förhandsvisning – inte publicerat', 'sanity-preview-secret', 'stodlinjen_preview', 'data-preview-banner', 'PREVIEW_SECRET', '_preview/enable'];
  const found = shippedText().flatMap(({ file, text }) => traces.filter((trace) => text.includes(trace)).map((trace) => `${file}: ${trace}`));
  expect(found).toEqual([]);
  expect(readFileSync(join(DIST, 'index.html'), 'utf8')).not.toContain('name="robots"');
});

test('every published article, topic and page has its page, and no draft has one', async () => {
  const published = (await loadContent(createRunner(sourceFromEnv()), collectingReport(), '2000-01-01')).locales.sv;
  const drafts = (await loadContent(createRunner({ ...sourceFromEnv(), perspective: 'drafts' }), collectingReport(), '2000-01-01')).locales.sv;
  const pages = new Set(builtPages());
  const expected = [...published.articles.map((a) => articlePath(a.slug)), ...published.topics.map((t) => topicPath(t.slug)), ...published.pages.map((p) => pagePath(p.slug))];
  expect(expected.filter((path) => !pages.has(path))).toEqual([]);
  const draftOnly = drafts.articles.filter((a) => !published.articles.some((p) => p._id === a._id)).map((a) => articlePath(a.slug));
  expect(draftOnly.filter((path) => pages.has(path))).toEqual([]);
  // What the drafts say is not on the public page either.
  for (const article of drafts.articles) {
    const live = published.articles.find((p) => p._id === article._id);
    if (live && article.summary && article.summary !== live.summary) expect(readFileSync(join(DIST, articlePath(live.slug), 'index.html'), 'utf8')).not.toContain(article.summary);
  }
});
