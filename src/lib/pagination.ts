// Long lists are split into pages: at 10,000 articles a topic holds over a thousand texts, and one
// page listing them all would be megabytes for someone on a weak connection.

/** Articles per topic page. */
export const TOPIC_PAGE_SIZE = 30;
/** Articles per topic on an audience section page; the rest are a link away, on the topic page. */
export const SECTION_TOPIC_LIMIT = 6;

export type Paged<T> = { items: T[]; pageNumber: number; pageCount: number };

/** Splits items into pages of `size`; an empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], size: number): Array<Paged<T>> {
  if (!Number.isInteger(size) || size < 1) throw new Error(`Page size must be a positive integer, got ${size}`);
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: pageCount }, (_, index) => ({ items: items.slice(index * size, (index + 1) * size), pageNumber: index + 1, pageCount }));
}

/** "/amnen/somn/" for page 1, "/amnen/somn/2/" after it. */
export const pagedPath = (firstPage: string, pageNumber: number) => (pageNumber <= 1 ? firstPage : `${firstPage}${pageNumber}/`);

/** The `[...page]` route parameter: none for page 1, so the first page keeps the plain address. */
export const pageParam = (pageNumber: number) => (pageNumber <= 1 ? undefined : String(pageNumber));
