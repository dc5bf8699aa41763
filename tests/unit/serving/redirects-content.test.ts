// Redirects as the build loads them from content: every old address leads to a live page in one
// hop; what would mislead visitors stops the build naming the document and field; what only
// loses a redirect is left out with a warning.
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../../src/data/report';
import type { SanityDocument } from '../../../src/data/embedded';
import { article as articleDoc, load as loadOnly, page, redirect, ref, topic } from '../../support/fixtures';

const article = (slug: string, fields: Record<string, unknown> = {}) => articleDoc(`article-${slug}`, { title: `Artikel ${slug}`, slug: { current: slug }, ...fields });

const base: SanityDocument[] = [topic('topic-oro', { title: 'Oro' }), page('page-om', { title: 'Om oss' }), article('somn'), article('oro-pa-natten')];

async function load(documents: SanityDocument[]) {
  const { content, warnings } = await loadOnly([...base, ...documents]);
  return { redirects: content.redirects, warnings };
}

describe('redirects in the build', () => {
  it('work in every language: an old English address leads to the English article, and one taking a live English address stops the build', async () => {
    const topicEn = topic('topic-oro__en', { language: 'en', title: 'Worry', slug: { current: 'worry' } });
    const { redirects, warnings } = await load([
      topicEn,
      article('sleep', { _id: 'article-somn__en', language: 'en', topics: [ref('topic-oro__en')] }),
      redirect('r-en', '/en/articles/sleeping/', { doc: 'article-somn__en' }),
      redirect('r-en-path', '/en/help/', { path: '/en/contact/' }),
    ]);
    expect(redirects).toEqual([
      { _id: 'r-en', from: '/en/articles/sleeping/', to: '/en/articles/sleep/', status: 301, title: 'Artikel sleep' },
      { _id: 'r-en-path', from: '/en/help/', to: '/en/contact/', status: 301, title: null },
    ]);
    expect(warnings.filter((w) => w.docId.startsWith('r-'))).toEqual([]);
    await expect(load([topicEn, article('sleep', { _id: 'article-somn__en', language: 'en' }), redirect('r-taken', '/en/articles/sleep/', { path: '/en/' })])).rejects.toThrow(
      /published page is served at that address/,
    );
  });

  it('lead from the old address to the document’s page, permanent unless marked temporary', async () => {
    const { redirects, warnings } = await load([redirect('r-doc', '/artiklar/sova/', { doc: 'article-somn' }), redirect('r-path', '/gamla-sajten/kontakt', { path: '/kontakt/' }, false)]);
    expect(redirects).toEqual([
      { _id: 'r-doc', from: '/artiklar/sova/', to: '/artiklar/somn/', status: 301, title: 'Artikel somn' },
      { _id: 'r-path', from: '/gamla-sajten/kontakt/', to: '/kontakt/', status: 302, title: null },
    ]);
    expect(warnings.filter((w) => w.docId.startsWith('r-'))).toEqual([]);
  });

  it('follow the document when its slug changes again', async () => {
    const { redirects } = await load([redirect('r-doc', '/artiklar/sova/', { doc: 'article-somn' })]);
    expect(redirects[0]!.to).toBe('/artiklar/somn/');
    const { content: moved } = await loadOnly([
      ...base.filter((doc) => doc._id !== 'article-somn'),
      article('somn', { slug: { current: 'somn-och-oro' } }),
      redirect('r-doc', '/artiklar/sova/', { doc: 'article-somn' }),
    ]);
    expect(moved.redirects[0]!.to).toBe('/artiklar/somn-och-oro/');
  });

  it('stop the build when they move an address a published page uses, naming the redirect and field', async () => {
    await expect(load([redirect('r-live', '/artiklar/somn', { path: '/kontakt/' })])).rejects.toThrow(ContentError);
    await expect(load([redirect('r-live', '/artiklar/somn', { path: '/kontakt/' })])).rejects.toThrow(/"r-live" \(field from\).*\/artiklar\/somn\//);
    await expect(load([redirect('r-live', '/artiklar/somn', { path: '/kontakt/' })])).rejects.toMatchObject({ documents: [{ documentId: 'r-live', field: 'from' }] });
    await expect(load([redirect('r-topic', '/amnen/oro/', { path: '/kontakt/' })])).rejects.toThrow(/r-topic/);
    await expect(load([redirect('r-page', '/om/', { path: '/kontakt/' })])).rejects.toThrow(/r-page/);
    await expect(load([redirect('r-fixed', '/sok/', { path: '/kontakt/' })])).rejects.toThrow(/r-fixed/);
    await expect(load([redirect('r-assets', '/_astro/x/', { path: '/kontakt/' })])).rejects.toThrow(/r-assets.*build writes/);
  });

  it('wait without failing the build when the slug change they follow is not published yet', async () => {
    // The Studio's automatic redirect from the old slug, written before the publish that moves the article has landed.
    const { redirects, warnings } = await load([redirect('r-pending', '/artiklar/somn/', { doc: 'article-somn' })]);
    expect(redirects).toEqual([]);
    expect(warnings).toContainEqual(expect.objectContaining({ docId: 'r-pending', field: 'from' }));
    // A redirect from that address to anything else still stops the build.
    await expect(load([redirect('r-other', '/artiklar/somn/', { doc: 'article-oro-pa-natten' })])).rejects.toThrow(/r-other/);
  });

  it('stop the build when two claim one address, naming both', async () => {
    await expect(load([redirect('r-one', '/gammal/', { path: '/kontakt/' }), redirect('r-two', '/gammal', { path: '/sok/' })])).rejects.toThrow(
      /Two redirects from \/gammal\/: documents "r-(one|two)" and "r-(one|two)"/,
    );
    // One address, two spellings.
    await expect(load([redirect('r-lower', '/om%c3%a5/', { path: '/kontakt/' }), redirect('r-upper', '/om%C3%A5', { path: '/sok/' })])).rejects.toThrow(/Two redirects from \/om%C3%A5\//);
  });

  it('stop the build when they loop, naming every redirect in the loop', async () => {
    const loop = [redirect('r-a', '/a/', { path: '/b/' }), redirect('r-b', '/b/', { path: '/c/' }), redirect('r-c', '/c/', { path: '/a/' })];
    await expect(load(loop)).rejects.toThrow(ContentError);
    await expect(load(loop)).rejects.toThrow(/loop.*"r-a".*"r-b".*"r-c"/);
    // The build report names each document and field for the editors' status.
    await expect(load(loop)).rejects.toMatchObject({
      documents: [
        { documentId: 'r-a', field: 'toPath' },
        { documentId: 'r-b', field: 'toPath' },
        { documentId: 'r-c', field: 'toPath' },
      ],
    });
    await expect(load([redirect('r-self', '/a/', { path: '/a' })])).rejects.toThrow(/loop.*"r-self"/);
  });

  it('collapse a chain to one hop, with a warning on each redirect that points at another', async () => {
    const { redirects, warnings } = await load([
      redirect('r-1', '/forsta/', { path: '/andra/' }),
      redirect('r-2', '/andra/', { path: '/tredje' }, false),
      redirect('r-3', '/tredje/', { doc: 'article-somn' }),
    ]);
    expect(redirects.map(({ _id, to, status }) => ({ _id, to, status })).sort((a, b) => a._id.localeCompare(b._id))).toEqual([
      { _id: 'r-1', to: '/artiklar/somn/', status: 302 },
      { _id: 'r-2', to: '/artiklar/somn/', status: 302 },
      { _id: 'r-3', to: '/artiklar/somn/', status: 301 },
    ]);
    expect(warnings).toContainEqual(expect.objectContaining({ docId: 'r-1', field: 'toPath', message: expect.stringMatching(/itself redirected.*"r-2" → "r-3".*one hop to \/artiklar\/somn\//) }));
    expect(warnings.filter((w) => w.docId === 'r-3')).toEqual([]);
  });

  it('are left out with a warning when their document is missing, unpublished or has no page', async () => {
    const { redirects, warnings } = await load([
      { ...article('utkast'), _id: 'drafts.article-utkast' },
      redirect('r-draft', '/x/', { doc: 'article-utkast' }),
      redirect('r-gone', '/y/', { doc: 'article-finns-inte' }),
      redirect('r-untitled', '/z/', { doc: 'article-utan-titel' }),
      article('utan-titel', { title: '' }),
      redirect('r-via-gone', '/w/', { path: '/y/' }),
    ]);
    expect(redirects).toEqual([]);
    for (const id of ['r-draft', 'r-gone', 'r-untitled']) {
      expect(warnings).toContainEqual(expect.objectContaining({ docId: id, field: 'toDocument', message: expect.stringMatching(/missing, unpublished or has no page/) }));
    }
    expect(warnings).toContainEqual(expect.objectContaining({ docId: 'r-via-gone', field: 'toPath', message: expect.stringMatching(/serves no page/) }));
  });

  it('are left out with a warning when an address is unusable or the target is empty', async () => {
    const { redirects, warnings } = await load([
      redirect('r-url', 'https://stodlinjen.se/x/', { path: '/kontakt/' }),
      redirect('r-query', '/x/?id=1', { path: '/kontakt/' }),
      redirect('r-bad-to', '/ok/', { path: 'kontakt' }),
      redirect('r-nowhere', '/nowhere/', {}),
      redirect('r-to-missing', '/old/', { path: '/finns-inte/' }),
    ]);
    expect(redirects).toEqual([]);
    expect(warnings.map((w) => `${w.docId} ${w.field}`)).toEqual(expect.arrayContaining(['r-url from', 'r-query from', 'r-bad-to toPath', 'r-nowhere toDocument', 'r-to-missing toPath']));
  });

  it('may lead to a topic’s later pages and the start page', async () => {
    const many = Array.from({ length: 31 }, (_, index) => article(`text-${index}`));
    const { redirects } = await load([...many, redirect('r-paged', '/gammal/', { path: '/amnen/oro/2/' }), redirect('r-home', '/start/', { path: '/' })]);
    expect(redirects.map((r) => r.to)).toEqual(['/amnen/oro/2/', '/']);
    await expect(load([...many, redirect('r-clash', '/amnen/oro/2/', { path: '/' })])).rejects.toThrow(/r-clash/);
  });
});
