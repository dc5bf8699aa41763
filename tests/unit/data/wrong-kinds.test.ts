// A careless import stores fields of the wrong kind: objects where text belongs, text where a
// list belongs, dates that are not dates, nulls. Each field of each document type is replaced in
// turn: the build goes on, every value a page reads has the kind the page expects, and the
// warning names the document and the field.
import { describe, expect, it } from 'vitest';
import type { SiteContent } from '../../../src/data/content';
import type { SanityDocument } from '../../../src/data/embedded';
import { uiFor } from '../../../src/i18n';
import { isLocale } from '../../../src/i18n/locales';
import { article, contactSettingsDocument, load, page, paragraph, person, ref, reference, siteSettings, span, topic, versions } from '../../support/fixtures';

const WRONG: unknown[] = [null, 'text', 'snart', 42, true, { _type: 'block', text: 'x' }, [], ['x'], [{ a: 1 }], [null]];

// Every field a page reads, filled in.
const docs: SanityDocument[] = [
  topic('topic-oro', { title: 'Oro', description: 'Om oro.' }),
  person(),
  siteSettings({
    tagline: versions({ sv: 'Stöd' }),
    description: versions({ sv: 'Beskrivning.' }, 'internationalizedArrayTextValue'),
    crisisSearchTerms: versions({ sv: ['självmord'] }, 'internationalizedArraySearchTermsValue'),
    aboutPage: reference('page-om'),
    accessibility: { _type: 'accessibilityStatus', serviceName: 'Stödlinjen', complianceStatus: 'delvis', assessedOn: '2026-01-01', updatedOn: '2026-02-01' },
  }),
  contactSettingsDocument(),
  page('page-om', { title: 'Om oss', slug: { current: 'om-oss' }, summary: 'Om oss.' }),
  article('article-a', { title: 'Titel', slug: { current: 'titel' }, sensitive: false, contentNote: 'Om svåra tankar.', searchKeywords: ['oro'], related: [ref('article-b')] }),
  article('article-b', { title: 'Annan', slug: { current: 'annan' }, audience: 'both', kind: 'qa' }),
];

const isText = (value: unknown) => value === null || value === undefined || typeof value === 'string';
const isDate = (value: unknown) => value === null || value === undefined || (typeof value === 'string' && !!uiFor('sv').date(value));
const texts = (value: unknown) => Array.isArray(value) && value.every((item) => typeof item === 'string');

/** What pages read, checked for kind (and dates for being formattable). */
function expectReadable({
  locales: {
    sv: { site, topics, articles, pages },
  },
}: SiteContent) {
  expect(typeof site.siteName).toBe('string');
  for (const value of [site.tagline, site.description, site.accessibility?.serviceName]) expect(isText(value)).toBe(true);
  for (const value of [site.accessibility?.assessedOn, site.accessibility?.updatedOn]) expect(isDate(value)).toBe(true);
  expect(texts(site.crisisSearchTerms)).toBe(true);
  for (const topic of topics) expect([typeof topic.title, typeof topic.slug, isText(topic.description)]).toEqual(['string', 'string', true]);
  for (const page of pages) expect([typeof page.title, typeof page.slug, isText(page.summary), Array.isArray(page.body)]).toEqual(['string', 'string', true, true]);
  for (const article of articles) {
    expect([typeof article.title, typeof article.slug, Array.isArray(article.body)]).toEqual(['string', 'string', true]);
    for (const value of [article.summary, article.contentNote, article.reviewedBy?.name]) expect(isText(value)).toBe(true);
    const title = article.reviewedBy?.professionalTitle;
    expect(title == null || (typeof title.text === 'string' && isLocale(title.locale))).toBe(true);
    for (const value of [article.lastReviewed, article.nextReview]) expect(isDate(value)).toBe(true);
    expect([null, 'self', 'relatives', 'both']).toContain(article.audience);
    expect([null, 'selfHelp', 'exercise', 'guidance', 'qa']).toContain(article.kind);
    expect([null, true, false]).toContain(article.sensitive);
    expect(texts(article.searchKeywords)).toBe(true);
    for (const link of [...article.topics, ...article.related]) expect([typeof link.title, typeof link.slug]).toEqual(['string', 'string']);
  }
}

