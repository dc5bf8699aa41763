// UI strings live in one JSON catalog per language; pages and components ask for them by key through
// `Astro.locals.ui` (set by src/middleware.ts from the address) or `uiFor(locale)`. Swedish is the reference:
// every other catalog must hold exactly its keys, so a missing translation fails the build here,
// naming the catalog and the key, instead of showing Swedish words on an Arabic page.
import sv from './sv.json';
import { fill, PLACEHOLDER } from './fill';
import { LOCALES, LOCALE_INFO, type Locale } from './locales';

export type UiKey = keyof typeof sv;
type Catalog = Record<UiKey, string>;

const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
type PluralCategory = (typeof PLURAL_CATEGORIES)[number];
const PLURAL_SUFFIX = new RegExp(`\\.(${PLURAL_CATEGORIES.join('|')})$`);

/** Keys of the form `<base>.<category>` make up one plural message: the bases. */
function pluralBases(keys: Iterable<string>): Set<string> {
  const bases = new Set<string>();
  for (const key of keys) if (key.endsWith('.other')) bases.add(key.slice(0, -'.other'.length));
  return bases;
}

const placeholders = (text: string) =>
  [...text.matchAll(PLACEHOLDER)]
    .map((m) => m[1])
    .sort()
    .join(',');

/**
 * Checks a catalog against Swedish: the same keys (plural messages with exactly the categories the
 * language's plural rules use), strings only, and the same `{placeholders}`. Throws naming every
 * problem, so one build run lists them all.
 */
export function checkCatalog(name: string, lang: string, catalog: Record<string, unknown>, options: { partial?: boolean; reference?: Record<string, string> } = {}): Catalog {
  const problems: string[] = [];
  const reference = options.reference ?? (sv as Record<string, string>);
  const bases = pluralBases(Object.keys(reference));
  const categories = new Set<string>(new Intl.PluralRules(lang).resolvedOptions().pluralCategories);
  const plural = (key: string) => PLURAL_SUFFIX.test(key) && bases.has(key.replace(PLURAL_SUFFIX, ''));

  for (const [key, value] of Object.entries(catalog)) {
    if (typeof value !== 'string' || !value.trim()) problems.push(`"${key}" is not a non-empty string`);
    else if (plural(key)) {
      const category = key.match(PLURAL_SUFFIX)![1]!;
      if (!categories.has(category)) problems.push(`"${key}": ${lang} has no plural category "${category}"`);
      else {
        const allowed = new Set(placeholders(reference[`${key.replace(PLURAL_SUFFIX, '')}.other`]!).split(','));
        const extra = placeholders(value)
          .split(',')
          .filter((name) => name && !allowed.has(name));
        if (extra.length) problems.push(`"${key}" has placeholders Swedish does not fill: {${extra.join(', ')}}`);
      }
    } else if (!(key in reference)) problems.push(`"${key}" is not a key of sv.json`);
    else if (placeholders(value) !== placeholders(reference[key]!)) problems.push(`"${key}" has placeholders {${placeholders(value)}}, Swedish has {${placeholders(reference[key]!)}}`);
  }
  if (!options.partial) {
    for (const key of Object.keys(reference)) if (!plural(key) && !(key in catalog)) problems.push(`"${key}" is missing`);
    for (const base of bases) for (const category of categories) if (!(`${base}.${category}` in catalog)) problems.push(`"${base}.${category}" is missing (plural form ${lang} needs)`);
  }
  if (problems.length) throw new Error(`UI catalog ${name} is not usable:\n  ${problems.join('\n  ')}`);
  return catalog as Catalog;
}

// One catalog per locale, src/i18n/<locale>.json; a version that rewords another (easy-read
// Swedish) holds only its own wordings and keeps the rest of that one's.
const FILES = import.meta.glob<Record<string, unknown>>('./*.json', { eager: true, import: 'default' });

function catalogOf(locale: Locale): Catalog {
  const name = `src/i18n/${locale}.json`;
  const file = FILES[`./${locale}.json`];
  if (!file) throw new Error(`UI catalog ${name} is missing: every language in src/i18n/locales.ts needs one.`);
  const { lang, rewords } = LOCALE_INFO[locale];
  if (!rewords) return checkCatalog(name, lang, file);
  return { ...catalogOf(rewords as Locale), ...checkCatalog(name, lang, file, { partial: true }) };
}

const CATALOGS = Object.fromEntries(LOCALES.map((locale) => [locale, catalogOf(locale)])) as Record<Locale, Catalog>;

/** The plural messages under `base` as the browser needs them: category → text. */
export type PluralForms = Partial<Record<PluralCategory, string>> & { other: string };

export type Ui = {
  locale: Locale;
  lang: string;
  dir: 'ltr' | 'rtl';
  /** Intl locale for formatting (Arabic with Latin digits, like the phone numbers it shows). */
  intl: string;
  /** A UI string with `{name}` placeholders filled. */
  t(key: UiKey, values?: Record<string, string | number>): string;
  /** The plural message `base` for `count` (its `{count}` filled), chosen by `Intl.PluralRules`. */
  plural(base: string, count: number, values?: Record<string, string | number>): string;
  /** Every form of a plural message, for scripts that count in the browser. */
  pluralForms(base: string): PluralForms;
  /** "2026-03-14" → "14 mars 2026" / "14 March 2026" / "١٤ مارس ٢٠٢٦" in Latin digits. */
  date(isoDate: string): string;
};

export function uiFor(locale: Locale): Ui {
  const catalog = CATALOGS[locale];
  const info = LOCALE_INFO[locale];
  const rules = new Intl.PluralRules(info.intl);
  const dates = new Intl.DateTimeFormat(info.intl, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const lookup = (key: string): string => {
    const text = (catalog as Record<string, string>)[key];
    if (text === undefined) throw new Error(`UI catalog for ${locale} has no key "${key}"`);
    return text;
  };
  const pluralForms = (base: string): PluralForms => {
    const forms = Object.fromEntries(PLURAL_CATEGORIES.flatMap((c) => (`${base}.${c}` in catalog ? [[c, lookup(`${base}.${c}`)]] : [])));
    if (!forms.other) throw new Error(`UI catalog for ${locale} has no plural message "${base}"`);
    return forms as PluralForms;
  };
  return {
    locale,
    lang: info.lang,
    dir: info.dir,
    intl: info.intl,
    t: (key, values = {}) => fill(lookup(key), values),
    plural: (base, count, values = {}) => {
      const forms = pluralForms(base);
      return fill(forms[rules.select(count)] ?? forms.other, { count, ...values });
    },
    pluralForms,
    date: (isoDate) => dates.format(new Date(`${isoDate}T00:00:00Z`)),
  };
}

/** Swedish lookup, for the editors' draft preview (its banner and errors speak to Swedish editors). */
export const t: Ui['t'] = uiFor('sv').t;
