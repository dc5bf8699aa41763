import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SOURCE, generateDataset } from '../../bench/generate.mjs';
import { loadEmbeddedDataset } from '../../../src/data/embedded';
import { load } from '../../support/fixtures';

type Doc = { _id: string; _type: string; title?: string; slug?: { current: string }; body?: Array<{ _type: string; children?: Array<{ text: string }> }> };

const read = (file: string): Doc[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Doc);
const words = (docs: Doc[]) => new Set(docs.flatMap((doc) => (doc.body ?? []).flatMap((block) => (block.children ?? []).flatMap((span) => span.text.toLowerCase().match(/\p{L}+/gu) ?? []))));

// 100 articles: more than two rounds of the 42 templates, so copies of copies are covered.
const COUNT = 100;
const dir = mkdtempSync(join(tmpdir(), 'bench-generate-'));
const file = join(dir, 'data.ndjson');
generateDataset(COUNT, file);
// The generator copies the Swedish site: other language versions and their links are left out.
const swedish = (doc: Doc) => !['article', 'topic', 'page'].includes(doc._type) || ((doc as { language?: string }).language ?? 'sv') === 'sv';
const source = read(SOURCE).filter((doc) => !doc._id.startsWith('drafts.') && swedish(doc) && doc._type !== 'translation.metadata');
const generated = read(file);
const articles = generated.filter((doc) => doc._type === 'article');

describe('the benchmark dataset generator', () => {
  it('writes N articles with their own id, slug and title, and keeps every other published document', () => {
    expect(articles).toHaveLength(COUNT);
    for (const key of ['_id', 'slug', 'title'] as const) expect(new Set(articles.map((doc) => JSON.stringify(doc[key]))).size).toBe(COUNT);
    expect(generated.filter((doc) => doc._type !== 'article').map((doc) => doc._id)).toEqual(source.filter((doc) => doc._type !== 'article').map((doc) => doc._id));
    expect(generated.some((doc) => doc._id.startsWith('drafts.'))).toBe(false);
  });

  it('is deterministic, and another seed gives other words', () => {
    const again = join(dir, 'again.ndjson');
    generateDataset(COUNT, again);
    expect(readFileSync(again, 'utf8')).toBe(readFileSync(file, 'utf8'));
    generateDataset(COUNT, again, { seed: 7 });
    expect(readFileSync(again, 'utf8')).not.toBe(readFileSync(file, 'utf8'));
  });

  it('has every block type of the bundled articles, and a vocabulary that grows with the copies', () => {
    const types = (docs: Doc[]) => new Set(docs.filter((doc) => doc._type === 'article').flatMap((doc) => (doc.body ?? []).map((block) => block._type)));
    expect(types(generated)).toEqual(types(source));
    expect(words(articles).size).toBeGreaterThan(words(source.filter((doc) => doc._type === 'article')).size + (COUNT - 42) * 3);
  });

  it('loads through the site with images found and every link resolved', async () => {
    // A date before every review deadline, so only real problems are reported.
    const { content, warnings } = await load(await loadEmbeddedDataset(file), { today: '2000-01-01' });
    expect(warnings).toEqual([]);
    expect(content.locales.sv.articles).toHaveLength(COUNT);
    const blocks = content.locales.sv.articles.flatMap(
      (article) => (article.body ?? []) as Array<{ _type: string; image?: { url: string | null } | null; markDefs?: Array<{ _type: string; target?: unknown }> }>,
    );
    const figures = blocks.filter((block) => block._type === 'figure');
    expect(figures.length).toBeGreaterThan(0);
    for (const figure of figures) expect(figure.image?.url).toMatch(/^file:/);
    const links = blocks.flatMap((block) => block.markDefs ?? []).filter((mark) => mark._type === 'internalLink');
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link.target).toBeTruthy();
  });
});
