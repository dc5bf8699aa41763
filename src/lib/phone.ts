/** "90 390" → "tel:90390"; keeps a leading + for international numbers. */
export function telHref(phone: string): string {
  const trimmed = phone.trim();
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
