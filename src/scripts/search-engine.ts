// What the search page asks Pagefind: the query is planned by search-query.ts against the
// vocabulary shards the build wrote next to the index (src/integrations/search-vocabulary.ts),
// fetched by first letter when a query needs them and kept for the next query.
import { planQuery, plannedWords, PREFIX_MIN, runPlan, SHARD_LIMIT, shardKey, Vocabulary, type Ranked, type SynonymEntry } from './search-query';

export type PagefindData = {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
};
export type PagefindResult = { id: string; score: number; data: () => Promise<PagefindData> };
type SearchOptions = { filters?: Record<string, string> };
export type Pagefind = {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string | null, options?: SearchOptions) => Promise<{ results: PagefindResult[] }>;
};
export type Found = Ranked<PagefindResult> & { suggestion?: string };
export type SearchEngine = { find: (query: string, filters: Record<string, string>) => Promise<Found> };

const VOCABULARY_URL = `${import.meta.env.BASE_URL}pagefind/vocabulary/`;

export function searchEngine(api: Pagefind, synonyms: readonly SynonymEntry[]): SearchEngine {
  // Vocabulary shards by first letter; a failed one is asked again on the next search.
  const shards = new Map<string, Promise<string[] | null>>();
  const shard = (key: string) => {
    if (!shards.has(key)) {
      const loaded = fetch(`${VOCABULARY_URL}${key}.json`)
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

  async function find(query: string, filters: Record<string, string>): Promise<Found> {
    const options = { filters };
    if (!query) return { results: (await api.search(null, options)).results, match: 'all' };
    const plan = planQuery(query, synonyms, await vocabularyFor(plannedWords(query, synonyms)));
    const ranked = await runPlan(plan, async (query) => (await api.search(query, options)).results);
    return { ...ranked, suggestion: plan.suggestion };
  }

  return { find };
}
