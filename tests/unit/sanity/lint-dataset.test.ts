import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintDataset, type LintDocument } from '../../../sanity/lib/lint-dataset';
import { parseNdjson } from '../../../src/data/embedded';

const today = '2026-11-23';
const article = (id: string, over: Partial<LintDocument> = {}): LintDocument => ({
  _id: id,
  _type: 'article',
  language: 'sv',
  title: 'Att sova bättre',
  slug: { _type: 'slug', current: id.replace(/^(drafts\.)?article-/, '').replace(/__.*$/, '') },
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
      { id: 'article-b', field: 'slug', level: 'error', message: 'Adressen ”somn” används redan på svenska av article-a; article-b måste ha en egen adress.' },
    ]);
  });

  it('allows the same slug on different types and on a draft of the same document', () => {
    const topic = { _id: 'topic-somn', _type: 'topic', language: 'sv', slug: { current: 'somn' } };
    expect(lintDataset([article('article-somn'), topic, article('drafts.article-somn')], { today })).toEqual([]);
  });

  it('reports a malformed slug as an error, which the CLI only warns about', () => {
    expect(lintDataset([article('article-a', { slug: { current: 'Oro_och_Ångest' } })], { today })).toEqual([
      { id: 'article-a', field: 'slug', level: 'error', message: expect.stringContaining('små bokstäver a–z') },
    ]);
  });

  it('reports a page that takes one of the paths the site uses itself', () => {
    const page = { _id: 'page-kontakt', _type: 'page', language: 'sv', slug: { current: 'kontakt' } };
    expect(lintDataset([page, article('article-kontakt')], { today })).toEqual([
      { id: 'page-kontakt', field: 'slug', level: 'error', message: expect.stringContaining('används redan av webbplatsen') },
    ]);
  });

  it('warns about articles whose review is overdue', () => {
    expect(lintDataset([article('article-a', { nextReview: '2026-11-22' }), article('article-b', { nextReview: today })], { today })).toEqual([
      { id: 'article-a', field: 'nextReview', level: 'warning', message: expect.stringContaining('Granskningen är försenad') },
    ]);
  });

  it('lets each language have the address, and reports a slug used twice within one language', () => {
    const docs = [
      article('article-somn'),
      article('article-somn__en', { language: 'en', slug: { current: 'somn' } }),
      article('article-somn__lattlast', { language: 'sv-lattlast', slug: { current: 'somn' } }),
      article('article-sleep__ar', { language: 'ar', slug: { current: 'sleep' } }),
      article('article-sleep-again__ar', { language: 'ar', slug: { current: 'sleep' } }),
      article('drafts.article-sleep__ar', { language: 'ar', slug: { current: 'sleep' } }),
    ];
    expect(lintDataset(docs, { today })).toEqual([
      { id: 'article-sleep-again__ar', field: 'slug', level: 'error', message: 'Adressen ”sleep” används redan på arabiska av article-sleep__ar; article-sleep-again__ar måste ha en egen adress.' },
    ]);
  });

  it('requires every article, topic and page to have one of the four languages', () => {
    const topic = { _id: 'topic-x', _type: 'topic', slug: { current: 'x' } };
    const page = { _id: 'page-x', _type: 'page', language: 'de', slug: { current: 'x' } };
    const person = { _id: 'person-x', _type: 'person', name: 'Testa' };
    expect(lintDataset([topic, page, person, article('article-x', { language: 'sv-lattlast' })], { today })).toEqual([
      { id: 'topic-x', field: 'language', level: 'error', message: expect.stringContaining('Dokumentet saknar språk') },
      { id: 'page-x', field: 'language', level: 'error', message: expect.stringContaining('"de" är inget av webbplatsens språk') },
    ]);
  });

  it('warns about English and Arabic phrasings by the rules of the document\'s language only', () => {
    const english = article('article-a__en', { language: 'en', title: 'When someone has committed suicide', summary: 'After a failed attempt, support matters. Några ord om att begå självmord.' });
    const arabic = article('article-a__ar', {
      language: 'ar',
      title: 'عندما يُقدِم شخص على إنهاء حياته',
      body: [{ _key: 'b1', _type: 'block', children: [{ _key: 's1', _type: 'span', text: 'لا تقل إنه ارتكب الانتحار.' }] }],
    });
    expect(lintDataset([english, arabic], { today })).toEqual([
      { id: 'article-a__en', field: 'title', level: 'warning', message: expect.stringContaining('”committed suicide”') },
      { id: 'article-a__en', field: 'summary', level: 'warning', message: expect.stringContaining('”failed attempt”') },
      { id: 'article-a__ar', field: 'body[_key=="b1"].children[_key=="s1"].text', level: 'warning', message: expect.stringContaining('”ارتكب الانتحار”') },
    ]);
  });

  it('requires a content note and a help box on a sensitive article in every language', () => {
    const helpBox = { _key: 'h1', _type: 'helpBox', contacts: [{ _key: 'c1', _type: 'helpContact', name: '1177', phone: '1177' }] };
    const paragraph = { _key: 'p1', _type: 'block', children: [{ _key: 's1', _type: 'span', text: 'Text.' }] };
    const docs = [
      article('article-ok__ar', { language: 'ar', sensitive: true, contentNote: 'يتناول هذا النص أفكار الانتحار.', body: [helpBox, paragraph] }),
      article('article-bare__en', { language: 'en', sensitive: true, body: [paragraph] }),
    ];
    expect(lintDataset(docs, { today })).toEqual([
      { id: 'article-bare__en', field: 'contentNote', level: 'error', message: expect.stringContaining('innehållsvarning') },
      { id: 'article-bare__en', field: 'body', level: 'error', message: expect.stringContaining('hjälpruta') },
    ]);
  });

  it('checks the links between translations: one document per language, of one type, with the language it is linked as', () => {
    const entry = (key: string, language: string, ref: string) => ({ _key: key, _type: 'internationalizedArrayReferenceValue', language, value: { _type: 'reference', _ref: ref, _weak: true } });
    const topic = { _id: 'topic-somn__en', _type: 'topic', language: 'en', slug: { current: 'sleep' } };
    const docs: LintDocument[] = [
      article('article-somn'),
      article('article-somn__en', { language: 'en', slug: { current: 'sleep' } }),
      article('article-somn__ar', { language: 'en', slug: { current: 'sleep-ar' } }),
      topic,
      { _id: 'translation-article-somn', _type: 'translation.metadata', schemaTypes: ['article'], translations: [entry('sv', 'sv', 'article-somn'), entry('en', 'en', 'article-somn__en')] },
      {
        _id: 'translation-broken',
        _type: 'translation.metadata',
        translations: [entry('a', 'ar', 'article-somn__ar'), entry('b', 'en', 'topic-somn__en'), entry('c', 'en', 'article-somn__en'), entry('d', 'sv', 'article-gone'), entry('e', 'fr', 'article-somn')],
      },
    ];
    expect(lintDataset(docs, { today })).toEqual([
      { id: 'translation-broken', field: 'translations[_key=="a"].value', level: 'error', message: 'article-somn__ar är länkad som arabiska men har språket "en".' },
      { id: 'translation-broken', field: 'translations[_key=="c"]', level: 'error', message: 'Två översättningar till engelska (topic-somn__en och article-somn__en). Behåll en.' },
      { id: 'translation-broken', field: 'translations[_key=="c"].value', level: 'error', message: 'article-somn__en är redan länkad till sina översättningar i translation-article-somn.' },
      { id: 'translation-broken', field: 'translations[_key=="d"].value', level: 'warning', message: 'Dokumentet article-gone finns inte; länken till översättningen hoppas över.' },
      { id: 'translation-broken', field: 'translations[_key=="e"].language', level: 'error', message: '"fr" är inget av webbplatsens språk.' },
      { id: 'translation-broken', field: 'translations', level: 'error', message: 'Översättningarna är av olika typer (article, topic); en länk gäller bara en typ.' },
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
