// A dynamic page's props. The public build gets them from the page's getStaticPaths; the draft
// preview renders on request, where Astro does not call getStaticPaths, so the page's own
// getStaticPaths is asked and the entry whose params match the URL is used: one route logic.
type PathEntry<P> = { params: Record<string, string | number | undefined>; props: P };

type RequestedPage = { props: Record<string, unknown>; params: Record<string, string | undefined> };

const same = (a: string | number | undefined, b: string | undefined) => (a === undefined ? b === undefined : String(a) === b);

/** The props for this URL, or undefined when no page has them (answer 404). */
export async function pageProps<P>(page: RequestedPage, paths: () => Promise<Array<PathEntry<P>>>): Promise<P | undefined> {
  if (Object.keys(page.props).length > 0) return page.props as P;
  const entries = await paths();
  const keys = new Set([...Object.keys(page.params), ...entries.flatMap((entry) => Object.keys(entry.params))]);
  return entries.find((entry) => [...keys].every((key) => same(entry.params[key], page.params[key])))?.props;
}
