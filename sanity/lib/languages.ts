// The content languages the Studio knows: the codes content documents carry in their `language`
// field and the languages of the settings' translated fields. The same codes as the site's
// locales (src/i18n/locales.ts). Plain data, no Studio imports: the dataset lint uses it too.

export const CONTENT_LANGUAGES = [
  { id: 'sv', title: 'Svenska' },
  { id: 'sv-lattlast', title: 'Lättläst' },
  { id: 'en', title: 'English' },
  { id: 'ar', title: 'العربية' },
] as const;

export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number]['id'];

export const DEFAULT_LANGUAGE: ContentLanguage = 'sv';

/** The Swedish names editors see in lists and messages. */
export const LANGUAGE_NAMES_SV: Record<ContentLanguage, string> = {
  sv: 'svenska',
  'sv-lattlast': 'lättläst svenska',
  en: 'engelska',
  ar: 'arabiska',
};

/** Settings texts visitors read must exist in these; Lättläst falls back to Swedish. */
export const REQUIRED_TEXT_LANGUAGES: readonly ContentLanguage[] = ['sv', 'en', 'ar'];

/** Document types translated as whole documents, one document per language. */
export const TRANSLATED_TYPES = ['article', 'topic', 'page'] as const;

export const isContentLanguage = (value: unknown): value is ContentLanguage =>
  typeof value === 'string' && CONTENT_LANGUAGES.some(({ id }) => id === value);

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
