import { describe, expect, it } from 'vitest';
import {
  checkContentNote,
  checkFigureAlt,
  checkFigureImage,
  checkHelpContact,
  checkHref,
  checkPageSlug,
  checkPhone,
  checkReviewDates,
  checkSensitiveHelpBox,
  checkSlug,
  checkExceptionDates,
  checkServiceUrl,
  checkTime,
  checkTimeRange,
  checkTimeZone,
  checkWeekday,
  slugify,
} from '../../../sanity/lib/rules';
import { isOverdue } from '../../../src/lib/review';
import { contactSettingsDocument, load, paragraph } from '../../support/fixtures';

const helpBox = (contacts: unknown[] = [{ _key: 'c1', _type: 'helpContact', name: 'Självmordslinjen', phone: '90101' }]) => ({
  _key: 'hb',
  _type: 'helpBox',
  title: 'Du behöver inte vara ensam med det här',
  contacts,
});
const block = (key: string) => paragraph('Text.', { _key: key });

describe('slugs', () => {
  it('an editor can use lowercase words joined by single hyphens', () => {
    for (const slug of ['oro-och-angest', 'somn', '1177-vardguiden']) expect(checkSlug(slug)).toBeUndefined();
  });

  it('an editor is told how to fix capitals, å/ä/ö, underscores and stray hyphens', () => {
    for (const slug of ['Oro', 'oro-och-ångest', 'oro_och_angest', '-oro', 'oro-', 'oro--angest', 'oro angest', '']) {
      expect(checkSlug(slug)).toMatch(/små bokstäver a–z/);
    }
  });

  it('an editor cannot give a page an address the site already uses', () => {
    for (const slug of ['kontakt', 'sok', 'artiklar', 'amnen', 'jag-mar-daligt', 'jag-ar-orolig-for-nagon']) {
      expect(checkPageSlug(slug)).toBe(`Adressen ”${slug}” används redan av webbplatsen (/${slug}/). Välj en annan.`);
    }
    expect(checkPageSlug('om-stodlinjen')).toBeUndefined();
  });

  it('the generate button turns a Swedish title into a valid slug', () => {
    expect(slugify('Oro och ångest')).toBe('oro-och-angest');
    expect(slugify('När du är orolig för att någon ska ta sitt liv')).toBe('nar-du-ar-orolig-for-att-nagon-ska-ta-sitt-liv');
    expect(slugify('  Sömn & stress – 5 råd!  ')).toBe('somn-stress-5-rad');
    expect(checkSlug(slugify('Café Ölandsbron'))).toBeUndefined();
  });
});

describe('review dates', () => {
  it('an editor cannot set the next review on or before the last review', () => {
    expect(checkReviewDates('2025-06-01', '2025-01-01')).toBe('Nästa granskning (2025-01-01) måste ligga efter senaste granskningen (2025-06-01).');
    expect(checkReviewDates('2025-06-01', '2025-06-01')).toBeDefined();
    expect(checkReviewDates('2025-06-01', '2026-06-01')).toBeUndefined();
  });

  it('a review is overdue from the day after it was due', () => {
    expect(isOverdue('2026-11-22', '2026-11-23')).toBe(true);
    expect(isOverdue('2026-11-23', '2026-11-23')).toBe(false);
    expect(isOverdue(undefined, '2026-11-23')).toBe(false);
  });
});

describe('figures', () => {
  it('an editor must describe an image or mark it decorative', () => {
    expect(checkFigureAlt({})).toMatch(/Skriv en alternativtext/);
    expect(checkFigureAlt({ alt: '   ' })).toMatch(/Skriv en alternativtext/);
    expect(checkFigureAlt({ alt: 'En lugn horisont' })).toBeUndefined();
    expect(checkFigureAlt({ decorative: true })).toBeUndefined();
  });

  it('a decorative image cannot also carry alt text', () => {
    expect(checkFigureAlt({ decorative: true, alt: 'Vågor' })).toMatch(/dekorativ och ska då inte ha någon alternativtext/);
  });

  it('a figure needs an image, uploaded or in export form', () => {
    expect(checkFigureImage({})).toBe('Välj en bild.');
    expect(checkFigureImage({ asset: { _ref: 'image-abc-1200x675-png' } })).toBeUndefined();
    expect(checkFigureImage({ _sanityAsset: 'image@file://./images/a.png' })).toBeUndefined();
  });
});

describe('sensitive articles', () => {
  it('an editor cannot publish a sensitive article without a content note', () => {
    expect(checkContentNote({ sensitive: true })).toMatch(/måste ha en innehållsvarning/);
    expect(checkContentNote({ sensitive: true, contentNote: ' ' })).toBeDefined();
    expect(checkContentNote({ sensitive: true, contentNote: 'Den här texten handlar om självmordstankar.' })).toBeUndefined();
    expect(checkContentNote({ sensitive: false })).toBeUndefined();
  });

  it('an editor cannot publish a sensitive article without a help box', () => {
    expect(checkSensitiveHelpBox({ sensitive: true, body: [block('a')] })).toMatch(/måste ha en hjälpruta bland de 3 första blocken/);
    expect(checkSensitiveHelpBox({ sensitive: true })).toBeDefined();
  });

  it('the help box must come within the first three blocks', () => {
    expect(checkSensitiveHelpBox({ sensitive: true, body: [block('a'), block('b'), helpBox()] })).toBeUndefined();
    expect(checkSensitiveHelpBox({ sensitive: true, body: [block('a'), block('b'), block('c'), helpBox()] })).toMatch(/hjälpruta/);
  });

  it('the help box must list at least one other service', () => {
    expect(checkSensitiveHelpBox({ sensitive: true, body: [helpBox([])] })).toMatch(/minst en annan tjänst/);
    expect(checkSensitiveHelpBox({ sensitive: true, body: [{ ...helpBox(), contacts: undefined }] })).toMatch(/minst en annan tjänst/);
  });

  it('other articles need neither', () => {
    expect(checkSensitiveHelpBox({ sensitive: false, body: [block('a')] })).toBeUndefined();
    expect(checkSensitiveHelpBox({ body: [] })).toBeUndefined();
  });
});