const FIELDS: Record<string, string[]> = {
  'article-a': ['title', 'slug', 'summary', 'audience', 'kind', 'sensitive', 'contentNote', 'searchKeywords', 'topics', 'related', 'reviewedBy', 'lastReviewed', 'nextReview', 'body'],
  'topic-oro': ['title', 'slug', 'description'],
  'page-om': ['title', 'slug', 'summary', 'body'],
  siteSettings: ['siteName', 'tagline', 'description', 'quickExitUrl', 'crisisSearchTerms', 'aboutPage', 'accessibility'],
  'person-a': ['name', 'professionalTitle'],
};

describe('fields of the wrong kind', () => {
  for (const [id, fields] of Object.entries(FIELDS)) {
    for (const field of fields) {
      it(`${id}: ${field} of any kind never stops the build or reaches a page as the wrong kind`, async () => {
        for (const wrong of WRONG) {
          const changed = docs.map((doc) => (doc._id === id ? { ...doc, [field]: field === 'slug' && wrong !== null ? { current: wrong } : wrong } : doc));
          const { content } = await load(changed);
          expectReadable(content);
        }
      });
    }
  }

  it('names the document and field of a value of the wrong kind', async () => {
    const { warnings } = await load(docs.map((doc) => (doc._id === 'article-a' ? { ...doc, summary: { text: 'x' }, lastReviewed: 'i våras', kind: 'blog', searchKeywords: 'oro, ångest' } : doc)));
    for (const field of ['summary', 'lastReviewed', 'kind', 'searchKeywords']) expect(warnings).toContainEqual(expect.objectContaining({ docId: 'article-a', field }));
  });

  it('skips an article whose body is missing, empty or not a list of blocks, naming _id and body', async () => {
    for (const body of [undefined, [], 'Brödtext', { _type: 'block' }, [null, 'x', 42]]) {
      const { content, warnings } = await load(docs.map((doc) => (doc._id === 'article-a' ? { ...doc, body } : doc)));
      expect(content.locales.sv.articles.map((a) => a._id)).toEqual(['article-b']);
      expect(warnings).toContainEqual(expect.objectContaining({ docId: 'article-a', field: 'body' }));
    }
  });

  it('keeps an article whose topics are not a list, without topics, naming _id and topics', async () => {
    const { content, warnings } = await load(docs.map((doc) => (doc._id === 'article-a' ? { ...doc, topics: 'oro' } : doc)));
    expect(content.locales.sv.articles.find((a) => a._id === 'article-a')?.topics).toEqual([]);
    expect(warnings).toContainEqual(expect.objectContaining({ docId: 'article-a', field: 'topics' }));
  });

  it('shows a content note when "sensitive" holds something other than true or false', async () => {
    const { content } = await load(docs.map((doc) => (doc._id === 'article-a' ? { ...doc, sensitive: 'ja' } : doc)));
    expect(content.locales.sv.articles.find((a) => a._id === 'article-a')?.sensitive).toBe(true);
  });
});

describe('links to documents without a page', () => {
  it('an internal link to a document skipped for its missing body loses its target, so no page links to a missing address', async () => {
    const linking = paragraph('Läs mer', { markDefs: [{ _key: 'l', _type: 'internalLink', reference: reference('article-b') }], children: [span('Läs mer', ['l'])] });
    const { content } = await load(docs.map((doc) => (doc._id === 'article-a' ? { ...doc, body: [linking] } : doc._id === 'article-b' ? { ...doc, body: [] } : doc)));
    const [block] = content.locales.sv.articles.find((a) => a._id === 'article-a')!.body as Array<{ markDefs: Array<{ target: unknown }> }>;
    expect(block!.markDefs[0]!.target).toBeNull();
  });

  it('keeps internal links to documents that have a page', async () => {
    const linking = paragraph('Brödtext.', { markDefs: [{ _key: 'l', _type: 'internalLink', reference: reference('article-b') }] });
    const { content } = await load(docs.map((doc) => (doc._id === 'article-a' ? { ...doc, body: [linking] } : doc)));
    const [block] = content.locales.sv.articles.find((a) => a._id === 'article-a')!.body as Array<{ markDefs: Array<{ target: unknown }> }>;
    expect(block!.markDefs[0]!.target).toMatchObject({ _type: 'article', slug: 'annan' });
  });
});
