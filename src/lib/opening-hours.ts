/**
 * Opening hours from Sanity's contactSettings, evaluated in the line's own time zone so the answer
 * is the same whatever the visitor's clock says. Ships to the browser, so it stays small.
 *
 * Rules: an exception for a date replaces that weekday's hours; `closes` at or before `opens` runs
 * past midnight into the next day (`00:00`–`00:00` is the whole day); `24:00` is end of day.
 * A shift that started the day before still ends at its own time, even on an exception day.
 *
 * Words come from the page's UI catalog and `Intl` (day names, times, lists): no language here.
 */
import type { Ui } from '../i18n';
import { WEEKDAYS, weekdayName, type Weekday } from './opening-hours-rules';
import { LINE_TIME_ZONE } from './today';

export type { Weekday } from './opening-hours-rules';

export interface OpeningHours {
  day: Weekday;
  /** `HH:MM` */
  opens: string;
  /** `HH:MM`, `24:00` allowed */
  closes: string;
}

export interface OpeningHoursException {
  /** `YYYY-MM-DD` in the line's time zone */
  date: string;
  closed: boolean;
  opens?: string;
  closes?: string;
  note?: string;
}

const DAY = 1440;
const MINUTE = 60_000;

/** [opens, closes) in minutes after the day's midnight; closes may exceed 1440 (overnight). */
type Range = [number, number];

function minutes(hhmm: string | undefined): number {
  const m = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(hhmm ?? '');
  const total = m ? +m[1]! * 60 + +m[2]! : NaN;
  return total <= DAY ? total : NaN;
}

function toRange(opens: string | undefined, closes: string | undefined): Range | null {
  const o = minutes(opens);
  const c = minutes(closes);
  if (!(o < DAY) || Number.isNaN(c)) return null;
  return [o, c > o ? c : c + DAY];
}

/** Ranges per weekday, Monday first; malformed entries are skipped. */
const weekly = (hours: readonly OpeningHours[]): Range[][] =>
  WEEKDAYS.map((d) =>
    hours
      .flatMap((h) => {
        const r = h.day === d && toRange(h.opens, h.closes);
        return r ? [r] : [];
      })
      .sort((a, b) => a[0] - b[0]),
  );

/** Open test by wall-clock day number (days since 1970-01-01) and minute; memoised per day for `nextChange`. */
function schedule(hours: readonly OpeningHours[], exceptions: readonly OpeningHoursException[]) {
  const week = weekly(hours);
  const byDate = new Map(exceptions.map((e) => [e.date, e]));
  const memo = new Map<number, Range[]>();
  const ranges = (day: number): Range[] => {
    let r = memo.get(day);
    if (!r) {
      const e = byDate.get(new Date(day * DAY * MINUTE).toISOString().slice(0, 10));
      const own = e && !e.closed && toRange(e.opens, e.closes);
      // 1970-01-01 was a Thursday (index 3 from Monday).
      r = e?.closed ? [] : own ? [own] : week[(day + 3) % 7]!;
      memo.set(day, r);
    }
    return r;
  };
  return (day: number, minute: number): boolean => ranges(day).some(([o, c]) => minute >= o && minute < c) || ranges(day - 1).some(([, c]) => minute + DAY < c);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Wall-clock time in `timeZone` as whole minutes since 1970-01-01 00:00 of that wall clock. */
function wallMinutes(date: Date, timeZone: string): number {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  const p: Record<string, number> = {};
  for (const { type, value } of f.formatToParts(date)) p[type] = +value;
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!) / MINUTE;
}

export function isOpenAt(hours: readonly OpeningHours[], exceptions: readonly OpeningHoursException[], date: Date, timeZone = LINE_TIME_ZONE): boolean {
  const wall = wallMinutes(date, timeZone);
  return schedule(hours, exceptions)(Math.floor(wall / DAY), wall % DAY);
}

