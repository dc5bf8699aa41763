// Every page shows the line's phone number and opening hours, so contactSettings that cannot be
// read stop the build with a message naming the document and each field, instead of a tel: link
// to a wrong number or a day shown as closed.
import { describe, expect, it } from 'vitest';
import { checkServiceOverrides } from '../../../src/data/contact-settings';
import { isAroundTheClock } from '../../../src/components/contact/reach';
import { WEEKDAYS } from '../../../src/lib/opening-hours-rules';
import { CHAT_ON, contactSettingsDocument, load as loadOnly, versions } from '../../support/fixtures';

// Seven days of 08–22 (so an added entry is openingHours[7]), the chat on, and Christmas Eve closed.
const CHRISTMAS_EVE = { _key: 'x', date: '2026-12-24', closed: true, note: versions({ sv: 'Julafton' }) };
const good = contactSettingsDocument({ ...CHAT_ON, openingHoursExceptions: [CHRISTMAS_EVE] });
const WEEK_8_TO_22 = good.openingHours as unknown[];

/** The content built from the contact settings document alone, `contact` replacing fields of a good one. */
const load = (contact: Record<string, unknown>) => loadOnly([{ ...good, ...contact }]);

const hours = (...entries: Array<Record<string, unknown>>) => ({ openingHours: [...WEEK_8_TO_22, ...entries] });

