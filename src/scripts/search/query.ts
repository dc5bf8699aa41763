// From what someone types to what the index is asked, so that a search is never a dead end:
// everyday words are expanded with the editors' synonyms, slips are corrected against the index's
// own vocabulary ("Menade du …?"), compounds the index lacks are split, words under four letters
// match only themselves (never as a prefix), and when no page has every word the search drops the
// language's function words and then ranks pages by how many of the words they contain.
// Everything is per language: the page's own index, vocabulary, function words and synonyms, and a
// slip is only ever corrected into a word of the same script and language. A correction never
// replaces a word that is spelt right: the page language's common words and every crisis word are
// kept as typed, and a query the crisis check matches is not corrected at all. Arabic is normalised
// (src/lib/crisis.ts's normalizeArabic) before anything else, and asked of the index in the
// spellings the index's own pages use, so "اريد" finds a page that writes "أريد".
// Pure functions over a `search` callback, so the whole strategy is unit-tested without a browser.
import { arabicCores, isArabic, normalizeArabic } from '../../lib/crisis';

/** One everyday-word entry as editors keep it in siteSettings.searchSynonyms. */
export type SynonymEntry = { term: string; synonyms: string[] };

/** The most frequent words a vocabulary shard keeps; a full shard may lack rare words of the index. */
export const SHARD_LIMIT = 6000;

/** The vocabulary's file of the common words starting with a shard's letter, which a correction must leave alone (src/integrations/search-vocabulary.ts). */
export const commonWordsFile = (key: string) => `common-${key}.json`;

/**
 * The sort order the build writes on articles about suicide and self-harm only (the content model's
 * `sensitive` flag, src/components/search/SearchMeta.astro): the texts a crisis query leads with, in
 * the order of src/components/search/search-config.ts's `crisisRank`. A Pagefind search sorted by it
 * leaves out every page without it, so it also chooses them: no filter for them has to load.
 */
export const CRISIS_ARTICLES = { sort: 'crisisorder' } as const;

/** Shortest word Pagefind may extend as a prefix ("oro" must not find "orolig" by accident). */
export const PREFIX_MIN = 4;

/** The languages with an index of their own: a page's `<html lang>`. */
export type QueryLanguage = 'sv' | 'en' | 'ar';

const ENGLISH_FUNCTION_WORDS =
  'the a an and or of to in on for with is are was were be been do does did how what why when who whom which my me i you your it its this that these those ' +
  'he she they them we us our his her their at by from about into if then than so not no can could should would will just very much more some any all';
// Words that carry no topic: dropped when the full sentence finds nothing ("Hur vet jag om …").
// Swedish searches keep the English list too: people on the Swedish pages also type English.
const FUNCTION_WORDS: Record<QueryLanguage, ReadonlySet<string>> = {
  sv: new Set(
    (
      'hur vad var när varför vem vilken vilket vilka jag du han hon hen vi ni de dem dom mig dig sig oss er min mitt mina din ditt dina sin sitt sina ' +
      'hans hennes deras vår vårt våra ert era man en ett den det detta denna dessa som och eller men att om för på i med till av från ur ut upp över ' +
      'under hos vid mot efter utan innan än så nu då där här inte ej ingen inget inga någon något några alla allt är var vara varit blir bli blev ' +
      'har hade ha kan kunde ska skulle vill ville måste får fick gör göra gjorde vet veta tror också bara mycket mer lite väldigt ganska sig ' +
      'hur the a an and or of to in on for with is are be do does how what why when who my me i you it this that'
    ).split(' '),
  ),
  en: new Set(ENGLISH_FUNCTION_WORDS.split(' ')),
  ar: new Set(
    normalizeArabic(
      'كيف ماذا ما لماذا متى من هل في على الى إلى عن مع او أو ثم ان أن إن انا أنا انت أنت انتي هو هي نحن هم هذا هذه ذلك تلك الذي التي الذين ' +
        'كان كانت يكون تكون لا لم لن قد عند عندي كل بعض اي أي لي لك له لها لكن بين بعد قبل هناك هنا جدا ايضا أيضا فقط او و',
    )
      .split(' ')
      .concat(ENGLISH_FUNCTION_WORDS.split(' ')),
  ),
};

const ENDINGS = ['arna', 'erna', 'orna', 'ens', 'ets', 'en', 'et', 'er', 'ar', 'or', 'na', 'n', 't', 's', 'a', 'e'];

