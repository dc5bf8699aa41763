// The ways to get help now, as every place lists them: in the page's language, truthful about the
// language of the counselling, with 112 everywhere and numbers that read correctly right to left.
import { describe, expect, it } from 'vitest';
import HelpContact from '../../../src/components/contact/HelpContact.astro';
import HelpContacts from '../../../src/components/contact/HelpContacts.astro';
import { uiFor } from '../../../src/i18n';
import { LOCALES, type Locale } from '../../../src/i18n/locales';
import { counsellingNote, helpContacts, type HelpContactSettings } from '../../../src/components/contact/help-contacts';
import { renderComponent } from '../../support/components';

const line = { phoneNumber: '90 390' };
// The embedded settings: Swedish always, English when a counsellor who speaks it is on duty.
const embedded = {
  phoneNumber: '90 390',
  counsellingLanguages: [
    { language: 'sv', availability: 'always' },
    { language: 'en', availability: 'whenAvailable' },
  ],
};
const everything = ['phone', 'chat', 'suicideLine', 'healthcare', 'emergency'] as const;
const text = (html: string) => html.replace(/<[^>]+>/g, '');
/** The list as a page in `locale` shows it (HelpContacts.astro). */
const list = (contact: HelpContactSettings, props: Record<string, unknown> = {}, locale: Locale = 'sv') => renderComponent(HelpContacts, { props: { contact, ...props }, locale });
/** How every number is marked: left to right as an isolate of its own, on one line (src/lib/phone.ts). */
const N = 'dir="ltr" class="whitespace-nowrap"';

describe('help contacts in every language', () => {
  it('lists 112 as a tel: link in every language version, by default and in every fuller list', () => {
    for (const locale of LOCALES) {
      for (const include of [undefined, everything]) {
        const emergency = helpContacts(uiFor(locale), embedded, { include }).find((contact) => contact.id === 'emergency');
        expect(emergency?.href, locale).toBe('tel:112');
        expect(emergency?.label, locale).toContain('112');
      }
    }
  });

  it('links the line’s own number and the chat to the page language’s contact page', () => {
    const [phone, chat] = helpContacts(uiFor('en'), line);
    expect(phone).toMatchObject({ href: 'tel:90390', label: 'Call Stödlinjen on 90 390' });
    expect(chat).toMatchObject({ href: '/en/contact/', chatEntry: true, label: 'Chat with a counsellor' });
    expect(helpContacts(uiFor('sv'), line)[1]!.href).toBe('/kontakt/');
    expect(helpContacts(uiFor('sv-lattlast'), line)[1]!.href).toBe('/lattlast/kontakt/');
    expect(helpContacts(uiFor('ar'), line)[1]!.href).toBe('/ar/contact/');
  });

  it('says nothing about language on Swedish pages, where every counsellor speaks it', async () => {
    for (const locale of ['sv', 'sv-lattlast'] as const) {
      const html = await list(embedded, { include: everything }, locale);
      expect(text(html), locale).not.toMatch(/svenska|engelska|tolk/);
    }
  });

  it('on Arabic pages says plainly that the line’s phone and chat are in Swedish, and where an interpreter can be had', async () => {
    const contacts = helpContacts(uiFor('ar'), embedded, { include: everything });
    const byId = Object.fromEntries(contacts.map((contact) => [contact.id, contact]));
    expect(byId.phone!.note).toContain('باللغة السويدية');
    expect(byId.chat!.note).toContain('باللغة السويدية');
    // Arabic is not promised, and English (only sometimes) is no help to an Arabic reader: not named.
    expect(byId.phone!.note).toBe('باللغة السويدية');
    expect(counsellingNote(uiFor('ar'), embedded, 'full')).toBe('باللغة السويدية');
    // Were Arabic offered when a counsellor who speaks it is on duty, the Arabic page would say so.
    expect(
      counsellingNote(uiFor('ar'), {
        ...line,
        counsellingLanguages: [
          { language: 'sv', availability: 'always' },
          { language: 'ar', availability: 'whenAvailable' },
        ],
      }),
    ).toContain('العربية');
    expect(byId.emergency!.note).toBe(uiFor('ar').t('help.interpreter'));
    expect(byId.healthcare!.note).toBe(uiFor('ar').t('help.interpreter'));
    expect(text(await list(embedded, { include: everything }, 'ar'))).not.toMatch(/\b(Ring|ring|Chatta|Vid akut|Call|call|Chat)\b/);
  });

  it('on English pages promises English only as the settings do: when a counsellor who speaks it is on duty', () => {
    expect(counsellingNote(uiFor('en'), embedded)).toBe('in Swedish and in English when a counsellor who speaks English is on duty');
    expect(counsellingNote(uiFor('en'), embedded, 'short')).toBe('in Swedish');
    // Without settings, or with English taken away, only Swedish is promised.
    expect(counsellingNote(uiFor('en'), line)).toBe('in Swedish');
    expect(counsellingNote(uiFor('en'), { ...line, counsellingLanguages: [{ language: 'sv', availability: 'always' }] })).toBe('in Swedish');
    // Settings that say English always: nothing to add on an English page.
    expect(
      counsellingNote(uiFor('en'), {
        ...line,
        counsellingLanguages: [
          { language: 'sv', availability: 'always' },
          { language: 'en', availability: 'always' },
        ],
      }),
    ).toBeUndefined();
  });

  it('never promises a language from settings that name no language every counsellor speaks', () => {
    const broken = { ...line, counsellingLanguages: [null, { language: 'ar', availability: 'sometimes' }, { language: '', availability: 'always' }] };
    expect(counsellingNote(uiFor('ar'), broken)).toBe('باللغة السويدية');
    expect(counsellingNote(uiFor('en'), broken)).toBe('in Swedish');
  });

  it('adds the phone’s hours to its note, before the language', () => {
    const [phone] = helpContacts(uiFor('en'), line, { hours: 'day and night' });
    expect(phone!.note).toBe('day and night, in Swedish');
    expect(helpContacts(uiFor('sv'), line, { hours: 'dygnet runt' })[0]!.note).toBe('dygnet runt');
  });
});

