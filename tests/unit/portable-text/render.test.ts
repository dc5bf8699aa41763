import { describe, expect, it } from 'vitest';
import { collectingReport } from '../../../src/data/report';
import { uiFor } from '../../../src/i18n';
import { renderBody, safeHref, type BodyContext } from '../../../src/portable-text/render';

function context(): BodyContext & { report: ReturnType<typeof collectingReport> } {
  return {
    docId: 'article-test',
    ui: uiFor('sv'),
    contact: { phoneNumber: '90 390' },
    images: new Map([['image-abc-1200x675-png', { src: '/_astro/x.webp', srcset: '/_astro/x-480.webp 480w', sizes: '100vw', width: 1200, height: 675 }]]),
    report: collectingReport(),
  };
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
  it('renders headings, lists, emphasis and paragraphs', () => {
    const html = renderBody(
      [
        block('h', 'Rubrik', { style: 'h2' }),
        block('l1', 'Ett', { listItem: 'bullet', level: 1 }),
        block('l2', 'Två', { listItem: 'bullet', level: 1 }),
        { ...block('p', 'Viktigt'), children: [{ _key: 's', _type: 'span', text: 'Viktigt', marks: ['strong', 'em'] }] },
      ],
      context(),
    );
    expect(html).toContain('<h2>Rubrik</h2>');
    expect(html).toContain('<ul><li>Ett</li><li>Två</li></ul>');
    expect(html).toMatch(/<strong><em>Viktigt<\/em><\/strong>|<em><strong>Viktigt<\/strong><\/em>/);
  });

  it('shows every custom block a reader needs: callout, help box, exercise, FAQ and figure', () => {
    const ctx = context();
    const html = renderBody(
      [
        { _key: 'c', _type: 'callout', tone: 'tip', title: 'Tips', text: 'Andas lugnt.' },
        { _key: 'hb', _type: 'helpBox', title: 'Du är inte ensam', contacts: [{ _key: 'x', name: 'Självmordslinjen', phone: '90101', url: 'https://mind.se/', availability: 'Dygnet runt' }] },
        { _key: 'e', _type: 'exerciseSteps', title: 'Andas', durationMinutes: 3, steps: [{ _key: 'a', text: 'Andas in' }, { _key: 'b', text: 'Andas ut' }] },
        { _key: 'f', _type: 'faqItem', question: 'Är jag anonym?', answer: 'Ja.' },
        { _key: 'img', _type: 'figure', alt: 'En lugn horisont', caption: 'Bildtext', image: { _id: 'image-abc-1200x675-png' } },
      ],
      ctx,
    );
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
    expect(ctx.report.warnings).toEqual([]);
  });

  it('a help box says the line is open around the clock only when its schedule is', () => {
    const box = [{ _key: 'hb', _type: 'helpBox', title: 'Stöd', contacts: [] }];
    expect(renderBody(box, { ...context(), alwaysOpen: true })).toContain(`<bdi ${N}>90 390</bdi></a> (dygnet runt)`);
    expect(renderBody(box, { ...context(), alwaysOpen: false })).not.toContain('dygnet runt');
  });

  it('a help box lists the line, the chat, the other services and 112, in that order, as every other help list does', () => {
    const html = renderBody([{ _key: 'hb', _type: 'helpBox', title: 'Stöd', contacts: [{ _key: 'x', name: 'Jourhavande medmänniska', phone: '08-702 16 80' }] }], context());
    const order = ['href="tel:90390"', 'href="/kontakt/" data-chat-entry', 'href="tel:087021680"', 'href="tel:112"'].map((needle) => html.indexOf(needle));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(html).toContain(`<strong>Jourhavande medmänniska</strong>, ring <a href="tel:087021680" ${N}>08-702 16 80</a>`);
  });

  it('an Arabic help box speaks Arabic, says the line counsels in Swedish, and keeps every number left to right', () => {
    const html = renderBody(
      [
        { _key: 'hb', _type: 'helpBox', title: 'دعم', contacts: [{ _key: 'x', name: 'Självmordslinjen', phone: '90101', availability: 'Dygnet runt' }] },
        { _key: 'e', _type: 'exerciseSteps', durationMinutes: 2, steps: [{ _key: 'a', text: 'تنفّس' }] },
      ],
      { ...context(), ui: uiFor('ar'), alwaysOpen: true },
    );
    expect(html).toContain(`اتصل بـ Stödlinjen على الرقم <bdi ${N}>90 390</bdi>`);
    expect(html).toContain('باللغة السويدية');
    expect(html).toContain('href="/ar/contact/" data-chat-entry');
    expect(html).toContain(`<strong>Självmordslinjen</strong>، اتصل <a href="tel:90101" ${N}>90101</a>`);
    expect(html).toContain(`<a href="tel:112">اتصل بالرقم <bdi ${N}>112</bdi></a>`);
    expect(html).toContain('يستغرق نحو دقيقتين');
    expect(html).not.toMatch(/Ring|ring |Vid akut|Tar ungefär|Så här gör du/);
  });

  it('a help-box contact with an address that is not a web address still renders, with the address as its text', () => {
    const ctx = context();
    const html = renderBody(
      [{ _key: 'hb', _type: 'helpBox', title: 'Stöd', contacts: [{ _key: 'm', name: 'Mejla oss', url: 'mailto:stod@example.se' }, { _key: 'w', name: 'Webb', url: 'https://www.1177.se/a' }] }],
      ctx,
    );
    expect(html).toContain('<a href="mailto:stod@example.se" rel="noreferrer" dir="ltr">stod@example.se</a>');
    expect(html).toContain('<a href="https://www.1177.se/a" rel="noreferrer" dir="ltr">1177.se</a>');
  });

  it('gives a decorative image an empty alt and leaves out an image with neither alt nor the flag', () => {
    const ctx = context();
    const html = renderBody(
      [
        { _key: 'd', _type: 'figure', decorative: true, image: { _id: 'image-abc-1200x675-png' } },
        { _key: 'n', _type: 'figure', image: { _id: 'image-abc-1200x675-png' } },
      ],
      ctx,
    );
    expect(html.match(/<img /g)).toHaveLength(1);
    expect(html).toContain('alt=""');
    expect(ctx.report.warnings).toContainEqual(expect.objectContaining({ docId: 'article-test', field: 'body[_key=="n"]' }));
  });

  it('leaves out an unknown block type and tells the editor which block', () => {
    const ctx = context();
    const html = renderBody([block('a', 'Före'), { _key: 'v', _type: 'video', url: 'https://example.com' }, block('b', 'Efter')], ctx);
    expect(html).toBe('<p>Före</p><p>Efter</p>');
    expect(ctx.report.warnings).toEqual([expect.objectContaining({ docId: 'article-test', field: 'body[_key=="v"]', message: expect.stringContaining('video') })]);
  });

  it('keeps the text of an unknown mark but not the mark', () => {
    const ctx = context();
    const html = renderBody([{ ...block('p', ''), children: [{ _key: 's', _type: 'span', text: 'Hej', marks: ['blink'] }] }], ctx);
    expect(html).toBe('<p>Hej</p>');
    expect(ctx.report.warnings).toContainEqual(expect.objectContaining({ message: expect.stringContaining('blink') }));
  });

  it('never emits raw HTML from content', () => {
    const html = renderBody(
      [block('p', '<script>alert(1)</script><img src=x onerror=alert(1)>'), { _key: 'c', _type: 'callout', text: '<b>fet</b>' }],
      context(),
    );
    expect(html).not.toMatch(/<script|<img|<b>/);
    expect(html).toContain('&lt;script&gt;');
  });

  it('drops javascript: and data: links but keeps their text', () => {
    const ctx = context();
    const links = ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>'];
    const html = renderBody(
      links.map((href, i) => ({
        _key: `p${i}`,
        _type: 'block',
        style: 'normal',
        markDefs: [{ _key: `l${i}`, _type: 'link', href }],
        children: [{ _key: 's', _type: 'span', text: `länk ${i}`, marks: [`l${i}`] }],
      })),
      ctx,
    );
    expect(html).toBe('<p>länk 0</p><p>länk 1</p><p>länk 2</p>');
    expect(ctx.report.warnings).toHaveLength(3);
    expect(ctx.report.warnings[0]!.field).toBe('body[_key=="p0"].markDefs[_key=="l0"].href');
  });

  it('links internal references to their Swedish addresses and drops broken ones', () => {
    const ctx = context();
    const html = renderBody(
      [
        {
          _key: 'p',
          _type: 'block',
          style: 'normal',
          markDefs: [
            { _key: 'a', _type: 'internalLink', target: { _type: 'article', slug: 'sova-battre' } },
            { _key: 't', _type: 'internalLink', target: { _type: 'topic', slug: 'somn' } },
            { _key: 'x', _type: 'internalLink', target: null },
          ],
          children: [
            { _key: '1', _type: 'span', text: 'Artikel', marks: ['a'] },
            { _key: '2', _type: 'span', text: ' ämne', marks: ['t'] },
            { _key: '3', _type: 'span', text: ' trasig', marks: ['x'] },
          ],
        },
      ],
      ctx,
    );
    expect(html).toBe('<p><a href="/artiklar/sova-battre/">Artikel</a><a href="/amnen/somn/"> ämne</a> trasig</p>');
    expect(ctx.report.warnings).toContainEqual(expect.objectContaining({ field: 'body[_key=="p"].markDefs[_key=="x"].reference' }));
  });

  it('opens external links without sending the visitor’s address along', () => {
    const html = renderBody(
      [{ _key: 'p', _type: 'block', style: 'normal', markDefs: [{ _key: 'l', _type: 'link', href: 'https://www.1177.se/' }], children: [{ _key: 's', _type: 'span', text: '1177', marks: ['l'] }] }],
      context(),
    );
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

  it('links every phone number in running text, isolated left to right on one line', () => {
    const html = renderBody([block('p', 'Ring 90 390 eller 90101. Vid akut fara: ring 112.')], context());
    expect(html).toBe(`<p>Ring <a href="tel:90390" ${N}>90 390</a> eller <a href="tel:90101" ${N}>90101</a>. Vid akut fara: ring <a href="tel:112" ${N}>112</a>.</p>`);
  });

  it('in Arabic running text too, where the number would otherwise read "390 90"', () => {
    const html = renderBody([block('p', 'خطنا 90 390 باللغة السويدية، وفي 1177 و112 يمكنك أن تطلب مترجمًا.')], { ...context(), ui: uiFor('ar') });
    expect(html).toBe(`<p>خطنا <a href="tel:90390" ${N}>90 390</a> باللغة السويدية، وفي <a href="tel:1177" ${N}>1177</a> و<a href="tel:112" ${N}>112</a> يمكنك أن تطلب مترجمًا.</p>`);
  });

  it('dials the line’s number as the settings give it, and the numbers of the body’s help boxes', () => {
    const ctx = { ...context(), contact: { phoneNumber: '020-22 00 60' } };
    const html = renderBody(
      [block('p', 'Ring 020-22 00 60 eller 113 13.'), { _key: 'hb', _type: 'helpBox', title: 'Stöd', contacts: [{ _key: 'x', name: 'Informationsnumret', phone: '113 13' }] }],
      ctx,
    );
    expect(html).toContain(`<p>Ring <a href="tel:020220060" ${N}>020-22 00 60</a> eller <a href="tel:11313" ${N}>113 13</a>.</p>`);
  });

  it('keeps bold and italic around a number, with the number’s mark inside', () => {
    const html = renderBody([paragraph([span('Ring '), span('90 390', ['strong']), span(' nu.')])], context());
    expect(html).toMatch(new RegExp(`^<p>Ring (<strong><a href="tel:90390" ${N}>90 390</a></strong>|<a href="tel:90390" ${N}><strong>90 390</strong></a>) nu.</p>$`));
  });

  it('only isolates a number inside a link or a heading, which cannot hold a link', () => {
    const html = renderBody(
      [
        paragraph([span('Läs om 1177', ['l'])], [{ _key: 'l', _type: 'link', href: 'https://www.1177.se/' }]),
        paragraph([span('ring 90 390', ['t'])], [{ _key: 't', _type: 'link', href: 'tel:90390' }]),
        block('h', 'När du ringer 112', { style: 'h2' }),
        block('h3', 'Ring 90 390', { style: 'h3' }),
      ],
      context(),
    );
    expect(html).toContain(`<a href="https://www.1177.se/" rel="noreferrer">Läs om <bdi ${N}>1177</bdi></a>`);
    expect(html).toContain(`<a href="tel:90390">ring <bdi ${N}>90 390</bdi></a>`);
    expect(html).toContain(`<h2>När du ringer <bdi ${N}>112</bdi></h2>`);
    expect(html).toContain(`<h3>Ring <bdi ${N}>90 390</bdi></h3>`);
    expect(html.match(/href="tel:/g)).toHaveLength(1);
  });

  it('marks numbers in callouts, help boxes, exercises, questions and answers, and captions', () => {
    const html = renderBody(
      [
        { _key: 'c', _type: 'callout', title: 'Ring 112', text: 'Vid fara: 112.\nEller 1177.' },
        { _key: 'hb', _type: 'helpBox', title: 'Ring 90 390', text: 'Ring 90 390.', contacts: [{ _key: 'x', name: '1177 Vårdguiden', phone: '1177', availability: 'Ring 112 vid fara' }] },
        { _key: 'e', _type: 'exerciseSteps', title: 'Övning 4-6', steps: [{ _key: 'a', text: 'Ring 90101 om det blir för mycket' }] },
        { _key: 'f', _type: 'faqItem', question: 'Kan jag ringa 112?', answer: 'Ja, ring 112.' },
        { _key: 'img', _type: 'figure', alt: 'Skylt med 90 390', caption: 'Ring 90 390', image: { _id: 'image-abc-1200x675-png' } },
      ],
      context(),
    );
    expect(html).toContain(`<p class="callout-title"><strong>Ring <a href="tel:112" ${N}>112</a></strong></p><p>Vid fara: <a href="tel:112" ${N}>112</a>.<br>Eller <a href="tel:1177" ${N}>1177</a>.</p>`);
    expect(html).toContain(`<h2 id="hjalp-hb">Ring <bdi ${N}>90 390</bdi></h2><p>Ring <a href="tel:90390" ${N}>90 390</a>.</p>`);
    // The service's name is not linked again beside its own link; other numbers in its note are.
    expect(html).toContain(`<strong><bdi ${N}>1177</bdi> Vårdguiden</strong>, ring <a href="tel:1177" ${N}>1177</a> (ring <a href="tel:112" ${N}>112</a> vid fara)`);
    expect(html).toContain(`<h2>Övning 4-6</h2>`);
    expect(html).toContain(`<li>Ring <a href="tel:90101" ${N}>90101</a> om det blir för mycket</li>`);
    expect(html).toContain(`<summary>Kan jag ringa <bdi ${N}>112</bdi>?</summary><p>Ja, ring <a href="tel:112" ${N}>112</a>.</p>`);
    expect(html).toContain(`alt="Skylt med \u206690\u00a0390\u2069"`);
    expect(html).toContain(`<figcaption>Ring <a href="tel:90390" ${N}>90 390</a></figcaption>`);
  });

  it('does not link dates, years, times, prices, counts or postal codes', () => {
    const text = 'Granskad 2026-11-20, år 2026, kl. 09:00–21:00, 112 kr, 12 artiklar, 1177-talet, 1177.se, 24/7, övning 5-4-3-2-1.';
    expect(renderBody([block('p', text)], context())).toBe(`<p>${text}</p>`);
    expect(renderBody([block('p', 'Adress: Box 1, 112 51 Stockholm')], context())).toBe(`<p>Adress: Box 1, <bdi ${N}>112 51</bdi> Stockholm</p>`);
  });
});
