import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintDataset, type LintDocument } from '../../../sanity/lib/lint-dataset';
import { parseNdjson } from '../../../src/data/embedded';
import { article as articleDoc, page, paragraph, person, TODAY as today, topic, translationMetadata } from '../../support/fixtures';

// The Studio gives every document a language.
const article = (id: string, over: Partial<LintDocument> = {}) => articleDoc(id, { language: 'sv', ...over });

describe('dataset lint', () => {
  it('passes clean content', () => {
    expect(lintDataset([article('article-a'), article('article-b')], { today })).toEqual([]);
  });

  it('warns about ruled-out phrasings in title, summary, content note and body, naming the field', () => {
    const doc = article('article-a', {
      title: 'När någon har begått självmord',
      summary: 'Om ett misslyckat självmordsförsök.',
      contentNote: 'Texten nämner att begå självmord.',
      body: [paragraph('Han begick självmord.', { _key: 'b1' })],
    });
    expect(lintDataset([doc], { today })).toEqual([
      { id: 'article-a', field: 'title', level: 'warning', message: expect.stringContaining('”begått självmord”') },
      { id: 'article-a', field: 'summary', level: 'warning', message: expect.stringContaining('”suicidförsök”') },
      { id: 'article-a', field: 'contentNote', level: 'warning', message: expect.stringContaining('”begå självmord”') },
      { id: 'article-a', field: 'body[_key=="b1"].children[_key=="b1s"].text', level: 'warning', message: expect.stringContaining('”begick självmord”') },
    ]);
  });

  it('reports a slug used twice within a type, naming both documents', () => {
    const findings = lintDataset([article('article-a', { slug: { current: 'somn' } }), article('article-b', { slug: { current: 'somn' } })], { today });
    expect(findings).toEqual([{ id: 'article-b', field: 'slug', level: 'error', message: 'Adressen ”somn” används redan på svenska av article-a; article-b måste ha en egen adress.' }]);
  });

  it('allows the same slug on different types and on a draft of the same document', () => {
    expect(lintDataset([article('article-somn'), topic('topic-somn', { language: 'sv' }), article('drafts.article-somn')], { today })).toEqual([]);
  });

  it('reports a malformed slug as an error, which the CLI only warns about', () => {
    expect(lintDataset([article('article-a', { slug: { current: 'Oro_och_Ångest' } })], { today })).toEqual([
      { id: 'article-a', field: 'slug', level: 'error', message: expect.stringContaining('små bokstäver a–z') },
    ]);
  });

  it('reports a page that takes one of the paths the site uses itself', () => {
    expect(lintDataset([page('page-kontakt', { language: 'sv' }), article('article-kontakt')], { today })).toEqual([
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
    expect(lintDataset([topic('topic-x'), page('page-x', { language: 'de' }), person('person-x'), article('article-x', { language: 'sv-lattlast' })], { today })).toEqual([
      { id: 'topic-x', field: 'language', level: 'error', message: expect.stringContaining('Dokumentet saknar språk') },
      { id: 'page-x', field: 'language', level: 'error', message: expect.stringContaining('"de" är inget av webbplatsens språk') },
    ]);
  });

  it("warns about English and Arabic phrasings by the rules of the document's language only", () => {
    const english = article('article-a__en', { language: 'en', title: 'When someone has committed suicide', summary: 'After a failed attempt, support matters. Några ord om att begå självmord.' });
    const arabic = article('article-a__ar', {
      language: 'ar',
      title: 'عندما يُقدِم شخص على إنهاء حياته',
      body: [paragraph('لا تقل إنه ارتكب الانتحار.', { _key: 'b1' })],
    });
    expect(lintDataset([english, arabic], { today })).toEqual([
      { id: 'article-a__en', field: 'title', level: 'warning', message: expect.stringContaining('”committed suicide”') },
      { id: 'article-a__en', field: 'summary', level: 'warning', message: expect.stringContaining('”failed attempt”') },
      { id: 'article-a__ar', field: 'body[_key=="b1"].children[_key=="b1s"].text', level: 'warning', message: expect.stringContaining('”ارتكب الانتحار”') },
    ]);
  });

  it('requires a content note and a help box on a sensitive article in every language', () => {
    const helpBox = { _key: 'h1', _type: 'helpBox', contacts: [{ _key: 'c1', _type: 'helpContact', name: '1177', phone: '1177' }] };
    const docs = [
      article('article-ok__ar', { language: 'ar', sensitive: true, contentNote: 'يتناول هذا النص أفكار الانتحار.', body: [helpBox, paragraph('Text.')] }),
      article('article-bare__en', { language: 'en', sensitive: true, body: [paragraph('Text.')] }),
    ];
    expect(lintDataset(docs, { today })).toEqual([
      { id: 'article-bare__en', field: 'contentNote', level: 'error', message: expect.stringContaining('innehållsvarning') },
      { id: 'article-bare__en', field: 'body', level: 'error', message: expect.stringContaining('hjälpruta') },
    ]);
  });

  it('checks the links between translations: one document per language, of one type, with the language it is linked as', () => {
    const docs: LintDocument[] = [
      article('article-somn'),
      article('article-somn__en', { language: 'en', slug: { current: 'sleep' } }),
      article('article-somn__ar', { language: 'en', slug: { current: 'sleep-ar' } }),
      topic('topic-somn__en', { language: 'en', slug: { current: 'sleep' } }),
      translationMetadata('translation-article-somn', 'article', [
        ['sv', 'article-somn'],
        ['en', 'article-somn__en'],
      ]),
      translationMetadata('translation-broken', 'article', [
        ['ar', 'article-somn__ar', 'a'],
        ['en', 'topic-somn__en', 'b'],
        ['en', 'article-somn__en', 'c'],
        ['sv', 'article-gone', 'd'],
        ['fr', 'article-somn', 'e'],
      ]),
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
