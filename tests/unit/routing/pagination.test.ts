import { describe, expect, it } from 'vitest';
import { pagedPath } from '../../../src/lib/pagination';
import { paginate } from '../../../src/routing/table';

describe('long lists split into pages', () => {
  it('every item lands on exactly one page, in order, with the page count on each, and page 1 has no page number in its address', () => {
    const items = Array.from({ length: 65 }, (_, index) => index);
    const pages = paginate(items, 30, '/amnen/somn/');
    expect(pages.map((page) => page.data.length)).toEqual([30, 30, 5]);
    expect(pages.flatMap((page) => page.data)).toEqual(items);
    expect(pages.map((page) => [page.currentPage, page.lastPage])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    expect(pages.map((page) => page.url.current)).toEqual(['/amnen/somn/', '/amnen/somn/2/', '/amnen/somn/3/']);
  });

  it('each page links its neighbours, and the first and last pages where the visitor is not on them', () => {
    const [first, middle, last] = paginate(
      Array.from({ length: 65 }, (_, index) => index),
      30,
      '/amnen/somn/',
    );
    expect(first!.url).toEqual({ current: '/amnen/somn/', prev: undefined, next: '/amnen/somn/2/', first: undefined, last: '/amnen/somn/3/' });
    expect(middle!.url).toEqual({ current: '/amnen/somn/2/', prev: '/amnen/somn/', next: '/amnen/somn/3/', first: '/amnen/somn/', last: '/amnen/somn/3/' });
    expect(last!.url).toEqual({ current: '/amnen/somn/3/', prev: '/amnen/somn/2/', next: undefined, first: '/amnen/somn/', last: undefined });
    expect([first!.start, first!.end, last!.start, last!.end, last!.total]).toEqual([0, 29, 60, 64, 65]);
  });

  it('an empty list is one empty page, not no page at all', () => {
    const [only, ...rest] = paginate([], 30, '/amnen/oro/');
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ data: [], currentPage: 1, lastPage: 1, url: { current: '/amnen/oro/', prev: undefined, next: undefined } });
  });

  it('the first page keeps the plain address; later ones add their number', () => {
    expect(pagedPath('/amnen/somn/', 1)).toBe('/amnen/somn/');
    expect(pagedPath('/amnen/somn/', 3)).toBe('/amnen/somn/3/');
  });
});
