// The content languages the Studio knows: the codes content documents carry in their `language`
// field and the languages of the settings' translated fields, which are the site's locales
// (src/i18n/locales.ts). Plain data, no Studio imports: the dataset lint uses it too.
import { DEFAULT_LOCALE, LOCALES, LOCALE_INFO, type Locale } from '../../src/i18n/locales';

export const CONTENT_LANGUAGES = LOCALES.map((id) => ({ id, title: LOCALE_INFO[id].name }));

export type ContentLanguage = Locale;

export const DEFAULT_LANGUAGE: ContentLanguage = DEFAULT_LOCALE;

/** The Swedish names editors see in lists and messages. */
export const LANGUAGE_NAMES_SV = Object.fromEntries(LOCALES.map((id) => [id, LOCALE_INFO[id].swedishName])) as Record<ContentLanguage, string>;

/** Settings texts visitors read must exist in these; a version that rewords another (Lättläst) falls back to it. */
export const REQUIRED_TEXT_LANGUAGES: readonly ContentLanguage[] = LOCALES.filter((id) => !LOCALE_INFO[id].rewords);

/** Document types translated as whole documents, one document per language. */
export const TRANSLATED_TYPES = ['article', 'topic', 'page', 'safetyPlan'] as const;

export const isContentLanguage = (value: unknown): value is ContentLanguage => typeof value === 'string' && CONTENT_LANGUAGES.some(({ id }) => id === value);

/** Spoken languages counselling can be offered in (contactSettings.counsellingLanguages). */
export const COUNSELLING_LANGUAGES = [
  { value: 'sv', title: 'Svenska' },
  { value: 'en', title: 'Engelska' },
  { value: 'ar', title: 'Arabiska' },
] as const;

/** One item of an internationalized-array field, as the plugin stores it. */
export interface LocalizedItem<T = unknown> {
  _key?: string;
  _type?: string;
  language?: string;
  value?: T;
}

/** The languages in `required` that have no non-empty value in `items` (a missing list counts as empty). */
export function missingLanguages(items: ReadonlyArray<LocalizedItem> | undefined, required: readonly ContentLanguage[] = REQUIRED_TEXT_LANGUAGES): ContentLanguage[] {
  const present = new Set(
    (items ?? []).filter(({ value }) => (Array.isArray(value) ? value.length > 0 : typeof value === 'string' ? value.trim() !== '' : value != null)).map(({ language }) => language),
  );
  return required.filter((language) => !present.has(language));
}

/** "svenska, engelska och arabiska" */
export function languageList(languages: readonly ContentLanguage[]): string {
  const names = languages.map((language) => LANGUAGE_NAMES_SV[language]);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} och ${names.at(-1)}` : (names[0] ?? '');
}