/** Lower case, diacritics removed, Arabic normalised: the form every comparison here uses ("Ångest" → "angest", "أريد" → "اريد"). */
export function fold(word: string): string {
  return normalizeArabic(word).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a query, Arabic normalised; quotes around a single word are dropped ("\"ångest\"" is ångest). */
export function queryWords(query: string): string[] {
  return normalizeArabic(query.normalize('NFC').toLowerCase())
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The vocabulary shard a word is in: its first letter, folded ("ångest" is under "a", "أمل" under the code of ا). */
export function shardKey(word: string): string {
  const first = fold(word)[0] ?? '_';
  if (/[a-z0-9]/.test(first)) return first;
  return /[\u0621-\u064A]/.test(first) ? `ar-${first.codePointAt(0)!.toString(16)}` : '_';
}

const LATIN = 'abcdefghijklmnopqrstuvwxyz0123456789';
const isLatin = (letter: string) => letter.length === 1 && LATIN.includes(letter);

/**
 * The vocabulary file of a word's first two letters, folded ("självmord" is in "sj", "ångest" in
 * "an"): the part of its shard a query needs whose words the index has. A shard keyed by an Arabic
 * letter or "_" has no such parts: its key is its own.
 */
export function prefixKey(word: string): string {
  const key = shardKey(word);
  if (!isLatin(key)) return key;
  const second = fold(word)[1] ?? '_';
  return key + (isLatin(second) ? second : '_');
}

/** The two-letter parts of a shard (`prefixKey`): none for a shard without them. */
export const prefixKeys = (key: string): string[] => (isLatin(key) ? [...LATIN, '_'].map((second) => key + second) : []);

/** Every shard key a word can fall in: letters, digits, the Arabic letters normalisation keeps, the rest. */
export const SHARD_KEYS: readonly string[] = [
  ...LATIN,
  ...Array.from({ length: 0x064a - 0x0621 + 1 }, (_, i) => String.fromCodePoint(0x0621 + i))
    .filter((letter) => fold(letter) === letter && letter !== '\u0640')
    .map(shardKey),
  '_',
];

/**
 * Whether two Arabic words (normalised) differ only where one has a bare hamza (ء) and the other a
 * seat for it (ا و ي): "الاكتءاب" for "الاكتئاب". That is the only Arabic slip corrected: one letter
 * more, less or other is most often another word (انتصار, victory; انتحار, suicide; أحصل, I get;
 * يحصل, he gets).
 */
function hamzaSlip(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const seat = (letter: string) => letter === '\u0627' || letter === '\u0648' || letter === '\u064A';
  return [...a].every((letter, i) => letter === b[i] || (letter === '\u0621' && seat(b[i]!)) || (b[i] === '\u0621' && seat(letter)));
}

/** Which alphabet a word is written in: a slip is corrected only into a word of the same one. */
const script = (word: string) => (isArabic(word) ? 'arabic' : /^[\p{Script=Latin}\p{N}]+$/u.test(word) ? 'latin' : 'other');

/** Letters only Swedish among the site's languages writes: such a word on the English pages is Swedish, not a slip. */
const SWEDISH_ONLY = /[åäö]/;

/** Whether a slip in `word` may be corrected on `language`'s pages: never into another language. */
function correctable(word: string, language: QueryLanguage): boolean {
  if (language === 'ar') return isArabic(word);
  return script(word) === 'latin' && !(language === 'en' && SWEDISH_ONLY.test(word));
}

/** Edit distance with a swap of neighbouring letters counting as one edit; stops early above `limit`. */
export function editDistance(a: string, b: string, limit = 2): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      let value = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = row;
  }
  return previous[b.length]!;
}

/** The index's words, most frequent first (as the build writes them). */
export class Vocabulary {
  private readonly folded: string[];
  private readonly exact: Set<string>;
  private readonly sorted: string[];

  /** `partial`: shard keys whose shard was cut at SHARD_LIMIT, where a word missing is no proof of a slip. */
  private readonly spellings = new Map<string, string[]>();

  constructor(
    private readonly words: readonly string[],
    private readonly partial: ReadonlySet<string> = new Set(),
  ) {
    this.folded = words.map(fold);
    this.exact = new Set(this.folded);
    this.sorted = [...this.exact].sort();
    words.forEach((word, i) => {
      if (!isArabic(word)) return;
      const list = this.spellings.get(this.folded[i]!) ?? [];
      if (!list.includes(word)) list.push(word);
      this.spellings.set(this.folded[i]!, list);
    });
  }

