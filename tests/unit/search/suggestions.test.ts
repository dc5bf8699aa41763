// "Menade du …?" against each language's words as the embedded dataset's texts have them, the
// common-word lists the build ships and the whole crisis lexicon: it never rewrites a cry for help,
// never replaces a word spelt right, never crosses scripts. Every crisis phrase of every language is
// tried on every language's pages (people write in the language that comes to them), and a few
// hundred ordinary searches per language on their own pages.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commonWordsFor, vocabularyFiles, vocabularyWords } from '../../../src/integrations/search-vocabulary';
import { isArabic } from '../../../src/lib/crisis';
import { crisisMatcher, crisisWordMatcher } from '../../../src/lib/crisis-floor';
import { searchEngine, type Pagefind } from '../../../src/scripts/search/engine';
import { fold, keptWords, planQuery, SHARD_KEYS, Vocabulary, type Plan, type QueryLanguage, type SynonymEntry } from '../../../src/scripts/search/query';
import * as sets from './query-sets';

type Document = { _id: string; _type: string; language?: string; [field: string]: unknown };
type Localized<T> = Array<{ language: string; value: T }>;
const documents = readFileSync(new URL('../../../sanity/dataset/data.ndjson', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as Document);
const settings = documents.find((document) => document._id === 'siteSettings')!;
const listFor = <T>(field: string, language: QueryLanguage) => ((settings[field] as Localized<T[]> | undefined) ?? []).find((item) => item.language === language)?.value ?? [];

/** Every text of a document a reader sees: titles, summaries, Portable Text spans, keywords. */
function texts(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return /^(_|slug$|language$|style$|listItem$|href$|url$|kind$|audience$|lastReviewed$|nextReview$)/.test(key) ? [] : [value];
  if (Array.isArray(value)) return value.flatMap((item) => texts(item, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([field, item]) => (field.startsWith('_') || field === 'slug' ? [] : texts(item, field)));
  return [];
}

/** The index language of a document: easy-read Swedish shares the Swedish index. */
const indexLanguage = (document: Document): QueryLanguage => (document.language === 'en' || document.language === 'ar' ? document.language : 'sv');

/** A language's indexed documents (articles and pages). */
const indexedDocuments = (language: QueryLanguage) => documents.filter((doc) => (doc._type === 'article' || doc._type === 'page') && indexLanguage(doc) === language);

/** A language's index words, most frequent first, as the build writes them from the pages. */
function vocabularyOf(language: QueryLanguage): string[] {
  const counts = new Map<string, number>();
  for (const document of indexedDocuments(language)) {
    for (const word of vocabularyWords(texts(document).join(' '))) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([word]) => word);
}

const LANGUAGES: readonly QueryLanguage[] = ['sv', 'en', 'ar'];
const page = Object.fromEntries(
  await Promise.all(
    LANGUAGES.map(async (language) => {
      const words = vocabularyOf(language);
      const editorTerms = listFor<string>('crisisSearchTerms', language);
      const isCrisisWord = crisisWordMatcher(editorTerms);
      const common = new Set((await commonWordsFor(language, [])).map(fold));
      return [
        language,
        {
          vocabulary: new Vocabulary(words),
          synonyms: listFor<SynonymEntry>('searchSynonyms', language),
          keep: keptWords(await commonWordsFor(language, words), isCrisisWord),
          isCrisis: crisisMatcher(editorTerms),
          isCrisisWord,
          isCommon: (word: string) => common.has(fold(word)),
        },
      ] as const;
    }),
  ),
) as Record<
  QueryLanguage,
  {
    vocabulary: Vocabulary;
    synonyms: SynonymEntry[];
    keep: (word: string) => boolean;
    isCrisis: (query: string) => boolean;
    isCrisisWord: (word: string) => boolean;
    isCommon: (word: string) => boolean;
  }
>;

/** The words a plan replaced, with what it put in their place. */
const corrections = (plan: Plan) =>
  plan.groups
    .filter((group) => group.alternatives.some((alternative) => alternative.corrected))
    .map((group) => ({ word: group.word, into: group.alternatives.filter((alternative) => alternative.corrected).map((alternative) => alternative.query.replace(/"/g, '')) }));

const plan = (query: string, language: QueryLanguage, correct = true) => {
  const { synonyms, vocabulary, keep } = page[language];
  return planQuery(query, synonyms, vocabulary, language, { correct, keep });
};

const CRISIS_PHRASES = [
  ...sets.SWEDISH_CRISIS,
  ...sets.SWEDISH_OVERDOSE,
  ...sets.SWEDISH_RELATIVES_EASY_READ,
  ...sets.ENGLISH_CRISIS,
  ...sets.ENGLISH_OVERDOSE,
  ...sets.ENGLISH_RELATIVES,
  ...sets.ARABIC_CRISIS,
  ...sets.LEVANTINE,
  ...sets.EGYPTIAN,
  ...sets.GULF,
  ...sets.ARABIC_OVERDOSE,
  ...sets.ARABIC_RELATIVES,
  ...LANGUAGES.flatMap((language) => listFor<string>('crisisSearchTerms', language)),
];

const ORDINARY: Record<QueryLanguage, readonly string[]> = {
  sv: [...sets.SWEDISH_ORDINARY, ...sets.SWEDISH_EVERYDAY, ...sets.SWEDISH_EVERYDAY_NEAR],
  en: [...sets.ENGLISH_ORDINARY, ...sets.ENGLISH_EVERYDAY, ...sets.ENGLISH_EVERYDAY_NEAR],
  ar: [...sets.ARABIC_ORDINARY, ...sets.ARABIC_EVERYDAY, ...sets.ARABIC_EVERYDAY_NEAR],
};

describe.each(LANGUAGES)('"Menade du …?" on the %s pages', (language) => {
  it('has a vocabulary from the texts and a common-word list of a few thousand words', async () => {
    expect(page[language].vocabulary.has(language === 'ar' ? 'القلق' : language === 'en' ? 'anxiety' : 'ångest')).toBe(true);
    expect((await commonWordsFor(language, [])).length).toBeGreaterThan(language === 'ar' ? 1000 : 3000);
  });

  it('never corrects a query the crisis check matches, in any language', () => {
    const corrected = CRISIS_PHRASES.filter((query) => page[language].isCrisis(query) && plan(query, language, false).suggestion);
    expect(page[language].isCrisis).toBeDefined();
    expect(CRISIS_PHRASES.filter((query) => !page[language].isCrisis(query))).toEqual([]);
    expect(corrected).toEqual([]);
  });

  it('never replaces a crisis word or a common word, even were the crisis check to miss the phrase', () => {
    const replaced = CRISIS_PHRASES.flatMap((query) =>
      corrections(plan(query, language))
        .filter(({ word }) => page[language].isCrisisWord(word) || page[language].isCommon(word))
        .map(({ word, into }) => `${query}: ${word} → ${into.join(', ')}`),
    );
    expect(replaced).toEqual([]);
  });

  it('leaves every word of ordinary searches as typed: no suggestion for any of them', () => {
    const suggested = ORDINARY[language].map((query) => [query, plan(query, language).suggestion] as const).filter(([, suggestion]) => suggestion);
    console.info(
      `${language}: ${suggested.length} of ${ORDINARY[language].length} ordinary searches offered a correction${suggested.length ? `: ${suggested.map(([q, s]) => `${q} → ${s}`).join(' | ')}` : ''}`,
    );
    expect(ORDINARY[language].length).toBeGreaterThanOrEqual(200);
    expect(suggested).toEqual([]);
  });

  it('corrects only words the index does not know, never into another script', () => {
    const { vocabulary } = page[language];
    for (const query of [...CRISIS_PHRASES, ...ORDINARY[language]]) {
      for (const { word, into } of corrections(plan(query, language))) {
        expect(vocabulary.knows(word), `${query}: ${word}`).toBe(false);
        for (const correction of into) expect(isArabic(correction), `${query}: ${word} → ${correction}`).toBe(isArabic(word));
      }
    }
  });
});

describe('what was wrong before', () => {
  it('keeps the words of cries for help and everyday speech as typed', () => {
    expect(corrections(plan('my son talks about killing himself', 'en'))).toEqual([]);
    expect(corrections(plan('cant sleep', 'en'))).toEqual([]);
    expect(corrections(plan('يقتل', 'ar'))).toEqual([]);
    expect(corrections(plan('أريد أن أنهي حياتي', 'ar'))).toEqual([]);
    expect(corrections(plan('worried about my son', 'sv'))).toEqual([]);
  });

  it('still corrects a real slip', () => {
    expect(plan('ångset', 'sv').suggestion).toBe('ångest');
    expect(plan('anxeity', 'en').suggestion).toBe('anxiety');
    expect(plan('الاكتءاب', 'ar').suggestion).toBe('الاكتئاب');
  });
});

/** A language's queries in batches of 50, each a test well within its time. */
const batches = (language: QueryLanguage) => {
  const queries = [...CRISIS_PHRASES, ...ORDINARY[language]];
  return Array.from({ length: Math.ceil(queries.length / 50) }, (_, i) => [language, i * 50, queries.slice(i * 50, i * 50 + 50)] as const);
};

/** The whole shards and common words, without the two-letter files. */
const WHOLE_SHARDS = new Set(SHARD_KEYS.flatMap((key) => [`${key}.json`, `common-${key}.json`]));
/** Each language's pages, vocabulary files and (shared by both runs) what the stand-in index found for a word. */
const stores = Object.fromEntries(
  await Promise.all(
    LANGUAGES.map(async (language) => {
      const pages = indexedDocuments(language).map((document) => ({ id: document._id, words: vocabularyWords(texts(document).join(' ')).map(fold) }));
      const files = await vocabularyFiles(
        language,
        indexedDocuments(language).map((document) => texts(document).join(' ')),
      );
      return [language, { pages, files, found: new Map<string, string[]>() }] as const;
    }),
  ),
);

describe('a search with the vocabulary of its words’ first two letters', () => {
  afterEach(() => vi.unstubAllGlobals());
  /** Every query's words asked of the index and what it found, with or without the two-letter files. */
  async function run(language: QueryLanguage, queries: readonly string[], withParts: boolean): Promise<string[]> {
    const { pages, files, found: cache } = stores[language]!;
    const asked: string[] = [];
    const pagefind: Pagefind = {
      options: async () => undefined,
      init: async () => undefined,
      async search(query, options = {}) {
        asked.push(`${query} ${JSON.stringify(options)}`);
        const key = query ?? '';
        if (!cache.has(key)) {
          const word = fold(key.replace(/"/g, ''));
          cache.set(key, query === null ? [] : pages.filter((page) => page.words.some((w) => (key.startsWith('"') ? w === word : w.startsWith(word)))).map((page) => page.id));
        }
        return { results: cache.get(key)!.map((id) => ({ id, score: 1, data: async () => ({ url: id, excerpt: '', meta: {}, filters: {} }) })) };
      },
    };
    vi.stubGlobal('fetch', async (url: string) => {
      const name = url.split('/').pop()!;
      return files.has(name) && (withParts || WHOLE_SHARDS.has(name)) ? new Response(JSON.stringify(files.get(name))) : new Response('', { status: 404 });
    });
    const { synonyms, isCrisis, isCrisisWord } = page[language];
    const engine = searchEngine(pagefind, { synonyms, language, isCrisisWord });
    const out: string[] = [];
    for (const query of queries) {
      asked.length = 0;
      const found = await engine.find(query, {}, isCrisis(query));
      out.push(JSON.stringify({ query, asked, ids: found.results.map((result) => result.id), match: found.match, suggestion: found.suggestion, crisisFirst: found.crisisFirst }));
    }
    return out;
  }

  it.each(LANGUAGES.flatMap(batches))('%s pages, queries from %i: asks the index the same and finds the same as with the letters’ whole shards', async (language, _from, queries) => {
    expect(await run(language, queries, true)).toEqual(await run(language, queries, false));
  });
});
