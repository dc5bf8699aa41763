// The site's language versions, decided in one place. A locale is what content documents carry in
// their `language` field; everything a page needs to speak that language follows from it. Adding a
// language is an entry here, its catalog in src/i18n/<locale>.json, and content in that language:
// the route table, the switcher, the alternates and the data layer take their list from here.

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
  /** The language named in Swedish, as the Studio shows it to editors. */
  swedishName: string;
  /** Locale for `Intl` formatting. */
  intl: string;
  /** Open Graph's `og:locale`. */
  ogLocale: string;
  /** The words of the version's own addresses (/artiklar/…, /en/articles/…). */
  segments: Segments;
  /** A version whose catalog rewords a few strings of another's and keeps the rest (easy-read Swedish). */
  rewords?: string;
};

/** The path words of a language version's addresses. */
export type Segments = {
  articles: string;
  topics: string;
  contact: string;
  search: string;
  self: string;
  relatives: string;
  /** The crisis plan a visitor fills in on the page. */
  safetyPlan: string;
  /** The relatives' guide to making a crisis plan together with someone. */
  planTogether: string;
};

const SWEDISH: Segments = {
  articles: 'artiklar',
  topics: 'amnen',
  contact: 'kontakt',
  search: 'sok',
  self: 'jag-mar-daligt',
  relatives: 'jag-ar-orolig-for-nagon',
  safetyPlan: 'min-krisplan',
  planTogether: 'krisplan-tillsammans',
};
// Arabic addresses use the English words: ASCII addresses survive being typed, read aloud and shared.
const ENGLISH: Segments = {
  articles: 'articles',
  topics: 'topics',
  contact: 'contact',
  search: 'search',
  self: 'struggling',
  relatives: 'worried-about-someone',
  safetyPlan: 'my-crisis-plan',
  planTogether: 'crisis-plan-together',
};

const SITE_LOCALES = {
  sv: { lang: 'sv', hreflang: 'sv', dir: 'ltr', prefix: '', name: 'Svenska', swedishName: 'svenska', intl: 'sv-SE', ogLocale: 'sv_SE', segments: SWEDISH },
  'sv-lattlast': {
    lang: 'sv',
    hreflang: 'sv-x-lattlast',
    dir: 'ltr',
    prefix: '/lattlast',
    name: 'Lättläst',
    swedishName: 'lättläst svenska',
    intl: 'sv-SE',
    ogLocale: 'sv_SE',
    segments: SWEDISH,
    rewords: 'sv',
  },
  en: { lang: 'en', hreflang: 'en', dir: 'ltr', prefix: '/en', name: 'English', swedishName: 'engelska', intl: 'en-GB', ogLocale: 'en_GB', segments: ENGLISH },
  ar: { lang: 'ar', hreflang: 'ar', dir: 'rtl', prefix: '/ar', name: 'العربية', swedishName: 'arabiska', intl: 'ar-u-nu-latn', ogLocale: 'ar_AR', segments: ENGLISH },
} satisfies Record<string, LocaleInfo>;

export type Locale = keyof typeof SITE_LOCALES;

/**
 * A site's languages and the rules that follow from them, from one table of entries (the first is
 * the default, served at the root). The site's own is below; tests build one with an extra language.
 */
export function defineLocales<L extends string>(info: Record<L, LocaleInfo>) {
  const LOCALES = Object.keys(info) as L[];
  const DEFAULT_LOCALE = LOCALES[0]!;

  const isLocale = (value: unknown): value is L => typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

  /** The locale whose prefix the path starts with; everything else is the default language at the root. */
  function localeFromPath(pathname: string): L {
    for (const locale of LOCALES) {
      const { prefix } = info[locale];
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
  function languageMarks(textLocale: L, pageLocale: L): { lang: string; dir?: 'ltr' | 'rtl' } | null {
    const text = info[textLocale];
    const page = info[pageLocale];
    if (text.lang === page.lang) return null;
    return text.dir === page.dir ? { lang: text.lang } : { lang: text.lang, dir: text.dir };
  }

  return { LOCALES: LOCALES as readonly L[], DEFAULT_LOCALE, LOCALE_INFO: info as Record<L, LocaleInfo>, isLocale, localeFromPath, languageMarks };
}

export const { LOCALES, DEFAULT_LOCALE, LOCALE_INFO, isLocale, localeFromPath, languageMarks } = defineLocales<Locale>(SITE_LOCALES);