describe('links and contact details', () => {
  it('an editor can link to web pages, e-mail and phone numbers', () => {
    for (const href of ['https://www.1177.se', 'http://example.se/a', 'mailto:info@example.se', 'tel:90390', ' https://mind.se/ ']) {
      expect(checkHref(href)).toBeUndefined();
    }
  });

  it('an editor cannot add script or data links, however they are written', () => {
    expect(checkHref('javascript:alert(1)')).toBe('Länkar som börjar med ”javascript:” är inte tillåtna. Använd en adress som börjar med https://, mailto: eller tel:.');
    expect(checkHref('JavaScript:alert(1)')).toMatch(/”javascript:”/);
    expect(checkHref(' java\tscript:alert(1)')).toMatch(/”javascript:”/);
    expect(checkHref('data:text/html,<script>')).toMatch(/”data:”/);
    expect(checkHref('vbscript:x')).toMatch(/”vbscript:”/);
  });

  it('an editor is asked for a full address instead of a relative or bare one', () => {
    for (const href of ['/om-stodlinjen', 'www.1177.se', 'https://', 'mailto:']) expect(checkHref(href)).toMatch(/Skriv hela adressen/);
  });

  it('a help contact needs a phone number or a web address', () => {
    expect(checkHelpContact({})).toMatch(/telefonnummer eller en webbadress/);
    expect(checkHelpContact({ phone: '90101' })).toBeUndefined();
    expect(checkHelpContact({ url: 'https://www.1177.se' })).toBeUndefined();
  });

  it('phone numbers are digits, optionally grouped', () => {
    for (const phone of ['90 390', '1177', '112', '+46 8 123 45 67', '020-22 00 60']) expect(checkPhone(phone)).toBeUndefined();
    for (const phone of ['ring oss', '', '90 390 eller 112', '+', '12', '+46 (0)8 123 45', '+0 8 123', '90  390', '1234567890123456']) expect(checkPhone(phone)).toBeDefined();
  });

  it('the same day, time, address and date mistakes the build stops on are refused in the Studio', () => {
    expect(checkWeekday('monday')).toBeUndefined();
    for (const day of ['måndag', 'Monday', 'mon']) expect(checkWeekday(day)).toMatch(/ingen veckodag/);
    expect(checkTimeRange('09:00', '09:00')).toMatch(/samma minut/);
    expect(checkTimeZone('Europe/Stockholm')).toBeUndefined();
    expect(checkTimeZone('Europe/Stokholm')).toMatch(/ingen tidszon/);
    for (const [opens, closes] of [
      ['00:00', '00:00'],
      ['22:00', '06:00'],
      ['08:00', '24:00'],
    ])
      expect(checkTimeRange(opens, closes)).toBeUndefined();
    expect(checkServiceUrl('https://chatt.example/embed')).toBeUndefined();
    expect(checkServiceUrl('http://127.0.0.1:4400/embed')).toBeUndefined();
    for (const url of ['http://chatt.example/embed', 'chatt.example', 'javascript:alert(1)']) expect(checkServiceUrl(url)).toBeDefined();
    expect(checkExceptionDates([{ date: '2026-12-24' }, { date: '2026-12-31' }, { date: '2026-12-24' }])).toEqual([{ index: 2, message: expect.stringContaining('rad 1') }]);
  });

  it('the Studio accepts exactly the phone numbers and times the build accepts', async () => {
    const builds = async (contact: Record<string, unknown>) =>
      load([contactSettingsDocument(contact)]).then(
        () => true,
        () => false,
      );
    for (const phone of ['90 390', '1177', '112', '+46 8 123 45 67', '020-22 00 60', '90\u00a0390', 'ring oss', '90 390 eller 112', '12', '+46 (0)8 123', '+0 8 123']) {
      expect(await builds({ phoneNumber: phone }), phone).toBe(checkPhone(phone) === undefined);
    }
    for (const time of ['00:00', '08:30', '23:59', '24:00', '8:00', '25:99', '12:60', '12.00', '']) {
      expect(await builds({ openingHours: [{ day: 'monday', opens: time, closes: '22:00' }] }), `opens ${time}`).toBe(checkTime(time) === undefined);
      expect(await builds({ openingHours: [{ day: 'monday', opens: '08:00', closes: time }] }), `closes ${time}`).toBe(checkTime(time, { endOfDay: true }) === undefined);
    }
  });

  it('opening times are HH:MM, with 24:00 allowed only for closing', () => {
    expect(checkTime('00:00')).toBeUndefined();
    expect(checkTime('23:59')).toBeUndefined();
    expect(checkTime('24:00')).toMatch(/TT:MM/);
    expect(checkTime('24:00', { endOfDay: true })).toBeUndefined();
    for (const time of ['8:00', '25:00', '12:60', '12.00']) expect(checkTime(time, { endOfDay: true })).toBeDefined();
  });
});
