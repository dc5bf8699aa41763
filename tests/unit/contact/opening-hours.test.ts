import { describe, expect, it } from 'vitest';
import {
  describeWeek,
  isAlwaysOpen,
  isOpenAroundTheClock,
  isOpenAt,
  nextChange,
  nextOpening,
  type OpeningHours,
  type OpeningHoursException,
  type Weekday,
  weeklyHours,
} from '../../../src/lib/opening-hours';
import { WEEKDAYS } from '../../../src/lib/opening-hours-rules';
import { uiFor } from '../../../src/i18n';

const sv = uiFor('sv');
const en = uiFor('en');
const ar = uiFor('ar');

const every = (days: readonly Weekday[], opens: string, closes: string): OpeningHours[] => days.map((day) => ({ day, opens, closes }));

const weekdays8to22 = every(WEEKDAYS.slice(0, 5), '08:00', '22:00');
const allDay = every(WEEKDAYS, '00:00', '24:00');
const open = (hours: OpeningHours[], iso: string, exceptions: OpeningHoursException[] = []) => isOpenAt(hours, exceptions, new Date(iso));

describe('isOpenAt', () => {
  it('uses Stockholm wall time, not UTC (CET in winter, CEST in summer)', () => {
    // Monday 2026-01-12: 08:00 CET is 07:00Z.
    expect(open(weekdays8to22, '2026-01-12T06:59:59Z')).toBe(false);
    expect(open(weekdays8to22, '2026-01-12T07:00:00Z')).toBe(true);
    expect(open(weekdays8to22, '2026-01-12T20:59:59Z')).toBe(true);
    expect(open(weekdays8to22, '2026-01-12T21:00:00Z')).toBe(false);
    // Monday 2026-06-15: 08:00 CEST is 06:00Z.
    expect(open(weekdays8to22, '2026-06-15T05:59:00Z')).toBe(false);
    expect(open(weekdays8to22, '2026-06-15T06:00:00Z')).toBe(true);
    expect(open(weekdays8to22, '2026-06-15T20:00:00Z')).toBe(false);
  });

  it('is closed on days without hours', () => {
    expect(open(weekdays8to22, '2026-01-17T12:00:00Z')).toBe(false); // Saturday
    expect(open([], '2026-01-12T12:00:00Z')).toBe(false);
  });

  it('is correct across the spring-forward night, 2026-03-29', () => {
    const sunday = every(['sunday'], '03:00', '09:00');
    // 02:00 CET jumps to 03:00 CEST at 01:00Z.
    expect(open(sunday, '2026-03-29T00:59:00Z')).toBe(false); // 01:59 CET
    expect(open(sunday, '2026-03-29T01:00:00Z')).toBe(true); // 03:00 CEST
    expect(open(sunday, '2026-03-29T06:59:00Z')).toBe(true); // 08:59 CEST
    expect(open(sunday, '2026-03-29T07:00:00Z')).toBe(false); // 09:00 CEST
  });

  it('is correct across the fall-back night, 2026-10-25', () => {
    const sunday = every(['sunday'], '08:00', '22:00');
    // 03:00 CEST falls back to 02:00 CET at 01:00Z; from then on Stockholm is UTC+1.
    expect(open(sunday, '2026-10-25T06:59:00Z')).toBe(false); // 07:59 CET
    expect(open(sunday, '2026-10-25T07:00:00Z')).toBe(true); // 08:00 CET
    expect(open(sunday, '2026-10-25T20:59:00Z')).toBe(true); // 21:59 CET
    expect(open(sunday, '2026-10-25T21:00:00Z')).toBe(false);
    // The repeated hour 02:00–03:00 is open both times round for a night shift.
    const night = every(['saturday'], '22:00', '04:00');
    expect(open(night, '2026-10-25T00:30:00Z')).toBe(true); // 02:30 CEST
    expect(open(night, '2026-10-25T01:30:00Z')).toBe(true); // 02:30 CET
    expect(open(night, '2026-10-25T03:00:00Z')).toBe(false); // 04:00 CET
  });

  it('treats 24:00 as the end of the day and 00:00–24:00 as all day', () => {
    const late = every(['monday'], '18:00', '24:00');
    expect(open(late, '2026-01-12T22:59:00Z')).toBe(true); // Mon 23:59
    expect(open(late, '2026-01-12T23:00:00Z')).toBe(false); // Tue 00:00
    expect(open(allDay, '2026-01-14T23:30:00Z')).toBe(true);
    expect(open(allDay, '2026-03-29T01:00:00Z')).toBe(true);
  });

  it('runs overnight ranges into the next day, including Sunday into Monday', () => {
    const nights = every(['friday', 'sunday'], '22:00', '02:00');
    expect(open(nights, '2026-01-16T20:59:00Z')).toBe(false); // Fri 21:59
    expect(open(nights, '2026-01-16T21:00:00Z')).toBe(true); // Fri 22:00
    expect(open(nights, '2026-01-17T00:59:00Z')).toBe(true); // Sat 01:59
    expect(open(nights, '2026-01-17T01:00:00Z')).toBe(false); // Sat 02:00
    expect(open(nights, '2026-01-19T00:30:00Z')).toBe(true); // Mon 01:30, from Sunday
  });

  it('supports several ranges a day', () => {
    const split = [...every(['monday'], '13:00', '17:00'), ...every(['monday'], '08:00', '12:00')];
    expect(open(split, '2026-01-12T08:00:00Z')).toBe(true); // 09:00
    expect(open(split, '2026-01-12T11:30:00Z')).toBe(false); // 12:30
    expect(open(split, '2026-01-12T12:00:00Z')).toBe(true); // 13:00
  });

  it('lets an exception replace the weekday', () => {
    const christmasEve: OpeningHoursException[] = [{ date: '2026-12-24', closed: true, note: 'Julafton' }];
    expect(open(allDay, '2026-12-24T12:00:00Z', christmasEve)).toBe(false);
    expect(open(allDay, '2026-12-23T22:59:00Z', christmasEve)).toBe(true);
    expect(open(allDay, '2026-12-24T22:59:00Z', christmasEve)).toBe(false); // 23:59 on the 24th
    expect(open(allDay, '2026-12-24T23:00:00Z', christmasEve)).toBe(true); // 00:00 on the 25th

    const short: OpeningHoursException[] = [{ date: '2026-12-24', closed: false, opens: '10:00', closes: '14:00' }];
    expect(open(allDay, '2026-12-24T08:59:00Z', short)).toBe(false);
    expect(open(allDay, '2026-12-24T09:00:00Z', short)).toBe(true);
    expect(open(allDay, '2026-12-24T13:00:00Z', short)).toBe(false);

    // Saturday is normally closed; an exception opens it.
    const extra: OpeningHoursException[] = [{ date: '2026-01-17', closed: false, opens: '10:00', closes: '16:00' }];
    expect(open(weekdays8to22, '2026-01-17T12:00:00Z', extra)).toBe(true);
    expect(open(weekdays8to22, '2026-01-18T12:00:00Z', extra)).toBe(false);
  });

  it('keeps the weekday hours for an open exception without times', () => {
    const noteOnly: OpeningHoursException[] = [{ date: '2026-01-12', closed: false, note: 'Extra bemanning' }];
    expect(open(weekdays8to22, '2026-01-12T12:00:00Z', noteOnly)).toBe(true);
    expect(open(weekdays8to22, '2026-01-12T22:00:00Z', noteOnly)).toBe(false);
  });

  it('lets the previous evening\u2019s shift end on an exception day', () => {
    const nights = every(WEEKDAYS, '22:00', '02:00');
    const closed: OpeningHoursException[] = [{ date: '2026-01-13', closed: true }];
    expect(open(nights, '2026-01-13T00:30:00Z', closed)).toBe(true); // Tue 01:30, Monday's shift
    expect(open(nights, '2026-01-13T21:30:00Z', closed)).toBe(false); // Tue 22:30
    expect(open(nights, '2026-01-14T00:30:00Z', closed)).toBe(false); // Wed 01:30, no Tuesday shift
  });

  it('ignores malformed times instead of guessing', () => {
    const bad = [
      { day: 'monday', opens: '8:00', closes: '22:00' },
      { day: 'monday', opens: '08:00', closes: '25:00' },
      { day: 'monday', opens: '24:00', closes: '02:00' },
      { day: 'monday', opens: '', closes: '' },
    ] as OpeningHours[];
    expect(open(bad, '2026-01-12T12:00:00Z')).toBe(false);
    expect(open(bad, '2026-01-13T00:30:00Z')).toBe(false);
  });

  it('accepts another time zone', () => {
    const hours = every(['monday'], '08:00', '09:00');
    expect(isOpenAt(hours, [], new Date('2026-01-12T13:30:00Z'), 'America/New_York')).toBe(true);
    expect(isOpenAt(hours, [], new Date('2026-01-12T13:30:00Z'))).toBe(false);
  });
});

