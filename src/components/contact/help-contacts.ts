// The ways to get help now, decided once for every place that lists them: the help bar, the
// contact options, the footer, the search page's crisis box, the chat entry, Portable Text help
// boxes, printed articles and the chat panel's fallbacks. Each place picks which contacts it shows
// and how; the words, the numbers, the links and what is promised about language come from here.
//
// Truthful per language: the line's counselling is in the languages `counsellingLanguages` says
// (Swedish when the settings say nothing). A page in a language the line does not always speak says
// in which languages it does, and where interpreters are available (112, 1177).
//
// Numbers in the contacts' words are isolated by the site's one rule (src/lib/phone.ts).
import type { Ui } from '../../i18n';
import { NUMBER_MARKUP, phoneHtml, phoneSegments, SERVICE_NUMBERS, telHref } from '../../lib/phone';
import { contactPath } from '../../lib/routes';

export type HelpContactId = 'phone' | 'chat' | 'suicideLine' | 'healthcare' | 'emergency';

export type CounsellingLanguage = { language?: string | null; availability?: string | null };

/** What the contacts need from contactSettings (a `ContactSettings` fits). */
export type HelpContactSettings = {
  phoneNumber: string;
  /** Spoken languages of the counselling: `always`, or `whenAvailable` (only when a counsellor who speaks it is on duty). */
  counsellingLanguages?: ReadonlyArray<CounsellingLanguage | null> | null;
};

export type HelpContact = {
  id: HelpContactId;
  /** A short name for layouts that head each contact ("Ring", "Chatta", "Vid akut fara:"). */
  heading: string;
  /** Said before the link, in bold ("Vid akut fara:"). */
  lead?: string;
  href: string;
  /** The number the link dials, as written in the label (the phone contacts). */
  number?: string;
  /** The link's text; numbers in it are isolated when rendered. */
  label: string;
  /** Opens the chat in place when its script runs (`data-chat-entry`). */
  chatEntry?: true;
  /** Plain text right after the link ("eller chatta via mind.se"). */
  after?: string;
  /** When and in which language, shown in brackets or under the link ("dygnet runt, på svenska"). */
  note?: string;
  emergency?: true;
};

export type HelpContactOptions = {
  /** Which contacts, in this order. Default: the line's phone, the chat, 112. */
  include?: readonly HelpContactId[];
  /** Where the chat link leads without JavaScript; default the page language's contact page. */
  chatHref?: string;
  /** When the phone answers ("dygnet runt", or the week); only what the schedule guarantees. */
  hours?: string;
  /** `short` names only the languages every counsellor speaks (for the narrow help bar). */
  languages?: 'full' | 'short';
};

export const DEFAULT_CONTACTS: readonly HelpContactId[] = ['phone', 'chat', 'emergency'];

/** The spoken language of a page: easy-read Swedish is Swedish. */
const spoken = (ui: Pick<Ui, 'lang'>) => ui.lang.split('-')[0]!;

function counselling(languages: HelpContactSettings['counsellingLanguages']): { always: string[]; sometimes: string[] } {
  const entries = (languages ?? []).filter((entry): entry is CounsellingLanguage => !!entry && typeof entry.language === 'string' && !!entry.language);
  const always = entries.filter((entry) => entry.availability === 'always').map((entry) => entry.language!);
  const sometimes = entries.filter((entry) => entry.availability === 'whenAvailable').map((entry) => entry.language!);
  // Settings that name no language every counsellor speaks promise nothing beyond Swedish.
  return always.length ? { always, sometimes: sometimes.filter((code) => !always.includes(code)) } : { always: ['sv'], sometimes };
}

/** Whether every counsellor speaks the page's language; the contacts then say nothing about language. */
export function speaksPageLanguage(ui: Pick<Ui, 'lang'>, contact: HelpContactSettings): boolean {
  return counselling(contact.counsellingLanguages).always.includes(spoken(ui));
}

/**
 * In which languages the line counsels, for a page in a language not every counsellor speaks:
 * "in Swedish" (short), and in full also the page's own language where some counsellors speak it
 * ("in Swedish and in English when a counsellor who speaks English is on duty" on English pages).
 * Other languages offered only sometimes are no help to the reader and are not named.
 * `undefined` when every counsellor speaks the page's language.
 */
export function counsellingNote(ui: Pick<Ui, 't' | 'lang' | 'intl'>, contact: HelpContactSettings, length: 'full' | 'short' = 'full'): string | undefined {
  if (speaksPageLanguage(ui, contact)) return undefined;
  const { always, sometimes } = counselling(contact.counsellingLanguages);
  const names = new Intl.DisplayNames(ui.intl, { type: 'language' });
  const phrases = [
    ...always.map((code) => ui.t('help.counsellingIn', { language: names.of(code) ?? code })),
    ...(length === 'full' ? sometimes.filter((code) => code === spoken(ui)).map((code) => ui.t('help.counsellingWhenAvailable', { language: names.of(code) ?? code })) : []),
  ];
  return new Intl.ListFormat(ui.intl, { type: 'conjunction' }).format(phrases);
}

