// What editors see of publishing (GET /status, read by the Studio's "Publicering" tool): the last
// successful publish, the live build's content warnings, the last failure and its reason, and
// the articles whose review date has passed. Kept in PUBLISH_ROOT/status.json so a restarted
// worker still knows them.
import { readFile, rename, writeFile } from 'node:fs/promises';
import type { BuildListing } from '../lib/build-report-shape.ts';
import type { BuildWarning, LastFailure, LastSuccess, PublishStatus } from '../lib/publish-status.ts';
import { LINE_TIME_ZONE, todayIn } from '../lib/today.ts';
import { isOverdue } from '../lib/review.ts';

// The status's shape is its schema's, shared with the Studio that reads it.
export type { PublishStatus };
export type LiveArticle = BuildListing['articles'][number];

/** What the worker remembers between builds and restarts. */
export type PublishRecord = {
  buildId: string | null;
  lastSuccess: LastSuccess | null;
  warnings: BuildWarning[];
  articles: LiveArticle[];
  lastFailure: LastFailure | null;
};

export const EMPTY_RECORD: PublishRecord = { buildId: null, lastSuccess: null, warnings: [], articles: [], lastFailure: null };

/** Live articles whose review date is before today, the longest overdue first. */
export function overdueReviews(articles: LiveArticle[], today: string): PublishStatus['overdueReviews'] {
  return articles
    .filter((article): article is LiveArticle & { nextReview: string } => isOverdue(article.nextReview, today))
    .sort((a, b) => a.nextReview.localeCompare(b.nextReview) || a.title.localeCompare(b.title, 'sv'))
    .map((article) => ({ documentId: article._id, title: article.title, nextReview: article.nextReview }));
}

export function statusView(record: PublishRecord, queue: { building: boolean; pending: boolean }, now: Date): PublishStatus {
  return {
    state: queue.building ? 'building' : 'idle',
    pending: queue.pending,
    lastSuccess: record.lastSuccess,
    warnings: record.warnings,
    lastFailure: record.lastFailure,
    overdueReviews: overdueReviews(record.articles, todayIn(LINE_TIME_ZONE, now)),
  };
}

export async function loadRecord(file: string): Promise<PublishRecord> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return EMPTY_RECORD;
  }
  try {
    return { ...EMPTY_RECORD, ...(JSON.parse(text) as Partial<PublishRecord>) };
  } catch (error) {
    // The site itself is unaffected; the status starts over and says so.
    console.warn(`[publish] ${file} is not readable JSON (${(error as Error).message}); starting with an empty status`);
    return EMPTY_RECORD;
  }
}

export async function saveRecord(file: string, record: PublishRecord): Promise<void> {
  const staged = `${file}.tmp`;
  await writeFile(staged, `${JSON.stringify(record, null, 1)}\n`);
  await rename(staged, file);
}
