// Does a search query signal acute risk? This decides whether the search page shows the help box
// first and leads with the crisis articles. Two lists are matched: a built-in floor
// (src/lib/crisis-floor.ts) that every build includes, and the terms editors keep in Sanity
// (siteSettings.crisisSearchTerms, one list per language). Queries and terms are compared as
// normalised word forms, never as exact strings, so "Ta sitt liv", "tog livet av sig", "sjalvmord",
// "självmårdstankar", "أريد أن أموت" and "اريد ان اموت" are caught alike. It errs towards matching:
// a help box shown once too often costs nothing, a missed one can. This module is the matching; the
// floor's words are kept apart so that the search page's script does not carry them (its own
// language's part comes with the page, another's is fetched for a query written in its script).
//
// A term is a sequence of words; in a query they must appear in order, with at most one other
// word between two of them (filler words such as "bara", "eget", "att", "to", "أن" do not count).
// Each word of a term matches its inflections by stem prefix, a long first word also inside
// compounds, and a Latin-script word of five letters or more also with one slip (a letter missing,
// added, changed or swapped). Arabic words match after the clitics written onto them (و ف ب ل ك س
// and the article ال: "بالانتحار" is "انتحار"), never with a slip: Arabic words are short and one
// letter apart often means something else (انتحار, suicide; انتصار, victory).
// Possessives and reflexives stand for each other ("mitt/ditt/sitt/hans", "mig/dig/sig/honom",
// "myself/yourself", "نفسي/نفسك/نفسه", Levantine "حالي/حاله"), so a term written for oneself also
// matches the same words said of someone else. The floor also uses signs editors need not know:
// "a|b" for alternatives, "=word" for that exact form, "…" for any number of words in between, and
// "#" for a number from 10 up (an amount of pills).
const POSSESSIVES = 'min mitt mina din ditt dina sin sitt sina hans hennes hens deras my your his their';
const REFLEXIVES =
  'mig mej dig dej sig sej honom henne hen oss dem dom myself yourself himself herself themselves self me ' +
  'نفسي نفسك نفسه نفسها نفسهم نفسهما نفسنا روحي روحك روحه روحها حالي حالك حاله حالها حالو حالنا حالهم';
const FILLERS =
  'att jag man bara ba eget egna egen nog kanske verkligen helt typ just så gärna längre mer nu ju liksom alltså asså också även fan seriöst ärligt faktiskt ' +
  'to t really so just actually literally honestly seriously kinda basically ' +
  'أن ان إن انو انه انا أنا انني إنني اني بس فقط حقا حقاً جدا قد لقد سوف رح راح عم خلاص والله يعني صراحة فعلا مرة اوي';
const POSS = '\u0001p';
const REFL = '\u0001r';
const ANY_GAP = '…';

const ARABIC_LETTERS = /[\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF]/u;
const ARABIC_INDIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/gu;

/**
 * Arabic written every way people type it, as one form: tashkeel (short vowels, shadda, sukun) and
 * tatweel dropped, أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي, Arabic-Indic digits → 0–9. Other
 * scripts pass through unchanged (except that combining marks go, as they do for å ä ö elsewhere).
 * The search page normalises queries and the index's words the same way before comparing them.
 */
export function normalizeArabic(text: string): string {
  return text
    .replace(ARABIC_INDIC_DIGITS, (digit) => String((digit.codePointAt(0)! - (digit >= '\u06F0' ? 0x06f0 : 0x0660)) % 10))
    .normalize('NFD')
    .replace(/[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/gu, '')
    .normalize('NFC')
    .replace(/[\u0622\u0623\u0625\u0671-\u0673\u0675]/gu, '\u0627')
    .replace(/\u0649/gu, '\u064A')
    .replace(/\u0629/gu, '\u0647')
    .replace(/\u0624/gu, '\u0648')
    .replace(/\u0626/gu, '\u064A');
}

/** Whether a word is written in Arabic script. */
export const isArabic = (word: string) => ARABIC_LETTERS.test(word);

/** One word form for comparing: lower case, Arabic normalised, diacritics and doubled letters gone. */
const plain = (text: string) =>
  normalizeArabic(text.toLowerCase())
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/(\p{L})\1+/gu, '$1');

