// What the search page asks Pagefind: the query is planned by search-query.ts against the
// vocabulary the build wrote next to the index for the page's language
// (src/integrations/search-vocabulary.ts), fetched by the words' first two letters, and by first
// letter (whole shards) only when a word needs correcting or splitting, and kept for the next
// query; the language's common words, which a correction must leave alone, are
// fetched the same way, only for the words a query would have corrected. Pagefind's own script
// loads the index of the page's `<html lang>`. When the crisis check matches, the query is searched
// as typed and the language's articles on suicide and self-harm come first, whatever it found.
import {
  commonWordsFile,
  CRISIS_ARTICLES,
  fold,
  keptWords,
  knowsEveryWord,
  planQuery,
  plannedWords,
  PREFIX_MIN,
  prefixKey,
  runPlan,
  SHARD_LIMIT,
  shardKey,
  Vocabulary,
  withoutCorrections,
  type QueryLanguage,
  type Ranked,
  type SynonymEntry,
} from './query';
import { arabicCores, isArabic } from '../../lib/crisis';

export type PagefindData = {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
};
export type PagefindResult = { id: string; score: number; data: () => Promise<PagefindData> };
type Filters = Record<string, string | Record<string, string>>;
type SearchOptions = { filters?: Filters; sort?: Record<string, 'asc' | 'desc'> };
export type Pagefind = {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string | null, options?: SearchOptions) => Promise<{ results: PagefindResult[] }>;
};
/** The results; for a crisis query, `crisisFirst` of them are the language's crisis articles. */
export type Found = Ranked<PagefindResult> & { suggestion?: string; crisisFirst?: number };
export type SearchEngine = { find: (query: string, filters: Record<string, string>, crisis?: boolean) => Promise<Found> };

const INDEX_URL = `${import.meta.env.BASE_URL}pagefind/`;

/** Which Swedish pages a search covers: easy-read pages first, then the others; or the others only. */
export type Version = 'easyReadFirst' | 'standard' | 'all';
/** The filter the build puts on easy-read Swedish pages (src/build/search-index.ts). */
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

export type EngineOptions = {
  synonyms: readonly SynonymEntry[];
  language?: QueryLanguage;
  version?: Version;
  /** Whether a word is a crisis word (src/lib/crisis.ts's termWordMatcher): never corrected. */
  isCrisisWord?: (word: string) => boolean;
};