describe('nextChange', () => {
  const at = (hours: OpeningHours[], iso: string, exceptions: OpeningHoursException[] = []) => nextChange(hours, exceptions, new Date(iso))?.toISOString() ?? null;

  it('finds the next closing and opening', () => {
    expect(at(weekdays8to22, '2026-01-12T12:34:56Z')).toBe('2026-01-12T21:00:00.000Z');
    expect(at(weekdays8to22, '2026-01-16T21:00:00Z')).toBe('2026-01-19T07:00:00.000Z'); // Fri → Mon
  });

  it('crosses the DST changes in 2026', () => {
    const sundays = every(['saturday', 'sunday'], '08:00', '22:00');
    // Saturday 22:00 CET → Sunday 08:00 CEST (06:00Z).
    expect(at(sundays, '2026-03-28T21:00:00Z')).toBe('2026-03-29T06:00:00.000Z');
    // Saturday 22:00 CEST → Sunday 08:00 CET (07:00Z).
    expect(at(sundays, '2026-10-24T20:00:00Z')).toBe('2026-10-25T07:00:00.000Z');
  });

  it('respects exceptions', () => {
    const closed: OpeningHoursException[] = [{ date: '2026-01-13', closed: true }];
    expect(at(weekdays8to22, '2026-01-12T21:00:00Z', closed)).toBe('2026-01-14T07:00:00.000Z');
  });

  it('returns null when nothing changes', () => {
    expect(at(allDay, '2026-01-12T12:00:00Z')).toBeNull();
    expect(at([], '2026-01-12T12:00:00Z')).toBeNull();
  });
});

