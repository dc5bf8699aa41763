// The publishing status editors read: overdue reviews by the Swedish calendar.
import { describe, expect, it } from 'vitest';
import { parsePublishStatus } from '../../../src/lib/publish-status';
import { EMPTY_RECORD, overdueReviews, statusView } from '../../../src/publish/status';

const articles = [
  { _id: 'a', slug: 'a', language: 'sv' as const, path: '/artiklar/a/', title: 'Sömn', nextReview: '2026-11-27' },
  { _id: 'b', slug: 'b', language: 'sv' as const, path: '/artiklar/b/', title: 'Ångest', nextReview: '2026-03-01' },
  { _id: 'c', slug: 'c', language: 'sv' as const, path: '/artiklar/c/', title: 'Stress', nextReview: null },
  { _id: 'd', slug: 'd', language: 'sv' as const, path: '/artiklar/d/', title: 'Ensamhet', nextReview: '2027-01-01' },
];

describe('overdue reviews', () => {
  it('lists articles whose review date is before today, the longest overdue first', () => {
    expect(overdueReviews(articles, '2026-11-28')).toEqual([
      { documentId: 'b', title: 'Ångest', nextReview: '2026-03-01' },
      { documentId: 'a', title: 'Sömn', nextReview: '2026-11-27' },
    ]);
  });

  it('a review due today is not overdue yet', () => {
    expect(overdueReviews(articles, '2026-11-27').map((item) => item.documentId)).toEqual(['b']);
  });

  it("an article due today in Stockholm is listed as overdue from the Swedish midnight, not UTC's", () => {
    // 23:30 UTC on 27 November is already 28 November in Sweden.
    const view = statusView({ ...EMPTY_RECORD, articles }, { building: false, pending: false }, new Date('2026-11-27T23:30:00Z'));
    expect(view.overdueReviews.map((item) => item.documentId)).toEqual(['b', 'a']);
  });

  it('the view says whether a build runs and whether another is queued', () => {
    expect(statusView(EMPTY_RECORD, { building: true, pending: true }, new Date())).toMatchObject({ state: 'building', pending: true, lastSuccess: null, lastFailure: null, warnings: [] });
  });
});

describe('the status the Studio reads', () => {
  it('is what the worker serves, as JSON, after a success, a failure and warnings', () => {
    const record = {
      ...EMPTY_RECORD,
      articles,
      lastSuccess: { startedAt: '2026-11-27T11:54:00.000Z', finishedAt: '2026-11-27T11:55:00.250Z', durationMs: 60_250, pageCount: 1063 },
      warnings: [{ documentId: 'a', field: 'body[2]', message: 'okänt block togs bort' }],
      lastFailure: { at: '2026-11-27T12:10:00.000Z', reason: 'Två dokument har samma adress', documents: [{ documentId: 'a', field: 'slug' }] },
    };
    const served = JSON.parse(JSON.stringify(statusView(record, { building: true, pending: false }, new Date('2026-11-28T08:00:00Z'))));
    expect(parsePublishStatus(served)).toEqual({ ok: true, data: served });
  });
});
