// Long lists are split into pages (the route table's paginate(), src/routing/table.ts): at 10,000 articles a
// topic holds over a thousand texts, and one page listing them all would be megabytes for someone
// on a weak connection.

/** Articles per topic page. */
export const TOPIC_PAGE_SIZE = 30;
/** Articles per topic on an audience section page; the rest are a link away, on the topic page. */
export const SECTION_TOPIC_LIMIT = 6;

/** "/amnen/somn/" for page 1, "/amnen/somn/2/" after it: as paginate() addresses a `[...page]` route. */
export const pagedPath = (firstPage: string, pageNumber: number) => (pageNumber <= 1 ? firstPage : `${firstPage}${pageNumber}/`);
