// Does a search query signal acute risk? Editors keep the terms in Sanity (siteSettings.
// crisisSearchTerms); this decides whether the search page shows the help box first.
// It errs towards matching: a help box shown once too often costs nothing, a missed one can.

/** Lower case, diacritics removed ("Självmord" → "sjalvmord"), words split on anything else. */
export function crisisWords(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

// Swedish inflection endings, longest first: "skada" → "skad" matches "skador", "skadar".
const ENDINGS = ['arna', 'erna', 'orna', 'ande', 'ende', 'are', 'ar', 'er', 'or', 'en', 'et', 'na', 'a', 'e'];
// Endings a two-letter verb takes: "dö" → "dör", "död"; "ta" → "tar".
const SHORT_ENDINGS = ['', 'r', 'd', 'de', 'dde', 'tt', 'en', 'et'];
/** Words this long after stemming also match inside compounds: "ungdomssjälvmord". */
const COMPOUND_MIN = 6;
/** Query words allowed between two words of a term: "vill bara dö", "ta mitt eget liv". */
const MAX_GAP = 2;

function stem(word: string): string {
  const ending = ENDINGS.find((e) => word.endsWith(e) && word.length - e.length >= 3);
  return ending ? word.slice(0, -ending.length) : word;
}

type Matcher = (word: string) => boolean;

function wordMatcher(termWord: string, first: boolean): Matcher {
  if (termWord.length <= 2) return (word) => SHORT_ENDINGS.some((ending) => word === termWord + ending);
  const root = stem(termWord);
  if (first && root.length >= COMPOUND_MIN) return (word) => word.includes(root);
  return (word) => word.startsWith(root);
}

/** Whether the words contain the term's matchers in order, with small gaps between them. */
function matchesFrom(words: string[], matchers: Matcher[], start: number, gapLimit: number): boolean {
  const [head, ...rest] = matchers;
  if (!head) return true;
  const end = Math.min(words.length, start + gapLimit + 1);
  for (let i = start; i < end; i += 1) {
    if (head(words[i]!) && matchesFrom(words, rest, i + 1, MAX_GAP)) return true;
  }
  return false;
}

/** Compiles the editors' terms once; the returned test runs on every keystroke. */
export function crisisMatcher(terms: readonly string[]): (query: string) => boolean {
  const compiled = terms
    .map((term) => crisisWords(term).map((word, index) => wordMatcher(word, index === 0)))
    .filter((matchers) => matchers.length > 0);
  return (query) => {
    const words = crisisWords(query);
    return compiled.some((matchers) => matchesFrom(words, matchers, 0, words.length));
  };
}
