// Field definitions and rules shared by several types.
import { defineField, type CustomValidator, type ValidationContext } from 'sanity';
import { findForbiddenPhrasings, findPhrasingsInBody, phrasingMessage } from '../lib/language';
import { apiVersion } from '../env';
import { checkSlug, SUMMARY_MAX, SUMMARY_MIN, slugify, TITLE_MAX } from '../lib/rules';

/** Rule helper: lib checks return a message or undefined; Sanity wants a message or true. */
export const ok = (message: string | undefined): string | true => message ?? true;

/** Warning on ruled-out phrasings in a string or text field. */
export const languageWarning = (value: string | undefined) => {
  const found = findForbiddenPhrasings(value);
  return found.length ? found.map(phrasingMessage).join(' ') : true;
};

/** The same warning for every text in a Portable Text body, each placed on its own block. */
const bodyLanguageWarning = (body: unknown) => {
  const found = findPhrasingsInBody(body);
  return found.length ? found.map(({ path, ...phrasing }) => ({ message: phrasingMessage(phrasing), path })) : true;
};

// Slug uniqueness needs the Content Lake. `sanity documents validate --file` validates offline, so it
// is skipped there when SANITY_OFFLINE_VALIDATION=1 is set (the dataset lint, sanity/lib/lint-dataset.ts,
// checks uniqueness over the file instead). The Studio always checks: the flag is only read in the CLI.
const offline = (context: ValidationContext) =>
  context.environment === 'cli' && typeof process !== 'undefined' && process.env.SANITY_OFFLINE_VALIDATION === '1';

async function slugIsFree(slug: string, context: ValidationContext): Promise<string | true> {
  const { document } = context;
  if (!document || offline(context)) return true;
  const client = context.getClient({ apiVersion }).withConfig({ perspective: 'raw' });
  // The same document's draft, published and release versions may share the slug.
  const other = await client.fetch<string | null>(
    '*[_type == $type && slug.current == $slug && !sanity::versionOf($published)][0]._id',
    { type: document._type, slug, published: document._id.replace(/^drafts\./, '') },
    { tag: 'validation.slug-is-unique' },
  );
  return other ? `Adressen ”${slug}” används redan av ett annat dokument av samma typ (${other}). Välj en annan.` : true;
}

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
      // Sanity's built-in check reports in English and always needs the API; slugIsFree replaces it.
      isUnique: () => true,
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
    validation: (rule) => [
      rule.required().min(1).error('Skriv brödtexten.'),
      ...checks.map((check) => rule.custom(check)),
      rule.custom(bodyLanguageWarning).warning(),
    ],
  });
