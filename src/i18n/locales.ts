// The site's language versions, decided in one place. A locale is what content documents carry in
// their `language` field; everything a page needs to speak that language follows from it.

export const LOCALES = ['sv', 'sv-lattlast', 'en', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'sv';

export type LocaleInfo = {
  /** `<html lang>`: easy-read Swedish is Swedish to browsers, screen readers and speech synthesis. */
  lang: string;
  /** `hreflang` of the alternates: distinct per version, so easy-read Swedish gets a private-use tag. */
  hreflang: string;
  dir: 'ltr' | 'rtl';
  /** URL prefix without a trailing slash: '' for Swedish at the root. */
  prefix: string;
  /** The language named in itself, as the language switcher shows it. */
  name: string;
  /** Locale for `Intl` formatting. */
  intl: string;
  /** Open Graph's `og:locale`. */
  ogLocale: string;
  /** The words of the version's own addresses (/artiklar/…, /en/articles/…). */
  segments: Segments;
  /** A version whose catalog rewords a few strings of another's and keeps the rest (easy-read Swedish). */
  rewords?: Locale;
};

/** The path words of a language version's addresses. */
export type Segments = { articles: string; topics: string; contact: string; search: string; self: string; relatives: string };

const SWEDISH: Segments = { articles: 'artiklar', topics: 'amnen', contact: 'kontakt', search: 'sok', self: 'jag-mar-daligt', relatives: 'jag-ar-orolig-for-nagon' };
// Arabic addresses use the English words: ASCII addresses survive being typed, read aloud and shared.
const ENGLISH: Segments = { articles: 'articles', topics: 'topics', contact: 'contact', search: 'search', self: 'struggling', relatives: 'worried-about-someone' };

export const LOCALE_INFO: Record<Locale, LocaleInfo> = {
  sv: { lang: 'sv', hreflang: 'sv', dir: 'ltr', prefix: '', name: 'Svenska', intl: 'sv-SE', ogLocale: 'sv_SE', segments: SWEDISH },
  'sv-lattlast': { lang: 'sv', hreflang: 'sv-x-lattlast', dir: 'ltr', prefix: '/lattlast', name: 'Lättläst', intl: 'sv-SE', ogLocale: 'sv_SE', segments: SWEDISH, rewords: 'sv' },
  en: { lang: 'en', hreflang: 'en', dir: 'ltr', prefix: '/en', name: 'English', intl: 'en-GB', ogLocale: 'en_GB', segments: ENGLISH },
  ar: { lang: 'ar', hreflang: 'ar', dir: 'rtl', prefix: '/ar', name: 'العربية', intl: 'ar-u-nu-latn', ogLocale: 'ar_AR', segments: ENGLISH },
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The locale whose prefix the path starts with; everything else is Swedish at the root. */
export function localeFromPath(pathname: string): Locale {
  for (const locale of LOCALES) {
    const { prefix } = LOCALE_INFO[locale];
    if (prefix && (pathname === prefix || pathname.startsWith(`${prefix}/`))) return locale;
  }
  return DEFAULT_LOCALE;
}

/**
 * What an element holding text in `textLocale` needs on a page in `pageLocale`: its own `lang`
 * where the language differs (a screen reader then reads it with that language's voice), and its
 * own `dir` where the writing direction differs too (which also isolates it from the text around
 * it). Null when the text is in the page's language.
 */
export function languageMarks(textLocale: Locale, pageLocale: Locale): { lang: string; dir?: 'ltr' | 'rtl' } | null {
  const text = LOCALE_INFO[textLocale];
  const page = LOCALE_INFO[pageLocale];
  if (text.lang === page.lang) return null;
  return text.dir === page.dir ? { lang: text.lang } : { lang: text.lang, dir: text.dir };
}
