// Fields that hold one text per language (the internationalized-array plugin's shape), read for
// one language version with the fallbacks the site allows, and the language each text is in.
import { DEFAULT_LOCALE, LOCALE_INFO, type Locale } from '../i18n/locales';
import type { ContentReport } from './report';
import type { FieldReader } from './shape';

/**
 * A text and the language it is written in. It differs from the page's where a translation is
 * missing and Swedish stands in; pages then mark it as Swedish (TextIn.astro), so a screen reader
 * reads it with a Swedish voice and right-to-left text keeps it whole.
 */
export type TextIn = { text: string; locale: Locale };

/** A list of language versions: every item an object with a `language`, or of the plugin's `internationalizedArray…Value` type. */
const isVersionList = (value: unknown): value is unknown[] =>
  Array.isArray(value) &&
  value.length > 0 &&
  value.every((item) => item && typeof item === 'object' && !Array.isArray(item) && ('language' in item || String((item as { _type?: unknown })._type).startsWith('internationalizedArray')));

/** A translated field's value for one language, the field it was read from, and the language it is in. */
export type Found = { value: unknown; field: string; locale: Locale };

/** An item left empty in the Studio (a language added, nothing written) is no version of the text. */
const isEmptyVersion = (value: unknown) => value == null || (typeof value === 'string' && !value.trim());

/**
 * One language's value of a translated field: a list of `{ language, value }` (the
 * internationalized-array plugin's shape). Easy-read Swedish falls back to Swedish. English and
 * Arabic pages show another language's text only where `orSwedish` allows Swedish to stand in
 * (with a warning; `locale` then says "sv", so the page marks it); otherwise the field is read as
 * absent, with a warning. A plain value, as stored before the field had language versions, is the
 * Swedish value.
 */
export function localized(value: unknown, locale: Locale, docId: string, field: string, report: ContentReport, { orSwedish = false } = {}): Found {
  if (value == null) return { value: null, field, locale };
  let swedish: Found;
  if (isVersionList(value)) {
    const versions = new Map<string, unknown>();
    value.forEach((item: unknown, index) => {
      const entry = item && typeof item === 'object' ? (item as { language?: unknown; value?: unknown }) : null;
      if (typeof entry?.language !== 'string') report.warn(docId, `${field}[${index}]`, 'has no language; left out');
      else if (!versions.has(entry.language) && !isEmptyVersion(entry.value)) versions.set(entry.language, entry.value);
    });
    if (versions.has(locale)) return { value: versions.get(locale), field: `${field}[${locale}]`, locale };
    if (!versions.has('sv')) {
      if (versions.size) report.warn(docId, field, `has no ${locale} version; ${locale} pages leave it out`);
      return { value: null, field, locale };
    }
    swedish = { value: versions.get('sv'), field: `${field}[sv]`, locale: 'sv' };
  } else swedish = { value, field, locale: 'sv' };
  // The default language's own pages, and a version that rewords it (easy-read Swedish), use it as it is.
  if (locale === DEFAULT_LOCALE || LOCALE_INFO[locale].rewords === DEFAULT_LOCALE) return swedish;
  report.warn(docId, field, orSwedish ? `has no ${locale} version; ${locale} pages show the Swedish one, marked as Swedish` : `has no ${locale} version; ${locale} pages leave it out`);
  return orSwedish ? swedish : { value: null, field, locale };
}

/** The text `localized` found, with the language it is written in; null where there is none. */
export function textIn(found: Found, f: FieldReader): TextIn | null {
  const text = f.text(found.value, found.field)?.trim();
  return text ? { text, locale: found.locale } : null;
}
