// "Today" where the line operates: the date (YYYY-MM-DD) in its time zone, never the build
// machine's or UTC's, so reviews fall overdue, exceptions begin and the week turns at the line's
// own midnight, wherever the site is built or the Studio is opened.
export const LINE_TIME_ZONE = 'Europe/Stockholm';

export function todayIn(timeZone: string = LINE_TIME_ZONE, now: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
