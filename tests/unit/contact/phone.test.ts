// Which numbers in running text a phone can dial (they become tel: links), which only need to keep
// their order and stay on one line, and which are plain text: the one rule of src/lib/phone.ts.
import { describe, expect, it } from 'vitest';
import { isolateNumbers, isPhoneNumber, phoneSegments, SERVICE_NUMBERS, telHref } from '../../../src/lib/phone';

const LINE = '90 390';
/** The phone numbers the rule finds in a text, as written. */
const phones = (text: string, known: string[] = [LINE]) => phoneSegments(text, known).flatMap((s) => (s.kind === 'phone' ? [s.text] : []));
/** The grouped numbers that are not dialled but isolated. */
const grouped = (text: string, known: string[] = [LINE]) => phoneSegments(text, known).flatMap((s) => (s.kind === 'number' ? [s.text] : []));

describe('phone numbers in running text', () => {
  it.each([
    ['Ring 90 390 om du vill prata.', ['90 390']],
    ['Vid akut fara: ring 112.', ['112']],
    ['Ring 1177 Vårdguiden för råd om vård.', ['1177']],
    ['Självmordslinjen 90101 (chatt och telefon)', ['90101']],
    ['Ring 112, 1177 eller 90101.', ['112', '1177', '90101']],
    ['Call 90 390, or 112 in an emergency.', ['90 390', '112']],
    ['Is it urgent? Call 112!', ['112']],
    ['Ska jag ringa 112?', ['112']],
    ['”112” är numret', ['112']],
    ['(90 390)', ['90 390']],
    ['90390 fungerar också', ['90390']],
    ['ring 90\u00a0390 nu', ['90\u00a0390']],
    ['ring 90\u202f390 nu', ['90\u202f390']],
    ['90 390', ['90 390']],
    ['112', ['112']],
  ])('%j dials %j', (text, expected) => {
    expect(phones(text)).toEqual(expected);
  });

  it.each([
    ['اتصل بالرقم 112 إذا كنت في خطر.', ['112']],
    ['خطنا 90 390 باللغة السويدية.', ['90 390']],
    ['في حالة الخطر اتصل بالرقم 112، ويمكنك أن تطلب مترجمًا.', ['112']],
    ['مثل 1177 و112', ['1177', '112']],
    ['هل يجب أن أتصل بـ112؟', ['112']],
    ['الرقم 90101. في أي وقت', ['90101']],
  ])('in Arabic, %j dials %j (the conjunction و and the preposition ب join the number)', (text, expected) => {
    expect(phones(text)).toEqual(expected);
  });

  it('reads Arabic-Indic digits as the digits they are, and dials them as 0–9', () => {
    expect(phoneSegments('اتصل بالرقم ١١٢ أو ٩٠ ٣٩٠.', [LINE])).toEqual([
      { kind: 'text', text: 'اتصل بالرقم ' },
      { kind: 'phone', text: '١١٢', href: 'tel:112' },
      { kind: 'text', text: ' أو ' },
      { kind: 'phone', text: '٩٠ ٣٩٠', href: 'tel:90390' },
      { kind: 'text', text: '.' },
    ]);
    expect(phones('۱۱۷۷ و۹۰۱۰۱')).toEqual(['۱۱۷۷', '۹۰۱۰۱']);
    // An Arabic decimal, a share or a year is not a number to dial.
    expect(phones('١١٢٫٥ و١١٢٪ وعام ٢٠٢٦')).toEqual([]);
  });

  it.each([
    ['Jourhavande medmänniska: 08-702 16 80', ['08-702 16 80']],
    ['Ring 020-22 00 60 på kvällen.', ['020-22 00 60']],
    ['Ring 0771-22 00 60', ['0771-22 00 60']],
    ['Mobil 070 123 45 67.', ['070 123 45 67']],
    ['Från utlandet: +46 8 123 45 67.', ['+46 8 123 45 67']],
    ['eller +46 771 22 00 60', ['+46 771 22 00 60']],
    ['ring 08\u2011702 16 80', ['08\u2011702 16 80']],
  ])('a full number with area code or country code, %j, dials %j', (text, expected) => {
    expect(phones(text)).toEqual(expected);
  });

  it('also dials any number the contact settings give, however short', () => {
    expect(phones('Ring 1234 eller 112.', ['1234'])).toEqual(['1234', '112']);
    expect(phones('Ring 1234 eller 112.', [])).toEqual(['112']);
    expect(phones('Ring 020-22 00 60 nu', ['020-22 00 60'])).toEqual(['020-22 00 60']);
    // Settings that are not a number add nothing.
    expect(phones('Ring 12 eller 112.', ['12', '', 'ring oss', null as unknown as string])).toEqual(['112']);
  });

  it('the services the site names are the known numbers', () => {
    expect(SERVICE_NUMBERS).toEqual({ emergency: '112', healthcare: '1177', suicideLine: '90101' });
    for (const number of Object.values(SERVICE_NUMBERS)) expect(phones(`ring ${number} nu`, [])).toEqual([number]);
  });
});

