// The crisis plan's professionals step starts filled in with the ways to get help now, from the
// contact settings and help-contacts.ts (the one source of the numbers and their wording): the
// line's phone and chat with their hours, Självmordslinjen, 1177 and 112, in the page's language.
import type { ContactSettings } from '../../data/content';
import type { Ui } from '../../i18n';
import { helpContacts, helpContactText, type HelpContactId } from '../contact/help-contacts';
import { isAroundTheClock, phoneHoursText } from '../contact/reach';

const PLAN_CONTACTS: readonly HelpContactId[] = ['phone', 'chat', 'suicideLine', 'healthcare', 'emergency'];

/**
 * One line of plain text per contact: a plan is written down, printed and saved as text, so each
 * line says all of it (the chat by the address of the contact page, as on paper there is no link).
 * The chat is left out where the contact settings switch it off.
 */
export function prefilledEntries(ui: Ui, contact: ContactSettings, contactPageUrl: URL): string[] {
  const hours = isAroundTheClock(contact) ? ui.t('hours.aroundTheClock') : phoneHoursText(contact, ui);
  const notes = (...parts: Array<string | undefined>) => new Intl.ListFormat(ui.intl, { type: 'unit', style: 'short' }).format(parts.filter((part): part is string => !!part));
  // The address reads left to right, kept whole in right-to-left text (text without markup: the isolate characters).
  const address = `${contactPageUrl.host}${contactPageUrl.pathname}`;
  const isolated = ui.dir === 'rtl' ? `\u2066${address}\u2069` : address;
  return helpContacts(ui, contact, { include: PLAN_CONTACTS.filter((id) => id !== 'chat' || contact.chatEnabled), hours }).map((help) =>
    help.id === 'chat' ? helpContactText({ ...help, label: ui.t('safetyPlan.chatAt', { label: help.label, address: isolated }), note: notes(hours, help.note) }) : helpContactText(help),
  );
}
