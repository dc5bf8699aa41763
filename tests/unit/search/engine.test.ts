// The search engine over a small stand-in for Pagefind (filters, sort, prefix and exact words) and
// the vocabulary files the build writes: when "Menade du …?" is offered, and what a crisis query
// leads with.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { crisisWordMatcher } from '../../../src/lib/crisis-floor';
import { searchEngine, type EngineOptions, type Pagefind, type PagefindResult } from '../../../src/scripts/search/engine';
import { commonWordsFile, prefixKey, shardKey } from '../../../src/scripts/search/query';

type Page = { id: string; words: string[]; filters?: Record<string, string[]>; order?: string };
type Filters = Record<string, string | Record<string, string>>;

const crisisPage = (id: string, order: string, words: string[], filters: Record<string, string[]> = {}): Page => ({
  id,
  words,
  filters,
  order,
});

const PAGES: Page[] = [
  crisisPage('relatives-worried', '32', ['orolig', 'för', 'någon', 'son', 'dotter', 'liv', 'dö'], { topic: ['sjalvmordstankar'] }),
  crisisPage('thinking-of-ending', '10', ['tankar', 'liv', 'dö', 'hjälp'], { topic: ['sjalvmordstankar'] }),
  crisisPage('crisis-plan', '11', ['krisplan', 'plan', 'liv'], { topic: ['sjalvmordstankar'] }),
  crisisPage('easy-thinking', '10', ['tankar', 'liv', 'dö'], { version: ['lattlast'], topic: ['sjalvmordstankar'] }),
  { id: 'sleep', words: ['sömn', 'sova', 'vakna', 'natten', 'dö'], filters: { topic: ['somn'] } },
  { id: 'anxiety', words: ['ångest', 'oro', 'natten'], filters: { topic: ['oro'] } },
  { id: 'twelve', words: ['tolv', 'människor', 'skåp'], filters: { topic: ['ensamhet'] } },
  { id: 'easy-sleep', words: ['sömn', 'sova', 'vakna'], filters: { version: ['lattlast'], topic: ['somn'] } },
];

function matches(page: Page, filters: Filters = {}): boolean {
  return Object.entries(filters).every(([name, value]) =>
    typeof value === 'string' ? (page.filters?.[name] ?? []).includes(value) : !Object.entries(value).some(([not, excluded]) => (page.filters?.[not] ?? []).includes(excluded)),
  );
}

const asked: string[] = [];
const pagefind: Pagefind = {
  options: async () => undefined,
  init: async () => undefined,
  async search(query, options = {}) {
    asked.push(query ?? '(all)');
    const within = PAGES.filter((page) => matches(page, options.filters));
    const sorted = options.sort ? within.filter((page) => page.order).sort((a, b) => a.order!.localeCompare(b.order!)) : within;
    const word = query?.replace(/"/g, '') ?? '';
    const found = query === null ? sorted : sorted.filter((page) => page.words.some((w) => (query.startsWith('"') ? w === word : w.startsWith(word))));
    return { results: found.map((page): PagefindResult => ({ id: page.id, score: 1, data: async () => ({ url: `/${page.id}/`, excerpt: '', meta: {}, filters: {} }) })) };
  },
};

/** The vocabulary and common-word files, as the build writes them for the Swedish pages. */
const COMMON = ['tolk', 'tolken', 'killing'];
function files(url: string): unknown {
  const name = url
    .split('/')
    .pop()!
    .replace(/\.json$/, '');
  const words = [...new Set(PAGES.flatMap((page) => page.words))];
  if (name.startsWith('common-')) return COMMON.filter((word) => `common-${shardKey(word)}.json` === `${name}.json`);
  return words.filter((word) => shardKey(word) === name || prefixKey(word) === name);
}

beforeEach(() => {
  asked.length = 0;
  vi.stubGlobal('fetch', async (url: string) => new Response(JSON.stringify(files(url))));
});
afterEach(() => vi.unstubAllGlobals());

const engine = (options: Partial<EngineOptions> = {}) => searchEngine(pagefind, { synonyms: [], language: 'sv', version: 'standard', isCrisisWord: crisisWordMatcher([]), ...options });
const ids = (results: PagefindResult[]) => results.map((result) => result.id);

describe('"Menade du …?"', () => {
  it('is offered for a slip when the corrected word finds texts the typed words did not', async () => {
    const found = await engine().find('ångset', {});
    expect(found.suggestion).toBe('ångest');
    expect(ids(found.results)).toEqual(['anxiety']);
  });

  it('is not offered when the correction finds nothing the typed words had not found already', async () => {
    const found = await engine().find('ångset ångest', {});
    expect(found.suggestion).toBeUndefined();
    expect(ids(found.results)).toEqual(['anxiety']);
  });

  it('never replaces a common word of the page’s language, and fetches the common words only for the word it would have corrected', async () => {
    const requested: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => (requested.push(url), new Response(JSON.stringify(files(url)))));
    const found = await engine().find('tolk', {});
    expect(found.suggestion).toBeUndefined();
    expect(ids(found.results)).toEqual([]);
    expect(requested.filter((url) => url.includes('common-'))).toEqual([`/pagefind/vocabulary/sv/${commonWordsFile('t')}`]);
    expect(requested.filter((url) => url.includes('common-')).length).toBe(1);
  });

  it('never replaces a crisis word, even in a query the crisis check did not match', async () => {
    expect((await engine().find('skär', {})).suggestion).toBeUndefined();
    // The same word, were it not one: a slip one letter from "skåp".
    expect((await engine({ isCrisisWord: () => false }).find('skär', {})).suggestion).toBe('skåp');
  });

  it('is never offered for a crisis query, which is searched as typed', async () => {
    const found = await engine().find('vill dö ångset', {}, true);
    expect(found.suggestion).toBeUndefined();
    expect(asked).not.toContain('ångest');
  });
});

