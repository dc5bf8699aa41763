/**
 * What an opening-hours schedule may contain: the grammar src/lib/opening-hours.ts evaluates,
 * as one rule for the build (which stops on anything else, src/data/content.ts) and the Studio's
 * validation (sanity/lib/rules.ts). Anything these reject would otherwise be skipped silently by
 * the evaluator, and its day shown as "stängt" or its exception ignored.
 */
/** The days of the week as the content names them, Monday first. */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** A day's name in a language ("måndag", "Monday", "الاثنين"), from Intl: no day names are written by hand. */
export const weekdayName = (day: Weekday, intl: string) => new Intl.DateTimeFormat(intl, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(day))));

export const isWeekday = (value: unknown): value is Weekday => typeof value === 'string' && (WEEKDAYS as readonly string[]).includes(value);

/** "HH:MM" from 00:00 to 23:59; with `endOfDay` also "24:00" (closing at midnight). */
export function isTime(value: unknown, { endOfDay = false } = {}): value is string {
  return typeof value === 'string' && (/^([01]\d|2[0-3]):[0-5]\d$/.test(value) || (endOfDay && value === '24:00'));
}

/**
 * Closing at or before opening runs past midnight, but the same minute for both reads as either
 * nothing or a whole day from that minute: only 00:00–00:00 (the whole day) is accepted.
 */
export const isTimeRange = (opens: string, closes: string): boolean => opens !== closes || opens === '00:00';

/** A date that exists, as YYYY-MM-DD (2026-02-30 does not). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Indexes of exceptions whose date an earlier exception already has (the evaluator would keep only one). */
export function repeatedDates(exceptions: ReadonlyArray<{ date?: unknown } | null | undefined>): Array<{ index: number; first: number }> {
  const seen = new Map<unknown, number>();
  const out: Array<{ index: number; first: number }> = [];
  exceptions.forEach((exception, index) => {
    const date = exception?.date;
    if (!isCalendarDate(date)) return;
    const first = seen.get(date);
    if (first === undefined) seen.set(date, index);
    else out.push({ index, first });
  });
  return out;
}

/** A valid IANA time zone name ("Europe/Stockholm"). */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || !value) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