describe('help contacts as a list', () => {
  it('keeps every phone number left to right, so "90 390" does not read as "390 90" in Arabic', async () => {
    const html = await list(embedded, { include: everything }, 'ar');
    for (const number of ['90 390', '90101', '1177', '112']) expect(html).toContain(`<bdi ${N}>${number}</bdi>`);
    // No digit outside an isolate.
    expect(html.replace(new RegExp(`<bdi ${N}>[^<]*</bdi>`, 'g'), '').replace(/<[^>]+>/g, '')).not.toMatch(/\d/);
  });

  it('renders a list item per contact: lead in bold, the link, what follows, the note in brackets', async () => {
    const html = await list(line, { include: ['suicideLine', 'emergency'], linkClass: 'font-bold', class: 'mt-2' });
    expect(html).toBe(
      `<ul class="mt-2"><li><strong>Självmordslinjen, dygnet runt:</strong> <a class="font-bold" href="tel:90101">ring <bdi ${N}>90101</bdi></a> eller chatta via mind.se</li>` +
        `<li><strong>Vid akut fara:</strong> <a class="font-bold" href="tel:112">ring <bdi ${N}>112</bdi></a></li></ul>`,
    );
  });

  it('marks the chat link as the chat entry and shows the chat’s built state after it, a space apart for text browsers', async () => {
    const html = await list(line, { include: ['chat'], chatState: { state: 'scheduled', text: 'Chattens öppettider: …', class: 'block' } });
    expect(html).toBe('<ul><li><a href="/kontakt/" data-chat-entry>Chatta med en rådgivare</a> <span class="block" data-chat-state="scheduled">Chattens öppettider: …</span></li></ul>');
  });

  it('puts the note in an element of its own where a layout sets it on a line of its own, brackets kept for text browsers', async () => {
    const html = await list(line, { include: ['emergency'], noteClass: 'block text-xs' }, 'en');
    expect(html).toBe(`<ul><li><strong>In an emergency:</strong> <a href="tel:112">call <bdi ${N}>112</bdi></a> <span class="block text-xs">(interpreter on request)</span></li></ul>`);
  });

  it('renders cards with a heading per contact, 112 in the help colours', async () => {
    const html = await list(line, { layout: 'cards', headingLevel: 3 }, 'en');
    expect(html.match(/<h3 /g)).toHaveLength(3);
    expect(html).toContain('<h3 class="font-semibold text-lg">Call</h3>');
    expect(html).toContain('<p class="text-sm">in Swedish</p>');
    expect(html).toMatch(/<li class="[^"]*bg-help[^"]*"><h3 class="font-semibold text-lg">In an emergency:<\/h3>/);
  });

  it('makes a link whose text is only a number the isolate itself, so a wrapped line leaves no empty link box', async () => {
    const contact = { id: 'emergency', heading: '', href: 'tel:112', label: '112' };
    expect(await renderComponent(HelpContact, { props: { contact } })).toBe('<li><a class="whitespace-nowrap" href="tel:112" dir="ltr">112</a></li>');
    expect(await renderComponent(HelpContact, { props: { contact, linkClass: 'font-bold' } })).toBe('<li><a class="font-bold whitespace-nowrap" href="tel:112" dir="ltr">112</a></li>');
  });

  it('escapes everything it is given', async () => {
    const html = await list(line, { include: ['phone'], hours: '<script>"x"</script>' });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;&quot;x&quot;');
  });

  it('lists a place’s own contacts after the line’s and before 112', async () => {
    const html = await renderComponent(HelpContacts, { props: { contact: line, include: ['phone', 'chat', 'emergency'] }, slots: { default: '<li>Egen tjänst</li>' } });
    const order = ['tel:90390', '/kontakt/', 'Egen tjänst', 'tel:112'].map((needle) => html.indexOf(needle));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(await renderComponent(HelpContacts, { props: { contact: line, include: ['phone'] }, slots: { default: '<li>Egen tjänst</li>' } })).toMatch(/tel:90390.*Egen tjänst<\/li><\/ul>$/);
  });

  it('says which number each phone contact dials, so its name beside the link is not linked again', async () => {
    const contacts = helpContacts(uiFor('sv'), line, { include: everything });
    expect(contacts.map((contact) => contact.number)).toEqual(['90 390', undefined, '90101', '1177', '112']);
    const healthcare = await renderComponent(HelpContact, { props: { contact: contacts[3]! } });
    expect(healthcare).toContain(`<strong><bdi ${N}>1177</bdi> Vårdguiden, råd om vård dygnet runt:</strong>`);
    expect(healthcare.match(/href="tel:/g)).toHaveLength(1);
  });
});
