// Safe-messaging language rules (WHO 2023, Samaritans, Mindframe; the project content guide).
// Plain functions with no Studio imports: used by the schema's validation and the dataset lint.

export interface Phrasing {
  /** The phrase as found, lower-cased with single spaces, e.g. "begick självmord". */
  phrase: string;
  /** What to write instead. */
  suggestion: string;
}

// A `\p{L}` lookbehind instead of `\b`, which treats å, ä and ö (and every Arabic letter) as
// non-word characters. Trailing letters are part of the match so inflected forms (självmordet,
// självmordsförsöken, attempts) are caught.
const word = (pattern: string) => new RegExp(`(?<!\\p{L})(?:${pattern})\\p{L}*`, 'giu');

type Rule = { pattern: RegExp; suggestion: string };

const SWEDISH: readonly Rule[] = [
  // "Begå" frames suicide as a crime; the guidance is "ta sitt liv".
  { pattern: word('beg(?:å|år|ick|ått)\\s+självmord'), suggestion: '”ta sitt liv” (till exempel ”tog sitt liv”)' },
  // "Lyckat/misslyckat" frames death as success; the guidance is the neutral "suicidförsök".
  { pattern: word('(?:miss)?lycka(?:t|de|d)\\s+självmordsförsök'), suggestion: '”suicidförsök”' },
];

const ENGLISH: readonly Rule[] = [
  // "Commit" frames suicide as a crime (it was one in England until 1961).
  { pattern: word('commit(?:s|ted|ting)?\\s+suicide'), suggestion: '”died by suicide” eller ”took their own life”' },
  // Death as success, survival as failure.
  { pattern: word('(?:successful|completed)\\s+suicide(?!\\s+attempt)'), suggestion: '”died by suicide”' },
  { pattern: word('(?:un)?successful\\s+suicide\\s+attempt|unsuccessful\\s+suicide|failed\\s+(?:suicide\\s+)?attempt'), suggestion: '”suicide attempt”' },
];

const ARABIC: readonly Rule[] = [
  // ارتكب/يرتكب/ارتكاب (to commit, as a crime or a sin) before الانتحار, also with و ف ب ل in front.
  { pattern: word('[وفبل]?[اينت]?رتكا?ب\\p{L}*\\s+(?:ال)?انتحار'), suggestion: '”أنهى حياته” eller ”توفي انتحارًا” (”tog sitt liv”)' },
  // A "successful" or "failed" attempt; the neutral phrase is محاولة انتحار.
  { pattern: word('[وفبل]?(?:ال)?محاول\\p{L}*\\s+(?:ال)?انتحار\\p{L}*\\s+(?:ال)?(?:فاشل|ناجح)|[وفبل]?(?:ال)?انتحار\\s+(?:ال)?(?:فاشل|ناجح)'), suggestion: '”محاولة انتحار” (”suicidförsök”)' },
];

const RULES: Record<string, readonly Rule[]> = { sv: SWEDISH, 'sv-lattlast': SWEDISH, en: ENGLISH, ar: ARABIC };
const ALL_RULES = [...SWEDISH, ...ENGLISH, ...ARABIC];

/**
 * Arabic is matched without its optional marks: short vowels and other diacritics (U+064B–065F,
 * U+0670), tatweel, and the hamza forms of alif (أ إ آ ٱ → ا), which writers use or leave out.
 */
export const normaliseArabic = (text: string): string => text.replace(/[\u064B-\u065F\u0670\u0640]/g, '').replace(/[أإآٱ]/g, 'ا');

/**
 * Every ruled-out phrasing in `text`, in order of appearance, by the rules of `language` (a content
 * language code; Swedish when absent). A document in an unknown language is checked against all.
 */
export function findForbiddenPhrasings(text: string | null | undefined, language?: string | null): Phrasing[] {
  if (!text) return [];
  const rules = language == null ? SWEDISH : (RULES[language] ?? ALL_RULES);
  // Normalising changes only Arabic letters, so one searched text serves every language's rules.
  const searched = normaliseArabic(text);
  const found: Array<Phrasing & { index: number }> = [];
  for (const { pattern, suggestion } of rules) {
    for (const match of searched.matchAll(pattern)) {
      found.push({ phrase: match[0].toLowerCase().replace(/\s+/g, ' '), suggestion, index: match.index });
    }
  }
  return found.sort((a, b) => a.index - b.index).map(({ phrase, suggestion }) => ({ phrase, suggestion }));
}

