// Pages get the same content whether the build reads the Content Lake or the embedded dataset.
// Every query is answered twice over one small dataset (tests/fixtures/content-lake/dataset.ndjson):
// live, by @sanity/client against a server replaying the Content Lake's answers, recorded by hand
// in the query API's response format ({ ms, query, result, syncTags }); and embedded, by groq-js.
// The recordings are the reference: neither path computes them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as queries from '../../../src/data/queries';
import { parseNdjson } from '../../../src/data/embedded';
import { createRunner, DEFAULT_DATASET_FILE, type Perspective, type QueryRunner } from '../../../src/data/source';
import { recordingsIn, replayContentLake } from '../../support/content-lake';

const RECORDED = fileURLToPath(new URL('../../fixtures/content-lake/', import.meta.url));
const DATASET = `${RECORDED}dataset.ndjson`;
const TOKEN = 'sk-test-token-never-shipped';
const recordings = recordingsIn(RECORDED);
let lake: Awaited<ReturnType<typeof replayContentLake>>;

const live = (perspective: Perspective = 'published'): QueryRunner =>
  createRunner({ mode: 'live', projectId: 'test', dataset: 'production', token: TOKEN, apiHost: lake.url, apiVersion: '2025-02-19', perspective });
const embedded = (perspective: Perspective = 'published', file = DATASET): QueryRunner => createRunner({ mode: 'embedded', file, perspective });

/** The recorded answer to a query, failing with the file to write when there is none for this query text. */
function recorded(name: string, perspective: Perspective) {
  const file = `${name}.${perspective}.json`;
  const recording = recordings.find((r) => r.file === file);
  expect(recording, `no recording tests/fixtures/content-lake/${file}`).toBeDefined();
  expect(recording!.response.query, `${file} was recorded for another version of ${name}: record it again`).toBe(queries[name as keyof typeof queries]);
  return recording!.response.result;
}

beforeAll(async () => {
  lake = await replayContentLake(recordings);
});
afterAll(() => lake.close());

describe('every query, from the Content Lake and from the embedded dataset', () => {
  for (const [name, query] of Object.entries(queries)) {
    it(`${name}: the live build gets the Content Lake's answer, and the embedded build the same`, async () => {
      const answer = recorded(name, 'published');
      expect(await live()(query)).toStrictEqual(answer);
      expect(await embedded()(query)).toStrictEqual(answer);
    });
  }

  it('the draft preview sees each draft in place of its article, from both sources alike', async () => {
    const answer = recorded('ARTICLES_QUERY', 'drafts');
    expect(await live('drafts')(queries.ARTICLES_QUERY)).toStrictEqual(answer);
    expect(await embedded('drafts')(queries.ARTICLES_QUERY)).toStrictEqual(answer);
  });

  it('asks the Content Lake with the read token, for published content unless the preview asks for drafts', async () => {
    const before = lake.requests.length;
    await live()(queries.TOPICS_QUERY);
    await live('drafts')(queries.ARTICLES_QUERY);
    expect(lake.requests.slice(before).map(({ perspective, authorization }) => [perspective, authorization])).toEqual([
      ['published', `Bearer ${TOKEN}`],
      ['drafts', `Bearer ${TOKEN}`],
    ]);
  });

  it('never returns a draft from the bundled embedded dataset', async () => {
    const raw = parseNdjson(readFileSync(DEFAULT_DATASET_FILE, 'utf8'), 'data.ndjson');
    const drafts = raw.filter((doc) => doc._id.startsWith('drafts.'));
    expect(drafts.length).toBeGreaterThan(0);
    const everything = JSON.stringify(await Promise.all(Object.values(queries).map((query) => embedded('published', DEFAULT_DATASET_FILE)(query))));
    for (const draft of drafts) expect(everything).not.toContain(draft._id);
    expect(everything).not.toContain('UTKAST-MARKÖR');
  });
});