/** Lower case, diacritics removed, doubled letters single ("Självmordd" → "sjalvmord"), split into words. */
export function crisisWords(text: string): string[] {
  return plain(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((word) => PRONOUNS.get(word) ?? word);
}

const plainWords = (list: string) => plain(list).split(' ');
const PRONOUNS = new Map([...plainWords(POSSESSIVES).map((w) => [w, POSS] as const), ...plainWords(REFLEXIVES).map((w) => [w, REFL] as const)]);
const FILLER = new Set(plainWords(FILLERS));

// Clitics Arabic writes onto the front of a word: and, so, with, for, like, will, the, "for the"
// (لل), everyday speech's "this" (هالحياة, this life), and combinations.
const ARABIC_CLITICS = ['وهال', 'بهال', 'لهال', 'وال', 'فال', 'بال', 'كال', 'ولل', 'فلل', 'هال', 'لل', 'وب', 'ول', 'فب', 'فل', 'وس', 'فس', 'ال', 'و', 'ف', 'ب', 'ل', 'ك', 'س'].map(normalizeArabic);

/** A word and what is left of it after each clitic it may start with ("وبالموت" → "موت" among others). */
export function arabicCores(word: string): string[] {
  return [word, ...ARABIC_CLITICS.filter((clitic) => word.startsWith(clitic) && word.length - clitic.length >= 2).map((clitic) => word.slice(clitic.length))];
}

// Swedish inflection endings, longest first: "skada" → "skad" matches "skador", "skadar".
const ENDINGS = ['arna', 'erna', 'orna', 'ande', 'ende', 'are', 'ar', 'er', 'or', 'en', 'et', 'na', 'a', 'e'];
// Endings a two-letter word takes: "dö" → "dör", "död"; "ta" → "tar".
const SHORT_ENDINGS = ['', 'r', 'd', 'de', 't', 'en', 'et'];
/** Roots this long also match inside compounds when they start a term: "ungdomssjälvmord". */
const COMPOUND_MIN = 6;
/** Roots this long also match with one slip: "självmårdstankar", "suisid". */
const SLIP_MIN = 5;

function stem(word: string): string {
  const ending = ENDINGS.find((e) => word.endsWith(e) && word.length - e.length >= 3);
  return ending ? word.slice(0, -ending.length) : word;
}

/**
 * Whether `word` has a prefix (or, with `anywhere`, any part) within one edit of `root`,
 * counting a swap of two neighbouring letters as one edit (optimal string alignment).
 */
function nearly(word: string, root: string, anywhere: boolean): boolean {
  const m = root.length;
  const n = word.length;
  let before: number[] = [];
  let previous = Array.from({ length: n + 1 }, (_, j) => (anywhere ? 0 : j));
  for (let i = 1; i <= m; i += 1) {
    const row = [i];
    for (let j = 1; j <= n; j += 1) {
      const cost = root[i - 1] === word[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && root[i - 1] === word[j - 2] && root[i - 2] === word[j - 1]) best = Math.min(best, before[j - 2]! + 1);
      row.push(best);
    }
    before = previous;
    previous = row;
  }
  return Math.min(...previous) <= 1;
}

type Matcher = (word: string) => boolean;

/** How widely an alternative matches: as the crisis check reads queries, or only as the word itself and its inflections. */
type Reading = 'query' | 'word';
/** Letters an inflection may add to a root and still be the same word, when the lexicon is asked about one word. */
const INFLECTION_MAX = 5;
/** Arabic suffixes (pronouns, plurals, feminine) are shorter. */
const ARABIC_INFLECTION_MAX = 3;
/** "#": a number from 10 up, as in "took 30 pills". */
const MANY = '#';

function alternativeMatcher(alternative: string, first: boolean, reading: Reading): Matcher | undefined {
  if (alternative === MANY) return (candidate) => /^\d+$/.test(candidate) && Number(candidate) >= 10;
  const exact = alternative.startsWith('=');
  const [word] = crisisWords(exact ? alternative.slice(1) : alternative);
  if (!word) return undefined;
  if (word === POSS || word === REFL) return (candidate) => candidate === word;
  if (isArabic(word)) {
    if (exact) return (candidate) => arabicCores(candidate).includes(word);
    const limit = reading === 'word' ? ARABIC_INFLECTION_MAX : Infinity;
    return (candidate) => arabicCores(candidate).some((core) => core.startsWith(word) && core.length - word.length <= limit);
  }
  if (exact) return (candidate) => candidate === word;
  if (word.length <= 2) return (candidate) => SHORT_ENDINGS.some((ending) => candidate === word + ending);
  const root = stem(word);
  // One word asked about ("Menade du …?"): the root and its inflections, never a slip or a compound.
  if (reading === 'word') return (candidate) => candidate.startsWith(root) && candidate.length - root.length <= INFLECTION_MAX;
  const anywhere = first && root.length >= COMPOUND_MIN;
  if (root.length >= SLIP_MIN) return (candidate) => (anywhere ? candidate.includes(root) : candidate.startsWith(root)) || nearly(candidate, root, anywhere);
  return (candidate) => candidate.startsWith(root);
}

type Step = { match: Matcher; anyGap: boolean };

function compile(term: string, reading: Reading = 'query'): Step[] {
  const steps: Step[] = [];
  let anyGap = false;
  // Punctuation separates words as it does in queries: an editor's "self-harm" is "self harm".
  for (const token of term
    .replace(/[^\p{L}\p{N}\p{M}|=….#\s]/gu, ' ')
    .trim()
    .split(/\s+/)) {
    if (token === ANY_GAP || token === '...') {
      anyGap = true;
      continue;
    }
    const matchers = token
      .split('|')
      .map((alternative) => alternativeMatcher(alternative, steps.length === 0, reading))
      .filter((matcher): matcher is Matcher => !!matcher);
    if (!matchers.length) continue;
    steps.push({ match: (word) => matchers.some((matcher) => matcher(word)), anyGap });
    anyGap = false;
  }
  return steps;
}

/** Whether the words from `start` on contain the steps in order, with the gaps each allows. */
function matchesFrom(words: string[], steps: Step[], start: number, free: boolean): boolean {
  const [head, ...rest] = steps;
  if (!head) return true;
  let skipped = 0;
  for (let i = start; i < words.length; i += 1) {
    const word = words[i]!;
    if (head.match(word) && matchesFrom(words, rest, i + 1, false)) return true;
    if (free || head.anyGap || FILLER.has(word)) continue;
    skipped += 1;
    if (skipped > 1) return false;
  }
  return false;
}

/** Compiles crisis terms once (the floor and the editors' terms); the returned test runs on every keystroke. */
export function termsMatcher(terms: readonly string[]): (query: string) => boolean {
  const compiled = terms.map((term) => compile(term)).filter((steps) => steps.length > 0);
  return (query) => {
    const words = crisisWords(query);
    return compiled.some((steps) => matchesFrom(words, steps, 0, true));
  };
}

/**
 * Whether one word belongs to the crisis terms given: the word itself or an inflection of it
 * ("killing", "يقتل", "skär"), not a slip or a compound. "Menade du …?" never replaces such a
 * word: a correctly spelt cry for help must not be turned into another word ("killing" into
 * "telling").
 */
export function termWordMatcher(terms: readonly string[]): (word: string) => boolean {
  const matchers = terms.flatMap((term) => compile(term, 'word')).map((step) => step.match);
  return (word) => crisisWords(word).some((form) => matchers.some((match) => match(form)));
}
