// Where the chat points and what it tells the browser: contactSettings, the CHAT_* overrides, and
// the chat staying off rather than pointing somewhere unusable.
import { describe, expect, it } from 'vitest';
import { opensAgainText } from '../../../src/components/chat/config';
import { chatConfig, serverChatState } from '../../../src/components/chat/server-config';
import { uiFor } from '../../../src/i18n';
import { contactOrigins, contactServiceUrls } from '../../../src/lib/contact-origins';
import { CHAT_ON, contactSettings } from '../../support/fixtures';

const contact = contactSettings({
  ...CHAT_ON,
  chatStatusUrl: 'https://status.example/status',
  openingHours: [
    { day: 'monday', opens: '08:00', closes: '20:00' },
    { day: 'tuesday', opens: '08:00', closes: null },
  ],
  openingHoursExceptions: [
    { date: '2026-01-01', closed: true, opens: null, closes: null, note: null },
    { date: '2026-12-24', closed: false, opens: '10:00', closes: '14:00', note: 'julafton' },
  ],
  statusOpenText: 'Öppet nu',
  statusClosedText: '  ',
  statusUnavailableText: 'Ring oss',
  counsellingLanguages: [{ language: 'sv', availability: 'always' }],
});
const NOON = new Date('2026-06-01T12:00:00+02:00');
const sv = uiFor('sv');

describe('contact service addresses', () => {
  it('come from contactSettings, with the environment overriding them per deployment', () => {
    expect(contactServiceUrls(contact, {})).toEqual({
      embedUrl: 'https://chatt.example/embed',
      statusUrl: 'https://status.example/status',
    });
    const local = contactOrigins(contact, { CHAT_EMBED_URL: 'http://127.0.0.1:4400/chat/embed', CHAT_STATUS_URL: 'http://127.0.0.1:4400/status' });
    expect(local).toEqual({ embed: 'http://127.0.0.1:4400', status: 'http://127.0.0.1:4400' });
    expect(contactOrigins(contact, {})).toEqual({ embed: 'https://chatt.example', status: 'https://status.example' });
  });

  it('refuse plain http except on this machine, and anything that is not a web address', () => {
    expect(contactServiceUrls({ chatEmbedUrl: 'http://chatt.example/embed', chatStatusUrl: 'javascript:alert(1)' }, {})).toEqual({ embedUrl: null, statusUrl: null });
    expect(contactOrigins(null, {})).toEqual({ embed: null, status: null });
  });
});

describe('the chat config a page carries', () => {
  it('is absent when the chat is off or an address is missing, so entries stay links to the contact page', () => {
    expect(chatConfig({ ...contact, chatEnabled: false }, sv, NOON, {})).toBeNull();
    expect(chatConfig({ ...contact, chatStatusUrl: null }, sv, NOON, {})).toBeNull();
  });

  it('carries the schedule, upcoming exceptions as text, and the editors’ texts with defaults where they left them empty', () => {
    const config = chatConfig(contact, sv, NOON, {})!;
    expect(config.contacts.line).toEqual([
      { href: 'tel:90390', number: '90 390', label: 'Ring Stödlinjen på 90 390' },
      { lead: 'Vid akut fara:', href: 'tel:112', number: '112', label: 'ring 112', emergency: true },
    ]);
    expect(config.contacts.openNow.map((contact) => contact.href)).toEqual(['tel:90101', 'tel:1177', 'tel:112']);
    expect(config.hours).toEqual([{ day: 'monday', opens: '08:00', closes: '20:00' }]);
    expect(config.exceptions).toEqual([{ date: '2026-12-24', closed: false, opens: '10:00', closes: '14:00', note: 'julafton' }]);
    expect(config.hoursText).toContain('Måndag: 08:00–20:00');
    expect(config.hoursText.at(-1)).toBe('24 december 2026: 10:00–14:00 (julafton)');
    expect(config.texts.open).toBe('Öppet nu');
    expect(config.texts.unavailable).toBe('Ring oss');
    expect(config.texts.closed).toBe('Chatten är stängd just nu.');
    expect(config.texts.busy).toMatch(/^Många vill chatta/);
  });

  it('carries the open and closed texts, which the page shows as plain text, with their numbers isolated as characters', () => {
    const config = chatConfig({ ...contact, statusOpenText: 'Öppet. Eller ring 90 390.', statusClosedText: 'Stängt. Ring 112 vid fara.' }, uiFor('ar'), NOON, {})!;
    expect(config.texts.open).toBe('Öppet. Eller ring \u206690\u00a0390\u2069.');
    expect(config.texts.closed).toBe('Stängt. Ring \u2066112\u2069 vid fara.');
  });
});

