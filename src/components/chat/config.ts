// What the server hands the browser for the chat: built at build time by server-config.ts, carried
// in the persisted host's `data-config`, read by the loader and the island. Texts come ready-made
// (UI strings from sv.json and the editors' status texts) so no dictionary ships to the browser.
import type { OpeningHours, OpeningHoursException } from '../../lib/opening-hours';

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

/** Fills `{name}` placeholders, as t() does on the server. */
export const fill = (text: string, values: Record<string, string | number>): string =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
