// Article and page bodies as readers get them: every block the content model has, shown by its
// component (src/components/portable-text/), escaped, with only safe links, numbers marked by the
// site's one rule, and whatever cannot be shown left out with a warning naming document and field.
import { describe, expect, it } from 'vitest';
import PortableTextBody from '../../../src/components/portable-text/PortableTextBody.astro';
import type { RenderedImage } from '../../../src/data/images';
import { collectingReport } from '../../../src/data/report';
import type { Locale } from '../../../src/i18n/locales';
import { safeHref } from '../../../src/portable-text/prepare';
import { renderComponent } from '../../support/components';
import { AROUND_THE_CLOCK, contactSettings } from '../../support/fixtures';

const IMAGES = new Map<string, RenderedImage>([['image-abc-1200x675-png', { src: '/_astro/x.webp', srcset: '/_astro/x-480.webp 480w', sizes: '100vw', width: 1200, height: 675 }]]);

/** The body's HTML and the warnings its content raised, on a Swedish page unless said otherwise. */
async function render(body: unknown, { locale = 'sv', contact = contactSettings() }: { locale?: Locale; contact?: ReturnType<typeof contactSettings> } = {}) {
  const report = collectingReport();
  const html = await renderComponent(PortableTextBody, { props: { body, docId: 'article-test', images: IMAGES, report }, locale, contact });
  return { html, warnings: report.warnings };
}

/** How every number is marked: left to right as an isolate of its own, on one line (src/lib/phone.ts). */
const N = 'dir="ltr" class="whitespace-nowrap"';

const block = (key: string, text: string, extra: Record<string, unknown> = {}) => ({
  _key: key,
  _type: 'block',
  style: 'normal',
  markDefs: [],
  children: [{ _key: `${key}s`, _type: 'span', text, marks: [] }],
  ...extra,
});

