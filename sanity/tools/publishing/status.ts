// The publishing tool's data logic, free of React and Studio imports so it is unit-tested alone:
// the publish worker's status JSON is checked against its schema (src/lib/publish-status.ts, the
// worker's own), so a worker of another version, a proxy's error page or a truncated answer is
// named field by field, never half-shown; then turned into what the tool displays: Swedish
// relative times, warnings grouped per document, overdue reviews merged from the worker's last
// build and the Studio's own query.
import { parsePublishStatus, type OverdueReview, type PublishStatus } from '../../../src/lib/publish-status';

export type { OverdueReview, PublishStatus };

export type StatusResult = { ok: true; status: PublishStatus } | { ok: false; errors: string[] };

/** Checks the worker's `GET /status` body against the status schema. Unknown extra fields are ignored. */
export function parseStatus(json: unknown): StatusResult {
  const parsed = parsePublishStatus(json);
  return parsed.ok ? { ok: true, status: parsed.data } : parsed;
}

/** The request headers for the worker's status: its token as a bearer token, when the Studio has one. */
export const statusRequestHeaders = (token: string): Record<string, string> => (token ? { authorization: `Bearer ${token}` } : {});

/** The worker's HTTP answer (status code, content type, body text) → the checked status, or why not. */
export function readStatusResponse(url: string, response: { status: number; contentType: string | null; body: string }, request = { tokenSent: false }): StatusResult {
  if (response.status === 401) {
    return {
      ok: false,
      errors: [
        request.tokenSent
          ? `Publiceringstjänsten (${url}) godtog inte Studions nyckel: SANITY_STUDIO_PUBLISH_STATUS_TOKEN måste vara samma som tjänstens PUBLISH_STATUS_TOKEN (och Studion byggas om efter en ändring).`
          : `Publiceringstjänsten (${url}) kräver en nyckel, men Studion har ingen: sätt SANITY_STUDIO_PUBLISH_STATUS_TOKEN till tjänstens PUBLISH_STATUS_TOKEN och bygg om Studion.`,
      ],
    };
  }
  if (response.status !== 200) return { ok: false, errors: [`Publiceringstjänsten (${url}) svarade med HTTP ${response.status} i stället för 200.`] };
  if (!/^application\/json\b/i.test(response.contentType ?? '')) {
    return { ok: false, errors: [`Publiceringstjänsten (${url}) svarade med ${response.contentType ?? 'okänd innehållstyp'}, inte application/json. Pekar adressen på rätt tjänst?`] };
  }
  let json: unknown;
  try {
    json = JSON.parse(response.body);
  } catch {
    return { ok: false, errors: [`Publiceringstjänsten (${url}) svarade med trasig JSON.`] };
  }
  return parseStatus(json);
}

// ---------------------------------------------------------------------------------------------
// Times and counts in Swedish.

const TIME_ZONE = 'Europe/Stockholm';
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "nyss", "för 5 minuter sedan", "för 1 timme sedan", "för 3 dagar sedan". */
export function relativeTime(iso: string, now: Date): string {
  const seconds = Math.floor((now.getTime() - Date.parse(iso)) / 1000);
  // A clock slightly ahead on the worker's machine is still "just now", never "in the future".
  if (seconds < 60) return 'nyss';
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `för ${plural(minutes, 'minut', 'minuter')} sedan`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `för ${plural(hours, 'timme', 'timmar')} sedan`;
  return `för ${plural(Math.floor(hours / 24), 'dag', 'dagar')} sedan`;
}

/** "27 nov. 2026 23:40" in Swedish time, whatever the editor's computer is set to. */
export const absoluteTime = (iso: string): string => new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE, dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

/** "0,8 s", "42 s", "1 min 15 s". */
export function duration(ms: number): string {
  const seconds = ms / 1000;
  if (seconds < 10) return `${seconds.toLocaleString('sv-SE', { maximumFractionDigits: 1 })} s`;
  const whole = Math.round(seconds);
  if (whole < 60) return `${whole} s`;
  return `${Math.floor(whole / 60)} min${whole % 60 ? ` ${whole % 60} s` : ''}`;
}

/** Whole days from `from` to `to`, both YYYY-MM-DD. */
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

// ---------------------------------------------------------------------------------------------
// The view.

/** What the Studio knows about a document named in the status: its type (for the edit link) and title. */
export type KnownDocument = { type: string; title?: string };

export type DocumentLink = { documentId: string; type?: string; title: string; field: string };

