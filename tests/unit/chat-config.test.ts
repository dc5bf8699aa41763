// Where the chat points and what it tells the browser: contactSettings, the CHAT_* overrides, and
// the chat staying off rather than pointing somewhere unusable.
import { describe, expect, it } from 'vitest';
import { opensAgainText } from '../../src/components/chat/config';
import { chatConfig, serverChatState } from '../../src/components/chat/server-config';
import type { ContactSettings } from '../../src/data/content';
import { contactOrigins, contactServiceUrls } from '../../src/lib/contact-origins';

const contact: ContactSettings = {
  phoneNumber: '90 390',
  chatEnabled: true,
  chatEmbedUrl: 'https://chatt.example/embed',
  chatStatusUrl: 'https://status.example/status',
  timeZone: 'Europe/Stockholm',
  openingHours: [
    { day: 'monday', opens: '08:00', closes: '20:00' },
    { day: 'tuesday', opens: '08:00', closes: null },
  ],
  openingHoursExceptions: [
    { date: '2026-01-01', closed: true, opens: null, closes: null, note: null },
    { date: '2026-12-24', closed: false, opens: '10:00', closes: '14:00', note: 'julafton' },
  ],
  statusOpenText: 'Öppet nu',
  statusBusyText: null,
  statusClosedText: '  ',
  statusUnavailableText: 'Ring oss',
  counsellingLanguages: [{ language: 'sv', availability: 'always' }],
  counsellingNote: null,
};
const NOON = new Date('2026-06-01T12:00:00+02:00');

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
    expect(chatConfig({ ...contact, chatEnabled: false }, NOON, {})).toBeNull();
    expect(chatConfig({ ...contact, chatStatusUrl: null }, NOON, {})).toBeNull();
  });

  it('carries the schedule, upcoming exceptions as text, and the editors’ texts with defaults where they left them empty', () => {
    const config = chatConfig(contact, NOON, {})!;
    expect(config.tel).toBe('tel:90390');
    expect(config.hours).toEqual([{ day: 'monday', opens: '08:00', closes: '20:00' }]);
    expect(config.exceptions).toEqual([{ date: '2026-12-24', closed: false, opens: '10:00', closes: '14:00', note: 'julafton' }]);
    expect(config.hoursText).toContain('Måndag: 08:00–20:00');
    expect(config.hoursText.at(-1)).toBe('24 december 2026: 10:00–14:00 (julafton)');
    expect(config.texts.open).toBe('Öppet nu');
    expect(config.texts.unavailable).toBe('Ring oss');
    expect(config.texts.closed).toBe('Chatten är stängd just nu.');
    expect(config.texts.busy).toMatch(/^Många vill chatta/);
    expect(config.texts.phone).toBe('Ring Stödlinjen på 90 390');
  });
});

const ALL_DAY = (['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const).map((day) => ({ day, opens: '00:00', closes: '24:00' }));

describe('what a built page says about the chat before JavaScript runs', () => {
  it('never says "open now" for a schedule that closes: it gives the hours instead', () => {
    const state = serverChatState(chatConfig(contact, NOON, {})!);
    expect(state.state).toBe('scheduled');
    expect(state.text).toBe('Chattens öppettider: måndag: 08:00–20:00. Tisdag–söndag: stängt.');
    expect(state.text).not.toMatch(/öppen nu|dygnet runt/i);
  });

  it('says open only when the schedule is open around the clock, with no closed day coming', () => {
    const always = { ...contact, openingHours: ALL_DAY, openingHoursExceptions: [] };
    expect(serverChatState(chatConfig(always, NOON, {})!)).toEqual({ state: 'open', text: 'Öppet nu' });
    const closedOnNewYear = { ...always, openingHoursExceptions: [{ date: '2027-01-01', closed: true, opens: null, closes: null, note: null }] };
    expect(serverChatState(chatConfig(closedOnNewYear, NOON, {})!).state).toBe('scheduled');
    const pastClosure = { ...always, openingHoursExceptions: [{ date: '2026-01-01', closed: true, opens: null, closes: null, note: null }] };
    expect(serverChatState(chatConfig(pastClosure, NOON, {})!).state).toBe('open');
  });
});

describe('when the chat opens again', () => {
  const config = chatConfig({ ...contact, openingHours: [{ day: 'monday', opens: '08:00', closes: '20:00' }, { day: 'wednesday', opens: '18:00', closes: '02:00' }] }, NOON, {})!;
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
    const closedMonday = chatConfig({ ...contact, openingHoursExceptions: [{ date: '2026-06-08', closed: true, opens: null, closes: null, note: null }] }, NOON, {})!;
    expect(opensAgainText(closedMonday, new Date('2026-06-02T12:00:00+02:00'))).toBe('Chatten öppnar igen måndag 15 juni kl. 08:00.');
  });
});
