import { describe, expect, it } from 'vitest';
import { pagedPath, pageParam, paginate } from '../../src/lib/pagination';

describe('long lists split into pages', () => {
  it('every item lands on exactly one page, in order, with the page count on each', () => {
    const items = Array.from({ length: 65 }, (_, index) => index);
    const pages = paginate(items, 30);
    expect(pages.map((page) => page.items.length)).toEqual([30, 30, 5]);
    expect(pages.flatMap((page) => page.items)).toEqual(items);
    expect(pages.map((page) => [page.pageNumber, page.pageCount])).toEqual([[1, 3], [2, 3], [3, 3]]);
  });

  it('an empty list is one empty page, not no page at all', () => {
    expect(paginate([], 30)).toEqual([{ items: [], pageNumber: 1, pageCount: 1 }]);
  });

  it('refuses a page size that would loop or lose items', () => {
    expect(() => paginate([1], 0)).toThrow(/positive integer/);
    expect(() => paginate([1], 2.5)).toThrow(/positive integer/);
  });

  it('the first page keeps the plain address; later ones add their number', () => {
    expect(pagedPath('/amnen/somn/', 1)).toBe('/amnen/somn/');
    expect(pagedPath('/amnen/somn/', 3)).toBe('/amnen/somn/3/');
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(2)).toBe('2');
  });
});