/** The next instant the open/closed state flips, looking up to two weeks ahead; else `null`. */
export function nextChange(hours: readonly OpeningHours[], exceptions: readonly OpeningHoursException[], date: Date, timeZone = LINE_TIME_ZONE): Date | null {
  const openAt = schedule(hours, exceptions);
  const wall = wallMinutes(date, timeZone);
  const now = openAt(Math.floor(wall / DAY), wall % DAY);
  for (let target = wall + 1; target <= wall + 14 * DAY; target++) {
    if (openAt(Math.floor(target / DAY), target % DAY) === now) continue;
    // Walk wall-clock minutes back to an instant; repeating the correction settles DST shifts.
    let t = Math.floor(date.getTime() / MINUTE) * MINUTE;
    for (let i = 0; i < 3; i++) t += (target - wallMinutes(new Date(t), timeZone)) * MINUTE;
    return new Date(t);
  }
  return null;
}

/** The complete weekly entries of a Sanity schedule (day, opens and closes all set). */
export function weeklyHours(list: ReadonlyArray<{ day?: string | null; opens?: string | null; closes?: string | null }>): OpeningHours[] {
  return list.flatMap(({ day, opens, closes }) => (day && opens && closes ? [{ day: day as Weekday, opens, closes }] : []));
}

/** Whether the regular week never closes: every day open from midnight to midnight. */
export function isAlwaysOpen(hours: readonly OpeningHours[]): boolean {
  return weekly(hours).every((rs) => rs.some(([o, c]) => o === 0 && c >= DAY));
}

/** What describing a week needs of the page's UI: its catalog and its `Intl` locale. */
export type HoursUi = Pick<Ui, 't' | 'intl'>;

/** "08:00" in the page's locale; the end of the day (1440) as "24:00". */
function clock(ui: HoursUi, m: number): string {
  const w = m > DAY ? m - DAY : m;
  // h24 writes midnight as "24:00", the end of the day.
  return new Intl.DateTimeFormat(ui.intl, { hour: '2-digit', minute: '2-digit', hourCycle: w === DAY ? 'h24' : 'h23', timeZone: 'UTC' }).format(new Date((w % DAY) * MINUTE));
}

/** Day names Monday first, in the page's locale. */
const dayNames = (ui: HoursUi) => WEEKDAYS.map((day) => weekdayName(day, ui.intl));

const capitalise = (ui: HoursUi, text: string) => text.charAt(0).toLocaleUpperCase(ui.intl) + text.slice(1);

/**
 * The regular week line by line in the page's language, consecutive days with equal hours
 * grouped: "Måndag–fredag: 08:00–22:00", "Monday to Friday: 08:00–22:00".
 */
export function describeWeek(hours: readonly OpeningHours[], ui: HoursUi): string[] {
  const names = dayNames(ui);
  const list = new Intl.ListFormat(ui.intl, { type: 'unit', style: 'short' });
  const texts = weekly(hours).map((rs) => {
    if (!rs.length) return ui.t('contact.closed');
    if (rs.some(([o, c]) => o === 0 && c >= DAY)) return ui.t('hours.aroundTheClock');
    return list.format(rs.map(([o, c]) => ui.t('hours.range', { opens: clock(ui, o), closes: clock(ui, c) })));
  });
  const lines: string[] = [];
  for (let i = 0; i < 7;) {
    let j = i;
    while (j < 6 && texts[j + 1] === texts[i]) j++;
    const days = j > i ? ui.t('hours.dayRange', { first: names[i]!, last: names[j]! }) : names[i]!;
    lines.push(capitalise(ui, ui.t('hours.line', { days, hours: texts[i]! })));
    i = j + 1;
  }
  return lines;
}

/**
 * Whether the schedule never closes: the regular week around the clock and no exception that
 * closes or shortens a day. Only then may a text that is not recomputed in the browser say the
 * line is open "now" or "dygnet runt".
 */
export function isOpenAroundTheClock(hours: readonly OpeningHours[], exceptions: readonly OpeningHoursException[]): boolean {
  return (
    isAlwaysOpen(hours) &&
    exceptions.every((e) => {
      if (e.closed) return false;
      // An exception without usable times keeps the regular day (see `schedule`).
      const own = toRange(e.opens, e.closes);
      return !own || (own[0] === 0 && own[1] >= DAY);
    })
  );
}

/** When the schedule opens next, if it is closed at `date`; `null` when open now or nothing opens within two weeks. */
export function nextOpening(hours: readonly OpeningHours[], exceptions: readonly OpeningHoursException[], date: Date, timeZone = LINE_TIME_ZONE): Date | null {
  return isOpenAt(hours, exceptions, date, timeZone) ? null : nextChange(hours, exceptions, date, timeZone);
}