export type StatusView = {
  activity: { tone: 'default' | 'caution'; text: string };
  lastSuccess: { when: string; at: string; duration: string; pages: string } | null;
  lastFailure: { when: string; at: string; reason: string; superseded: boolean; documents: DocumentLink[] } | null;
  warningCount: number;
  warningGroups: Array<{ documentId: string; type?: string; title: string; warnings: Array<{ field: string; message: string }> }>;
};

export type OverdueView = { documentId: string; title: string; nextReview: string; late: string };

const collator = new Intl.Collator('sv-SE');

function activity({ state, pending }: PublishStatus): StatusView['activity'] {
  if (state === 'building' && pending) return { tone: 'caution', text: 'Webbplatsen byggs nu. Fler ändringar har publicerats under tiden; de byggs direkt efteråt.' };
  if (state === 'building') return { tone: 'caution', text: 'Webbplatsen byggs nu med de senaste publiceringarna.' };
  if (pending) return { tone: 'caution', text: 'En publicering väntar på att byggas.' };
  return { tone: 'default', text: 'Ingen publicering pågår. Det som är publicerat finns på webbplatsen.' };
}

/** The status as the tool shows it. `documents` names the documents the Studio could look up. */
export function statusView(status: PublishStatus, now: Date, documents: ReadonlyMap<string, KnownDocument> = new Map()): StatusView {
  const titleOf = (id: string) => documents.get(id)?.title?.trim() || id;
  const link = ({ documentId, field }: { documentId: string; field: string }): DocumentLink => ({ documentId, type: documents.get(documentId)?.type, title: titleOf(documentId), field });

  const { lastSuccess, lastFailure } = status;
  const groups = new Map<string, Map<string, { field: string; message: string }>>();
  for (const { documentId, field, message } of status.warnings) {
    const group = groups.get(documentId) ?? new Map();
    group.set(`${field}\u0000${message}`, { field, message }); // the same warning twice is shown once
    groups.set(documentId, group);
  }
  const warningGroups = [...groups]
    .map(([documentId, warnings]) => ({
      documentId,
      type: documents.get(documentId)?.type,
      title: titleOf(documentId),
      warnings: [...warnings.values()].sort((a, b) => collator.compare(a.field, b.field) || collator.compare(a.message, b.message)),
    }))
    // The documents with the most to fix first, then alphabetically, so the list is stable between refreshes.
    .sort((a, b) => b.warnings.length - a.warnings.length || collator.compare(a.title, b.title) || a.documentId.localeCompare(b.documentId));

  return {
    activity: activity(status),
    lastSuccess: lastSuccess && {
      when: relativeTime(lastSuccess.finishedAt, now),
      at: absoluteTime(lastSuccess.finishedAt),
      duration: duration(lastSuccess.durationMs),
      pages: `${lastSuccess.pageCount.toLocaleString('sv-SE')} ${lastSuccess.pageCount === 1 ? 'sida' : 'sidor'}`,
    },
    lastFailure: lastFailure && {
      when: relativeTime(lastFailure.at, now),
      at: absoluteTime(lastFailure.at),
      reason: lastFailure.reason,
      // A later success means the problem was fixed (or worked around) and the site is current.
      superseded: !!lastSuccess && Date.parse(lastSuccess.finishedAt) > Date.parse(lastFailure.at),
      documents: lastFailure.documents.map(link),
    },
    warningCount: warningGroups.reduce((sum, group) => sum + group.warnings.length, 0),
    warningGroups,
  };
}

/**
 * Articles whose review is overdue on `today` (YYYY-MM-DD, Stockholm): the Studio's own answer
 * (current) when it has one, otherwise the worker's (as old as the last build). Most overdue first.
 */
export function overdueView(fromStudio: OverdueReview[] | null, fromStatus: OverdueReview[], today: string): OverdueView[] {
  const merged = new Map<string, OverdueReview>();
  if (fromStudio) for (const review of fromStudio) merged.set(review.documentId, review);
  else for (const review of fromStatus) merged.set(review.documentId, review);
  return [...merged.values()]
    .filter(({ nextReview }) => nextReview < today)
    .sort((a, b) => a.nextReview.localeCompare(b.nextReview) || collator.compare(a.title, b.title))
    .map(({ documentId, title, nextReview }) => ({
      documentId,
      title: title.trim() || documentId,
      nextReview,
      late: `${plural(daysBetween(nextReview, today), 'dag', 'dagar')} sen`,
    }));
}