/** The contacts a place shows, in the page's language. */
export function helpContacts(ui: Pick<Ui, 't' | 'lang' | 'intl' | 'locale'>, contact: HelpContactSettings, options: HelpContactOptions = {}): HelpContact[] {
  const notes = (...parts: Array<string | undefined>) => {
    const present = parts.filter((part): part is string => !!part);
    return present.length ? { note: new Intl.ListFormat(ui.intl, { type: 'unit', style: 'short' }).format(present) } : {};
  };
  const language = counsellingNote(ui, contact, options.languages);
  // Where the line does not speak the visitor's language, say where an interpreter can be had.
  const interpreter = speaksPageLanguage(ui, contact) ? undefined : ui.t('help.interpreter');
  const make: Record<HelpContactId, () => HelpContact> = {
    phone: () => ({
      id: 'phone',
      heading: ui.t('contact.phoneHeading'),
      href: telHref(contact.phoneNumber),
      number: contact.phoneNumber,
      label: ui.t('help.phoneLabel', { phone: contact.phoneNumber }),
      ...notes(options.hours, language),
    }),
    chat: () => ({
      id: 'chat',
      heading: ui.t('contact.chatHeading'),
      href: options.chatHref ?? contactPath(ui.locale),
      label: ui.t('help.chat'),
      chatEntry: true,
      ...notes(language),
    }),
    suicideLine: () => ({
      id: 'suicideLine',
      heading: ui.t('help.line90101Lead'),
      lead: ui.t('help.line90101Lead'),
      href: telHref(SERVICE_NUMBERS.suicideLine),
      number: SERVICE_NUMBERS.suicideLine,
      label: ui.t('help.line90101Call'),
      after: ui.t('help.line90101Chat'),
    }),
    healthcare: () => ({
      id: 'healthcare',
      heading: ui.t('help.line1177Lead'),
      lead: ui.t('help.line1177Lead'),
      href: telHref(SERVICE_NUMBERS.healthcare),
      number: SERVICE_NUMBERS.healthcare,
      label: ui.t('help.line1177Call'),
      ...notes(interpreter),
    }),
    emergency: () => ({
      id: 'emergency',
      heading: ui.t('help.emergencyLead'),
      lead: ui.t('help.emergencyLead'),
      href: telHref(SERVICE_NUMBERS.emergency),
      number: SERVICE_NUMBERS.emergency,
      label: ui.t('help.emergencyCall'),
      emergency: true,
      ...notes(interpreter),
    }),
  };
  return (options.include ?? DEFAULT_CONTACTS).map((id) => make[id]());
}

const escape = (value: string) => value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** Words around a contact's link (its name, what follows, the note): numbers isolated, not linked again. */
const isolatedHtml = (contact: HelpContact, text: string) => phoneHtml(text, { known: [contact.number], link: false });

export type HelpContactsHtmlOptions = {
  /** `list`: one line per contact; `cards`: a heading, the link large, the note under it. */
  layout?: 'list' | 'cards';
  /** Classes of each link (list layout). */
  linkClass?: string;
  /** Classes of the note in brackets after the link (list layout), when it needs a line of its own. */
  noteClass?: string;
  /** Heading level of each card. */
  headingLevel?: 2 | 3;
  /** The chat's state as the build knows it, shown after the chat link (replaced in the browser). */
  chatState?: { state: string; text: string; class?: string };
};

const classes = (value: string | undefined) => (value ? ` class="${escape(value)}"` : '');

function link(contact: HelpContact, className: string | undefined): string {
  // A label that is only the number makes the link itself the isolate: an isolate nested at a link's
  // start leaves the link an empty box at the end of the line when it wraps.
  const parts = phoneSegments(contact.label, [contact.number]);
  const only = parts.length === 1 && parts[0]!.kind !== 'text';
  const classes = [className, only && NUMBER_MARKUP.class].filter(Boolean).join(' ');
  const attributes = `${classes ? ` class="${escape(classes)}"` : ''} href="${escape(contact.href)}"${contact.chatEntry ? ' data-chat-entry' : ''}`;
  return only ? `<a${attributes} dir="${NUMBER_MARKUP.dir}">${escape(contact.label)}</a>` : `<a${attributes}>${isolatedHtml(contact, contact.label)}</a>`;
}

function chatState(contact: HelpContact, options: HelpContactsHtmlOptions): string {
  const state = contact.id === 'chat' && options.chatState;
  // A space before it: without a stylesheet (text browsers, reader modes) it follows the link on the same line.
  return state ? ` <span${classes(state.class)} data-chat-state="${escape(state.state)}">${isolatedHtml(contact, state.text)}</span>` : '';
}

/** One contact as list item HTML: the help box (src/portable-text/render.ts) adds its own items between. */
export function helpContactHtml(contact: HelpContact, options: HelpContactsHtmlOptions = {}): string {
  if (options.layout === 'cards') {
    const h = `h${options.headingLevel ?? 2}`;
    return [
      `<li class="rounded-md p-4 ${contact.emergency ? 'bg-help text-help-ink' : 'bg-surface'}">`,
      `<${h} class="font-semibold text-lg">${isolatedHtml(contact, contact.heading)}</${h}>`,
      `<p>${link(contact, 'text-xl font-bold')}${contact.after ? ` ${isolatedHtml(contact, contact.after)}` : ''}</p>`,
      contact.note ? `<p class="text-sm">${isolatedHtml(contact, contact.note)}</p>` : '',
      chatState(contact, options),
      '</li>',
    ].join('');
  }
  return [
    '<li>',
    contact.lead ? `<strong>${isolatedHtml(contact, contact.lead)}</strong> ` : '',
    link(contact, options.linkClass),
    contact.after ? ` ${isolatedHtml(contact, contact.after)}` : '',
    contact.note ? ` ${options.noteClass ? `<span${classes(options.noteClass)}>` : ''}(${isolatedHtml(contact, contact.note)})${options.noteClass ? '</span>' : ''}` : '',
    chatState(contact, options),
    '</li>',
  ].join('');
}

/** The `<li>`s of a list of contacts. */
export function helpContactsHtml(contacts: readonly HelpContact[], options: HelpContactsHtmlOptions = {}): string {
  return contacts.map((contact) => helpContactHtml(contact, options)).join('');
}