const ALL_DAY = (['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const).map((day) => ({ day, opens: '00:00', closes: '24:00' }));

describe('what a built page says about the chat before JavaScript runs', () => {
  it('never says "open now" for a schedule that closes: it gives the hours instead', () => {
    const state = serverChatState(chatConfig(contact, sv, NOON, {})!);
    expect(state.state).toBe('scheduled');
    expect(state.text).toBe('Chattens öppettider: måndag: 08:00–20:00. Tisdag–söndag: stängt.');
    expect(state.text).not.toMatch(/öppen nu|dygnet runt/i);
  });

  it('says open only when the schedule is open around the clock, with no closed day coming', () => {
    const always = { ...contact, openingHours: ALL_DAY, openingHoursExceptions: [] };
    expect(serverChatState(chatConfig(always, sv, NOON, {})!)).toEqual({ state: 'open', text: 'Öppet nu' });
    const closedOnNewYear = { ...always, openingHoursExceptions: [{ date: '2027-01-01', closed: true, opens: null, closes: null, note: null }] };
    expect(serverChatState(chatConfig(closedOnNewYear, sv, NOON, {})!).state).toBe('scheduled');
    const pastClosure = { ...always, openingHoursExceptions: [{ date: '2026-01-01', closed: true, opens: null, closes: null, note: null }] };
    expect(serverChatState(chatConfig(pastClosure, sv, NOON, {})!).state).toBe('open');
  });
});

describe('when the chat opens again', () => {
  const config = chatConfig(
    {
      ...contact,
      openingHours: [
        { day: 'monday', opens: '08:00', closes: '20:00' },
        { day: 'wednesday', opens: '18:00', closes: '02:00' },
      ],
    },
    sv,
    NOON,
    {},
  )!;
  it('says today, tomorrow or the day, in Stockholm time', () => {
    // Monday 2026-06-01 06:30 CEST: opens at 08:00 the same day.
    expect(opensAgainText(config, new Date('2026-06-01T06:30:00+02:00'))).toBe('Chatten öppnar igen i dag kl. 08:00.');
    // Tuesday 23:30: Wednesday 18:00 is tomorrow.
    expect(opensAgainText(config, new Date('2026-06-02T23:30:00+02:00'))).toBe('Chatten öppnar igen i morgon kl. 18:00.');
    // Thursday 03:00, after the night shift: next Monday.
    expect(opensAgainText(config, new Date('2026-06-04T03:00:00+02:00'))).toBe('Chatten öppnar igen måndag 8 juni kl. 08:00.');
    // Open now: nothing to say.
    expect(opensAgainText(config, new Date('2026-06-04T01:00:00+02:00'))).toBe('');
  });

  it('knows a closed exception day pushes the opening on', () => {
    const closedMonday = chatConfig({ ...contact, openingHoursExceptions: [{ date: '2026-06-08', closed: true, opens: null, closes: null, note: null }] }, sv, NOON, {})!;
    expect(opensAgainText(closedMonday, new Date('2026-06-02T12:00:00+02:00'))).toBe('Chatten öppnar igen måndag 15 juni kl. 08:00.');
  });
});

describe('the chat in every language', () => {
  // The data layer hands each page the editors' texts in its own language.
  const english = {
    ...contact,
    statusOpenText: 'We are answering now',
    statusClosedText: null,
    statusUnavailableText: null,
    openingHoursExceptions: [{ ...contact.openingHoursExceptions[1]!, note: 'Christmas Eve' }],
  };
  const arabic = {
    ...contact,
    statusOpenText: 'نجيب الآن',
    statusClosedText: null,
    statusUnavailableText: null,
    openingHoursExceptions: [{ ...contact.openingHoursExceptions[1]!, note: 'ليلة عيد الميلاد' }],
  };
  // Names stay Swedish in every language; anything else Swedish on an English or Arabic page is a missing translation.
  const NAMES = /Stödlinjen|Självmordslinjen|1177 Vårdguiden|mind\.se/g;
  const SWEDISH = /[åäöÅÄÖ]|\b(och|är|att|du|vi|den|det|chatten|ring|stängt|öppet|minuter|måndag|tisdag|dygnet|kl)\b/i;
  const everyText = (config: NonNullable<ReturnType<typeof chatConfig>>) => [
    ...Object.values(config.texts),
    ...Object.values(config.plurals).flatMap((forms) => Object.values(forms)),
    ...config.hoursText,
    ...Object.values(config.contacts)
      .flatMap((contacts) => contacts.flatMap((contact) => [contact.lead, contact.label, contact.after, contact.note]))
      .filter((text): text is string => !!text),
  ];

  for (const [locale, settings] of [
    ['en', english],
    ['ar', arabic],
  ] as const) {
    it(`${locale}: every panel text is in the page’s language, with the page’s lang and direction`, () => {
      const config = chatConfig(settings, uiFor(locale), NOON, {})!;
      expect(config).toMatchObject({ locale, lang: locale, dir: locale === 'ar' ? 'rtl' : 'ltr', variant: null });
      for (const text of everyText(config)) expect(text.replace(NAMES, ''), text).not.toMatch(SWEDISH);
      expect(config.texts.title).toBe(uiFor(locale).t('chat.title'));
      // The fallbacks are the site's help contacts in this language: the line counsels in Swedish, 112 and 1177 offer interpreters.
      expect(config.contacts.line.map((contact) => contact.href)).toEqual(['tel:90390', 'tel:112']);
      expect(config.contacts.line[0]!.label).toBe(uiFor(locale).t('help.phoneLabel', { phone: '90 390' }));
      expect(config.contacts.line[1]!.note).toBe(uiFor(locale).t('help.interpreter'));
      // Where the editors left a status text empty, the catalog's text in that language stands in.
      expect(config.texts.closed).toBe(uiFor(locale).t('chat.closed'));
    });
  }

  it('en: dates of coming exceptions in English, the editors’ status text as resolved for English', () => {
    const config = chatConfig(english, uiFor('en'), NOON, {})!;
    expect(config.hoursText.at(-1)).toBe('24 December 2026: 10:00–14:00 (Christmas Eve)');
    expect(config.texts.open).toBe('We are answering now');
  });

  it('ar: every plural form Arabic needs, and dates in Arabic with Latin digits', () => {
    const config = chatConfig(arabic, uiFor('ar'), NOON, {})!;
    expect(Object.keys(config.plurals.waitMinutes).sort()).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
    expect(Object.keys(config.plurals.unread).sort()).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
    expect(config.hoursText.at(-1)).toMatch(/^24 ديسمبر 2026: 10:00–14:00 \(ليلة عيد الميلاد\)$/);
  });

  it('easy-read Swedish is Swedish to the contact service, with the easy-read variant named', () => {
    const config = chatConfig(contact, uiFor('sv-lattlast'), NOON, {})!;
    expect(config).toMatchObject({ locale: 'sv-lattlast', lang: 'sv', dir: 'ltr', variant: 'lattlast' });
    expect(chatConfig(contact, sv, NOON, {})!.variant).toBeNull();
  });

  it('says when the chat opens again with the language’s own day and month names', () => {
    const hours = [{ day: 'monday' as const, opens: '08:00', closes: '20:00' }];
    const thursday = new Date('2026-06-04T03:00:00+02:00');
    expect(opensAgainText(chatConfig({ ...english, openingHours: hours }, uiFor('en'), NOON, {})!, thursday)).toBe('The chat opens again on Monday 8 June at 08:00.');
    const ar = opensAgainText(chatConfig({ ...arabic, openingHours: hours }, uiFor('ar'), NOON, {})!, thursday);
    expect(ar).toContain(new Intl.DateTimeFormat('ar', { weekday: 'long' }).format(new Date('2026-06-08T12:00:00Z')));
    expect(ar).toContain('08:00');
    expect(ar).not.toMatch(/måndag|Monday/);
  });

  it('keeps a weekday capitalised mid-sentence where the language does', () => {
    const config = chatConfig(english, uiFor('en'), NOON, {})!;
    expect(serverChatState(config).text).toMatch(/^Chat opening hours: [A-Z]/);
  });
});