  /** How the index's pages write an Arabic word, most frequent first ("اريد" → "أريد"); the word itself otherwise. */
  spellingsOf(word: string): string[] {
    return this.spellings.get(fold(word))?.slice(0, 3) ?? [word];
  }

  /** Whether a word missing here is surely missing from the index. */
  complete(word: string): boolean {
    return !this.partial.has(shardKey(word));
  }

  has(word: string): boolean {
    return this.exact.has(fold(word));
  }

  /** A word of the index, or (from four letters on) the start of one: what Pagefind will find. */
  knows(word: string): boolean {
    const key = fold(word);
    if (this.exact.has(key)) return true;
    if (key.length < PREFIX_MIN) return false;
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.sorted[mid]! < key) low = mid + 1;
      else high = mid;
    }
    return this.sorted[low]?.startsWith(key) ?? false;
  }

  /** The closest word of the index within one slip (two from six letters on), the most frequent on a tie; in Arabic only a hamza's seat. */
  correct(word: string): string | undefined {
    const key = fold(word);
    if (key.length < PREFIX_MIN) return undefined;
    const limit = key.length >= 6 ? 2 : 1;
    let best: { word: string; distance: number } | undefined;
    const same = script(key);
    for (let i = 0; i < this.words.length; i += 1) {
      if (script(this.folded[i]!) !== same) continue;
      if (same === 'arabic' && !hamzaSlip(key, this.folded[i]!)) continue;
      const distance = editDistance(key, this.folded[i]!, limit);
      if (distance <= limit && distance > 0 && (!best || distance < best.distance)) best = { word: this.words[i]!, distance };
      if (best?.distance === 1) break;
    }
    return best?.word;
  }

  /** A compound the index lacks, split into two parts it has ("ångestattack" → ångest + attack). */
  split(word: string): [string, string] | undefined {
    const key = fold(word);
    for (let i = key.length - PREFIX_MIN; i >= PREFIX_MIN; i -= 1) {
      const right = word.slice(i);
      if (!this.knows(right)) continue;
      const left = word.slice(0, i);
      if (this.has(left)) return [left, right];
      // Swedish joins compounds with an s: "sömnsvårigheter", "ångestsjukdom".
      if (left.endsWith('s') && this.has(left.slice(0, -1))) return [left.slice(0, -1), right];
    }
    return undefined;
  }
}

/** What the index is asked for a word; `corrected` when it comes from correcting a slip. */
export type Alternative = { query: string; weight: number; corrected?: true };
/** A query word with what stands for it in the index: itself or its correction, and its synonyms. */
export type Group = { word: string; functionWord: boolean; alternatives: Alternative[] };
export type Plan = { groups: Group[]; suggestion: string | undefined };

export type PlanOptions = {
  /** Whether slips may be corrected at all: not in a query the crisis check matches, which is searched as typed. */
  correct?: boolean;
  /** Words never corrected, however few pages have them: common words of the page's language, crisis words. */
  keep?: (word: string) => boolean;
};

/**
 * Which words a correction must leave alone: the common words given (as the build writes them for
 * the page's language, src/integrations/search-vocabulary.ts), an Arabic word also when it is one
 * of them with a clitic ("وحياتي"), and whatever `alsoKeep` says (the crisis words).
 */
export function keptWords(common: Iterable<string>, alsoKeep: (word: string) => boolean = () => false): (word: string) => boolean {
  const words = new Set([...common].map(fold));
  return (word) => {
    const key = fold(word);
    return words.has(key) || (isArabic(key) && arabicCores(key).some((core) => words.has(core))) || alsoKeep(word);
  };
}

/** The plan as typed: the same words with their synonyms and splits, without any correction. */
export function withoutCorrections(plan: Plan): Plan {
  return { groups: plan.groups.map((group) => ({ ...group, alternatives: group.alternatives.filter((alternative) => !alternative.corrected) })), suggestion: undefined };
}

/** Whether a query word is an inflection of a list word: "kompisen", "sambon", "deppiga". */
function inflects(word: string, base: string): boolean {
  if (word === base) return true;
  if (!word.startsWith(base) || base.length < 3) return false;
  return ENDINGS.includes(word.slice(base.length));
}

/** What Pagefind is asked for one word: short words in quotes, so they match only themselves. */
const indexQuery = (word: string) => (fold(word).length < PREFIX_MIN ? `"${word}"` : word);

