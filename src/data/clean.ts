// Turns raw query results into what pages can rely on. A document without a title or slug is
// skipped, a broken reference is dropped, each with a warning naming the document and field;
// two documents of one type claiming the same slug stop the build, naming both.
import { ContentError, type ContentReport } from './report';

type Identified = { _id: string; title?: string | null; slug?: string | null };
export type Named<T extends Identified> = Omit<T, 'title' | 'slug'> & { title: string; slug: string };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Keeps documents that can have a page: a title and a well-formed slug. */
export function withPages<T extends Identified>(docs: T[], report: ContentReport): Named<T>[] {
  return docs.filter((doc): doc is T & { title: string; slug: string } => {
    if (!doc.title?.trim()) {
      report.warn(doc._id, 'title', 'is missing; the document is skipped');
      return false;
    }
    if (!doc.slug) {
      report.warn(doc._id, 'slug', 'is missing; the document is skipped');
      return false;
    }
    if (!SLUG.test(doc.slug)) {
      report.warn(doc._id, 'slug', `"${doc.slug}" is not a valid address (a-z, 0-9 and hyphens); the document is skipped`);
      return false;
    }
    return true;
  });
}

/** Throws when two documents share a slug: the site cannot guess which one the address means. */
export function assertUniqueSlugs(docs: Array<{ _id: string; slug: string }>, type: string): void {
  const owners = new Map<string, string>();
  for (const doc of docs) {
    const other = owners.get(doc.slug);
    if (other) {
      throw new ContentError(`Duplicate slug "${doc.slug}" for ${type}: documents "${other}" and "${doc._id}" both use it. Give one of them another slug.`, [
        { documentId: other, field: 'slug' },
        { documentId: doc._id, field: 'slug' },
      ]);
    }
    owners.set(doc.slug, doc._id);
  }
}

/**
 * Keeps the resolved references in a list that point at documents with a page, reporting the
 * others (`null` is what GROQ gives for a reference to a missing or unpublished document).
 */
export function resolvedLinks<T extends { _id?: string; slug?: string | null }>(
  list: ReadonlyArray<T | null> | null | undefined,
  exists: ReadonlySet<string>,
  docId: string,
  field: string,
  report: ContentReport,
): Array<T & { slug: string }> {
  const out: Array<T & { slug: string }> = [];
  (list ?? []).forEach((item, index) => {
    if (!item?._id || !item.slug || !exists.has(item._id)) {
      report.warn(docId, `${field}[${index}]`, 'refers to a document that is missing, unpublished or has no page; left out');
      return;
    }
    out.push(item as T & { slug: string });
  });
  return out;
}

/** Warns about articles whose review date has passed, so editors see them in every build. */
export function reportOverdueReviews(
  articles: Array<{ _id: string; nextReview?: string | null }>,
  today: string,
  report: ContentReport,
): void {
  for (const article of articles) {
    if (article.nextReview && article.nextReview < today) {
      report.warn(article._id, 'nextReview', `(${article.nextReview}) has passed: the review is overdue`);
    }
  }
}
