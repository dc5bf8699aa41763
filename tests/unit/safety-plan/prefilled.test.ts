// The crisis plan's professionals step starts with the ways to get help now, from the contact
// settings and the help contacts, in the page's language: never typed again anywhere.
import { describe, expect, it } from 'vitest';
import { prefilledEntries } from '../../../src/components/safety-plan/prefilled';
import { helpContactText } from '../../../src/components/contact/help-contacts';
import { uiFor } from '../../../src/i18n';
import { AROUND_THE_CLOCK, CHAT_ON, contactSettings } from '../../support/fixtures';

const site = new URL('https://stodlinjen.example/kontakt/');
const open = contactSettings({ ...AROUND_THE_CLOCK, ...CHAT_ON, counsellingLanguages: [{ language: 'sv', availability: 'always' }] });

describe('the crisis plan\u2019s professionals step', () => {
  it('starts with the line\u2019s phone and chat with their hours, Självmordslinjen, 1177 and 112, in Swedish', () => {
    expect(prefilledEntries(uiFor('sv'), open, site)).toEqual([
      'Ring Stödlinjen på 90 390 (dygnet runt)',
      'Chatta med en rådgivare på stodlinjen.example/kontakt/ (dygnet runt)',
      'Självmordslinjen, dygnet runt: ring 90101 eller chatta via mind.se',
      '1177 Vårdguiden, råd om vård dygnet runt: ring 1177',
      'Vid akut fara: ring 112',
    ]);
  });

  it('follows the contact settings: another number, hours that are not around the clock, no chat when it is off', () => {
    const entries = prefilledEntries(uiFor('sv'), contactSettings({ phoneNumber: '020-22 00 60' }), site);
    expect(entries[0]).toMatch(/^Ring Stödlinjen på 020-22 00 60 \(.*08[.:]00.*\)$/);
    expect(entries.some((entry) => entry.startsWith('Chatta'))).toBe(false);
    expect(entries.at(-1)).toBe('Vid akut fara: ring 112');
  });

  it('on Arabic pages says it in Arabic, with the language of the counselling, and keeps the address whole left to right', () => {
    const entries = prefilledEntries(uiFor('ar'), open, new URL('https://stodlinjen.example/ar/contact/'));
    expect(entries[0]).toBe('اتصل بـ Stödlinjen على الرقم 90 390 (على مدار الساعة وباللغة السويدية)');
    expect(entries[1]).toContain('\u2066stodlinjen.example/ar/contact/\u2069');
    expect(entries.at(-1)).toBe('في حالة الخطر الداهم: اتصل بالرقم 112 (يمكنك طلب مترجم)');
  });
});

describe('a help contact as one line of text', () => {
  it('says its words in reading order with the note in brackets', () => {
    expect(helpContactText({ lead: 'Vid akut fara:', label: 'ring 112' })).toBe('Vid akut fara: ring 112');
    expect(helpContactText({ label: 'ring 90101', after: 'eller chatta', note: 'dygnet runt' })).toBe('ring 90101 eller chatta (dygnet runt)');
  });
});
