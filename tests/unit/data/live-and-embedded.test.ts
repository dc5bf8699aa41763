// Every query gives the same result from the embedded dataset (groq-js) and from the Content
// Lake (@sanity/client against a local stand-in of its query endpoint).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as queries from '../../../src/data/queries';
import { loadEmbeddedDataset, parseNdjson } from '../../../src/data/embedded';
import { createRunner, DEFAULT_DATASET_FILE, embeddedRunner, type QueryRunner } from '../../../src/data/source';
import { startContentLake } from '../../support/content-lake';
import { readFileSync } from 'node:fs';

const TOKEN = 'sk-test-token-never-shipped';
let lake: Awaited<ReturnType<typeof startContentLake>>;
let embedded: QueryRunner;
let live: QueryRunner;

beforeAll(async () => {
  const documents = await loadEmbeddedDataset(DEFAULT_DATASET_FILE);
  lake = await startContentLake(documents);
  embedded = embeddedRunner(() => loadEmbeddedDataset(DEFAULT_DATASET_FILE));
  live = createRunner({ mode: 'live', projectId: 'test', dataset: 'production', token: TOKEN, apiHost: lake.url, apiVersion: '2025-02-19' });
});
afterAll(() => lake.close());

describe('one set of queries, two sources', () => {
  for (const [name, query] of Object.entries(queries)) {
    it(`${name} gives the same result live and embedded`, async () => {
      const [fromEmbedded, fromLive] = await Promise.all([embedded(query), live(query)]);
      expect(fromEmbedded).not.toBeNull();
      expect(fromLive).toEqual(fromEmbedded);
    });
  }

  it('asks the Content Lake for published content only, with the read token', () => {
    expect(lake.requests.length).toBeGreaterThan(0);
    for (const request of lake.requests) {
      expect(request.perspective).toBe('published');
      expect(request.authorization).toBe(`Bearer ${TOKEN}`);
    }
  });

  it('never returns a draft from the embedded dataset', async () => {
    const raw = parseNdjson(readFileSync(DEFAULT_DATASET_FILE, 'utf8'), 'data.ndjson');
    const drafts = raw.filter((doc) => doc._id.startsWith('drafts.'));
    expect(drafts.length).toBeGreaterThan(0);
    const everything = JSON.stringify(await Promise.all(Object.values(queries).map((query) => embedded(query))));
    for (const draft of drafts) expect(everything).not.toContain(draft._id);
    expect(everything).not.toContain('UTKAST-MARKÖR');
  });
});
