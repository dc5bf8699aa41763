import { describe, expect, it } from 'vitest';
// Astro's own paginate(), as the build calls it for the topic routes: the on-request version must give the same entries.
import { paginateOnRequest } from '../../src/lib/page-props';
import { pagedPath } from '../../src/lib/pagination';
// Not among the package's exports: imported by file, as the tests alone need it.
const { generatePaginateFunction } = (await import(new URL('../../node_modules/astro/dist/core/render/paginate.js', import.meta.url).href)) as { generatePaginateFunction: (route: unknown, base: string, trailingSlash: string) => typeof paginateOnRequest };

// The route src/pages/amnen/[slug]/[...page].astro as Astro's router describes it.
const topicRoute = {
  segments: [[{ content: 'amnen', dynamic: false, spread: false }], [{ content: 'slug', dynamic: true, spread: false }], [{ content: '...page', dynamic: true, spread: true }]],
  params: ['slug', '...page'],
};
const astroPaginate = generatePaginateFunction(topicRoute, '/', 'always');

describe('long lists split into pages', () => {
  it('every item lands on exactly one page, in order, with the page count on each, and page 1 has no page number in its address', () => {
    const items = Array.from({ length: 65 }, (_, index) => index);
    const pages = paginateOnRequest(items, { pageSize: 30, params: { slug: 'somn' }, props: { firstPage: '/amnen/somn/' } });
    expect(pages.map((entry) => entry.props.page.data.length)).toEqual([30, 30, 5]);
    expect(pages.flatMap((entry) => entry.props.page.data)).toEqual(items);
    expect(pages.map((entry) => [entry.props.page.currentPage, entry.props.page.lastPage])).toEqual([[1, 3], [2, 3], [3, 3]]);
    expect(pages.map((entry) => entry.params.page)).toEqual([undefined, '2', '3']);
  });

  it('on request, pages rendered by the draft preview get the entries the build gets from Astro', () => {
    for (const length of [0, 1, 30, 31, 65]) {
      const items = Array.from({ length }, (_, index) => index);
      const args = { pageSize: 30, params: { slug: 'somn' }, props: { firstPage: '/amnen/somn/' } };
      expect(paginateOnRequest(items, args)).toEqual(astroPaginate(items, args));
    }
  });

  it('an empty list is one empty page, not no page at all', () => {
    const [only, ...rest] = paginateOnRequest([], { pageSize: 30, props: { firstPage: '/amnen/oro/' } });
    expect(rest).toEqual([]);
    expect(only!.props.page).toMatchObject({ data: [], currentPage: 1, lastPage: 1, url: { current: '/amnen/oro/', prev: undefined, next: undefined } });
  });

  it('the first page keeps the plain address; later ones add their number', () => {
    expect(pagedPath('/amnen/somn/', 1)).toBe('/amnen/somn/');
    expect(pagedPath('/amnen/somn/', 3)).toBe('/amnen/somn/3/');
  });
});
