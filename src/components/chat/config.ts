// What the server hands the browser for the chat: built at build time by server-config.ts, carried
// in the persisted host's `data-config`, read by the loader and the island. Texts come ready-made
// (UI strings from sv.json and the editors' status texts) so no dictionary ships to the browser.
import { nextOpening, openingWords, type OpeningHours, type OpeningHoursException } from '../../lib/opening-hours';

export const CHAT_TEXT_KEYS = [
  'title',
  'minimise',
  'restore',
  'end',
  'close',
  'checking',
  'connecting',
  'queued',
  'minute',
  'minutes',
  'connected',
  'ending',
  'ended',
  'endedCounsellor',
  'slow',
  'frameTitle',
  'unreadOne',
  'unreadMany',
  'unreadBadge',
  'anonymous',
  'phone',
  'emergencyLead',
  'emergencyCall',
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
  'line90101Lead',
  'line90101Call',
  'line90101Chat',
  'line1177Lead',
  'line1177Call',
  'opensToday',
  'opensTomorrow',
  'opensLater',
] as const;

export type ChatTexts = Record<(typeof CHAT_TEXT_KEYS)[number], string>;

export interface ChatConfig {
  embedUrl: string;
  statusUrl: string;
  tel: string;
  timeZone: string;
  hours: OpeningHours[];
  exceptions: OpeningHoursException[];
  /** The week and coming exceptions as lines, for the fallback. */
  hoursText: string[];
  texts: ChatTexts;
}

/** sessionStorage key for the running session's id: written only after the visitor started a chat. */
export const SESSION_KEY = 'stodlinjen.chatt';
/** sessionStorage key set while that chat is minimised, so a reload keeps it minimised. */
export const MINIMISED_KEY = 'stodlinjen.chatt.minimerad';

/** Fills `{name}` placeholders, as t() does on the server. */
export const fill = (text: string, values: Record<string, string | number>): string =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));

/** "Chatten öppnar igen i morgon kl. 09:00." when the schedule is closed at `now`, else ''. */
export function opensAgainText({ hours, exceptions, timeZone, texts }: ChatConfig, now: Date): string {
  const at = nextOpening(hours, exceptions, now, timeZone);
  if (!at) return '';
  const words = openingWords(at, now, timeZone);
  return fill(words.when === 'today' ? texts.opensToday : words.when === 'tomorrow' ? texts.opensTomorrow : texts.opensLater, words);
}
