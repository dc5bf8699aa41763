// Build time: the chat's browser config for one page's language from contactSettings (as the data
// layer resolved them for that locale) and the CHAT_* overrides, or `null` when the chat is off or
// its addresses are unusable, so entries stay plain links.
import type { ContactSettings } from '../../data/content';
import { uiFor, type Ui } from '../../i18n';
import { contactServiceUrls } from '../../lib/contact-origins';
import { describeWeek, isOpenAroundTheClock, weeklyHours, type OpeningHours, type OpeningHoursException } from '../../lib/opening-hours';
import { helpContacts, type HelpContactId } from '../contact/help-contacts';
import { isolateNumbers } from '../../lib/phone';
import type { ChatConfig, PanelContact } from './config';
import { todayIn } from '../../lib/today';

/** The weekly hours without Sanity's bookkeeping fields, and only complete entries. */
export function openingHours(contact: ContactSettings): OpeningHours[] {
  return weeklyHours(contact.openingHours);
}

/** Exceptions from `today` on (YYYY-MM-DD in the line's time zone). */
function openingExceptions(contact: ContactSettings, today: string): OpeningHoursException[] {
  return contact.openingHoursExceptions.flatMap(({ date, closed, opens, closes, note }) =>
    date && date >= today ? [{ date, closed: !!closed, ...(opens && { opens }), ...(closes && { closes }), ...(note && { note }) }] : [],
  );
}

/** The weekly hours and the exceptions still to come, as of `now` in the line's time zone. */
export function schedule(contact: ContactSettings, now = new Date()): { hours: OpeningHours[]; exceptions: OpeningHoursException[] } {
  const today = todayIn(contact.timeZone, now);
  return { hours: openingHours(contact), exceptions: openingExceptions(contact, today) };
}

/** The variant of the page's language the contact service is told about (`variant=` in the embed URL). */
const VARIANTS: Partial<Record<Ui['locale'], string>> = { 'sv-lattlast': 'lattlast' };

export function chatConfig(contact: ContactSettings, ui: Ui, now = new Date(), env: NodeJS.ProcessEnv = process.env): ChatConfig | null {
  const { embedUrl, statusUrl } = contactServiceUrls(contact, env);
  if (!contact.chatEnabled || !embedUrl || !statusUrl) return null;
  const { hours, exceptions } = schedule(contact, now);
  const { t } = ui;
  const panelContacts = (include: HelpContactId[]): PanelContact[] => helpContacts(ui, contact, { include }).map(({ heading: _heading, id: _id, ...shown }) => shown);
  return {
    locale: ui.locale,
    lang: ui.lang,
    dir: ui.dir,
    intl: ui.intl,
    variant: VARIANTS[ui.locale] ?? null,
    embedUrl,
    statusUrl,
    timeZone: contact.timeZone,
    hours,
    exceptions,
    hoursText: [
      ...describeWeek(hours, ui),
      ...exceptions.map((e) => `${ui.date(e.date)}: ${e.closed ? t('contact.closed') : `${e.opens ?? '00:00'}–${e.closes ?? '24:00'}`}${e.note ? ` (${e.note})` : ''}`),
    ],
    texts: {
      title: t('chat.title'),
      minimise: t('chat.minimise'),
      restore: t('chat.restore'),
      end: t('chat.end'),
      close: t('chat.close'),
      checking: t('chat.checking'),
      connecting: t('chat.connecting'),
      queued: t('chat.queued'),
      connected: t('chat.connected'),
      ending: t('chat.ending'),
      ended: t('chat.ended'),
      endedCounsellor: t('chat.endedCounsellor'),
      slow: t('chat.slow'),
      frameTitle: t('chat.frameTitle'),
      unreadBadge: t('chat.unreadBadge'),
      anonymous: t('chat.anonymous'),
      hoursHeading: t('contact.hoursHeading'),
      // The editors' own words where they wrote them. chat-loader.ts writes open and closed into the
      // page as plain text, without the panel's markup: their numbers come isolated as characters.
      open: isolateNumbers(contact.statusOpenText?.trim() || t('chat.open'), [contact.phoneNumber]),
      busy: contact.statusBusyText?.trim() || t('chat.busy'),
      closed: isolateNumbers(contact.statusClosedText?.trim() || t('chat.closed'), [contact.phoneNumber]),
      unavailable: contact.statusUnavailableText?.trim() || t('chat.unavailable'),
      resumed: t('chat.resumed'),
      lost: t('chat.lost'),
      restart: t('chat.restart'),
      retry: t('chat.retry'),
      confirmEnd: t('chat.confirmEnd'),
      confirmYes: t('chat.confirmYes'),
      confirmNo: t('chat.confirmNo'),
      stalled: t('chat.stalled'),
      quickExit: t('quickExit.label'),
      openNowHeading: t('chat.openNowHeading'),
      opensToday: t('chat.opensToday'),
      opensTomorrow: t('chat.opensTomorrow'),
      opensLater: t('chat.opensLater'),
    },
    contacts: { line: panelContacts(['phone', 'emergency']), openNow: panelContacts(['suicideLine', 'healthcare', 'emergency']) },
    plurals: { unread: ui.pluralForms('chat.unread'), waitMinutes: ui.pluralForms('chat.waitMinutes') },
  };
}

/**
 * What a page says about the chat before (or without) JavaScript. A built page is read long after
 * the build, so it says "open now" only when the schedule never closes; otherwise it gives the
 * hours, and chat-loader.ts replaces them with open or closed for the visitor's moment.
 */
export function serverChatState(config: ChatConfig): { state: 'open' | 'scheduled'; text: string } {
  if (isOpenAroundTheClock(config.hours, config.exceptions)) return { state: 'open', text: config.texts.open };
  const hours = describeWeek(config.hours, uiFor(config.locale)).join('. ');
  // Mid-sentence, a weekday starts in lower case only where the language writes it so (Swedish, not English).
  const monday = new Intl.DateTimeFormat(config.intl, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, 0, 5)));
  const lower = monday === monday.toLocaleLowerCase(config.intl);
  const text = lower ? hours.charAt(0).toLocaleLowerCase(config.intl) + hours.slice(1) : hours;
  return { state: 'scheduled', text: uiFor(config.locale).t('chat.scheduled', { hours: text }) };
}

const perBuild = new WeakMap<ContactSettings, Map<Ui['locale'], ChatConfig | null>>();

/** chatConfig for this build's content: every page of a language gets the same, so it is computed once per language. */
export function buildChatConfig(contact: ContactSettings, ui: Ui): ChatConfig | null {
  let configs = perBuild.get(contact);
  if (!configs) perBuild.set(contact, (configs = new Map()));
  if (!configs.has(ui.locale)) configs.set(ui.locale, chatConfig(contact, ui));
  return configs.get(ui.locale)!;
}
