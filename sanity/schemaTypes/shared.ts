// Field definitions and rules shared by several types.
import { defineField, type CustomValidator, type Rule, type SlugIsUniqueValidator, type ValidationContext } from 'sanity';
import { findForbiddenPhrasings, findPhrasingsInBody, phrasingMessage } from '../lib/language';
import { apiVersion } from '../env';
import { CONTENT_LANGUAGES, DEFAULT_LANGUAGE, isContentLanguage, LANGUAGE_NAMES_SV, languageList, missingLanguages, REQUIRED_TEXT_LANGUAGES, type LocalizedItem } from '../lib/languages';
import { checkSlug, SUMMARY_MAX, SUMMARY_MIN, slugify, TITLE_MAX } from '../lib/rules';

/** Rule helper: lib checks return a message or undefined; Sanity wants a message or true. */
export const ok = (message: string | undefined): string | true => message ?? true;

type WithDocument = { document?: { [field: string]: unknown } };
/** The rules of the document's own language apply (Swedish for a document without one). */
const languageOfDocument = (context?: WithDocument) => (typeof context?.document?.language === 'string' ? context.document.language : DEFAULT_LANGUAGE);

/** Warning on ruled-out phrasings in a string or text field. */
export const languageWarning = (value: string | undefined, context?: WithDocument) => {
  const found = findForbiddenPhrasings(value, languageOfDocument(context));
  return found.length ? found.map(phrasingMessage).join(' ') : true;
};

/** The same warning for every text in a Portable Text body, each placed on its own block. */
const bodyLanguageWarning = (body: unknown, context?: WithDocument) => {
  const found = findPhrasingsInBody(body, languageOfDocument(context));
  return found.length ? found.map(({ path, ...phrasing }) => ({ message: phrasingMessage(phrasing), path })) : true;
};

// Slug uniqueness needs the Content Lake. `sanity documents validate --file` validates offline, so it
// is skipped there when SANITY_OFFLINE_VALIDATION=1 is set (the dataset lint, sanity/lib/lint-dataset.ts,
// checks uniqueness over the file instead). The Studio always checks: the flag is only read in the CLI.
export const offline = (context: ValidationContext) => context.environment === 'cli' && typeof process !== 'undefined' && process.env.SANITY_OFFLINE_VALIDATION === '1';

/**
 * The other document of the same type and language that uses `slug`, or null. Each language has its
 * own addresses (/artiklar/x/, /en/articles/x/), so a translation may keep the Swedish slug. The same
 * document's draft, published and release versions may share the slug.
 */
async function otherSlugOwner(slug: string, context: ValidationContext): Promise<string | null> {
  const { document } = context;
  if (!document || offline(context)) return null;
  const client = context.getClient({ apiVersion }).withConfig({ perspective: 'raw' });
  return client.fetch<string | null>(
    '*[_type == $type && slug.current == $slug && coalesce(language, $default) == $language && !sanity::versionOf($published)][0]._id',
    {
      type: document._type,
      slug,
      language: typeof document.language === 'string' ? document.language : DEFAULT_LANGUAGE,
      default: DEFAULT_LANGUAGE,
      published: document._id.replace(/^drafts\./, ''),
    },
    { tag: 'validation.slug-is-unique' },
  );
}

/** The slug type's own uniqueness check, scoped to the document's type and language. */
export const isSlugUniqueInLanguage: SlugIsUniqueValidator = async (slug, context) => (await otherSlugOwner(slug, context)) === null;

async function slugIsFree(slug: string, context: ValidationContext): Promise<string | true> {
  const other = await otherSlugOwner(slug, context);
  const language = LANGUAGE_NAMES_SV[isContentLanguage(context.document?.language) ? context.document.language : DEFAULT_LANGUAGE];
  return other ? `Adressen ”${slug}” används redan av ett annat dokument av samma typ på ${language} (${other}). Välj en annan.` : true;
}

/** The language of a document translated as a whole; set from the template it is created with. */
export const languageField = () =>
  defineField({
    name: 'language',
    title: 'Språk',
    description: 'Sätts när dokumentet skapas. Skapa en översättning med menyn ”Translations” överst i dokumentet.',
    type: 'string',
    options: { list: CONTENT_LANGUAGES.map(({ id, title }) => ({ value: id, title })) },
    // Fixed once set: changing it would move the document to another language's addresses and
    // break the links between its translations. A document that lacks it (an old import) can get one.
    readOnly: ({ value }) => typeof value === 'string' && value !== '',
    validation: (rule) => rule.required().error('Välj dokumentets språk.'),
  });