/** Synonyms that apply to a word: every other word of an entry it belongs to. */
function synonymsOf(word: string, entries: readonly SynonymEntry[]): string[] {
  const key = fold(word);
  const found = new Set<string>();
  for (const entry of entries) {
    const words = [entry.term, ...entry.synonyms].map((w) => w.trim().toLowerCase()).filter(Boolean);
    if (words.some((w) => !w.includes(' ') && inflects(key, fold(w)))) for (const w of words) if (fold(w) !== key) found.add(w);
  }
  return [...found];
}

/** Replaces multi-word synonyms ("må dåligt") by their entry's term before the words are planned. */
function joinPhrases(words: string[], entries: readonly SynonymEntry[]): string[] {
  let out = words;
  for (const entry of entries) {
    for (const phrase of [entry.term, ...entry.synonyms].map((p) => queryWords(p)).filter((p) => p.length > 1)) {
      for (let i = 0; i + phrase.length <= out.length; i += 1) {
        if (phrase.every((w, k) => inflects(fold(out[i + k]!), fold(w)))) out = [...out.slice(0, i), entry.term.trim().toLowerCase(), ...out.slice(i + phrase.length)];
      }
    }
  }
  return out;
}

/** Every word a plan may ask the index about: the query's words and their synonyms. */
export function plannedWords(query: string, synonyms: readonly SynonymEntry[]): string[] {
  return joinPhrases(queryWords(query), synonyms)
    .flatMap((word) => [word, ...synonymsOf(word, synonyms)])
    .flatMap(queryWords);
}

/** Whether a word (each of a phrase's words) is one the vocabulary's index has or starts; every word is without a vocabulary. */
const indexedIn =
  (vocabulary: Vocabulary | undefined) =>
  (word: string): boolean =>
    !vocabulary || queryWords(word).every((part) => vocabulary.knows(part));

/** What the index is asked for a word it has or has synonyms of: the word and those synonyms; undefined when it has neither. */
function indexWords(word: string, synonyms: readonly SynonymEntry[], indexed: (word: string) => boolean): string[] | undefined {
  const related = synonymsOf(word, synonyms).filter(indexed);
  return indexed(word) || related.length ? [...(indexed(word) ? [word] : []), ...related] : undefined;
}

/**
 * Whether every word of a query is one the vocabulary's index has, or has synonyms of: then the
 * plan needs no correction, split or Arabic core, only whether the index has each word, and a
 * vocabulary of the words' own two-letter parts (`prefixKey`) plans it as their whole shards do.
 */
export function knowsEveryWord(query: string, synonyms: readonly SynonymEntry[], vocabulary: Vocabulary): boolean {
  const indexed = indexedIn(vocabulary);
  return joinPhrases(queryWords(query), synonyms).every((word) => indexWords(word, synonyms, indexed));
}

/**
 * Plans a query: each word, corrected or split when the index does not know it, with its
 * synonyms the index knows. Only words the index has (or, from four letters on, starts) are ever
 * asked, so Pagefind never guesses from a shorter prefix. Without a vocabulary (it could not load)
 * the words are taken as typed. `language` is the page's: its function words, and which slips may
 * be corrected (never into another language); `options` say whether any may be, and which words
 * never are. Corrections are marked, so the search can tell what they add (`withoutCorrections`).
 */
