// The contact settings every page shows (the line's number, opening hours, the chat), checked
// field by field: one wrong value would go out on every page, so problems stop the build.
import type { SETTINGS_QUERY_RESULT } from '../sanity.types';
import type { Locale } from '../i18n/locales';
import { isServiceAddress } from '../lib/contact-origins';
import { isCalendarDate, isTime, isTimeRange, isTimeZone, isWeekday, repeatedDates, WEEKDAYS } from '../lib/opening-hours-rules';
import { isPhoneNumber } from '../lib/phone';
import { LINE_TIME_ZONE } from '../lib/today';
import { ContentError, type ContentReport } from './report';
import { fieldsOf } from './shape';
import { localized } from './localized';

type RawContact = NonNullable<SETTINGS_QUERY_RESULT['contact']>;

type ContactTexts = 'statusOpenText' | 'statusBusyText' | 'statusClosedText' | 'statusUnavailableText' | 'counsellingNote' | 'counsellingLanguages';
type RawException = NonNullable<RawContact['openingHoursExceptions']>[number];
export type ContactSettings = Omit<RawContact, ContactTexts | 'phoneNumber' | 'openingHours' | 'openingHoursExceptions' | 'chatEnabled' | 'timeZone'> & {
  phoneNumber: string;
  chatEnabled: boolean;
  timeZone: string;
  openingHours: NonNullable<RawContact['openingHours']>;
  openingHoursExceptions: Array<Omit<RawException, 'note'> & { note: string | null }>;
  statusOpenText: string | null;
  statusBusyText: string | null;
  statusClosedText: string | null;
  statusUnavailableText: string | null;
  /** The languages counsellors speak: `always`, or only `whenAvailable` (a counsellor who speaks it is on duty). */
  counsellingLanguages: Array<{ language: string; availability: 'always' | 'whenAvailable' }>;
  /** The visitor text saying which languages the counselling is in, in this page's language. */
  counsellingNote: string | null;
};

// The national support line's real number, around the clock: used only when the contact settings
// document is missing, so a page never goes out without a way to get help.
const FALLBACK_CONTACT: ContactSettings = {
  phoneNumber: '90 390',
  chatEnabled: false,
  chatEmbedUrl: null,
  chatStatusUrl: null,
  timeZone: LINE_TIME_ZONE,
  openingHours: WEEKDAYS.map((day) => ({ day, opens: '00:00', closes: '24:00' })),
  openingHoursExceptions: [],
  statusOpenText: null,
  statusBusyText: null,
  statusClosedText: null,
  statusUnavailableText: null,
  counsellingLanguages: [{ language: 'sv', availability: 'always' }],
  counsellingNote: null,
};

const stated = (value: unknown) => (value === undefined || value === null ? 'is missing' : `${JSON.stringify(value)} is not`);

/**
 * The contact settings every page shows (phone number, opening hours, the chat). Unlike other
 * content nothing is left out here: a wrong number or an unreadable schedule would go out on
 * every page as a wrong tel: link or a day shown as closed, so each problem is collected and the
 * build stops, naming every field.
 */