describe('the vocabulary a query fetches', () => {
  const vocabularyFetched = async (query: string, crisis = false) => {
    const requested: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => (requested.push(url.replace('/pagefind/vocabulary/sv/', '')), new Response(JSON.stringify(files(url)))));
    const found = await engine().find(query, {}, crisis);
    return { requested, found };
  };

  it('is the files of its words’ first two letters when the index has every word, not their letters’ whole shards', async () => {
    const { requested, found } = await vocabularyFetched('Ångest natten');
    expect(requested).toEqual(['an.json', 'na.json']);
    expect(ids(found.results)).toEqual(['anxiety', 'sleep']);
    expect((await vocabularyFetched('dö natten', true)).requested).toEqual(['do.json', 'na.json']);
  });

  it('adds the whole shards of the letters for a word to correct or split, which plan it as before', async () => {
    const slip = await vocabularyFetched('ångset');
    expect(slip.requested).toEqual(['an.json', 'a.json', commonWordsFile('a')]);
    expect(slip.found.suggestion).toBe('ångest');
    const compound = await vocabularyFetched('sömnvakna');
    expect(compound.requested).toEqual(['so.json', 's.json', 'v.json', 'a.json']);
    expect(ids(compound.found.results)).toEqual(['sleep']);
  });
});

describe('a crisis query', () => {
  it('leads with the language’s crisis articles in the build’s order, then what the words found', async () => {
    const found = await engine().find('vill inte vakna', {}, true);
    expect(ids(found.results)).toEqual(['thinking-of-ending', 'crisis-plan', 'relatives-worried', 'sleep']);
    expect(found.crisisFirst).toBe(3);
  });

  it('lets the words that are not crisis words choose among the crisis articles: a relative’s query leads with the relatives’ text', async () => {
    const found = await engine().find('min son vill dö', {}, true);
    expect(ids(found.results).slice(0, 3)).toEqual(['relatives-worried', 'thinking-of-ending', 'crisis-plan']);
  });

  it('never ends on "no results": crisis articles when the words find nothing, even under a filter that leaves none', async () => {
    expect(ids((await engine().find('xqzv vill dö', { topic: 'ensamhet' }, true)).results)).toEqual(['thinking-of-ending', 'crisis-plan', 'relatives-worried']);
    expect(ids((await engine().find('xqzv vill dö', { topic: 'sjalvmordstankar' }, true)).results)).toEqual(['thinking-of-ending', 'crisis-plan', 'relatives-worried']);
  });

  it('keeps the visitor’s filter when the words found something within it', async () => {
    expect(ids((await engine().find('vill inte vakna', { topic: 'somn' }, true)).results)).toEqual(['sleep']);
  });

  it('on the easy-read page: easy-read crisis articles, then the other Swedish ones, then the rest of each', async () => {
    const found = await engine({ version: 'easyReadFirst' }).find('vill inte vakna', {}, true);
    expect(ids(found.results)).toEqual(['easy-thinking', 'thinking-of-ending', 'crisis-plan', 'relatives-worried', 'easy-sleep', 'sleep']);
    expect(found.crisisFirst).toBe(4);
  });

  it('an ordinary query keeps the order its words give', async () => {
    const found = await engine().find('vakna', {});
    expect(ids(found.results)).toEqual(['sleep']);
    expect(found.crisisFirst).toBeUndefined();
  });
});
