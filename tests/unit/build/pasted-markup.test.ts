// An article whose title, summary, search keywords and text hold markup pasted from a web page
// (`<script>alert(1)</script>`) builds like any other: every page shows the pasted text as text,
// in the page, its <title>, its <meta> descriptions, its search metadata and the search index,
// and no page holds an inline script the build did not write or an event handler. A whole build
// (`npm run build`'s script) of the embedded dataset with that one article changed.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findElements, htmlFiles, inlineCode } from '../../../src/build/html.ts';
import { parseNdjson } from '../../../src/data/embedded';
import { DEFAULT_DATASET_FILE } from '../../../src/data/source';
import { buildEnv } from '../../e2e/build-env.mjs';
import { pagefindFragments } from '../../support/pagefind';

const PASTED = '<script>alert(1)</script>';
const ARTICLE = 'article-vad-ar-angest';
const PAGE = 'artiklar/vad-ar-angest/index.html';

type Span = { text: string };
type ArticleDoc = { _id: string; title: string; summary: string; searchKeywords: string[]; body: Array<{ children?: Span[] }> };

let work: string;
let site: string;
let build: { status: number | null; log: string };

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'stodlinjen-pasted-markup-'));
  site = join(work, 'dist');
  const documents = parseNdjson(readFileSync(DEFAULT_DATASET_FILE, 'utf8'), DEFAULT_DATASET_FILE).map((doc) => {
    if (doc._id !== ARTICLE) return doc;
    const article = doc as unknown as ArticleDoc;
    const [first, ...rest] = article.body;
    return {
      ...article,
      title: `${article.title} ${PASTED}`,
      summary: `${article.summary} ${PASTED}`,
      searchKeywords: [...article.searchKeywords, PASTED],
      body: [{ ...first, children: first!.children!.map((span, index) => (index === 0 ? { ...span, text: `${span.text} ${PASTED}` } : span)) }, ...rest],
    };
  });
  const dataset = join(work, 'data', 'data.ndjson');
  mkdirSync(dirname(dataset));
  writeFileSync(dataset, `${documents.map((doc) => JSON.stringify(doc)).join('\n')}\n`);
  // The export's image files, where its asset pointers expect them.
  symlinkSync(join(dirname(DEFAULT_DATASET_FILE), 'images'), join(dirname(dataset), 'images'));
  const { SANITY_PROJECT_ID: _live, ...env } = process.env;
  const child = spawn(process.execPath, ['src/build/build.ts', '--outDir', site], { env: { ...env, ...buildEnv, EMBEDDED_DATASET: dataset } });
  let log = '';
  child.stdout.on('data', (chunk) => (log += chunk));
  child.stderr.on('data', (chunk) => (log += chunk));
  build = { status: await new Promise<number | null>((done) => child.on('close', done)), log };
}, 400_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const read = (file: string) => readFileSync(join(site, file), 'utf8');

describe('a build with markup pasted into an article', () => {
  it('succeeds', () => {
    expect(build.status, build.log.slice(-4000)).toBe(0);
  });

  it('shows the pasted markup as text in the article, its title, its descriptions and its search metadata', () => {
    const html = read(PAGE);
    const [title] = findElements(html, (tag) => tag.name === 'title');
    expect(title!.text).toContain(`Vad är ångest? ${PASTED}`);
    const [heading] = findElements(html, (tag) => tag.name === 'h1');
    expect(heading!.text).toBe(`Vad är ångest? ${PASTED}`);
    const descriptions = findElements(html, (tag) => tag.name === 'meta' && /description$/.test(tag.attributes.name ?? tag.attributes.property ?? ''));
    expect(descriptions.length).toBeGreaterThan(0);
    for (const meta of descriptions) expect(meta.attributes.content).toContain(PASTED);
    const keywords = findElements(html, (tag) => tag.name === 'data' && tag.attributes['data-pagefind-meta'] === 'keywords[value]');
    expect(keywords[0]!.attributes.value).toContain(PASTED);
    const [body] = findElements(html, (tag) => 'data-pagefind-body' in tag.attributes);
    expect(body!.text).toContain(`inte farlig. Och det finns mycket du kan göra för att den ska minska. ${PASTED}`);
  });

  it('indexes the pasted markup as text, the way the search page shows it', () => {
    const fragments = pagefindFragments(site);
    const article = fragments.find((fragment) => fragment.url === '/artiklar/vad-ar-angest/');
    expect(article?.meta.title).toBe(`Vad är ångest? ${PASTED}`);
  });

  it('has no inline script but the build’s own and no event handler on any page', () => {
    const policy = read('_headers');
    const pages = htmlFiles(site);
    expect(pages.length).toBeGreaterThan(100);
    for (const file of pages) {
      const code = inlineCode(read(file));
      expect(code.eventHandlers, file).toEqual([]);
      // Every inline script is one the policy allows, by its hash: one the build wrote.
      for (const script of code.scripts) expect(policy, file).toContain(`'sha256-${createHash('sha256').update(script).digest('base64')}'`);
    }
  });
});