describe('Portable Text rendering', () => {
  it('renders headings, lists, emphasis and paragraphs', async () => {
    const { html } = await render([
      block('h', 'Rubrik', { style: 'h2' }),
      block('l1', 'Ett', { listItem: 'bullet', level: 1 }),
      block('l2', 'Två', { listItem: 'bullet', level: 1 }),
      { ...block('p', 'Viktigt'), children: [{ _key: 's', _type: 'span', text: 'Viktigt', marks: ['strong', 'em'] }] },
    ]);
    expect(html).toContain('<h2>Rubrik</h2>');
    expect(html).toContain('<ul><li>Ett</li><li>Två</li></ul>');
    expect(html).toMatch(/<strong><em>Viktigt<\/em><\/strong>|<em><strong>Viktigt<\/strong><\/em>/);
  });

  it('renders level 3 headings, numbered lists and nested lists', async () => {
    const { html } = await render([
      block('h', 'Underrubrik', { style: 'h3' }),
      block('n1', 'Först', { listItem: 'number', level: 1 }),
      block('n2', 'Sedan', { listItem: 'number', level: 1 }),
      block('b1', 'Under sedan', { listItem: 'bullet', level: 2 }),
    ]);
    expect(html).toBe('<h3>Underrubrik</h3><ol><li>Först</li><li>Sedan<ul><li>Under sedan</li></ul></li></ol>');
  });

  it('leaves out an empty paragraph, an editor’s blank line', async () => {
    const { html, warnings } = await render([block('a', 'Före'), block('tom', ''), block('b', 'Efter')]);
    expect(html).toBe('<p>Före</p><p>Efter</p>');
    expect(warnings).toEqual([]);
  });

  it('shows every custom block a reader needs: callout, help box, exercise, FAQ and figure', async () => {
    const { html, warnings } = await render([
      { _key: 'c', _type: 'callout', tone: 'tip', title: 'Tips', text: 'Andas lugnt.' },
      { _key: 'hb', _type: 'helpBox', title: 'Du är inte ensam', contacts: [{ _key: 'x', name: 'Självmordslinjen', phone: '90101', url: 'https://mind.se/', availability: 'Dygnet runt' }] },
      {
        _key: 'e',
        _type: 'exerciseSteps',
        title: 'Andas',
        durationMinutes: 3,
        steps: [
          { _key: 'a', text: 'Andas in' },
          { _key: 'b', text: 'Andas ut' },
        ],
      },
      { _key: 'f', _type: 'faqItem', question: 'Är jag anonym?', answer: 'Ja.' },
      { _key: 'img', _type: 'figure', alt: 'En lugn horisont', caption: 'Bildtext', image: { _id: 'image-abc-1200x675-png' } },
    ]);
    expect(html).toContain('class="callout callout-tip"');
    expect(html).toMatch(/<h2 id="hjalp-hb">Du är inte ensam<\/h2>/);
    expect(html).toContain('href="tel:90390"');
    expect(html).toContain('href="tel:90101"');
    expect(html).toContain(`<strong>Vid akut fara:</strong> <a href="tel:112">ring <bdi ${N}>112</bdi></a>`);
    expect(html).toContain('Tar ungefär 3 minuter');
    expect(html).toContain('<ol><li>Andas in</li><li>Andas ut</li></ol>');
    expect(html).toContain('<details class="faq"><summary>Är jag anonym?</summary><p>Ja.</p></details>');
    expect(html).toMatch(/<img src="\/_astro\/x.webp"[^>]* alt="En lugn horisont" width="1200" height="675"/);
    expect(html).toContain('<figcaption>Bildtext</figcaption>');
    expect(warnings).toEqual([]);
  });

  it('a help box says the line is open around the clock only when its schedule is', async () => {
    const box = [{ _key: 'hb', _type: 'helpBox', title: 'Stöd', contacts: [] }];
    expect((await render(box, { contact: contactSettings(AROUND_THE_CLOCK) })).html).toContain(`<bdi ${N}>90 390</bdi></a> (dygnet runt)`);
    expect((await render(box)).html).not.toContain('dygnet runt');
  });

  it('a help box lists the line, the chat, the other services and 112, in that order, as every other help list does', async () => {
    const { html } = await render([{ _key: 'hb', _type: 'helpBox', title: 'Stöd', contacts: [{ _key: 'x', name: 'Jourhavande medmänniska', phone: '08-702 16 80' }] }]);
    const order = ['href="tel:90390"', 'href="/kontakt/" data-chat-entry', 'href="tel:087021680"', 'href="tel:112"'].map((needle) => html.indexOf(needle));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(html).toContain(`<strong>Jourhavande medmänniska</strong>, ring <a href="tel:087021680" ${N}>08-702 16 80</a>`);
  });

  it('an Arabic help box speaks Arabic, says the line counsels in Swedish, and keeps every number left to right', async () => {
    const { html } = await render(
      [
        { _key: 'hb', _type: 'helpBox', title: 'دعم', contacts: [{ _key: 'x', name: 'Självmordslinjen', phone: '90101', availability: 'Dygnet runt' }] },
        { _key: 'e', _type: 'exerciseSteps', durationMinutes: 2, steps: [{ _key: 'a', text: 'تنفّس' }] },
      ],
      { locale: 'ar', contact: contactSettings(AROUND_THE_CLOCK) },
    );
    expect(html).toContain(`اتصل بـ Stödlinjen على الرقم <bdi ${N}>90 390</bdi>`);
    expect(html).toContain('باللغة السويدية');
    expect(html).toContain('href="/ar/contact/" data-chat-entry');
    expect(html).toContain(`<strong>Självmordslinjen</strong>، اتصل <a href="tel:90101" ${N}>90101</a>`);
    expect(html).toContain(`<a href="tel:112">اتصل بالرقم <bdi ${N}>112</bdi></a>`);
    expect(html).toContain('يستغرق نحو دقيقتين');
    expect(html).not.toMatch(/Ring|ring |Vid akut|Tar ungefär|Så här gör du/);
  });

  it('a help-box contact with an address that is not a web address still renders, with the address as its text', async () => {
    const { html } = await render([
      {
        _key: 'hb',
        _type: 'helpBox',
        title: 'Stöd',
        contacts: [
          { _key: 'm', name: 'Mejla oss', url: 'mailto:stod@example.se' },
          { _key: 'w', name: 'Webb', url: 'https://www.1177.se/a' },
        ],
      },
    ]);
    expect(html).toContain('<a href="mailto:stod@example.se" rel="noreferrer" dir="ltr">stod@example.se</a>');
    expect(html).toContain('<a href="https://www.1177.se/a" rel="noreferrer" dir="ltr">1177.se</a>');
  });

  it('gives a decorative image an empty alt and leaves out an image with neither alt nor the flag', async () => {
    const { html, warnings } = await render([
      { _key: 'd', _type: 'figure', decorative: true, image: { _id: 'image-abc-1200x675-png' } },
      { _key: 'n', _type: 'figure', image: { _id: 'image-abc-1200x675-png' } },
    ]);
    expect(html.match(/<img /g)).toHaveLength(1);
    // An empty attribute: `alt` and `alt=""` are the same to browsers and screen readers.
    expect(html).toMatch(/<img [^>]*\balt(?:="")? /);
    expect(warnings).toContainEqual(expect.objectContaining({ docId: 'article-test', field: 'body[_key=="n"]' }));
  });

  it('leaves out a figure whose image file is missing and names the block', async () => {
    const { html, warnings } = await render([block('a', 'Före'), { _type: 'figure', alt: 'Borta', image: { _id: 'image-missing' } }]);
    expect(html).toBe('<p>Före</p>');
    expect(warnings).toEqual([expect.objectContaining({ docId: 'article-test', field: 'body[1]', message: expect.stringContaining('image file is missing') })]);
  });

  it('leaves out an unknown block type and tells the editor which block', async () => {
    const { html, warnings } = await render([block('a', 'Före'), { _key: 'v', _type: 'video', url: 'https://example.com' }, block('b', 'Efter')]);
    expect(html).toBe('<p>Före</p><p>Efter</p>');
    expect(warnings).toEqual([expect.objectContaining({ docId: 'article-test', field: 'body[_key=="v"]', message: expect.stringContaining('video') })]);
  });

  it('names a block without a usable key by its place in the body', async () => {
    const { html, warnings } = await render([block('a', 'Före'), block('b', 'Mitt'), block('c', 'Mitt'), { _type: 'video' }]);
    expect(html).toBe('<p>Före</p><p>Mitt</p><p>Mitt</p>');
    expect(warnings).toEqual([expect.objectContaining({ docId: 'article-test', field: 'body[3]' })]);
  });

  it('keeps the text of an unknown mark but not the mark', async () => {
    const { html, warnings } = await render([{ ...block('p', ''), children: [{ _key: 's', _type: 'span', text: 'Hej', marks: ['blink'] }] }]);
    expect(html).toBe('<p>Hej</p>');
    expect(warnings).toContainEqual(expect.objectContaining({ message: expect.stringContaining('blink') }));
  });

  it('shows an unknown text style as a paragraph and an unknown list type as bullets, and says so', async () => {
    const { html, warnings } = await render([block('q', 'Citat', { style: 'blockquote' }), block('l', 'Punkt', { listItem: 'roman', level: 1 })]);
    expect(html).toBe('<p>Citat</p><ul><li>Punkt</li></ul>');
    expect(warnings.map((warning) => warning.field)).toEqual(['body[_key=="q"]', 'body[_key=="l"]']);
  });

  it('never emits raw HTML from content', async () => {
    const { html } = await render([block('p', '<script>alert(1)</script><img src=x onerror=alert(1)>'), { _key: 'c', _type: 'callout', text: '<b>fet</b>' }]);
    expect(html).not.toMatch(/<script|<img|<b>/);
    expect(html).toContain('&lt;script&gt;');
  });

  it('escapes every text a custom block shows', async () => {
    const evil = '<script>alert(1)</script>';
    const { html } = await render(
      [
        { _key: 'c', _type: 'callout', title: evil, text: evil },
        { _key: 'hb', _type: 'helpBox', title: evil, text: evil, contacts: [{ _key: 'x', name: evil, phone: '90101', availability: evil }] },
        { _key: 'e', _type: 'exerciseSteps', title: evil, steps: [{ _key: 'a', text: evil }] },
        { _key: 'f', _type: 'faqItem', question: evil, answer: evil },
        { _key: 'img', _type: 'figure', alt: `"${evil}`, caption: evil, image: { _id: 'image-abc-1200x675-png' } },
      ],
      { contact: contactSettings({ phoneNumber: '<b>90 390</b>' }) },
    );
    // No element from content; in an attribute, a quote cannot end the value early.
    expect(html.replace(/="[^"]*"/g, '=""')).not.toMatch(/<script|<b>/);
    expect(html.match(/&lt;script&gt;/g)).toHaveLength(11);
    expect(html).toContain('alt="&quot;<script>alert(1)</script>"');
    expect(html).toContain('Ring Stödlinjen på &lt;b&gt;');
  });

  it('drops javascript: and data: links but keeps their text', async () => {
    const links = ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>'];
    const { html, warnings } = await render(
      links.map((href, i) => ({
        _key: `p${i}`,
        _type: 'block',
        style: 'normal',
        markDefs: [{ _key: `l${i}`, _type: 'link', href }],
        children: [{ _key: 's', _type: 'span', text: `länk ${i}`, marks: [`l${i}`] }],
      })),
    );
    expect(html).toBe('<p>länk 0</p><p>länk 1</p><p>länk 2</p>');
    expect(warnings).toHaveLength(3);
    expect(warnings[0]!.field).toBe('body[_key=="p0"].markDefs[_key=="l0"].href');
  });

  it('links internal references to their addresses in their own language and drops broken ones', async () => {
    const { html, warnings } = await render([
      {
        _key: 'p',
        _type: 'block',
        style: 'normal',
        markDefs: [
          { _key: 'a', _type: 'internalLink', target: { _type: 'article', slug: 'sova-battre' } },
          { _key: 't', _type: 'internalLink', target: { _type: 'topic', slug: 'somn' } },
          { _key: 'x', _type: 'internalLink', target: null },
          { _key: 'e', _type: 'internalLink', target: { _type: 'article', slug: 'sleep', language: 'en' } },
        ],
        children: [
          { _key: '1', _type: 'span', text: 'Artikel', marks: ['a'] },
          { _key: '2', _type: 'span', text: ' ämne', marks: ['t'] },
          { _key: '3', _type: 'span', text: ' trasig', marks: ['x'] },
          { _key: '4', _type: 'span', text: ' engelska', marks: ['e'] },
        ],
      },
    ]);
    expect(html).toBe('<p><a href="/artiklar/sova-battre/">Artikel</a><a href="/amnen/somn/"> ämne</a> trasig<a href="/en/articles/sleep/"> engelska</a></p>');
    expect(warnings).toEqual([expect.objectContaining({ field: 'body[_key=="p"].markDefs[_key=="x"].reference' })]);
  });

  it('opens external links without sending the visitor’s address along', async () => {
    const { html } = await render([
      { _key: 'p', _type: 'block', style: 'normal', markDefs: [{ _key: 'l', _type: 'link', href: 'https://www.1177.se/' }], children: [{ _key: 's', _type: 'span', text: '1177', marks: ['l'] }] },
    ]);
    expect(html).toBe(`<p><a href="https://www.1177.se/" rel="noreferrer"><bdi ${N}>1177</bdi></a></p>`);
  });

  it('accepts only web, e-mail and phone link addresses', () => {
    expect(safeHref('https://a.se')).toBe('https://a.se');
    expect(safeHref('mailto:a@b.se')).toBe('mailto:a@b.se');
    expect(safeHref('tel:112')).toBe('tel:112');
    expect(safeHref('vbscript:x')).toBeUndefined();
    expect(safeHref('//evil.example')).toBeUndefined();
    expect(safeHref(undefined)).toBeUndefined();
  });
});

describe('numbers in Portable Text', () => {
  const span = (text: string, marks: string[] = []) => ({ _key: `s${text.length}`, _type: 'span', text, marks });
  const paragraph = (children: unknown[], markDefs: unknown[] = [], extra: Record<string, unknown> = {}) => ({ _key: 'p', _type: 'block', style: 'normal', markDefs, children, ...extra });

  it('links every phone number in running text, isolated left to right on one line', async () => {
    const { html } = await render([block('p', 'Ring 90 390 eller 90101. Vid akut fara: ring 112.')]);
    expect(html).toBe(`<p>Ring <a href="tel:90390" ${N}>90 390</a> eller <a href="tel:90101" ${N}>90101</a>. Vid akut fara: ring <a href="tel:112" ${N}>112</a>.</p>`);
  });

  it('in Arabic running text too, where the number would otherwise read "390 90"', async () => {
    const { html } = await render([block('p', 'خطنا 90 390 باللغة السويدية، وفي 1177 و112 يمكنك أن تطلب مترجمًا.')], { locale: 'ar' });
    expect(html).toBe(`<p>خطنا <a href="tel:90390" ${N}>90 390</a> باللغة السويدية، وفي <a href="tel:1177" ${N}>1177</a> و<a href="tel:112" ${N}>112</a> يمكنك أن تطلب مترجمًا.</p>`);
  });

  it('dials the line’s number as the settings give it, and the numbers of the body’s help boxes', async () => {
    const { html } = await render(
      [block('p', 'Ring 020-22 00 60 eller 113 13.'), { _key: 'hb', _type: 'helpBox', title: 'Stöd', contacts: [{ _key: 'x', name: 'Informationsnumret', phone: '113 13' }] }],
      { contact: contactSettings({ phoneNumber: '020-22 00 60' }) },
    );
    expect(html).toContain(`<p>Ring <a href="tel:020220060" ${N}>020-22 00 60</a> eller <a href="tel:11313" ${N}>113 13</a>.</p>`);
  });

  it('keeps bold and italic around a number, with the number’s mark inside', async () => {
    const { html } = await render([paragraph([span('Ring '), span('90 390', ['strong']), span(' nu.')])]);
    expect(html).toMatch(new RegExp(`^<p>Ring (<strong><a href="tel:90390" ${N}>90 390</a></strong>|<a href="tel:90390" ${N}><strong>90 390</strong></a>) nu.</p>$`));
  });

  it('only isolates a number inside a link or a heading, which cannot hold a link', async () => {
    const { html } = await render([
      paragraph([span('Läs om 1177', ['l'])], [{ _key: 'l', _type: 'link', href: 'https://www.1177.se/' }]),
      paragraph([span('ring 90 390', ['t'])], [{ _key: 't', _type: 'link', href: 'tel:90390' }]),
      block('h', 'När du ringer 112', { style: 'h2' }),
      block('h3', 'Ring 90 390', { style: 'h3' }),
    ]);
    expect(html).toContain(`<a href="https://www.1177.se/" rel="noreferrer">Läs om <bdi ${N}>1177</bdi></a>`);
    expect(html).toContain(`<a href="tel:90390">ring <bdi ${N}>90 390</bdi></a>`);
    expect(html).toContain(`<h2>När du ringer <bdi ${N}>112</bdi></h2>`);
    expect(html).toContain(`<h3>Ring <bdi ${N}>90 390</bdi></h3>`);
    expect(html.match(/href="tel:/g)).toHaveLength(1);
  });

  it('marks numbers in callouts, help boxes, exercises, questions and answers, and captions', async () => {
    const { html } = await render([
      { _key: 'c', _type: 'callout', title: 'Ring 112', text: 'Vid fara: 112.\nEller 1177.' },
      { _key: 'hb', _type: 'helpBox', title: 'Ring 90 390', text: 'Ring 90 390.', contacts: [{ _key: 'x', name: '1177 Vårdguiden', phone: '1177', availability: 'Ring 112 vid fara' }] },
      { _key: 'e', _type: 'exerciseSteps', title: 'Övning 4-6', steps: [{ _key: 'a', text: 'Ring 90101 om det blir för mycket' }] },
      { _key: 'f', _type: 'faqItem', question: 'Kan jag ringa 112?', answer: 'Ja, ring 112.' },
      { _key: 'img', _type: 'figure', alt: 'Skylt med 90 390', caption: 'Ring 90 390', image: { _id: 'image-abc-1200x675-png' } },
    ]);
    expect(html).toContain(
      `<p class="callout-title"><strong>Ring <a href="tel:112" ${N}>112</a></strong></p><p>Vid fara: <a href="tel:112" ${N}>112</a>.<br>Eller <a href="tel:1177" ${N}>1177</a>.</p>`,
    );
    expect(html).toContain(`<h2 id="hjalp-hb">Ring <bdi ${N}>90 390</bdi></h2><p>Ring <a href="tel:90390" ${N}>90 390</a>.</p>`);
    // The service's name is not linked again beside its own link; other numbers in its note are.
    expect(html).toContain(`<strong><bdi ${N}>1177</bdi> Vårdguiden</strong>, ring <a href="tel:1177" ${N}>1177</a> (ring <a href="tel:112" ${N}>112</a> vid fara)`);
    expect(html).toContain(`<h2>Övning 4-6</h2>`);
    expect(html).toContain(`<li>Ring <a href="tel:90101" ${N}>90101</a> om det blir för mycket</li>`);
    expect(html).toContain(`<summary>Kan jag ringa <bdi ${N}>112</bdi>?</summary><p>Ja, ring <a href="tel:112" ${N}>112</a>.</p>`);
    expect(html).toContain(`alt="Skylt med \u206690\u00a0390\u2069"`);
    expect(html).toContain(`<figcaption>Ring <a href="tel:90390" ${N}>90 390</a></figcaption>`);
  });

  it('does not link dates, years, times, prices, counts or postal codes', async () => {
    const text = 'Granskad 2026-11-20, år 2026, kl. 09:00–21:00, 112 kr, 12 artiklar, 1177-talet, 1177.se, 24/7, övning 5-4-3-2-1.';
    expect((await render([block('p', text)])).html).toBe(`<p>${text}</p>`);
    expect((await render([block('p', 'Adress: Box 1, 112 51 Stockholm')])).html).toBe(`<p>Adress: Box 1, <bdi ${N}>112 51</bdi> Stockholm</p>`);
  });
});
