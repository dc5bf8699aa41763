// Language versions. Articles, topics and pages carry their language in `language`; the versions of
// one text are linked by a `translation.metadata` document (the document-internationalization
// plugin's shape: weak references listed under their language). Everything here is checked: a
// document in an unknown language, or a link that cannot be right, is left out with a warning
// naming the document and field, and the rest of the set stays linked.
import type { TRANSLATIONS_QUERY_RESULT } from '../sanity.types';
import { LOCALES, isLocale, type Locale } from '../i18n/locales';
import { articlePath, pagePath, safetyPlanPath, topicPath } from '../lib/routes';
import type { ContentReport } from './report';

// Every part is checked here, whatever a careless import stored where the schema says otherwise.
type RawMetadata = TRANSLATIONS_QUERY_RESULT[number];
type RawEntry = { language?: unknown; ref?: unknown } | null;

/** A document with language versions; a crisis plan has no slug (its page is the language version's one plan page). */
export type Translatable = { _id: string; _type: 'article' | 'topic' | 'page' | 'safetyPlan'; language: Locale; slug: string; title: string };

/** Another language version of a text, where a page links to it. */
export type Alternate = { locale: Locale; path: string; title: string };

/** A document's own address, in its language. */
export function pathOf(doc: Pick<Translatable, '_type' | 'slug' | 'language'>): string {
  if (doc._type === 'article') return articlePath(doc.slug, doc.language);
  if (doc._type === 'topic') return topicPath(doc.slug, doc.language);
  if (doc._type === 'safetyPlan') return safetyPlanPath(doc.language);
  return pagePath(doc.slug, doc.language);
}

/**
 * Keeps documents whose `language` is one of the site's; documents made before language versions
 * (no `language` at all) are Swedish. Any other value leaves the document out, with a warning.
 */
export function inKnownLanguage<T extends { _id: string; language?: unknown }>(docs: T[], report: ContentReport): Array<Omit<T, 'language'> & { language: Locale }> {
  return docs.flatMap((doc) => {
    if (doc.language == null) return [{ ...doc, language: 'sv' as const }];
    if (isLocale(doc.language)) return [{ ...doc, language: doc.language }];
    report.warn(doc._id, 'language', `${JSON.stringify(doc.language)} is not one of the site's languages (${LOCALES.join(', ')}); the document is left out`);
    return [];
  });
}

/**
 * Every linked document's language versions, by locale (itself included). Only documents with a
 * page in this build take part; entries that point elsewhere are reported and left out.
 */
export function linkTranslations(metadata: ReadonlyArray<RawMetadata>, docs: ReadonlyMap<string, Translatable>, report: ContentReport): Map<string, Map<Locale, Translatable>> {
  const sets = new Map<string, Map<Locale, Translatable>>();
  const setOf = new Map<string, string>();
  for (const meta of metadata) {
    const set = new Map<Locale, Translatable>();
    const entryOf = new Map<Locale, number>();
    const doubled = new Set<Locale>();
    const types: unknown[] = Array.isArray(meta.schemaTypes) ? meta.schemaTypes : [];
    (Array.isArray(meta.translations) ? (meta.translations as RawEntry[]) : []).forEach((entry, index) => {
      const field = `translations[${index}]`;
      if (!entry || typeof entry !== 'object') return report.warn(meta._id, field, 'is not a translation entry; left out');
      if (!isLocale(entry.language))
        return report.warn(meta._id, `${field}.language`, `${JSON.stringify(entry.language ?? null)} is not one of the site's languages (${LOCALES.join(', ')}); left out`);
      const doc = typeof entry.ref === 'string' ? docs.get(entry.ref) : undefined;
      if (!doc) return report.warn(meta._id, `${field}.value`, `refers to ${entry.ref ? `"${entry.ref}"` : 'nothing'}, which is missing, unpublished or has no page; left out`);
      if (doc.language !== entry.language) {
        return report.warn(meta._id, `${field}.language`, `is ${entry.language}, but the document it refers to, "${doc._id}", is in ${doc.language}; the link is left out until they agree`);
      }
      if (types.length && !types.includes(doc._type)) return report.warn(meta._id, `${field}.value`, `refers to "${doc._id}", a ${doc._type}, in a set of ${types.join(', ')}; left out`);
      const other = setOf.get(doc._id);
      if (other) return report.warn(meta._id, `${field}.value`, `refers to "${doc._id}", which is already linked by "${other}"; left out here`);
      const first = set.get(doc.language);
      if (first) {
        report.warn(
          meta._id,
          `${field}.value`,
          `"${doc._id}" and "${first._id}" (translations[${entryOf.get(doc.language)}]) are both its ${doc.language} version; neither is linked until one is removed`,
        );
        doubled.add(doc.language);
        return;
      }
      set.set(doc.language, doc);
      entryOf.set(doc.language, index);
    });
    for (const locale of doubled) set.delete(locale);
    const kinds = new Set([...set.values()].map((doc) => doc._type));
    if (kinds.size > 1) {
      report.warn(meta._id, 'translations', `links documents of different types (${[...kinds].join(', ')}); the set is left out`);
      continue;
    }
    if (set.size < 2) continue;
    for (const doc of set.values()) {
      setOf.set(doc._id, meta._id);
      sets.set(doc._id, set);
    }
  }
  return sets;
}

/** The other language versions of `doc`, in the order of LOCALES. */
export function alternatesOf(doc: { _id: string }, sets: ReadonlyMap<string, ReadonlyMap<Locale, Translatable>>): Alternate[] {
  const set = sets.get(doc._id);
  if (!set) return [];
  return LOCALES.flatMap((locale) => {
    const version = set.get(locale);
    return version && version._id !== doc._id ? [{ locale, path: pathOf(version), title: version.title }] : [];
  });
}

/** The version of `id` in `locale`: itself when it is in that language, its translation otherwise. */
export function versionIn(id: string, locale: Locale, docs: ReadonlyMap<string, Translatable>, sets: ReadonlyMap<string, ReadonlyMap<Locale, Translatable>>): Translatable | undefined {
  const doc = docs.get(id);
  if (doc?.language === locale) return doc;
  return sets.get(id)?.get(locale);
}