describe('numbers that are not phone numbers', () => {
  it.each([
    // Dates, years, times.
    ['Senast granskad 2026-11-20', 'a date'],
    ['den 20 november 2026', 'a date in words'],
    ['år 2026', 'a year'],
    ['20/11 2026', 'a short date'],
    ['01-12-2026', 'a date with hyphens that starts with 0'],
    ['kl. 09:00–21:00', 'a time range'],
    ['klockan 11.20', 'a time with a dot'],
    ['Öppet 00:00–24:00', 'the whole day'],
    // Prices, shares, amounts.
    ['Det kostar 112 kr.', 'a price in kronor'],
    ['Högkostnadsskyddet är 1177 kronor', 'a price in kronor, written out'],
    ['ungefär 1177 SEK', 'a price in SEK'],
    ['€112 per månad', 'a price with the sign in front'],
    ['112 € i månaden', 'a price with the sign after'],
    ['112 % säkert', 'a share'],
    ['112%', 'a share, no space'],
    // Counts and measures.
    ['Visar 12 artiklar', 'an article count'],
    ['Tar ungefär 5 minuter', 'a duration'],
    ['Vi svarar 24/7.', 'around the clock'],
    ['Andas lugnt: andningsövningen 4-6', 'an exercise name'],
    ['Övningen 5-4-3-2-1', 'an exercise name with single digits'],
    ['WCAG 2.1 nivå AA', 'a version'],
    ['enligt 12 § lagen', 'a paragraph of a law'],
    // Parts of words and addresses.
    ['läs mer på 1177.se', 'a web address'],
    ['https://www.1177.se/', 'a link written out'],
    ['på 1177-talet', 'a century'],
    ['ett 112-samtal', 'a compound word'],
    ['SOS112', 'letters joined to the number'],
    ['112abc', 'letters after the number'],
    ['9112', 'a longer number containing it'],
    ['1120', 'a longer number starting with it'],
    ['3,112', 'a decimal'],
    ['112.5', 'a decimal with a dot'],
    ['100–112', 'a range'],
    ['112–120', 'a range starting with it'],
    ['ref #112', 'a reference'],
    ['@112', 'a handle'],
    // Postal codes and other numbers in groups.
    ['112 51 Stockholm', 'a postal code'],
    ['Box 90 390 00 Umeå', 'a box and postal code run together'],
    ['12 345 besökare', 'a grouped count'],
    // Too short or too long to be a full number.
    ['ring 08-123', 'an area code and too few digits'],
    ['+46 8', 'a country code alone'],
    ['+0 123 45 67 89', 'a country code starting with 0'],
  ])('%j is not dialled (%s)', (text) => {
    expect(phones(text)).toEqual([]);
  });

  it('isolates numbers written in groups with spaces even when they are not dialled, since they would reorder right to left', () => {
    expect(grouped('112 51 Stockholm')).toEqual(['112 51']);
    expect(grouped('12 345 besökare')).toEqual(['12 345']);
    expect(grouped('Det kostar 1 000 kr')).toEqual(['1 000']);
    // Numbers without spaces inside keep their order on their own and are plain text.
    expect(phoneSegments('2026-11-20 kl. 09:00, 4-6 och 24/7')).toEqual([{ kind: 'text', text: '2026-11-20 kl. 09:00, 4-6 och 24/7' }]);
  });

  it('does not dial a known number written with other groups ("1 177" is an amount, not 1177)', () => {
    expect(phones('1 177 kronor')).toEqual([]);
    expect(phones('1 177 personer')).toEqual([]);
    expect(phones('901 01')).toEqual([]);
  });
});

describe('segments', () => {
  it('keep every character of the text, in order', () => {
    const text = 'Ring 90 390, 112 eller 1177. Postnummer 112 51, år 2026 och 08-702 16 80!';
    const segments = phoneSegments(text, [LINE]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.map((s) => s.kind)).toEqual(['text', 'phone', 'text', 'phone', 'text', 'phone', 'text', 'number', 'text', 'phone', 'text']);
  });

  it('give each phone number the tel: address that dials it', () => {
    expect(phoneSegments('ring 90 390 eller +46 8 123 45 67', [LINE])).toEqual([
      { kind: 'text', text: 'ring ' },
      { kind: 'phone', text: '90 390', href: 'tel:90390' },
      { kind: 'text', text: ' eller ' },
      { kind: 'phone', text: '+46 8 123 45 67', href: 'tel:+4681234567' },
    ]);
  });

  it('leave text without numbers as one piece, and nothing as nothing', () => {
    expect(phoneSegments('inga siffror här')).toEqual([{ kind: 'text', text: 'inga siffror här' }]);
    expect(phoneSegments('')).toEqual([]);
  });
});

describe('in text that cannot hold markup', () => {
  it('wraps each number in the Unicode isolates (left-to-right isolate … pop directional isolate), its spaces and hyphens unbreakable', () => {
    expect(isolateNumbers('Ring 90 390 | Stödlinjen', [LINE])).toBe('Ring \u206690\u00a0390\u2069 | Stödlinjen');
    expect(isolateNumbers('Ring 08-702 16 80')).toBe('Ring \u206608\u2011702\u00a016\u00a080\u2069');
    expect(isolateNumbers('اتصل بالرقم 112، أو 1177')).toBe('اتصل بالرقم \u2066112\u2069، أو \u20661177\u2069');
    expect(isolateNumbers('Inga nummer, bara 2026')).toBe('Inga nummer, bara 2026');
  });
});

describe('the number in the settings', () => {
  it('is a number a phone dials as shown', () => {
    for (const ok of ['90 390', '112', '1177', '020-22 00 60', '+46 8 123 45 67', '90\u00a0390']) expect(isPhoneNumber(ok), ok).toBe(true);
    for (const bad of ['90 390 eller 112', '(0)8 123', '12', '+0 123 456', 'ring oss', '', null, 90390]) expect(isPhoneNumber(bad), String(bad)).toBe(false);
  });

  it('dials the digits, keeping + for international numbers', () => {
    expect(telHref(' 90 390 ')).toBe('tel:90390');
    expect(telHref('+46 8-123 45 67')).toBe('tel:+4681234567');
    expect(telHref('٩٠ ٣٩٠')).toBe('tel:90390');
  });
});