describe('describeWeek', () => {
  it('says round the clock for 24/7', () => {
    expect(describeWeek(allDay, sv)).toEqual(['Måndag–söndag: dygnet runt']);
    expect(describeWeek(every(WEEKDAYS, '00:00', '00:00'), sv)).toEqual(['Måndag–söndag: dygnet runt']);
  });

  it('groups consecutive equal days and lists closed days', () => {
    expect(describeWeek([...weekdays8to22, ...every(['sunday'], '10:00', '16:00')], sv)).toEqual(['Måndag–fredag: 08:00–22:00', 'Lördag: stängt', 'Söndag: 10:00–16:00']);
  });

  it('writes overnight, split and 24:00 ranges', () => {
    const hours = [...every(['monday', 'tuesday'], '22:00', '02:00'), ...every(['wednesday'], '13:00', '24:00'), ...every(['wednesday'], '08:00', '12:00')];
    expect(describeWeek(hours, sv)).toEqual(['Måndag–tisdag: 22:00–02:00', 'Onsdag: 08:00–12:00, 13:00–24:00', 'Torsdag–söndag: stängt']);
  });

  it('does not group equal days that are not consecutive', () => {
    expect(describeWeek(every(['monday', 'wednesday'], '09:00', '17:00'), sv)).toEqual(['Måndag: 09:00–17:00', 'Tisdag: stängt', 'Onsdag: 09:00–17:00', 'Torsdag–söndag: stängt']);
  });
});

