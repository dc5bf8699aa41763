// The draft preview reads the same queries with the `drafts` perspective: a document's draft is
// seen in place of its published version, under the published id, on the embedded dataset and
// on the Content Lake alike. The public build never sees a draft.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEmbeddedDataset, type SanityDocument } from '../../../src/data/embedded';
import { ARTICLES_QUERY } from '../../../src/data/queries';
import { createRunner, DEFAULT_DATASET_FILE, documentsIn, embeddedRunner } from '../../../src/data/source';
import type { ARTICLES_QUERY_RESULT } from '../../../src/sanity.types';
import { startContentLake } from '../../support/content-lake';

const docs: SanityDocument[] = [
  { _id: 'topic-a', _type: 'topic', title: 'Ämne (publicerat)' },
  { _id: 'drafts.topic-a', _type: 'topic', title: 'Ämne (utkast)' },
  { _id: 'article-a', _type: 'article', title: 'Bara publicerad', topic: { _type: 'reference', _ref: 'topic-a' } },
  { _id: 'drafts.article-new', _type: 'article', title: 'Aldrig publicerad' },
  { _id: 'versions.r1.article-a', _type: 'article', title: 'I en release' },
];

describe('the drafts perspective', () => {
  it('shows a draft in place of its published version, under the published id', () => {
    const seen = documentsIn(docs, 'drafts');
    expect(seen.filter((doc) => doc._id === 'topic-a')).toEqual([{ _id: 'topic-a', _type: 'topic', title: 'Ämne (utkast)', _originalId: 'drafts.topic-a' }]);
  });

  it('shows drafts of documents never published, and published documents without a draft unchanged', () => {
    const ids = documentsIn(docs, 'drafts')
      .map((doc) => doc._id)
      .sort();
    expect(ids).toEqual(['article-a', 'article-new', 'topic-a']);
    expect(documentsIn(docs, 'drafts').find((doc) => doc._id === 'article-a')).toBe(docs[2]);
  });

  it('leaves release versions out, and the published perspective sees no draft at all', () => {
    expect(documentsIn(docs, 'drafts').some((doc) => doc.title === 'I en release')).toBe(false);
    expect(documentsIn(docs, 'published').map((doc) => doc._id)).toEqual(['topic-a', 'article-a']);
    expect(documentsIn(docs, 'raw')).toHaveLength(docs.length);
  });

  it('follows references to the draft of the referenced document', async () => {
    const run = embeddedRunner(async () => docs, 'drafts');
    expect(await run(`*[_id == "article-a"][0].topic->title`)).toBe('Ämne (utkast)');
    expect(await embeddedRunner(async () => docs)(`*[_id == "article-a"][0].topic->title`)).toBe('Ämne (publicerat)');
  });
});

describe('drafts in the embedded dataset and on the Content Lake', () => {
  const TOKEN = 'sk-preview-viewer-token';
  let lake: Awaited<ReturnType<typeof startContentLake>>;
  let dataset: SanityDocument[];
  beforeAll(async () => {
    dataset = await loadEmbeddedDataset(DEFAULT_DATASET_FILE);
    lake = await startContentLake(dataset);
  });
  afterAll(() => lake.close());

  const live = { mode: 'live', projectId: 'test', dataset: 'production', apiHost: '', apiVersion: '2025-02-19' } as const;
  const summaryOf = (articles: ARTICLES_QUERY_RESULT) => articles.find((article) => article._id === 'article-nar-du-kanner-dig-ensam')?.summary;

  it('the bundled dataset holds a draft of a published article, which only the drafts perspective shows', async () => {
    const draft = dataset.find((doc) => doc._id === 'drafts.article-nar-du-kanner-dig-ensam');
    expect(draft?.summary).toBeTypeOf('string');
    const published = await createRunner({ mode: 'embedded', file: DEFAULT_DATASET_FILE })<ARTICLES_QUERY_RESULT>(ARTICLES_QUERY);
    const drafts = await createRunner({ mode: 'embedded', file: DEFAULT_DATASET_FILE, perspective: 'drafts' })<ARTICLES_QUERY_RESULT>(ARTICLES_QUERY);
    expect(summaryOf(drafts)).toBe(draft!.summary);
    expect(summaryOf(published)).not.toBe(draft!.summary);
    // One article either way: the draft replaces its published version rather than adding a second.
    // Counted by id: the lättläst version shares the slug in its own language.
    expect(drafts.filter((article) => article._id === 'article-nar-du-kanner-dig-ensam')).toHaveLength(1);
  });

  it('the Content Lake is asked for drafts with the token, and answers as the embedded source does', async () => {
    const before = lake.requests.length;
    const run = createRunner({ ...live, apiHost: lake.url, token: TOKEN, perspective: 'drafts' });
    const fromLake = await run<ARTICLES_QUERY_RESULT>(ARTICLES_QUERY);
    const fromEmbedded = await createRunner({ mode: 'embedded', file: DEFAULT_DATASET_FILE, perspective: 'drafts' })<ARTICLES_QUERY_RESULT>(ARTICLES_QUERY);
    expect(fromLake).toEqual(fromEmbedded);
    const asked = lake.requests.slice(before);
    expect(asked.length).toBeGreaterThan(0);
    for (const request of asked) {
      expect(request.perspective).toBe('drafts');
      expect(request.authorization).toBe(`Bearer ${TOKEN}`);
    }
  });

  it('refuses to read drafts from the Content Lake without a token, naming the variable to set', () => {
    expect(() => createRunner({ ...live, apiHost: lake.url, perspective: 'drafts' })).toThrow(/SANITY_API_READ_TOKEN/);
  });

  it('the stand-in answers an unknown perspective with 400 and the raw perspective with every stored id', async () => {
    const query = encodeURIComponent('*[_id in path("drafts.**")]._id');
    const unknown = await fetch(`${lake.url}/v2025-02-19/data/query/production?query=${query}&perspective=previewDrafts`);
    expect(unknown.status).toBe(400);
    const raw = (await (await fetch(`${lake.url}/v2025-02-19/data/query/production?query=${query}&perspective=raw`)).json()) as { result: string[] };
    expect(raw.result).toContain('drafts.article-nar-du-kanner-dig-ensam');
    const published = (await (await fetch(`${lake.url}/v2025-02-19/data/query/production?query=${query}`)).json()) as { result: string[] };
    expect(published.result).toEqual([]);
  });
});