/** The editor-facing warning for one phrasing. */
export const phrasingMessage = ({ phrase, suggestion }: Phrasing): string => `Undvik formuleringen ”${phrase}”. Skriv hellre ${suggestion}, enligt riktlinjerna för att skriva om suicid.`;

/** Keys whose string values are reader-facing text in body blocks (span text, callout text, steps, FAQ, captions …). */
const TEXT_KEYS = new Set(['text', 'title', 'question', 'answer', 'alt', 'caption', 'name', 'availability']);

export interface TextAt {
  /** Path relative to the array, keyed by `_key` where there is one, e.g. [{_key: "a1"}, "children", {_key: "s1"}, "text"]. */
  path: Array<string | number | { _key: string }>;
  text: string;
}

/** All reader-facing text inside a Portable Text body (or any nested value), with where it sits. */
export function collectText(value: unknown, path: TextAt['path'] = []): TextAt[] {
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => {
      const key = item && typeof item === 'object' && typeof item._key === 'string' ? { _key: item._key } : index;
      return collectText(item, [...path, key]);
    });
  }
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => {
    if (key.startsWith('_')) return [];
    if (typeof child === 'string') return TEXT_KEYS.has(key) ? [{ path: [...path, key], text: child }] : [];
    return collectText(child, [...path, key]);
  });
}

/** Ruled-out phrasings inside a body, each with the path to the text it sits in. */
export function findPhrasingsInBody(body: unknown, language?: string | null): Array<Phrasing & { path: TextAt['path'] }> {
  return collectText(body).flatMap(({ path, text }) => findForbiddenPhrasings(text, language).map((p) => ({ ...p, path })));
}

// The crisis plan's step on a safer surroundings speaks of distance and of asking someone for
// help, never of means (the content guide: "No descriptions of methods or places"). A text there
// naming a means or a place is refused. Each entry is a word with the endings it takes; Arabic is
// matched as the phrasings are (without marks, with و ف ب ل and ال in front).
const MEANS: Record<string, readonly string[]> = {
  sv: [
    'tablett(?:er|en|erna)?',
    'medicin(?:er|en|erna)?',
    'läkemedl(?:en|et)|läkemedel(?:et)?',
    'piller',
    'rep(?:et)?',
    'snara(?:n)?',
    'vap(?:en|net|nen)',
    'kniv(?:ar|en|arna)?',
    'rakblad(?:et|en)?',
    'bro(?:n|ar|arna)?',
    'tåg(?:et|en)?',
    'höjd(?:er|en)?',
  ],
  en: [
    'pills?',
    'tablets?',
    'medications?',
    'medicines?',
    'ropes?',
    'ligatures?',
    'weapons?',
    'guns?',
    'firearms?',
    'knife|knives',
    'razors?',
    'blades?',
    'bridges?',
    'trains?',
    'poisons?',
    'overdoses?',
    'heights?',
  ],
  ar: ['حبوب', 'اقراص', 'دواء', 'ادوية', 'حبل', 'سلاح', 'اسلحة', 'سكين', 'سكاكين', 'شفرة', 'شفرات', 'جسر', 'قطار', 'سم', 'سموم', 'جرعة زائدة'],
};
MEANS['sv-lattlast'] = MEANS.sv!;

const meansPattern = (language: string) => {
  const words = MEANS[language] ?? Object.values(MEANS).flat();
  return new RegExp(`(?<!\\p{L})(?:[وفبل]?(?:ال)?)?(?:${words.join('|')})(?!\\p{L})`, 'giu');
};

/** Every word in `text` that names a means or a place of harm, by the rules of `language` (a content language code). */
export function findMeans(text: string | null | undefined, language?: string | null): string[] {
  if (!text) return [];
  return [...normaliseArabic(text).matchAll(meansPattern(language ?? 'sv'))].map((match) => match[0].toLowerCase());
}
