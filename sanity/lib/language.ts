// Safe-messaging language rules (WHO 2023, Samaritans, Mindframe; the project content guide).
// Plain functions with no Studio imports: used by the schema's validation and the dataset lint.

export interface Phrasing {
  /** The phrase as found, lower-cased with single spaces, e.g. "begick självmord". */
  phrase: string;
  /** What to write instead. */
  suggestion: string;
}

// A `\p{L}` lookbehind instead of `\b`, which treats å, ä and ö as non-word characters. Trailing
// letters are part of the match so inflected forms (självmordet, självmordsförsöken) are caught.
const word = (pattern: string) => new RegExp(`(?<!\\p{L})(?:${pattern})\\p{L}*`, 'giu');

const RULES: ReadonlyArray<{ pattern: RegExp; suggestion: string }> = [
  // "Begå" frames suicide as a crime; the guidance is "ta sitt liv".
  { pattern: word('beg(?:å|år|ick|ått)\\s+självmord'), suggestion: '”ta sitt liv” (till exempel ”tog sitt liv”)' },
  // "Lyckat/misslyckat" frames death as success; the guidance is the neutral "suicidförsök".
  { pattern: word('(?:miss)?lycka(?:t|de|d)\\s+självmordsförsök'), suggestion: '”suicidförsök”' },
];

/** Every ruled-out phrasing in `text`, in order of appearance. */
export function findForbiddenPhrasings(text: string | null | undefined): Phrasing[] {
  if (!text) return [];
  const found: Array<Phrasing & { index: number }> = [];
  for (const { pattern, suggestion } of RULES) {
    for (const match of text.matchAll(pattern)) {
      found.push({ phrase: match[0].toLowerCase().replace(/\s+/g, ' '), suggestion, index: match.index });
    }
  }
  return found.sort((a, b) => a.index - b.index).map(({ phrase, suggestion }) => ({ phrase, suggestion }));
}

/** The editor-facing warning for one phrasing. */
export const phrasingMessage = ({ phrase, suggestion }: Phrasing): string =>
  `Undvik formuleringen ”${phrase}”. Skriv hellre ${suggestion}, enligt riktlinjerna för att skriva om suicid.`;

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
export function findPhrasingsInBody(body: unknown): Array<Phrasing & { path: TextAt['path'] }> {
  return collectText(body).flatMap(({ path, text }) => findForbiddenPhrasings(text).map((p) => ({ ...p, path })));
}
