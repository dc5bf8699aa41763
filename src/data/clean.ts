// Turns raw query results into what pages can rely on. A document without a title or slug is
// skipped, a broken reference is dropped, each with a warning naming the document and field;
// two documents of one type claiming the same slug stop the build, naming both.
import { ContentError, type ContentReport } from './report';
import { isOverdue } from '../lib/review';
import { isSlug } from '../lib/routes';

type Identified = { _id: string; title?: string | null; slug?: string | null };
export type Named<T extends Identified> = Omit<T, 'title' | 'slug'> & { title: string; slug: string };

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
    if (!isSlug(doc.slug)) {
      report.warn(doc._id, 'slug', `"${doc.slug}" is not a valid address (a-z, 0-9 and hyphens); the document is skipped`);
      return false;
    }
    return true;
  });
}

/**
 * Throws when two documents of one language share a slug: the site cannot guess which one the
 * address means. Each language has its own addresses, so a translation may keep the Swedish slug.
 * A document without a language counts as Swedish, as the site has always read it.
 */
export function assertUniqueSlugs(docs: Array<{ _id: string; slug: string; language?: string | null }>, type: string): void {
  const owners = new Map<string, string>();
  for (const doc of docs) {
    const language = doc.language ?? 'sv';
    const key = `${language}\u0000${doc.slug}`;
    const other = owners.get(key);
    if (other) {
      throw new ContentError(`Duplicate slug "${doc.slug}" for ${type} in language "${language}": documents "${other}" and "${doc._id}" both use it. Give one of them another slug.`, [
        { documentId: other, field: 'slug' },
        { documentId: doc._id, field: 'slug' },
      ]);
    }
    owners.set(key, doc._id);
  }
}

/** Warns about articles whose review date has passed, so editors see them in every build. */
export function reportOverdueReviews(articles: Array<{ _id: string; nextReview?: string | null }>, today: string, report: ContentReport): void {
  for (const article of articles) {
    if (isOverdue(article.nextReview, today)) {
      report.warn(article._id, 'nextReview', `(${article.nextReview}) has passed: the review is overdue`);
    }
  }
}

// Bidirectional controls that open a scope (embeddings, overrides, isolates) and the ones that
// close it. An opener without its closer reorders everything after it on the same line, such as
// " – Stödlinjen" after a title in the browser tab, so it is removed, and so is a closer without
// its opener. A balanced pair stays: its effect ends inside the field, and right-to-left names
// (Arabic, Persian, Hebrew) need them to read correctly among Swedish text.
const EMBEDDINGS = new Set(['\u202a', '\u202b', '\u202d', '\u202e']);
const ISOLATES = new Set(['\u2066', '\u2067', '\u2068']);
const POP_EMBEDDING = '\u202c';
const POP_ISOLATE = '\u2069';
// The marks (LRM, RLM, ALM) open no scope and cannot reverse other text; they only decide which
// way neighbouring punctuation goes. Inside a field that is their purpose; at either end they can
// only affect what the site puts next to the field, so there they are removed.
const EDGE_MARKS = /^[\u200e\u200f\u061c]+|[\u200e\u200f\u061c]+$/g;
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/;

/**
 * Removes unpaired bidirectional controls, matched as the Unicode bidi algorithm matches them
 * (a closing isolate also ends the embeddings opened inside it; a line break ends everything).
 */
export function withoutStrayBidi(text: string): string {
  if (!BIDI.test(text)) return text;
  const chars = [...text];
  const drop = new Set<number>();
  let open: Array<{ at: number; isolate: boolean }> = [];
  chars.forEach((char, at) => {
    if (EMBEDDINGS.has(char)) open.push({ at, isolate: false });
    else if (ISOLATES.has(char)) open.push({ at, isolate: true });
    else if (char === POP_EMBEDDING) {
      if (open.at(-1)?.isolate === false) open.pop();
      else drop.add(at);
    } else if (char === POP_ISOLATE) {
      const isolate = open.findLastIndex((scope) => scope.isolate);
      if (isolate < 0) drop.add(at);
      else {
        // Embeddings left open inside the isolate are unpaired too.
        open.slice(isolate + 1).forEach((scope) => drop.add(scope.at));
        open = open.slice(0, isolate);
      }
    } else if (/[\n\r\u2029\u0085]/.test(char)) {
      open.forEach((scope) => drop.add(scope.at));
      open = [];
    }
  });
  open.forEach((scope) => drop.add(scope.at));
  const kept = drop.size ? chars.filter((_, at) => !drop.has(at)).join('') : text;
  return kept.replace(EDGE_MARKS, '');
}

/** Every string in a query result with stray bidirectional controls removed (see withoutStrayBidi); untouched parts are kept as they are. */
export function withoutStrayBidiDeep<T>(value: T): T {
  if (typeof value === 'string') return withoutStrayBidi(value) as T;
  if (!value || typeof value !== 'object') return value;
  let changed = false;
  const clean = (child: unknown) => {
    const cleaned = withoutStrayBidiDeep(child);
    changed ||= cleaned !== child;
    return cleaned;
  };
  const out = Array.isArray(value) ? value.map(clean) : Object.fromEntries(Object.entries(value).map(([key, child]) => [key, clean(child)]));
  return (changed ? out : value) as T;
}
