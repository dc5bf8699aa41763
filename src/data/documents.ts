// Articles, topics and pages as the pages show them: each field read as the kind the pages expect,
// documents without a body left out, links to documents without a page taken out, references read
// in the document's own language.
import type { ARTICLES_QUERY_RESULT, PAGES_QUERY_RESULT, TOPICS_QUERY_RESULT } from '../sanity.types';
import { isLocale, type Locale } from '../i18n/locales';
import { ARTICLE_AUDIENCES, ARTICLE_KINDS } from '../lib/article-kinds';
import { hrefFor, type LinkTarget } from '../lib/routes';
import type { Named } from './clean';
import type { ContentReport } from './report';
import { fieldsOf } from './shape';
import { localized, textIn, type TextIn } from './localized';
import { versionIn, type Alternate, type Translatable } from './translations';

export type { Alternate } from './translations';
export type { TextIn } from './localized';
type InLanguage = { language: Locale; /** The same text in the site's other languages, where it exists. */ translations: Alternate[] };

export type Topic = Omit<Named<TOPICS_QUERY_RESULT[number]>, 'language'> & InLanguage;
export type TopicLink = { _id: string; title: string; slug: string };
export type RawArticle = ARTICLES_QUERY_RESULT[number];
/** Who reviewed an article: their title in the article's language, or in Swedish where it has none. */
export type Reviewer = { name: string | null; professionalTitle: TextIn | null };
type ReadArticle = Omit<RawArticle, 'reviewedBy'> & { reviewedBy: Reviewer | null };
export type ArticleCard = Omit<Named<NonNullable<NonNullable<RawArticle['related']>[number]>>, 'topics' | 'language'> & { language: Locale; topics: TopicLink[] };
export type Article = Omit<Named<ReadArticle>, 'topics' | 'related' | 'language'> & InLanguage & { topics: TopicLink[]; related: ArticleCard[] };
export type Page = Omit<Named<PAGES_QUERY_RESULT[number]>, 'language'> & InLanguage;

/**
 * The reviewer named on an article in `locale`. Their title is kept per language in the person
 * document; where the article's language has none, the Swedish title stands in (marked as Swedish
 * on the page), since a review line without the reviewer's profession says less than one in Swedish.
 */
function readReviewer(raw: Record<string, unknown>, locale: Locale, articleId: string, report: ContentReport): Reviewer {
  // Problems are the person document's own, named by its id (GROQ gives the id of every person it finds).
  const personId = typeof raw._id === 'string' ? raw._id : null;
  const docId = personId ?? articleId;
  const field = (name: string) => (personId ? name : `reviewedBy.${name}`);
  const f = fieldsOf(docId, report);
  const title = localized(raw.professionalTitle, locale, docId, field('professionalTitle'), report, { orSwedish: true });
  return { name: f.text(raw.name, field('name')), professionalTitle: textIn(title, f) };
}

/** An article's fields, each of the kind the pages expect (see shape.ts). */
export function readArticle(raw: RawArticle, report: ContentReport): ReadArticle {
  const f = fieldsOf(raw._id, report);
  // A stored value of another kind may have meant "yes": the content note is then still shown.
  const sensitive = raw.sensitive == null || typeof raw.sensitive === 'boolean' ? (raw.sensitive ?? null) : true;
  if (sensitive === true && raw.sensitive !== true) report.warn(raw._id, 'sensitive', `is ${JSON.stringify(raw.sensitive)}, not true or false; the article is treated as sensitive`);
  const reviewer = f.object(raw.reviewedBy, 'reviewedBy');
  return {
    ...raw,
    title: f.text(raw.title, 'title'),
    slug: f.text(raw.slug, 'slug'),
    summary: f.text(raw.summary, 'summary'),
    audience: f.oneOf(raw.audience, 'audience', ARTICLE_AUDIENCES),
    kind: f.oneOf(raw.kind, 'kind', ARTICLE_KINDS),
    sensitive,
    contentNote: f.text(raw.contentNote, 'contentNote'),
    searchKeywords: f.texts(raw.searchKeywords, 'searchKeywords'),
    lastReviewed: f.date(raw.lastReviewed, 'lastReviewed'),
    nextReview: f.date(raw.nextReview, 'nextReview'),
    reviewedBy: reviewer && readReviewer(reviewer, isLocale(raw.language) ? raw.language : 'sv', raw._id, report),
    // GROQ gives null for a list field that holds something else, so "missing" covers both.
    topics: f.list(raw.topics, 'topics', { required: true }) as RawArticle['topics'],
    related: f.list(raw.related, 'related') as RawArticle['related'],
  };
}

