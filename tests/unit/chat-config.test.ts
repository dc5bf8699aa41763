// Where the chat points and what it tells the browser: contactSettings, the CHAT_* overrides, and
// the chat staying off rather than pointing somewhere unusable.
import { describe, expect, it } from 'vitest';
import { chatConfig } from '../../src/components/chat/server-config';
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
  alwaysOpen: false,
  statusOpenText: 'Öppet nu',
  statusBusyText: null,
  statusClosedText: '  ',
  statusUnavailableText: 'Ring oss',
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
    expect(config.texts.closed).toBe('Chatten är stängd just nu. Du kan ringa oss i stället.');
    expect(config.texts.busy).toMatch(/^Många vill chatta/);
    expect(config.texts.phone).toBe('Ring Stödlinjen på 90 390');
  });
});