export function searchEngine(api: Pagefind, { synonyms, language = 'sv', version = 'all', isCrisisWord = () => false }: EngineOptions): SearchEngine {
  const vocabularyUrl = `${INDEX_URL}vocabulary/${language}/`;
  /** A JSON file of the vocabulary, or null when it could not load; a failed one is asked again next time. */
  const files = new Map<string, Promise<string[] | null>>();
  const file = (name: string) => {
    if (!files.has(name)) {
      const loaded = fetch(`${vocabularyUrl}${name}`)
        .then((response) => (response.ok ? (response.json() as Promise<string[]>) : null))
        .catch(() => null);
      loaded.then((list) => list ?? files.delete(name));
      files.set(name, loaded);
    }
    return files.get(name)!;
  };
  /** The vocabulary a query needs, or undefined when it could not load (then words are taken as typed). */
  async function vocabularyFor(query: string): Promise<Vocabulary | undefined> {
    const load = async (keys: Set<string>) => {
      const lists = await Promise.all([...keys].map(async (key) => ({ key, words: await file(`${key}.json`) })));
      if (!lists.every((list) => list.words)) return undefined;
      return new Vocabulary(
        lists.flatMap((list) => list.words!),
        new Set(lists.filter((list) => list.words!.length >= SHARD_LIMIT).map((list) => list.key)),
      );
    };
    const words = plannedWords(query, synonyms);
    if (!words.length) return undefined;
    // Most queries are words the index has: the files of their first two letters tell, a small part
    // of their letters' shards, which load only for a word to correct, split or strip.
    const parts = await load(new Set(words.map(prefixKey)));
    if (parts && knowsEveryWord(query, synonyms, parts)) return parts;
    const keys = new Set(words.map(shardKey));
    const vocabulary = await load(keys);
    // A compound the index lacks is split in two: its second part may start with any later letter.
    const unknown = words.filter((word) => word.length >= 2 * PREFIX_MIN && vocabulary && !vocabulary.knows(word));
    const more = new Set(unknown.flatMap((word) => [...word.slice(PREFIX_MIN, word.length - PREFIX_MIN + 1)].map(shardKey)));
    return [...more].some((key) => !keys.has(key)) ? load(new Set([...keys, ...more])) : vocabulary;
  }
  /** Which of `words` no correction may replace; when their common words cannot load, all of them. */
  async function kept(words: string[]): Promise<(word: string) => boolean> {
    // An Arabic word may be a common one with a clitic ("وحياتي"), under another letter.
    const keys = new Set(words.flatMap((word) => (isArabic(word) ? arabicCores(fold(word)) : [word])).map(shardKey));
    const lists = await Promise.all([...keys].map((key) => file(commonWordsFile(key))));
    return lists.every((list) => list)
      ? keptWords(
          lists.flatMap((list) => list!),
          isCrisisWord,
        )
      : () => true;
  }

  /** The language's crisis articles, in the build's order: within the visitor's filters, or all of them when none is within. */
  async function crisisArticles(filters: Filters, versionFilters: Filters, nothingElse: boolean): Promise<PagefindResult[]> {
    const ask = async (within: Filters) => (await api.search(null, { filters: { ...within, ...versionFilters }, sort: { [CRISIS_ARTICLES.sort]: 'asc' } })).results;
    const found = await ask(filters);
    // A crisis query never ends on "no results", whatever filters are set.
    return found.length || !nothingElse || !Object.keys(filters).length ? found : ask({});
  }

  async function findIn(query: string, filters: Filters, versionFilters: Filters, crisis: boolean): Promise<Found> {
    const options = { filters: { ...filters, ...versionFilters } };
    if (!query) return { results: (await api.search(null, options)).results, match: 'all' };
    const asked = new Map<string, Promise<PagefindResult[]>>();
    const ask = (words: string) => {
      if (!asked.has(words))
        asked.set(
          words,
          api.search(words, options).then((found) => found.results),
        );
      return asked.get(words)!;
    };
    const vocabulary = await vocabularyFor(query);
    let plan = planQuery(query, synonyms, vocabulary, language, { correct: !crisis });
    if (plan.suggestion) {
      const corrected = plan.groups.filter((group) => group.alternatives.some((alternative) => alternative.corrected)).map((group) => group.word);
      plan = planQuery(query, synonyms, vocabulary, language, { keep: await kept(corrected) });
    }
    let ranked = await runPlan(plan, ask);
    let suggestion = plan.suggestion;
    if (suggestion) {
      // "Menade du …?" only when the corrected words find texts the words as typed did not.
      const typed = await runPlan(withoutCorrections(plan), ask);
      const before = new Set(typed.results.map((result) => result.id));
      if (ranked.results.every((result) => before.has(result.id))) [ranked, suggestion] = [typed, undefined];
    }
    if (!crisis) return { ...ranked, suggestion };
    // Where the query found a crisis article too, its own result, whose excerpt shows the words.
    const byId = new Map(ranked.results.map((result) => [result.id, result]));
    const lead = (await crisisArticles(filters, versionFilters, ranked.results.length === 0)).map((result) => byId.get(result.id) ?? result);
    const isLead = new Set(lead.map((result) => result.id));
    // The crisis words chose these texts and occur in all of them; the query's other words ("my
    // son", "bror") choose among them: the texts with those words first, then the build's order.
    const other = { groups: plan.groups.filter((group) => !group.functionWord && !isCrisisWord(group.word)), suggestion: undefined };
    const chosen = other.groups.length ? (await runPlan(other, ask)).results.filter((result) => isLead.has(result.id)).map((result) => byId.get(result.id) ?? result) : [];
    const first = new Set(chosen.map((result) => result.id));
    return {
      results: [...chosen, ...lead.filter((result) => !first.has(result.id)), ...ranked.results.filter((result) => !isLead.has(result.id))],
      match: ranked.match,
      crisisFirst: lead.length,
    };
  }

  async function find(query: string, filters: Record<string, string>, crisis = false): Promise<Found> {
    if (version === 'all') return findIn(query, filters, {}, crisis);
    const others = findIn(query, filters, { not: EASY_READ }, crisis);
    if (version === 'standard') return others;
    // Easy-read pages first, then the other Swedish pages for what easy-read has no text on; a
    // crisis query's crisis articles of both before the rest of either.
    const [easy, rest] = await Promise.all([findIn(query, filters, EASY_READ, crisis), others]);
    const order = ['all', 'content', 'some', 'none'] as const;
    const [easyLead, restLead] = [easy.crisisFirst ?? 0, rest.crisisFirst ?? 0];
    return {
      results: [...easy.results.slice(0, easyLead), ...rest.results.slice(0, restLead), ...easy.results.slice(easyLead), ...rest.results.slice(restLead)],
      match: order[Math.min(order.indexOf(easy.match), order.indexOf(rest.match))]!,
      suggestion: easy.suggestion ?? rest.suggestion,
      crisisFirst: crisis ? easyLead + restLead : undefined,
    };
  }

  return { find };
}
