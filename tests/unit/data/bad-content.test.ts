// Bad content never takes the site down: broken parts are left out with a warning that names
// the document and field, and two documents claiming one address stop the build, naming both.
import { describe, expect, it } from 'vitest';
import type { SanityDocument } from '../../../src/data/embedded';
import { article, load as loadOnly, page, ref, siteBase, topic } from '../../support/fixtures';

/** The content from a small site (siteBase) plus `documents`. */
const load = (documents: SanityDocument[]) => loadOnly([...siteBase(), ...documents]);

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
        topics: [ref('topic-oro'), ref('topic-gone')],
        related: [ref('article-b'), ref('article-gone')],
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
    const { content } = await load([article('article-a', { related: [ref('article-b')] }), article('article-b', { slug: null })]);
    expect(content.locales.sv.articles[0]!.related).toEqual([]);
  });

  it('stops the build on duplicate slugs, naming both documents', async () => {
    await expect(load([article('article-one', { slug: { current: 'samma' } }), article('article-two', { slug: { current: 'samma' } })])).rejects.toThrow(/"samma".*"article-one".*"article-two"/);
  });

  it('lets a translation keep the Swedish slug, and stops the build on a slug used twice within one language', async () => {
    const { content } = await load([
      article('article-somn', { language: 'sv' }),
      article('article-somn__en', { language: 'en', slug: { current: 'somn' } }),
      article('article-somn__lattlast', { language: 'sv-lattlast', slug: { current: 'somn' } }),
      topic('topic-oro__en', { language: 'en', slug: { current: 'oro' } }),
    ]);
    expect(
      Object.values(content.locales)
        .flatMap((locale) => locale.articles.map((a) => a._id))
        .sort(),
    ).toEqual(['article-somn', 'article-somn__en', 'article-somn__lattlast']);
    await expect(load([article('article-sleep__ar', { language: 'ar', slug: { current: 'sleep' } }), article('article-rest__ar', { language: 'ar', slug: { current: 'sleep' } })])).rejects.toThrow(
      'Duplicate slug "sleep" for article in language "ar": documents "article-rest__ar" and "article-sleep__ar" both use it.',
    );
    // The base topic has no language: it counts as Swedish, so a Swedish topic cannot take its slug.
    await expect(load([topic('topic-oro-igen', { language: 'sv', slug: { current: 'oro' } })])).rejects.toThrow('Duplicate slug "oro" for topic in language "sv"');
  });

  it('refuses a page that takes an address the site uses itself', async () => {
    await expect(load([page('page-x', { title: 'Kontakt', slug: { current: 'kontakt' } })])).rejects.toThrow(/page-x.*kontakt/);
  });

  it('warns about articles whose review is overdue', async () => {
    const { warnings } = await load([article('article-old', { nextReview: '2026-10-01' })]);
    expect(warnings).toContainEqual(expect.objectContaining({ docId: 'article-old', field: 'nextReview' }));
  });

  it('still shows a phone number and a quick exit when the settings documents are missing', async () => {
    const { content, warnings } = await loadOnly([article('article-a')]);
    expect(content.locales.sv.contact.phoneNumber).toBe('90 390');
    expect(content.locales.sv.site.quickExitUrl).toMatch(/^https:\/\//);
    expect(warnings).toContainEqual(expect.objectContaining({ docId: 'contactSettings' }));
  });

  it('ignores drafts even when they are the only version', async () => {
    const { content } = await load([{ ...article('drafts.article-secret'), title: 'Hemligt utkast' }]);
    expect(content.locales.sv.articles).toEqual([]);
  });
});
