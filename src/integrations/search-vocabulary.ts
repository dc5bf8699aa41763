// The search index's own vocabulary, for typo tolerance and "Menade du …?" in the browser. Built
// from the same HTML Pagefind indexes (the `data-pagefind-body` element, without what
// `data-pagefind-ignore` leaves out, plus `data-pagefind-meta` values such as titles and the
// editors' keywords) and written next to the index as small JSON shards, one folder per index
// language (the page's `<html lang>`, as Pagefind splits its index) and one shard per first letter
// (diacritics folded: "ångest" is under "a"; Arabic letters by code: "أمل" under "ar-627"), so a
// query loads only its own language's shards for the letters its words need; and each Latin
// letter's shard once more in parts by the second letter ("ångest" in "an"), all a query of words
// the index has needs (a whole shard of a large site is tens of kilobytes). Beside them, each
// language's common words that the index lacks (`common-<letter>.json`, from the lists in
// common-words/): words a correction must never replace, fetched by first letter only when a query
// would be corrected. And the built-in crisis terms of each language (`crisis-floor-<lang>.json`),
// which a search page fetches when a query is written in that language's script: its own
// language's come with the page.
import { readFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { findElements, htmlFiles, type StartTag } from '../build/html.ts';
import { CRISIS_FLOORS } from '../lib/crisis-floor';
import { commonWordsFile, fold, prefixKey, prefixKeys, SHARD_KEYS, SHARD_LIMIT, shardKey } from '../scripts/search/query';
import { crisisFloorFile } from '../scripts/search/crisis-files';

/** Where the shards go, relative to the index directory, and how the browser finds them. */
export const VOCABULARY_DIR = 'vocabulary';
const WORD = /^\p{L}[\p{L}\p{N}]{1,29}$/u;

/**
 * The common-word lists (common-words/<list>.txt) whose words the search page of each index
 * language keeps from correction: its own, and on the Swedish and English pages each other's too,
 * since people on either also type the other (the Swedish search already reads English function
 * words). An index language without a list keeps none.
 */
export const COMMON_WORD_LISTS: Readonly<Record<string, readonly string[]>> = { sv: ['sv', 'en'], en: ['en', 'sv'], ar: ['ar'] };

/** The words of one common-word list, lower case, as written. */
export async function commonWords(list: string): Promise<string[]> {
  const text = await readFile(new URL(`./common-words/${list}.txt`, import.meta.url), 'utf8');
  return text
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .flatMap((line) => line.normalize('NFC').toLowerCase().split(/\s+/))
    .filter(Boolean);
}

/** The common words of an index language that its index lacks (index words are never corrected anyway), sorted. */
export async function commonWordsFor(language: string, indexWords: Iterable<string>): Promise<string[]> {
  const indexed = new Set([...indexWords].map(fold));
  const lists = await Promise.all((COMMON_WORD_LISTS[language] ?? []).map(commonWords));
  return [...new Set(lists.flat())].filter((word) => !indexed.has(fold(word))).sort();
}

/** What Pagefind leaves out of a page's text, besides the elements marked `data-pagefind-ignore`. */
const NOT_INDEXED = new Set(['script', 'style', 'svg', 'template', 'noscript', 'form']);
/** An element whose `value` Pagefind indexes as metadata ("title[value]", "keywords[value]"). */
const isMetaValue = (tag: StartTag) => tag.attributes['data-pagefind-meta']?.trim().endsWith('[value]') ?? false;

/**
 * What Pagefind indexes of one page: its index language (`<html lang>`, lower case, "unknown"
 * without one) and its text: the `data-pagefind-body` element without what `data-pagefind-ignore`
 * and Pagefind leave out, with the metadata values in it; "" when the page is not indexed.
 */
export function indexedPage(html: string | Buffer): { language: string; text: string } {
  const found = findElements(html, (tag) => tag.name === 'html' || 'data-pagefind-body' in tag.attributes || isMetaValue(tag), {
    skip: (tag) => NOT_INDEXED.has(tag.name) || 'data-pagefind-ignore' in tag.attributes,
  });
  const language =
    found
      .find((element) => element.name === 'html')
      ?.attributes.lang?.trim()
      .toLowerCase() || 'unknown';
  const body = found.find((element) => 'data-pagefind-body' in element.attributes);
  if (!body) return { language, text: '' };
  const meta = found.filter((element) => element !== body && element.start > body.start && element.end <= body.end && isMetaValue(element)).map((element) => element.attributes.value ?? '');
  return { language, text: [body.text, ...meta].join(' ') };
}

/** Words of a text, lower case, as the index holds them (tatweel, which only stretches a word, and soft hyphens, which only mark where it may break, left out). */
export function vocabularyWords(text: string): string[] {
  return text
    .normalize('NFC')
    .replace(/[\u0640\u00ad]/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => WORD.test(word));
}

/** Word counts over the pages, most frequent first, grouped into shards by first letter. */
export function buildVocabulary(texts: Iterable<string>): Map<string, string[]> {
  const counts = new Map<string, number>();
  for (const text of texts) for (const word of vocabularyWords(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  const shards = new Map<string, string[]>();
  for (const [word] of [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
    const key = shardKey(word);
    const shard = shards.get(key) ?? [];
    if (shard.length < SHARD_LIMIT) shard.push(word);
    shards.set(key, shard);
  }
  return shards;
}

const SHARD_FILES = new Set(SHARD_KEYS.map((key) => `${key}.json`));
const COMMON_FILES = new Set(SHARD_KEYS.map(commonWordsFile));

/**
 * One language's vocabulary files by name, from its pages' texts: each letter's shard, each Latin
 * letter's two-letter parts (`prefixKey`) and the letter's common words. Every file a word can fall
 * in, empty ones too: a missing file then always means a broken deployment.
 */
export async function vocabularyFiles(language: string, texts: Iterable<string>): Promise<Map<string, string[]>> {
  const shards = buildVocabulary(texts);
  const common = Map.groupBy(await commonWordsFor(language, [...shards.values()].flat()), shardKey);
  const files = new Map<string, string[]>();
  for (const key of SHARD_KEYS) {
    const list = shards.get(key) ?? [];
    files.set(`${key}.json`, list);
    files.set(commonWordsFile(key), common.get(key) ?? []);
    const parts = Map.groupBy(list, prefixKey);
    for (const part of prefixKeys(key)) files.set(`${part}.json`, parts.get(part) ?? []);
  }
  return files;
}

/** Reads every indexed page under `siteDir` (not the index in `indexDir`, `siteDir/pagefind/`) and writes each language's shards and common words into `indexDir/vocabulary/<lang>/`, and each language's crisis floor into `indexDir/vocabulary/`. */
export async function writeSearchVocabulary(siteDir: string, indexDir: string): Promise<{ words: number; shards: number; languages: string[] }> {
  const texts = new Map<string, string[]>();
  for (const file of htmlFiles(siteDir)) {
    // Read as bytes: the parser reads them as Latin-1, the faster way (src/build/html.ts).
    const { language, text } = indexedPage(await readFile(join(siteDir, file)));
    if (!text) continue;
    const pages = texts.get(language) ?? [];
    pages.push(text);
    texts.set(language, pages);
  }
  const out = join(indexDir, VOCABULARY_DIR);
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  for (const [language, terms] of Object.entries(CRISIS_FLOORS)) await writeFile(join(out, crisisFloorFile(language)), JSON.stringify(terms));
  let words = 0;
  let shardCount = 0;
  for (const [language, pages] of texts) {
    const dir = join(out, language);
    await mkdir(dir, { recursive: true });
    const files = await vocabularyFiles(language, pages);
    // Over a thousand small files per language: written side by side, not one after another.
    await Promise.all([...files].map(([name, list]) => writeFile(join(dir, name), JSON.stringify(list))));
    for (const [name, list] of files) {
      if (COMMON_FILES.has(name)) continue;
      shardCount += 1;
      if (SHARD_FILES.has(name)) words += list.length;
    }
  }
  return { words, shards: shardCount, languages: [...texts.keys()].sort() };
}
