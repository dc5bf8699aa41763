// A dynamic page's props. The public build gets them from the page's getStaticPaths; the draft
// preview renders on request, where Astro does not call getStaticPaths, so the page's own
// getStaticPaths is asked and the entry whose params match the URL is used: one route logic.
import type { Page, PaginateFunction } from 'astro';
import { pagedPath } from './pagination';

type PathEntry<P> = { params: Record<string, string | number | undefined>; props: P };

type RequestedPage = { props: Record<string, unknown>; params: Record<string, string | undefined> };

const same = (a: string | number | undefined, b: string | undefined) => (a === undefined ? b === undefined : String(a) === b);

/**
 * Astro's paginate() for pages rendered on request, where Astro passes none: the same entries for
 * a `[...page]` route (no page parameter on page 1). Its addresses follow `props.firstPage`, the
 * first page's address, which the site's paginated routes pass.
 */
export const paginateOnRequest: PaginateFunction = ((data: readonly unknown[], args: { pageSize?: number; params?: Record<string, string | undefined>; props?: Record<string, unknown> } = {}) => {
  const size = args.pageSize ?? 10;
  const lastPage = Math.max(1, Math.ceil(data.length / size));
  const first = typeof args.props?.firstPage === 'string' ? args.props.firstPage : '';
  const at = (pageNumber: number | undefined) => (pageNumber === undefined ? undefined : pagedPath(first, pageNumber));
  return Array.from({ length: lastPage }, (_, index) => {
    const currentPage = index + 1;
    const start = index * size;
    const end = Math.min(start + size, data.length);
    const page: Page<unknown> = {
      data: data.slice(start, end),
      start,
      end: end - 1,
      size,
      total: data.length,
      currentPage,
      lastPage,
      url: {
        current: at(currentPage)!,
        prev: at(currentPage > 1 ? currentPage - 1 : undefined),
        next: at(currentPage < lastPage ? currentPage + 1 : undefined),
        first: at(currentPage > 1 ? 1 : undefined),
        last: at(currentPage < lastPage ? lastPage : undefined),
      },
    };
    return { params: { ...args.params, page: currentPage > 1 ? String(currentPage) : undefined }, props: { ...args.props, page } };
  });
}) as PaginateFunction;

/** The props for this URL, or undefined when no page has them (answer 404). */
export async function pageProps<P>(page: RequestedPage, paths: (options: { paginate: PaginateFunction }) => Promise<Array<PathEntry<P>>> | Array<PathEntry<P>>): Promise<P | undefined> {
  if (Object.keys(page.props).length > 0) return page.props as P;
  const entries = await paths({ paginate: paginateOnRequest });
  const keys = new Set([...Object.keys(page.params), ...entries.flatMap((entry) => Object.keys(entry.params))]);
  return entries.find((entry) => [...keys].every((key) => same(entry.params[key], page.params[key])))?.props;
}
