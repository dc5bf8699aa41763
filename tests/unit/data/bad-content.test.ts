// Bad content never takes the site down: broken parts are left out with a warning that names
// the document and field, and two documents claiming one address stop the build, naming both.
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/data/content';
import { collectingReport } from '../../../src/data/report';
import { embeddedRunner } from '../../../src/data/source';
import type { SanityDocument } from '../../../src/data/embedded';

const span = (text: string) => ({ _key: `s${text.length}`, _type: 'span', text, marks: [] });
const paragraph = (key: string, text: string) => ({ _key: key, _type: 'block', style: 'normal', markDefs: [], children: [span(text)] });

function article(id: string, fields: Record<string, unknown> = {}): SanityDocument {
  return {
    _id: id,
    _type: 'article',
    title: `Titel ${id}`,
    slug: { _type: 'slug', current: id.replace('article-', '') },
    summary: 'En sammanfattning som är lång nog.',
    audience: 'self',
    kind: 'selfHelp',
    body: [paragraph('p1', 'Brödtext.')],
    topics: [{ _key: 't1', _type: 'reference', _ref: 'topic-oro' }],
    reviewedBy: { _type: 'reference', _ref: 'person-a' },
    lastReviewed: '2026-01-01',
    nextReview: '2027-01-01',
    ...fields,
  };
}

const base: SanityDocument[] = [
  { _id: 'topic-oro', _type: 'topic', title: 'Oro', slug: { current: 'oro' } },
  { _id: 'person-a', _type: 'person', name: 'Anna A', professionalTitle: 'Leg. psykolog' },
  { _id: 'siteSettings', _type: 'siteSettings', siteName: 'Stödlinjen', quickExitUrl: 'https://www.smhi.se/' },
  { _id: 'contactSettings', _type: 'contactSettings', phoneNumber: '90 390', chatEnabled: true, openingHours: [{ _key: 'd', day: 'monday', opens: '00:00', closes: '24:00' }] },
];

async function load(documents: SanityDocument[], today = '2026-11-23') {
  const report = collectingReport();
  const content = await loadContent(embeddedRunner(async () => [...base, ...documents]), report, today);
  return { content, warnings: report.warnings };
}

describe('bad content', () => {
  it('skips an article without a slug and says which document and field', async () => {
    const { content, warnings } = await load([article('article-ok'), article('article-no-slug', { slug: null })]);
    expect(content.locales.sv.articles.map((a) => a._id)).toEqual(['article-ok']);
    expect(warnings).toContainEqual(expect.objectContaining({ docId: 'article-no-slug', field: 'slug' }));
  });

  it('skips an article without a title and says which document and field', async () => {
    const { content, warnings } = await load([article('article-ok'), article('article-no-title', { title: '  ' })]);
    expect(content.locales.sv.articles.map((a) => a._id)).toEqual(['article-ok']);
    expect(warnings).toContainEqual(expect.objectContaining({ docId: 'article-no-title', field: 'title' }));
  });

  it('drops a broken topic or related reference and keeps the rest of the article', async () => {
    const { content, warnings } = await load([
      article('article-a', {
        topics: [{ _key: 't1', _type: 'reference', _ref: 'topic-oro' }, { _key: 't2', _type: 'reference', _ref: 'topic-gone' }],
        related: [{ _key: 'r1', _type: 'reference', _ref: 'article-b' }, { _key: 'r2', _type: 'reference', _ref: 'article-gone' }],
      }),
      article('article-b'),
    ]);
    const a = content.locales.sv.articles.find((x) => x._id === 'article-a')!;
    expect(a.topics.map((t) => t._id)).toEqual(['topic-oro']);
    expect(a.related.map((r) => r._id)).toEqual(['article-b']);
    expect(warnings).toContainEqual(expect.objectContaining({ docId: 'article-a', field: 'topics[1]' }));
    expect(warnings).toContainEqual(expect.objectContaining({ docId: 'article-a', field: 'related[1]' }));
  });

  it('does not link to a related article that has no page', async () => {
    const { content } = await load([
      article('article-a', { related: [{ _key: 'r1', _type: 'reference', _ref: 'article-b' }] }),
      article('article-b', { slug: null }),
    ]);
    expect(content.locales.sv.articles[0]!.related).toEqual([]);
  });

  it('stops the build on duplicate slugs, naming both documents', async () => {
    await expect(load([article('article-one', { slug: { current: 'samma' } }), article('article-two', { slug: { current: 'samma' } })])).rejects.toThrow(
      /"samma".*"article-one".*"article-two"/,
    );
  });

  it('lets a translation keep the Swedish slug, and stops the build on a slug used twice within one language', async () => {
    const topic = (id: string, language: string | undefined, slug: string) => ({ _id: id, _type: 'topic', ...(language && { language }), title: id, slug: { current: slug } });
    const { content } = await load([
      article('article-somn', { language: 'sv' }),
      article('article-somn__en', { language: 'en', slug: { current: 'somn' } }),
      article('article-somn__lattlast', { language: 'sv-lattlast', slug: { current: 'somn' } }),
      topic('topic-oro__en', 'en', 'oro'),
    ]);
    expect(Object.values(content.locales).flatMap((locale) => locale.articles.map((a) => a._id)).sort()).toEqual(['article-somn', 'article-somn__en', 'article-somn__lattlast']);
    await expect(load([article('article-sleep__ar', { language: 'ar', slug: { current: 'sleep' } }), article('article-rest__ar', { language: 'ar', slug: { current: 'sleep' } })])).rejects.toThrow(
      'Duplicate slug "sleep" for article in language "ar": documents "article-rest__ar" and "article-sleep__ar" both use it.',
    );
    // The base topic has no language: it counts as Swedish, so a Swedish topic cannot take its slug.
    await expect(load([topic('topic-oro-igen', 'sv', 'oro')])).rejects.toThrow('Duplicate slug "oro" for topic in language "sv"');
  });

  it('refuses a page that takes an address the site uses itself', async () => {
    await expect(load([{ _id: 'page-x', _type: 'page', title: 'Kontakt', slug: { current: 'kontakt' }, body: [paragraph('p1', 'Text.')] }])).rejects.toThrow(/page-x.*kontakt/);
  });

  it('warns about articles whose review is overdue', async () => {
    const { warnings } = await load([article('article-old', { nextReview: '2026-10-01' })]);
    expect(warnings).toContainEqual(expect.objectContaining({ docId: 'article-old', field: 'nextReview' }));
  });

  it('still shows a phone number and a quick exit when the settings documents are missing', async () => {
    const report = collectingReport();
    const content = await loadContent(embeddedRunner(async () => [article('article-a')]), report, '2026-11-23');
    expect(content.locales.sv.contact.phoneNumber).toBe('90 390');
    expect(content.locales.sv.site.quickExitUrl).toMatch(/^https:\/\//);
    expect(report.warnings).toContainEqual(expect.objectContaining({ docId: 'contactSettings' }));
  });

  it('ignores drafts even when they are the only version', async () => {
    const { content } = await load([{ ...article('drafts.article-secret'), title: 'Hemligt utkast' }]);
    expect(content.locales.sv.articles).toEqual([]);
  });
});
