// The build report the publish worker reads: what the build publishes, its warnings, and for an
// error that stops the build, the documents and fields to fix.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildReportWriter } from '../../../src/data/build-report';
import { ContentError } from '../../../src/data/report';
import type { SanityDocument } from '../../../src/data/embedded';
import { article, contactSettingsDocument, load, page, safetyPlan, topic } from '../../support/fixtures';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'stodlinjen-report-'));
  file = join(dir, 'report.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const read = () => JSON.parse(readFileSync(file, 'utf8'));

const documents: SanityDocument[] = [
  topic('topic-oro', { title: 'Oro', _updatedAt: '2026-11-02T08:00:00Z' }),
  page('page-om', { title: 'Om oss', slug: { current: 'om-oss' }, _updatedAt: '2026-11-27T10:00:00Z' }),
  contactSettingsDocument(),
  article('article-somn', { title: 'Sömn', nextReview: '2026-01-01' }),
  article('article-stress', { title: 'Stress', nextReview: null }),
];
const loaded = async (docs: SanityDocument[]) => (await load(docs, { today: '2026-11-28' })).content;

describe('build report', () => {
  it('lists what the build publishes, the help line as pages link it, and each warning once', async () => {
    const writer = buildReportWriter(file);
    writer.warning({ documentId: 'article-somn', field: 'summary', message: 'is missing' });
    writer.warning({ documentId: 'article-somn', field: 'summary', message: 'is missing' });
    writer.content(await loaded(documents));
    expect(read()).toEqual({
      warnings: [{ documentId: 'article-somn', field: 'summary', message: 'is missing' }],
      articles: expect.arrayContaining([
        { _id: 'article-somn', slug: 'somn', language: 'sv', path: '/artiklar/somn/', title: 'Sömn', nextReview: '2026-01-01' },
        { _id: 'article-stress', slug: 'stress', language: 'sv', path: '/artiklar/stress/', title: 'Stress', nextReview: null },
      ]),
      pages: [{ _id: 'page-om', slug: 'om-oss', language: 'sv', path: '/om-oss/', title: 'Om oss' }],
      topics: [{ _id: 'topic-oro', slug: 'oro', language: 'sv', path: '/amnen/oro/', title: 'Oro' }],
      redirects: [],
      safetyPlans: [],
      languages: [
        { language: 'sv', home: '/', contact: '/kontakt/' },
        { language: 'sv-lattlast', home: '/lattlast/', contact: '/lattlast/kontakt/' },
        { language: 'en', home: '/en/', contact: '/en/contact/' },
        { language: 'ar', home: '/ar/', contact: '/ar/contact/' },
      ],
      contact: { documentId: 'contactSettings', phoneNumber: '90 390', tel: 'tel:90390' },
      // The newest change of what the build publishes: the record of a green test run names it.
      updatedAt: '2026-11-27T10:00:00Z',
    });
  });

  it("lists each language version's crisis plan page and relatives' guide, easy-read Swedish with the Swedish texts it shows", async () => {
    const writer = buildReportWriter(file);
    const plan = (id: string, language: string, title: string) => safetyPlan(id, language, { title, togetherTitle: `${title} tillsammans` });
    writer.content(await loaded([...documents, plan('safety-plan', 'sv', 'Min krisplan'), plan('safety-plan__en', 'en', 'My crisis plan')]));
    expect(read().safetyPlans).toEqual([
      { _id: 'safety-plan', language: 'sv', path: '/min-krisplan/', title: 'Min krisplan' },
      { _id: 'safety-plan', language: 'sv', path: '/krisplan-tillsammans/', title: 'Min krisplan tillsammans' },
      { _id: 'safety-plan', language: 'sv-lattlast', path: '/lattlast/min-krisplan/', title: 'Min krisplan' },
      { _id: 'safety-plan', language: 'sv-lattlast', path: '/lattlast/krisplan-tillsammans/', title: 'Min krisplan tillsammans' },
      { _id: 'safety-plan__en', language: 'en', path: '/en/my-crisis-plan/', title: 'My crisis plan' },
      { _id: 'safety-plan__en', language: 'en', path: '/en/crisis-plan-together/', title: 'My crisis plan tillsammans' },
    ]);
  });

  it('warnings reported while pages render are added when the build ends', async () => {
    const writer = buildReportWriter(file);
    writer.content(await loaded(documents));
    writer.warning({ documentId: 'article-stress', field: 'body[3]', message: 'unknown block left out' });
    writer.flush();
    expect(read().warnings).toEqual([{ documentId: 'article-stress', field: 'body[3]', message: 'unknown block left out' }]);
  });

  it('two articles with one slug: the error names both documents and the field', async () => {
    const writer = buildReportWriter(file);
    const duplicate = article('article-somn-2', { title: 'Sömn igen', slug: { current: 'somn' } });
    const error = await loaded([...documents, duplicate]).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ContentError);
    writer.error(error);
    expect(read()).toEqual({
      warnings: [],
      error: {
        message: expect.stringContaining('Duplicate slug "somn"'),
        documents: [
          { documentId: 'article-somn', field: 'slug' },
          { documentId: 'article-somn-2', field: 'slug' },
        ],
      },
    });
  });

  it('contact settings that would put a wrong number or address on every page: the error names each field', async () => {
    const writer = buildReportWriter(file);
    const unsafe = documents.map((doc) => (doc._id === 'contactSettings' ? { ...doc, phoneNumber: 'ring oss', chatEmbedUrl: 'javascript:alert(1)' } : doc));
    const error = await loaded(unsafe).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ContentError);
    writer.error(error);
    expect(read().error.documents).toEqual([
      { documentId: 'contactSettings', field: 'phoneNumber' },
      { documentId: 'contactSettings', field: 'chatEmbedUrl' },
    ]);
    expect(read().error.message).toContain('contactSettings.phoneNumber');
  });

  it('an error that is not about content (the Content Lake unreachable) is reported without documents', () => {
    const writer = buildReportWriter(file);
    writer.error(new Error('connect ECONNREFUSED 127.0.0.1:443'));
    expect(read().error).toEqual({ message: 'connect ECONNREFUSED 127.0.0.1:443', documents: [] });
  });
});
