import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintDataset, type LintDocument } from '../../../sanity/lib/lint-dataset';
import { parseNdjson } from '../../../src/data/embedded';

const today = '2026-11-23';
const article = (id: string, over: Partial<LintDocument> = {}): LintDocument => ({
  _id: id,
  _type: 'article',
  title: 'Att sova bättre',
  slug: { _type: 'slug', current: id.replace(/^(drafts\.)?article-/, '') },
  summary: 'Några enkla sätt att varva ner på kvällen när oron gör det svårt att somna.',
  nextReview: '2027-06-01',
  ...over,
});

describe('dataset lint', () => {
  it('passes clean content', () => {
    expect(lintDataset([article('article-a'), article('article-b')], { today })).toEqual([]);
  });

  it('warns about ruled-out phrasings in title, summary, content note and body, naming the field', () => {
    const doc = article('article-a', {
      title: 'När någon har begått självmord',
      summary: 'Om ett misslyckat självmordsförsök.',
      contentNote: 'Texten nämner att begå självmord.',
      body: [{ _key: 'b1', _type: 'block', children: [{ _key: 's1', _type: 'span', text: 'Han begick självmord.' }] }],
    });
    expect(lintDataset([doc], { today })).toEqual([
      { id: 'article-a', field: 'title', level: 'warning', message: expect.stringContaining('”begått självmord”') },
      { id: 'article-a', field: 'summary', level: 'warning', message: expect.stringContaining('”suicidförsök”') },
      { id: 'article-a', field: 'contentNote', level: 'warning', message: expect.stringContaining('”begå självmord”') },
      { id: 'article-a', field: 'body[_key=="b1"].children[_key=="s1"].text', level: 'warning', message: expect.stringContaining('”begick självmord”') },
    ]);
  });

  it('reports a slug used twice within a type, naming both documents', () => {
    const findings = lintDataset([article('article-a', { slug: { current: 'somn' } }), article('article-b', { slug: { current: 'somn' } })], { today });
    expect(findings).toEqual([
      { id: 'article-b', field: 'slug', level: 'error', message: 'Adressen ”somn” används redan av article-a; article-b måste ha en egen adress.' },
    ]);
  });

  it('allows the same slug on different types and on a draft of the same document', () => {
    const topic = { _id: 'topic-somn', _type: 'topic', slug: { current: 'somn' } };
    expect(lintDataset([article('article-somn'), topic, article('drafts.article-somn')], { today })).toEqual([]);
  });

  it('reports a malformed slug as an error, which the CLI only warns about', () => {
    expect(lintDataset([article('article-a', { slug: { current: 'Oro_och_Ångest' } })], { today })).toEqual([
      { id: 'article-a', field: 'slug', level: 'error', message: expect.stringContaining('små bokstäver a–z') },
    ]);
  });

  it('reports a page that takes one of the paths the site uses itself', () => {
    const page = { _id: 'page-kontakt', _type: 'page', slug: { current: 'kontakt' } };
    expect(lintDataset([page, article('article-kontakt')], { today })).toEqual([
      { id: 'page-kontakt', field: 'slug', level: 'error', message: expect.stringContaining('används redan av webbplatsen') },
    ]);
  });

  it('warns about articles whose review is overdue', () => {
    expect(lintDataset([article('article-a', { nextReview: '2026-11-22' }), article('article-b', { nextReview: today })], { today })).toEqual([
      { id: 'article-a', field: 'nextReview', level: 'warning', message: expect.stringContaining('Granskningen är försenad') },
    ]);
  });

  it('catches the duplicate slug in the invalid fixture that offline CLI validation cannot', () => {
    const docs = parseNdjson(readFileSync(new URL('../../../sanity/fixtures/invalid.ndjson', import.meta.url), 'utf8'), 'invalid.ndjson');
    const findings = lintDataset(docs, { today });
    expect(findings).toContainEqual(expect.objectContaining({ id: 'article-duplicate-slug', field: 'slug', level: 'error', message: expect.stringContaining('article-valid') }));
    expect(findings).toContainEqual(expect.objectContaining({ id: 'article-bad-slug', field: 'slug', level: 'error' }));
    expect(findings.filter((f) => f.id === 'article-forbidden-phrasing').map((f) => f.field)).toEqual(['title', 'body[_key=="b1"].children[_key=="b1s"].text']);
  });

  it('finds nothing wrong in the embedded dataset (overdue reviews aside, which depend on the date)', () => {
    const docs = parseNdjson(readFileSync(new URL('../../../sanity/dataset/data.ndjson', import.meta.url), 'utf8'), 'data.ndjson');
    expect(lintDataset(docs).filter((f) => !(f.field === 'nextReview' && f.level === 'warning'))).toEqual([]);
  });
});