describe('describeWeek in English and Arabic: day names, times and lists from Intl and the catalogs', () => {
  const hours = [...weekdays8to22, ...every(['sunday'], '10:00', '16:00'), ...every(['saturday'], '22:00', '02:00')];

  it('writes the week in English, with no Swedish word', () => {
    expect(describeWeek(allDay, en)).toEqual(['Monday to Sunday: day and night']);
    expect(describeWeek(hours, en)).toEqual(['Monday to Friday: 08:00–22:00', 'Saturday: 22:00–02:00', 'Sunday: 10:00–16:00']);
    expect(describeWeek(every(['wednesday'], '13:00', '24:00').concat(every(['wednesday'], '08:00', '12:00')), en)[0]).toBe('Monday to Tuesday: closed');
    expect(describeWeek(every(['wednesday'], '13:00', '24:00').concat(every(['wednesday'], '08:00', '12:00')), en)[1]).toBe('Wednesday: 08:00–12:00, 13:00–24:00');
  });

  it('writes the week in Arabic with Arabic day names and Latin digits, and no Swedish or English word', () => {
    expect(describeWeek(allDay, ar)).toEqual(['من الاثنين إلى الأحد: على مدار الساعة']);
    const lines = describeWeek(hours, ar);
    expect(lines).toEqual(['من الاثنين إلى الجمعة: 08:00–22:00', 'السبت: 22:00–02:00', 'الأحد: 10:00–16:00']);
    expect(describeWeek(every(['monday'], '09:00', '17:00'), ar)[1]).toBe('من الثلاثاء إلى الأحد: مغلق');
    for (const line of lines) expect(line).not.toMatch(/[A-Za-zåäö]/);
  });

  it('keeps Swedish day names lower case inside a line and capitalised at its start', () => {
    expect(describeWeek(weekdays8to22, sv)).toEqual(['Måndag–fredag: 08:00–22:00', 'Lördag–söndag: stängt']);
  });
});

describe('isAlwaysOpen: pages may only say "Dygnet runt" when it is true', () => {
  it('is true for a 24/7 week, written either way', () => {
    expect(isAlwaysOpen(allDay)).toBe(true);
    expect(isAlwaysOpen(every(WEEKDAYS, '00:00', '00:00'))).toBe(true);
  });

  it('is false when any day closes, even for a minute, or is missing', () => {
    expect(isAlwaysOpen([...every(WEEKDAYS.slice(0, 6), '00:00', '24:00'), ...every(['sunday'], '00:00', '23:59')])).toBe(false);
    expect(isAlwaysOpen(every(WEEKDAYS.slice(0, 6), '00:00', '24:00'))).toBe(false);
    expect(isAlwaysOpen(weekdays8to22)).toBe(false);
  });
});

describe('weeklyHours', () => {
  it('keeps only complete entries from a Sanity schedule', () => {
    expect(
      weeklyHours([
        { day: 'monday', opens: '08:00', closes: '22:00' },
        { day: 'tuesday', opens: null, closes: '22:00' },
        { day: null, opens: '08:00', closes: '22:00' },
      ]),
    ).toEqual([{ day: 'monday', opens: '08:00', closes: '22:00' }]);
  });
});

describe('isOpenAroundTheClock', () => {
  it('is true only for a week open around the clock with no exception that closes or shortens a day', () => {
    expect(isOpenAroundTheClock(allDay, [])).toBe(true);
    expect(isOpenAroundTheClock(allDay, [{ date: '2026-12-24', closed: false, opens: '00:00', closes: '24:00' }])).toBe(true);
    expect(isOpenAroundTheClock(allDay, [{ date: '2026-12-24', closed: false }])).toBe(true);
    expect(isOpenAroundTheClock(allDay, [{ date: '2026-12-24', closed: true }])).toBe(false);
    expect(isOpenAroundTheClock(allDay, [{ date: '2026-12-24', closed: false, opens: '10:00', closes: '14:00' }])).toBe(false);
    expect(isOpenAroundTheClock(weekdays8to22, [])).toBe(false);
    expect(isOpenAroundTheClock(allDay.slice(1), [])).toBe(false);
  });
});

describe('nextOpening', () => {
  it('is null while open, and the next opening in Stockholm time while closed', () => {
    expect(nextOpening(weekdays8to22, [], new Date('2026-01-12T12:00:00Z'))).toBeNull();
    // Friday 2026-01-16 22:30 CET: next Monday 08:00 CET = 07:00Z.
    expect(nextOpening(weekdays8to22, [], new Date('2026-01-16T21:30:00Z'))?.toISOString()).toBe('2026-01-19T07:00:00.000Z');
    // A closed Monday moves it to Tuesday.
    const closedMonday = [{ date: '2026-01-19', closed: true }];
    expect(nextOpening(weekdays8to22, closedMonday, new Date('2026-01-16T21:30:00Z'))?.toISOString()).toBe('2026-01-20T07:00:00.000Z');
    expect(nextOpening([], [], new Date('2026-01-16T21:30:00Z'))).toBeNull();
  });
});