export function contactSettings(raw: SETTINGS_QUERY_RESULT['contact'], report: ContentReport): (locale: Locale) => ContactSettings {
  if (!raw) {
    report.warn('contactSettings', '(document)', 'is missing; the national number and 24/7 hours are shown');
    return () => FALLBACK_CONTACT;
  }
  const problems: string[] = [];
  const fields: string[] = [];
  const problem = (field: string, message: string) => {
    problems.push(`contactSettings.${field} ${message}`);
    fields.push(field);
  };
  const f = fieldsOf('contactSettings', report);

  if (!isPhoneNumber(raw.phoneNumber)) problem('phoneNumber', `${stated(raw.phoneNumber)} a phone number: digits, grouped with spaces or hyphens, e.g. "90 390"`);
  if (raw.chatEnabled != null && typeof raw.chatEnabled !== 'boolean') problem('chatEnabled', `${stated(raw.chatEnabled)} true or false`);
  for (const field of ['chatEmbedUrl', 'chatStatusUrl'] as const) {
    if (raw[field] == null) {
      if (raw.chatEnabled === true) report.warn('contactSettings', field, 'is missing; the chat stays off unless CHAT_EMBED_URL and CHAT_STATUS_URL are set');
    } else if (!isServiceAddress(raw[field])) problem(field, `${stated(raw[field])} an https:// address (http:// only for this machine)`);
  }
  if (raw.timeZone != null && !isTimeZone(raw.timeZone)) problem('timeZone', `${stated(raw.timeZone)} a time zone such as "Europe/Stockholm"`);

  const times = (entry: Record<string, unknown>, field: string) => {
    if (!isTime(entry.opens)) problem(`${field}.opens`, `${stated(entry.opens)} a time HH:MM from 00:00 to 23:59`);
    if (!isTime(entry.closes, { endOfDay: true })) problem(`${field}.closes`, `${stated(entry.closes)} a time HH:MM from 00:00 to 24:00`);
    else if (isTime(entry.opens) && !isTimeRange(entry.opens, entry.closes)) problem(field, `opens and closes at the same time (${entry.opens}); use 00:00–24:00 for the whole day`);
  };
  // Entries that are not objects are reported here; the others keep their index in the list.
  const entries = (value: unknown, field: string): Array<Record<string, unknown> | null> =>
    (Array.isArray(value) ? value : []).map((entry, index) => {
      if (entry && typeof entry === 'object' && !Array.isArray(entry)) return entry as Record<string, unknown>;
      problem(`${field}[${index}]`, 'is not an entry with a day and times');
      return null;
    });

  if (!Array.isArray(raw.openingHours) || raw.openingHours.length === 0) problem('openingHours', 'is missing, empty or not a list: the weekly schedule is needed');
  entries(raw.openingHours, 'openingHours').forEach((entry, index) => {
    if (!entry) return;
    if (!isWeekday(entry.day)) problem(`openingHours[${index}].day`, `${stated(entry.day)} a weekday (monday … sunday)`);
    times(entry, `openingHours[${index}]`);
  });
  const exceptions = entries(raw.openingHoursExceptions, 'openingHoursExceptions');
  exceptions.forEach((entry, index) => {
    if (!entry) return;
    const field = `openingHoursExceptions[${index}]`;
    if (!isCalendarDate(entry.date)) problem(`${field}.date`, `${stated(entry.date)} a date YYYY-MM-DD`);
    if (entry.closed != null && typeof entry.closed !== 'boolean') problem(`${field}.closed`, `${stated(entry.closed)} true or false`);
    if (entry.closed !== true) times(entry, field);
    if (entry.note != null && typeof entry.note !== 'string' && !Array.isArray(entry.note)) problem(`${field}.note`, `${stated(entry.note)} text`);
  });
  for (const { index, first } of repeatedDates(exceptions))
    problem(`openingHoursExceptions[${index}].date`, `repeats the date of openingHoursExceptions[${first}] (${String(exceptions[index]!.date)}); keep one`);

  if (problems.length) {
    throw new ContentError(
      `contactSettings cannot be used: every page shows its phone number and opening hours, so the build stops.\n${problems.map((line) => `  - ${line}`).join('\n')}`,
      fields.map((field) => ({ documentId: 'contactSettings', field })),
    );
  }
  const openingHours = raw.openingHours!;
  const checked = raw;
  const AVAILABILITY = ['always', 'whenAvailable'] as const;
  const counsellingLanguages = f.list(raw.counsellingLanguages, 'counsellingLanguages').flatMap((item, index) => {
    const entry = f.object(item, `counsellingLanguages[${index}]`);
    const language = entry && f.text(entry.language, `counsellingLanguages[${index}].language`);
    const availability = entry && f.oneOf(entry.availability, `counsellingLanguages[${index}].availability`, AVAILABILITY);
    return language && availability ? [{ language, availability }] : [];
  });
  return (locale) => {
    const text = (field: 'statusOpenText' | 'statusBusyText' | 'statusClosedText' | 'statusUnavailableText' | 'counsellingNote') => {
      const found = localized(checked[field], locale, 'contactSettings', field, report);
      return f.text(found.value, found.field);
    };
    return {
      ...checked,
      chatEmbedUrl: checked.chatEmbedUrl ?? null,
      chatStatusUrl: checked.chatStatusUrl ?? null,
      statusOpenText: text('statusOpenText'),
      statusBusyText: text('statusBusyText'),
      statusClosedText: text('statusClosedText'),
      statusUnavailableText: text('statusUnavailableText'),
      counsellingLanguages: counsellingLanguages.length ? counsellingLanguages : FALLBACK_CONTACT.counsellingLanguages,
      counsellingNote: text('counsellingNote'),
      phoneNumber: checked.phoneNumber!.trim(),
      chatEnabled: checked.chatEnabled ?? false,
      timeZone: checked.timeZone ?? FALLBACK_CONTACT.timeZone,
      openingHours,
      openingHoursExceptions: (checked.openingHoursExceptions ?? []).map((exception, index) => {
        const note = localized(exception.note, locale, 'contactSettings', `openingHoursExceptions[${index}].note`, report);
        return { ...exception, note: f.text(note.value, note.field) };
      }),
    };
  };
}

/** The deployment's overrides of the contact service's addresses must be usable too, or the build stops. */
export function checkServiceOverrides(env: Record<string, string | undefined> = process.env): void {
  for (const name of ['CHAT_EMBED_URL', 'CHAT_STATUS_URL'] as const) {
    const value = env[name]?.trim();
    if (value && !isServiceAddress(value)) throw new ContentError(`${name} "${value}" is not an https:// address (http:// only for this machine); fix it or unset it to use contactSettings.`);
  }
}