export const titleField = (title = 'Titel') =>
  defineField({
    name: 'title',
    title,
    type: 'string',
    validation: (rule) => [
      rule.required().error('Skriv en titel.'),
      rule.max(TITLE_MAX).error(`Titeln får vara högst ${TITLE_MAX} tecken, så att den får plats i sökresultat och flikar.`),
      rule.custom(languageWarning).warning(),
    ],
  });

/** `check` adds a type's own slug rule, e.g. the paths a page may not take. */
export const slugField = (check: (slug: string) => string | undefined = () => undefined) =>
  defineField({
    name: 'slug',
    title: 'Adress (slug)',
    description: 'Sista delen av sidans webbadress. Små bokstäver a–z, siffror och bindestreck. Tryck ”Generate” för att skapa den från titeln.',
    type: 'slug',
    options: {
      source: 'title',
      slugify,
      // Sanity's own check, per language; slugIsFree below says the same in Swedish, naming the other document.
      isUnique: isSlugUniqueInLanguage,
    },
    // `sanity documents validate` reports these as warnings (it appends a `.warning()` unknown-field
    // check to every rule on an object-typed field, slugs included, @sanity/validation 6.15), so
    // lint-dataset.ts repeats the format check as an error. The Studio keeps them as errors.
    validation: (rule) => [
      rule.required().error('Ange en adress (slug), till exempel genom att trycka ”Generate”.'),
      rule.custom(async (value, context) => (value?.current ? (checkSlug(value.current) ?? check(value.current) ?? slugIsFree(value.current, context)) : true)),
    ],
  });

export const summaryField = () =>
  defineField({
    name: 'summary',
    title: 'Sammanfattning',
    description: `${SUMMARY_MIN}–${SUMMARY_MAX} tecken. Visas i listor och som beskrivning i sökmotorer.`,
    type: 'text',
    rows: 3,
    validation: (rule) => [
      rule.required().error('Skriv en kort sammanfattning.'),
      rule.max(SUMMARY_MAX).error(`Sammanfattningen får vara högst ${SUMMARY_MAX} tecken. Korta den, resten hör hemma i brödtexten.`),
      rule.min(SUMMARY_MIN).warning(`Sammanfattningen är kort. Sikta på ${SUMMARY_MIN}–${SUMMARY_MAX} tecken så att läsaren vet vad texten handlar om.`),
      rule.custom(languageWarning).warning(),
    ],
  });

/** `checks` are extra error-level rules, e.g. the article's help-box requirement. */
export const bodyField = (checks: CustomValidator<unknown[] | undefined>[] = []) =>
  defineField({
    name: 'body',
    title: 'Brödtext',
    type: 'body',
    validation: (rule) => [rule.required().min(1).error('Skriv brödtexten.'), ...checks.map((check) => rule.custom(check)), rule.custom(bodyLanguageWarning).warning()],
  });

/**
 * Rules for a settings text kept per language (the internationalized-array plugin's fields, e.g.
 * `internationalizedArrayString`): the visitor languages must all be written (Lättläst falls back
 * to Swedish), with `whenAny` only once one language is; ruled-out phrasings are checked in each
 * text by its language's rules.
 */
export const localizedTextValidation =
  (what: string, { whenAny = false }: { whenAny?: boolean } = {}) =>
  (rule: Rule) => [
    rule.custom<LocalizedItem[]>((items) => {
      const missing = missingLanguages(items);
      if (!missing.length || (whenAny && missing.length === REQUIRED_TEXT_LANGUAGES.length)) return true;
      return `Skriv ${what} på ${languageList(missing)}. Lättläst visar den svenska texten om den lättlästa saknas.`;
    }),
    rule
      .custom<LocalizedItem[]>((items) => {
        const found = (items ?? []).flatMap(({ _key, language, value }) =>
          typeof value === 'string' ? findForbiddenPhrasings(value, language).map((phrasing) => ({ message: phrasingMessage(phrasing), path: [{ _key: _key ?? '' }, 'value'] })) : [],
        );
        return found.length ? found : true;
      })
      .warning(),
  ];
