// Phone numbers: what a number for the site's settings must look like, and which numbers in any
// text the site shows are phone numbers. One module for the build, the Studio, the components
// (Portable Text's among them) and the chat panel (no imports, so the browser can use it too).

/** The public numbers the site names itself, besides the line's own number from contactSettings. */
export const SERVICE_NUMBERS = { emergency: '112', healthcare: '1177', suicideLine: '90101' } as const;

/** Arabic-Indic and Eastern Arabic-Indic digits (٠–٩, ۰–۹) as 0–9: the digits a phone dials. */
const latinDigits = (text: string) => text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => String(digit.charCodeAt(0) & 0xf));

/** "90 390" → "tel:90390" (also written "٩٠ ٣٩٠"); keeps a leading + for international numbers. */
export function telHref(phone: string): string {
  const trimmed = latinDigits(phone.trim());
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${trimmed.replace(/\D/g, '')}`;
}

/**
 * Whether a number as shown to readers ("90 390", "1177", "020-22 00 60", "+46 8 123 45 67") is one
 * `telHref` turns into the same number: digits in groups separated by one space (also a no-break
 * or thin space) or hyphen, 3 to 15 digits (112 to E.164's longest), an optional leading + with a
 * country code (never 0). Anything else — words, "90 390 eller 112", "(0)" — would dial a wrong number.
 * The one rule for the build (src/data/content.ts) and the Studio (sanity/lib/rules.ts).
 */
export function isPhoneNumber(phone: unknown): phone is string {
  if (typeof phone !== 'string') return false;
  const trimmed = phone.trim();
  if (!/^\+?\d+(?:[ \u00a0\u2009-]\d+)*$/.test(trimmed)) return false;
  const digits = trimmed.replace(/\D/g, '');
  return digits.length >= 3 && digits.length <= 15 && !/^\+0/.test(trimmed);
}

/**
 * A piece of running text: plain words, a phone number (`href` dials it), or another number written
 * in groups with spaces ("112 51", "1 000"), which is not dialled but, like a phone number, must read
 * left to right and stay on one line.
 */
export type TextSegment = { kind: 'text'; text: string } | { kind: 'number'; text: string } | { kind: 'phone'; text: string; href: string };

const SPACES = ' \u00a0\u2009\u202f';
const SEPARATORS = `${SPACES}\u2011-`;
/** Digits as Latin-script texts write them and as Arabic texts may. */
const DIGIT = '[0-9\u0660-\u0669\u06f0-\u06f9]';
/** Digits in groups joined by one space or hyphen, with an optional + in front. */
const DIGIT_RUN = new RegExp(`\\+?${DIGIT}+(?:[${SEPARATORS}]${DIGIT}+)*`, 'g');
const GROUPED = new RegExp(`${DIGIT}[${SPACES}]${DIGIT}`);
/** Before a number: a letter of a script that writes numbers apart (Arabic joins و "and", ب "by" to them), a digit, or a sign that makes it part of something else. */
const JOINED_BEFORE = /(?:(?![\p{Script_Extensions=Arabic}])[\p{L}\p{M}\p{N}_@#&+/\\.,:\-\u2010-\u2015\u2212]|[\u066b\u066c]|\p{Sc})$/u;
/** After a number: a letter, digit, unit or sign that makes it a word, an address, an amount, a time, a decimal or a range. */
const JOINED_AFTER = /^(?:[\p{L}\p{M}\p{N}_@/\\%‰°§\u066a]|\p{Sc}|[.,:'’\-\u2010-\u2015\u2212\u066b\u066c][\p{L}\p{N}])/u;
/** Amounts and shares written with a space before the unit: "112 kr", "1177 SEK", "112 %". */
const AMOUNT_AFTER = /^[\s\u00a0\u202f]*(?:\p{Sc}|[%‰\u066a]|(?:kr|kronor|sek|eur|usd)(?![\p{L}\p{N}]))/iu;
/** A Swedish number with its trunk 0 and area code: 08-123 456 78, 020-22 00 60, 070 123 45 67. */
const NATIONAL = new RegExp(`^0\\d{1,3}[${SPACES}\u2011-]\\d{2,}(?:[${SPACES}]\\d{2,})*$`);
/** An international number: + and a country code that is never 0, then the rest. */
const INTERNATIONAL = /^\+[1-9]/;

const digitsOf = (text: string) => latinDigits(text).replace(/\D/g, '');
const spaced = (text: string) => latinDigits(text.trim()).replace(new RegExp(`[${SPACES}]`, 'g'), ' ');

/** The numbers a text may name that are phone numbers: the services' and the line's own (from contactSettings), with or without their spaces. */
function knownForms(known: Iterable<string | null | undefined>): Set<string> {
  const forms = new Set<string>();
  for (const number of [...Object.values(SERVICE_NUMBERS), ...known]) {
    if (!isPhoneNumber(number)) continue;
    forms.add(spaced(number));
    forms.add(digitsOf(number));
  }
  return forms;
}

function isDialable(run: string, known: Set<string>): boolean {
  const digits = digitsOf(run).length;
  if (INTERNATIONAL.test(run)) return digits >= 8 && digits <= 15 && isPhoneNumber(spaced(run).replace(/\u2011/g, '-'));
  if (known.has(spaced(run))) return true;
  return NATIONAL.test(run) && digits >= 8 && digits <= 10;
}

/**
 * Running text split into plain text, phone numbers and other grouped numbers, for any renderer
 * (Portable Text, the components, the chat panel) to isolate and link.
 *
 * The rule. A number is a run of digits in groups joined by one space or hyphen ("90 390",
 * "020-22 00 60"), standing on its own: not part of a word or an address ("1177.se", "1177-talet"),
 * a decimal, a time ("09:00"), a fraction or a range ("24/7", "4-6", "100–112"), an amount ("112 kr",
 * "€112", "112 %"). It is a phone number when
 * - it is one the site knows: 112, 1177, 90101 (`SERVICE_NUMBERS`) or one in `known` (the line's own
 *   number from contactSettings), written as there or without spaces ("90 390", "90390"); or
 * - it is a full Swedish number: a trunk 0 and area code, a space or hyphen, then groups of at least
 *   two digits separated by spaces, 8 to 10 digits in all ("08-123 456 78", "0771-22 00 60"); or
 * - it is an international number: + and a country code, 8 to 15 digits ("+46 8 123 45 67").
 * Everything else is not dialled: years and dates ("2026", "2026-11-20", "20 november"), times,
 * prices, counts ("12 artiklar"), postal codes ("112 51", one run that is not a known number), an
 * exercise's name ("5-4-3-2-1"). Values filled into a template (counts, page numbers) are not
 * running text: render them without links. A known number is always one: a text about the year 1177
 * would get a link (none of the site's does).
 * Digits are 0–9 as the site writes them in every language, or Arabic-Indic ones (٠–٩, ۰–۹), which
 * dial as 0–9.
 */
export function phoneSegments(text: string, known: Iterable<string | null | undefined> = []): TextSegment[] {
  const forms = knownForms(known);
  const segments: TextSegment[] = [];
  let at = 0;
  for (const match of text.matchAll(DIGIT_RUN)) {
    const run = match[0];
    const end = match.index + run.length;
    // Only the neighbours matter: the character before, and a unit's length after.
    const before = text.slice(Math.max(0, match.index - 1), match.index);
    const after = text.slice(end, end + 12);
    const alone = !JOINED_BEFORE.test(before) && !JOINED_AFTER.test(after) && !AMOUNT_AFTER.test(after);
    const kind = alone && isDialable(latinDigits(run), forms) ? 'phone' : GROUPED.test(run) ? 'number' : 'text';
    if (kind === 'text') continue;
    if (match.index > at) segments.push({ kind: 'text', text: text.slice(at, match.index) });
    segments.push(kind === 'phone' ? { kind, text: run, href: telHref(run) } : { kind, text: run });
    at = end;
  }
  if (at < text.length) segments.push({ kind: 'text', text: text.slice(at) });
  return segments;
}

/**
 * How a number is marked: left to right as its own isolate (so "90 390" never reads "390 90" in
 * right-to-left text) and never broken across lines. The components (IsolatedNumber.astro, the
 * chat panel's Phones) put these on a `<bdi>`, or on the `tel:` link itself when the link holds
 * only the number (an isolate nested at a link's start leaves an empty link box at the end of the
 * line when it wraps).
 */
export const NUMBER_MARKUP = { dir: 'ltr', class: 'whitespace-nowrap' } as const;

export type ShownNumbers = {
  /** Numbers besides the services' that dial: the line's own from contactSettings. */
  known?: Iterable<string | null | undefined>;
  /** Phone numbers become `tel:` links; false where the text is inside a link, a heading or a button, which cannot hold one. */
  link?: boolean;
  /** Numbers a link right beside the text already dials (a service's name before its link): isolated, not linked twice. */
  linked?: Iterable<string | null | undefined>;
};

/**
 * A text as the site shows it (src/components/content/PhoneText.astro): `phoneSegments`, with a
 * phone number left as a number that is isolated but not linked where the text cannot hold a link
 * or a link beside it already dials it.
 */
export function shownSegments(text: string, { known, link = true, linked = [] }: ShownNumbers = {}): TextSegment[] {
  const dialled = new Set([...linked].flatMap((number) => (number ? [digitsOf(number)] : [])));
  return phoneSegments(text, known).map((segment) => (segment.kind === 'phone' && (!link || dialled.has(digitsOf(segment.text))) ? { kind: 'number', text: segment.text } : segment));
}

/**
 * For text that cannot hold markup (a page's title, an attribute, text a script sets): every number
 * wrapped in the Unicode isolates LRI…PDI, the characters' `<bdi dir="ltr">`, and kept on one line
 * by no-break spaces and non-breaking hyphens inside it.
 */
export function isolateNumbers(text: string, known?: Iterable<string | null | undefined>): string {
  return phoneSegments(text, known)
    .map((segment) => (segment.kind === 'text' ? segment.text : `\u2066${segment.text.replace(/[ \u2009]/g, '\u00a0').replace(/-/g, '\u2011')}\u2069`))
    .join('');
}