export function readPage(raw: PAGES_QUERY_RESULT[number], report: ContentReport): PAGES_QUERY_RESULT[number] {
  const f = fieldsOf(raw._id, report);
  return { ...raw, title: f.text(raw.title, 'title'), slug: f.text(raw.slug, 'slug'), summary: f.text(raw.summary, 'summary') };
}

export function readTopic(raw: TOPICS_QUERY_RESULT[number], report: ContentReport): TOPICS_QUERY_RESULT[number] {
  const f = fieldsOf(raw._id, report);
  return { ...raw, title: f.text(raw.title, 'title'), slug: f.text(raw.slug, 'slug'), description: f.text(raw.description, 'description') };
}

/** Keeps documents whose body has something to show; a page without its text is not published. */
export function withBodies<T extends { _id: string; body?: unknown }>(docs: T[], report: ContentReport): T[] {
  return docs.filter((doc) => {
    const blocks = Array.isArray(doc.body) ? doc.body.filter((block) => block && typeof block === 'object' && typeof (block as { _type?: unknown })._type === 'string') : [];
    if (blocks.length) return true;
    report.warn(doc._id, 'body', 'is missing, empty or not a list of blocks; the document is skipped');
    return false;
  });
}

/**
 * Internal links whose target exists but has no page in this build (skipped for a missing title
 * or body) lose their target, so the renderer reports them and keeps the text without a dead link.
 */
export function withoutDeadLinks<T extends { body?: unknown }>(doc: T, paths: ReadonlySet<string>): T {
  if (!Array.isArray(doc.body)) return doc;
  const body = doc.body.map((block: unknown) => {
    const defs = (block as { markDefs?: unknown })?.markDefs;
    if (!Array.isArray(defs)) return block;
    const live = defs.map((def: { _type?: unknown; target?: LinkTarget | null } | null) => {
      const href = def?._type === 'internalLink' && def.target && typeof def.target.slug === 'string' ? hrefFor(def.target) : undefined;
      return href && !paths.has(href) ? { ...def, target: null } : def;
    });
    return live.some((def, index) => def !== defs[index]) ? { ...(block as object), markDefs: live } : block;
  });
  return { ...doc, body };
}

/**
 * A list of references (topics, related articles) on a document in `locale`, each read as its
 * version in that language: a translated article may still point at the Swedish topic, and is
 * then listed under the topic's own translation. References with no version in the language,
 * or to a document without a page, are left out with a warning.
 */
export function linksIn<T>(
  list: ReadonlyArray<{ _id?: string | null } | null> | null | undefined,
  locale: Locale,
  own: ReadonlyMap<string, T>,
  docs: ReadonlyMap<string, Translatable>,
  sets: ReadonlyMap<string, ReadonlyMap<Locale, Translatable>>,
  docId: string,
  field: string,
  report: ContentReport,
): T[] {
  const out: T[] = [];
  const seen = new Set<string>();
  (list ?? []).forEach((item, index) => {
    const id = item?._id;
    const version = id ? versionIn(id, locale, docs, sets) : undefined;
    const target = version && own.get(version._id);
    if (!target) {
      const known = id ? docs.get(id) : undefined;
      report.warn(
        docId,
        `${field}[${index}]`,
        known ? `refers to "${known._id}" (${known.language}), which has no ${locale} version; left out` : 'refers to a document that is missing, unpublished or has no page; left out',
      );
      return;
    }
    if (seen.has(version._id)) return;
    seen.add(version._id);
    out.push(target);
  });
  return out;
}
