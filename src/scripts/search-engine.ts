// What the search page asks Pagefind: the query is planned by search-query.ts against the
// vocabulary shards the build wrote next to the index for the page's language
// (src/integrations/search-vocabulary.ts), fetched by first letter when a query needs them and kept
// for the next query. Pagefind's own script loads the index of the page's `<html lang>`.
import { planQuery, plannedWords, PREFIX_MIN, runPlan, SHARD_LIMIT, shardKey, Vocabulary, type QueryLanguage, type Ranked, type SynonymEntry } from './search-query';

export type PagefindData = {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
};
export type PagefindResult = { id: string; score: number; data: () => Promise<PagefindData> };
type Filters = Record<string, string | Record<string, string>>;
type SearchOptions = { filters?: Filters };
export type Pagefind = {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string | null, options?: SearchOptions) => Promise<{ results: PagefindResult[] }>;
};
export type Found = Ranked<PagefindResult> & { suggestion?: string };
export type SearchEngine = { find: (query: string, filters: Record<string, string>) => Promise<Found> };

const INDEX_URL = `${import.meta.env.BASE_URL}pagefind/`;

/** Which Swedish pages a search covers: easy-read pages first, then the others; or the others only. */
export type Version = 'easyReadFirst' | 'standard' | 'all';
/** The filter the build puts on easy-read Swedish pages (src/build/search-index.mjs). */
const EASY_READ: Record<string, string> = { version: 'lattlast' };

/**
 * Whether the index has a part in the page's language. Pagefind would otherwise search the largest
 * language's index instead, and a page must never show another language's results.
 */
export async function hasIndexFor(language: string): Promise<boolean> {
  const response = await fetch(`${INDEX_URL}pagefind-entry.json`);
  if (!response.ok) throw new Error(`The search index could not be read (${response.status})`);
  const entry = (await response.json()) as { languages?: Record<string, unknown> };
  return Object.keys(entry.languages ?? {}).some((key) => key.toLowerCase() === language.toLowerCase());
}

/** An engine for a language without pages to search: never anything, never another language's. */
export const emptyEngine: SearchEngine = { find: async () => ({ results: [], match: 'none' }) };

export function searchEngine(api: Pagefind, synonyms: readonly SynonymEntry[], language: QueryLanguage = 'sv', version: Version = 'all'): SearchEngine {
  const vocabularyUrl = `${INDEX_URL}vocabulary/${language}/`;
  // Vocabulary shards by first letter; a failed one is asked again on the next search.
  const shards = new Map<string, Promise<string[] | null>>();
  const shard = (key: string) => {
    if (!shards.has(key)) {
      const loaded = fetch(`${vocabularyUrl}${key}.json`)
        .then((response) => (response.ok ? (response.json() as Promise<string[]>) : null))
        .catch(() => null);
      loaded.then((list) => list ?? shards.delete(key));
      shards.set(key, loaded);
    }
    return shards.get(key)!;
  };
  /** The vocabulary a query needs, or undefined when it could not load (then words are taken as typed). */
  async function vocabularyFor(words: string[]): Promise<Vocabulary | undefined> {
    const load = async (keys: Set<string>) => {
      const lists = await Promise.all([...keys].map(async (key) => ({ key, words: await shard(key) })));
      if (!lists.every((list) => list.words)) return undefined;
      return new Vocabulary(
        lists.flatMap((list) => list.words!),
        new Set(lists.filter((list) => list.words!.length >= SHARD_LIMIT).map((list) => list.key)),
      );
    };
    const keys = new Set(words.map(shardKey));
    if (!keys.size) return undefined;
    const vocabulary = await load(keys);
    // A compound the index lacks is split in two: its second part may start with any later letter.
    const unknown = words.filter((word) => word.length >= 2 * PREFIX_MIN && vocabulary && !vocabulary.knows(word));
    const more = new Set(unknown.flatMap((word) => [...word.slice(PREFIX_MIN, word.length - PREFIX_MIN + 1)].map(shardKey)));
    return [...more].some((key) => !keys.has(key)) ? load(new Set([...keys, ...more])) : vocabulary;
  }

  async function findIn(query: string, filters: Filters): Promise<Found> {
    const options = { filters };
    if (!query) return { results: (await api.search(null, options)).results, match: 'all' };
    const plan = planQuery(query, synonyms, await vocabularyFor(plannedWords(query, synonyms)), language);
    const ranked = await runPlan(plan, async (query) => (await api.search(query, options)).results);
    return { ...ranked, suggestion: plan.suggestion };
  }

  async function find(query: string, filters: Record<string, string>): Promise<Found> {
    if (version === 'all') return findIn(query, filters);
    const others = findIn(query, { ...filters, not: EASY_READ });
    if (version === 'standard') return others;
    // Easy-read pages first, then the other Swedish pages for what easy-read has no text on.
    const [easy, rest] = await Promise.all([findIn(query, { ...filters, ...EASY_READ }), others]);
    const order = ['all', 'content', 'some', 'none'] as const;
    return {
      results: [...easy.results, ...rest.results],
      match: order[Math.min(order.indexOf(easy.match), order.indexOf(rest.match))]!,
      suggestion: easy.suggestion ?? rest.suggestion,
    };
  }

  return { find };
}