describe('contact settings', () => {
  it('builds with a well-formed schedule, overnight shifts, a whole day and exceptions', async () => {
    const { content } = await load({
      openingHours: [
        { day: 'monday', opens: '22:00', closes: '06:00' },
        { day: 'tuesday', opens: '00:00', closes: '24:00' },
        { day: 'wednesday', opens: '00:00', closes: '00:00' },
        { day: 'thursday', opens: '08:00', closes: '12:00' },
        { day: 'thursday', opens: '13:00', closes: '22:00' },
      ],
      openingHoursExceptions: [
        { date: '2026-12-31', closed: false, opens: '10:00', closes: '02:00', note: versions({ sv: 'Nyårsafton' }) },
        { date: '2027-01-01', closed: true },
      ],
    });
    expect(content.locales.sv.contact.phoneNumber).toBe('90 390');
    expect(content.locales.sv.contact.openingHours).toHaveLength(5);
    // The note is kept per language; the Swedish site reads the Swedish one.
    expect(content.locales.sv.contact.openingHoursExceptions[0]?.note).toBe('Nyårsafton');
  });

  it.each([
    ['phoneNumber', { phoneNumber: 'ring oss' }],
    ['phoneNumber', { phoneNumber: '90 390 eller 112' }],
    ['phoneNumber', { phoneNumber: '+46 (0)8 123 45' }],
    ['phoneNumber', { phoneNumber: '12' }],
    ['phoneNumber', { phoneNumber: { number: '90390' } }],
    ['phoneNumber', { phoneNumber: null }],
    ['chatEmbedUrl', { chatEmbedUrl: 'http://chatt.example/embed' }],
    ['chatEmbedUrl', { chatEmbedUrl: 'javascript:alert(1)' }],
    ['chatStatusUrl', { chatStatusUrl: 'chatt.example/status' }],
    ['chatStatusUrl', { chatStatusUrl: 42 }],
    ['chatEnabled', { chatEnabled: 'yes' }],
    ['timeZone', { timeZone: 'Europe/Stokholm' }],
    ['openingHours', { openingHours: [] }],
    ['openingHours', { openingHours: 'mån–fre 8–22' }],
    ['openingHours[7].opens', hours({ day: 'monday', opens: '25:99', closes: '22:00' })],
    ['openingHours[7].opens', hours({ day: 'monday', opens: '24:00', closes: '24:00' })],
    ['openingHours[7].opens', hours({ day: 'monday', opens: '8:00', closes: '22:00' })],
    ['openingHours[7].closes', hours({ day: 'monday', opens: '08:00', closes: '22.00' })],
    ['openingHours[7].closes', hours({ day: 'monday', opens: '08:00' })],
    ['openingHours[7].day', hours({ day: 'måndag', opens: '08:00', closes: '22:00' })],
    ['openingHours[7].day', hours({ day: 'Monday', opens: '08:00', closes: '22:00' })],
    ['openingHours[7].day', hours({ opens: '08:00', closes: '22:00' })],
    ['openingHours[7]', hours({ day: 'monday', opens: '09:00', closes: '09:00' })],
    ['openingHours[7]', { openingHours: [...WEEK_8_TO_22, 'monday 8-22'] }],
    ['openingHours[8].opens', { openingHours: [...WEEK_8_TO_22, 'monday 8-22', { day: 'monday', opens: '25:00', closes: '22:00' }] }],
    ['openingHoursExceptions[1].date', { openingHoursExceptions: [CHRISTMAS_EVE, { date: '2026-02-30', closed: true }] }],
    ['openingHoursExceptions[1].date', { openingHoursExceptions: [CHRISTMAS_EVE, { date: 'julafton', closed: true }] }],
    ['openingHoursExceptions[0].opens', { openingHoursExceptions: [{ date: '2026-12-24', closed: false, closes: '12:00' }] }],
    ['openingHoursExceptions[0].closes', { openingHoursExceptions: [{ date: '2026-12-24', opens: '10:00', closes: '36:00' }] }],
    ['openingHoursExceptions[0].closed', { openingHoursExceptions: [{ date: '2026-12-24', closed: 'ja' }] }],
    [
      'openingHoursExceptions[1].date',
      {
        openingHoursExceptions: [
          { date: '2026-12-24', closed: true },
          { date: '2026-12-24', opens: '10:00', closes: '14:00' },
        ],
      },
    ],
  ])('stops the build naming contactSettings.%s', async (field, contact) => {
    const error = await load(contact).then(
      () => undefined,
      (thrown: Error) => thrown,
    );
    expect(error?.message).toContain('contactSettings');
    expect(error?.message).toContain(`contactSettings.${field} `);
  });

  it('lists every problem at once, so one build shows the editor all of them', async () => {
    await expect(load({ phoneNumber: 'ring', ...hours({ day: 'fredag', opens: '25:00', closes: '22:00' }) })).rejects.toThrow(
      /phoneNumber[\s\S]*openingHours\[7\]\.day[\s\S]*openingHours\[7\]\.opens/,
    );
  });

  it('accepts the stand-in contact service on this machine over plain http', async () => {
    const { content } = await load({ chatEmbedUrl: 'http://127.0.0.1:4400/chat/embed', chatStatusUrl: 'http://localhost:4400/status' });
    expect(content.locales.sv.contact.chatEmbedUrl).toBe('http://127.0.0.1:4400/chat/embed');
  });

  it('keeps the chat off with a warning when its addresses are missing', async () => {
    const { content, warnings } = await load({ chatEmbedUrl: null, chatStatusUrl: undefined });
    expect(content.locales.sv.contact.chatEmbedUrl).toBeNull();
    expect(warnings).toContainEqual(expect.objectContaining({ docId: 'contactSettings', field: 'chatEmbedUrl' }));
  });

  it('never says "dygnet runt" for a schedule with a closed day', async () => {
    const { content } = await load({ openingHours: WEEKDAYS.slice(0, 6).map((day) => ({ day, opens: '00:00', closes: '24:00' })) });
    expect(isAroundTheClock(content.locales.sv.contact)).toBe(false);
  });
});

describe('contact-service addresses set for a deployment', () => {
  it('stop the build when CHAT_EMBED_URL or CHAT_STATUS_URL is not a usable address, naming the variable', () => {
    expect(() => checkServiceOverrides({ CHAT_EMBED_URL: 'http://chatt.example/embed' })).toThrow(/CHAT_EMBED_URL/);
    expect(() => checkServiceOverrides({ CHAT_STATUS_URL: 'chatt.example/status' })).toThrow(/CHAT_STATUS_URL/);
    expect(() => checkServiceOverrides({ CHAT_EMBED_URL: 'https://chatt.example/embed', CHAT_STATUS_URL: 'http://127.0.0.1:4400/status' })).not.toThrow();
    expect(() => checkServiceOverrides({})).not.toThrow();
  });
});