export function planQuery(query: string, synonyms: readonly SynonymEntry[], vocabulary?: Vocabulary, language: QueryLanguage = 'sv', options: PlanOptions = {}): Plan {
  const { correct = true, keep = () => false } = options;
  const groups: Group[] = [];
  const suggested: string[] = [];
  let corrected = false;
  const functionWords = FUNCTION_WORDS[language];
  const indexed = indexedIn(vocabulary);
  const add = (typed: string, words: string[], corrected: readonly string[] = []) => {
    // Arabic words are asked in the spellings the index's pages use.
    const spelled = (list: readonly string[]) => [...new Set(list.flatMap((word) => vocabulary?.spellingsOf(word) ?? [word]))];
    const asTyped = spelled(words);
    const alternatives: Alternative[] = [
      ...asTyped.map((word, index) => ({ query: indexQuery(word), weight: (index === 0 && word === typed) || fold(word) === fold(typed) ? 1 : 0.8 })),
      ...spelled(corrected)
        .filter((word) => !asTyped.includes(word))
        .map((word) => ({ query: indexQuery(word), weight: 0.8, corrected: true as const })),
    ];
    groups.push({ word: typed, functionWord: functionWords.has(typed), alternatives });
  };
  for (const word of joinPhrases(queryWords(query), synonyms)) {
    const known = indexWords(word, synonyms, indexed);
    if (known) {
      add(word, known);
      suggested.push(word);
      continue;
    }
    // Arabic writes "and", "with", "the" onto the word: "بالانتحار" is found as "انتحار", and
    // "للنوم" (for the sleep) as "النوم" where the pages have the word only with its article.
    const cores = isArabic(word)
      ? arabicCores(word)
          .slice(1)
          .sort((a, b) => b.length - a.length)
      : [];
    const core = [...cores, ...cores.map((part) => `ال${part}`)].find(indexed);
    if (core) {
      add(word, [core, ...synonymsOf(core, synonyms).filter(indexed)]);
      suggested.push(word);
      continue;
    }
    // Compounds are Swedish (and English) words run together; Arabic has none to split.
    const parts = functionWords.has(word) || isArabic(word) ? undefined : vocabulary?.split(word);
    if (parts) {
      for (const part of parts) add(part, [part, ...synonymsOf(part, synonyms).filter(indexed)]);
      suggested.push(word);
      continue;
    }
    const correction = !correct || functionWords.has(word) || keep(word) || !correctable(word, language) ? undefined : vocabulary?.correct(word);
    // A rare word of a very large site may be missing from its cut shard: it is asked as typed too.
    const asTyped = vocabulary?.complete(word) === false ? [word] : [];
    if (correction) {
      add(word, asTyped, [correction, ...synonymsOf(correction, synonyms).filter(indexed)]);
      suggested.push(correction);
      corrected = true;
    } else {
      // A word the index has nothing like: it cannot match, and Pagefind is not asked to guess.
      add(word, asTyped);
      suggested.push(word);
    }
  }
  return { groups, suggestion: corrected ? suggested.join(' ') : undefined };
}

export type Hit = { id: string; score: number };
export type Ranked<T extends Hit> = { results: T[]; match: 'all' | 'content' | 'some' | 'none' };

/**
 * Runs a plan. Pages with every word come first; after them, pages with some of the words, those
 * with more of the words that carry meaning first (function words such as "hur", "jag", "om" only
 * count when the query has nothing else), then by score. So a sentence that shares a word with a
 * page always finds it. `match` says how far the best page goes. `search` is asked once per
 * distinct alternative.
 */
export async function runPlan<T extends Hit>(plan: Plan, search: (query: string) => Promise<T[]>): Promise<Ranked<T>> {
  const asked = new Map<string, Promise<T[]>>();
  const ask = (query: string) => {
    if (!asked.has(query)) asked.set(query, search(query));
    return asked.get(query)!;
  };
  const hasContent = plan.groups.some((group) => !group.functionWord);
  const pages = new Map<string, { hit: T; groups: number; content: number; score: number }>();
  const perGroup = await Promise.all(
    plan.groups.map(async (group) => {
      // The best weighted score per page among the group's alternatives.
      const best = new Map<string, { hit: T; score: number }>();
      for (const [index, hits] of (await Promise.all(group.alternatives.map((alternative) => ask(alternative.query)))).entries()) {
        const weight = group.alternatives[index]!.weight;
        for (const hit of hits) {
          const score = hit.score * weight;
          if ((best.get(hit.id)?.score ?? -1) < score) best.set(hit.id, { hit, score });
        }
      }
      return best;
    }),
  );
  plan.groups.forEach((group, index) => {
    const counts = !hasContent || !group.functionWord;
    for (const [id, { hit, score }] of perGroup[index]!) {
      const page = pages.get(id) ?? { hit, groups: 0, content: 0, score: 0 };
      page.groups += 1;
      page.content += counts ? 1 : 0;
      page.score += score;
      pages.set(id, page);
    }
  });
  const contentGroups = hasContent ? plan.groups.filter((group) => !group.functionWord).length : plan.groups.length;
  const ranked = [...pages.values()]
    .filter((page) => page.content > 0)
    .sort((a, b) => Number(b.groups === plan.groups.length) - Number(a.groups === plan.groups.length) || b.content - a.content || b.score - a.score);
  const top = ranked[0];
  const match = !top ? 'none' : top.groups === plan.groups.length ? 'all' : top.content === contentGroups ? 'content' : 'some';
  return { results: ranked.map((page) => page.hit), match };
}
