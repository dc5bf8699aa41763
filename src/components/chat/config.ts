// What the server hands the browser for the chat: built at build time by server-config.ts, carried
// in the persisted host's `data-config`, read by the loader and the island. Texts come ready-made
// in the page's language (UI strings from its catalog, the editors' status texts for that locale),
// and counted messages as their plural forms, so no dictionary ships to the browser.
import type { PluralForms } from '../../i18n';
import type { Locale } from '../../i18n/locales';
import { fill } from '../../i18n/fill';
import type { HelpContact } from '../contact/help-contacts';
import { nextOpening, type OpeningHours, type OpeningHoursException } from '../../lib/opening-hours';

export const CHAT_TEXT_KEYS = [
  'title',
  'minimise',
  'restore',
  'end',
  'close',
  'checking',
  'connecting',
  'queued',
  'connected',
  'ending',
  'ended',
  'endedCounsellor',
  'slow',
  'frameTitle',
  'unreadBadge',
  'anonymous',
  'hoursHeading',
  'open',
  'busy',
  'closed',
  'unavailable',
  'resumed',
  'lost',
  'restart',
  'retry',
  'confirmEnd',
  'confirmYes',
  'confirmNo',
  'stalled',
  'quickExit',
  'openNowHeading',
  'opensToday',
  'opensTomorrow',
  'opensLater',
] as const;

/** A help contact as the panel shows it (src/components/contact/help-contacts.ts, without the card heading). */
export type PanelContact = Omit<HelpContact, 'heading' | 'id'>;

export type ChatTexts = Record<(typeof CHAT_TEXT_KEYS)[number], string>;

export interface ChatConfig {
  /** The page's locale; `lang` and `dir` are its `<html lang>` and direction, `intl` formats its numbers and dates. */
  locale: Locale;
  lang: string;
  dir: 'ltr' | 'rtl';
  intl: string;
  /** A variant of `lang` the site shows and tells the contact service (`lattlast`: easy-read Swedish). */
  variant: string | null;
  embedUrl: string;
  statusUrl: string;
  timeZone: string;
  hours: OpeningHours[];
  exceptions: OpeningHoursException[];
  /** The week and coming exceptions as lines, for the fallback. */
  hoursText: string[];
  texts: ChatTexts;
  /** The fallbacks, from the site's one list of help contacts: the line's phone and 112; when the line is closed, who is open now. */
  contacts: { line: PanelContact[]; openNow: PanelContact[] };
  /** Counted messages, every plural form the language has; chosen with Intl.PluralRules in the browser. */
  plurals: { unread: PluralForms; waitMinutes: PluralForms };
}

/** sessionStorage key for the running session's id: written only after the visitor started a chat. */
export const SESSION_KEY = 'stodlinjen.chatt';
/** sessionStorage key set while that chat is minimised, so a reload keeps it minimised. */
export const MINIMISED_KEY = 'stodlinjen.chatt.minimerad';

/** "The chat opens again tomorrow at 09:00." when the schedule is closed at `now`, else ''; days and dates in the page's language. */
export function opensAgainText({ hours, exceptions, timeZone, texts, intl }: ChatConfig, now: Date): string {
  const at = nextOpening(hours, exceptions, now, timeZone);
  if (!at) return '';
  const part = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(intl, { timeZone, ...options }).format(at);
  // Calendar days apart in the line's time zone (ISO dates, whatever the page's language).
  const day = (date: Date) => Date.parse(new Intl.DateTimeFormat('sv-SE', { timeZone }).format(date));
  const days = Math.round((day(at) - day(now)) / 864e5);
  return fill(days < 1 ? texts.opensToday : days < 2 ? texts.opensTomorrow : texts.opensLater, {
    weekday: part({ weekday: 'long' }),
    date: part({ day: 'numeric', month: 'long' }),
    time: part({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
  });
}
