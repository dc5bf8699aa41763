// How phone numbers read in a real browser: each number's digits drawn in the order they are written
// ("90 390" never "390 90", even in Arabic running text), on one line, and, in running text, a tel:
// link that dials it. Which numbers are phone numbers is the site's one rule (src/lib/phone.ts,
// unit-tested on its own). Used on every built page (every-page.spec.ts) and on the parts
// scripts write (phone-numbers.spec.ts).
import type { Page } from '@playwright/test';
import { loadContent } from '../../src/data/content';
import { collectingReport } from '../../src/data/report';
import { createRunner, sourceFromEnv } from '../../src/data/source';
import { phoneSegments } from '../../src/lib/phone';

let line: Promise<string> | undefined;

/** The line's own number as the pages got it, from the content the site was built from (loaded once per worker). */
export function lineNumber(): Promise<string> {
  line ??= loadContent(createRunner(sourceFromEnv()), collectingReport(), new Date().toISOString().slice(0, 10)).then((content) => content.locales.sv.contact.phoneNumber);
  return line;
}

export const LAYOUTS = [
  { width: 360, height: 740, media: 'screen' },
  { width: 1280, height: 800, media: 'screen' },
  { width: 360, height: 740, media: 'print' },
  { width: 1280, height: 800, media: 'print' },
] as const;

export type Found = { node: number; start: number; end: number; text: string; phone: boolean; href?: string };

/** Every text node of the page (not scripts, styles or noscript's raw text), kept on the window to measure later. */
export const collectTexts = (page: Page) =>
  page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => (node.parentElement?.closest('script, style, noscript') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    const nodes: Text[] = [];
    while (walker.nextNode()) nodes.push(walker.currentNode as Text);
    (window as unknown as { phoneTexts: Text[] }).phoneTexts = nodes;
    return nodes.map((node) => node.data);
  });

/** The numbers the site's rule finds in each text node: phone numbers, and other numbers in groups. */
export function numbersIn(texts: string[], known: string[]): Found[] {
  return texts.flatMap((text, node) => {
    let at = 0;
    return phoneSegments(text, known).flatMap((segment) => {
      const start = at;
      at += segment.text.length;
      if (segment.kind === 'text') return [];
      return [{ node, start, end: at, text: segment.text, phone: segment.kind === 'phone', ...(segment.kind === 'phone' && { href: segment.href }) }];
    });
  });
}

/** Texts of the page that cannot hold markup: the title, descriptions, labels. */
export const attributeTexts = (page: Page) =>
  page.evaluate(() => [
    { where: '<title>', text: document.title },
    ...[...document.querySelectorAll('meta[name="description"], meta[property^="og:"]')].map((meta) => ({
      where: `<meta ${meta.getAttribute('name') ? 'name' : 'property'}="${meta.getAttribute('name') ?? meta.getAttribute('property')}">`,
      text: meta.getAttribute('content') ?? '',
    })),
    ...[...document.querySelectorAll('[aria-label], [title], img[alt]')].flatMap((element) =>
      ['aria-label', 'title', 'alt'].flatMap((name) => (element.hasAttribute(name) ? [{ where: `${element.localName}[${name}]`, text: element.getAttribute(name)! }] : [])),
    ),
  ]);

/**
 * Structure, whatever the layout: the number is an isolate of its own, left to right, that does not
 * wrap (an element, or the Unicode isolates in text a script wrote); a phone number in running text
 * dials it.
 */
export const checkMarkup = (page: Page, found: Found[]) =>
  page.evaluate((found) => {
    const texts = (window as unknown as { phoneTexts: Text[] }).phoneTexts;
    const digits = (text: string) => text.replace(/[^\d+]/g, '');
    const problems: string[] = [];
    for (const number of found) {
      const node = texts[number.node]!;
      const context = `"${number.text}" in "${node.parentElement?.closest('p, li, dd, td, h1, h2, h3, h4, summary, span, a, div')?.textContent?.replace(/\s+/g, ' ').trim().slice(0, 90)}"`;
      const characters = node.data[number.start - 1] === '\u2066' && node.data[number.end] === '\u2069';
      // The nearest element that sets a direction is the isolate; bold or italic may sit inside it.
      const isolate = node.parentElement!.closest('[dir]')!;
      if (characters) {
        if (/[ \u2009-]/.test(number.text)) problems.push(`${context}: may break across lines`);
      } else if (isolate.getAttribute('dir') !== 'ltr' || isolate.textContent !== number.text || isolate === document.documentElement) {
        problems.push(`${context}: not isolated left to right on its own (in <${node.parentElement!.localName}>)`);
      } else if (getComputedStyle(node.parentElement!).textWrapMode !== 'nowrap') problems.push(`${context}: may break across lines`);
      if (!number.phone) continue;
      // A link, a heading, a button, a summary or the current page's name cannot hold a link: there the number is isolated only.
      const holder = node.parentElement!.closest('a, button, summary, label, option, h1, h2, h3, h4, h5, h6, [aria-current]');
      if (holder?.localName === 'a' && holder.getAttribute('href')?.startsWith('tel:') && digits(holder.getAttribute('href')!) !== digits(number.href!))
        problems.push(`${context}: inside a link that dials ${holder.getAttribute('href')}`);
      // Text a script wrote as plain text cannot hold one either.
      if (holder || characters) continue;
      // Running text: a link that dials it, unless the same sentence or item already has one (a service's name before its link).
      const block = node.parentElement!.closest('p, li, dd, td, dt, th, figcaption, div');
      const linkedNearby = [...(block?.querySelectorAll('a[href^="tel:"]') ?? [])].some((link) => digits(link.getAttribute('href')!) === digits(number.href!));
      if (!linkedNearby) problems.push(`${context}: not a tel: link`);
    }
    return problems;
  }, found);

/** Layout, as drawn now: each digit to the right of the one written before it, all on one line. */
export const checkLayout = (page: Page, found: Found[]) =>
  page.evaluate((found) => {
    const texts = (window as unknown as { phoneTexts: Text[] }).phoneTexts;
    const problems: string[] = [];
    for (const number of found) {
      const node = texts[number.node]!;
      const digits: DOMRect[] = [];
      for (let at = number.start; at < number.end; at += 1) {
        if (!/[\d\u0660-\u0669\u06f0-\u06f9]/.test(node.data[at]!)) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 1);
        const rect = [...range.getClientRects()].find((box) => box.width > 0 && box.height > 0);
        if (rect) digits.push(rect);
      }
      // Not drawn in this layout (hidden, not printed, or only printed).
      if (digits.length < 2 || !node.parentElement!.checkVisibility({ visibilityProperty: true })) continue;
      const context = `"${number.text}" in "${node.parentElement?.closest('p, li, dd, td, h1, h2, h3, h4, summary, div')?.textContent?.replace(/\s+/g, ' ').trim().slice(0, 90)}"`;
      const first = digits[0]!;
      const centres = digits.map((rect) => rect.left + rect.width / 2);
      if (digits.some((rect) => Math.abs(rect.top + rect.height / 2 - (first.top + first.height / 2)) > first.height / 2)) problems.push(`${context}: broken across lines`);
      else if (centres.some((x, index) => index > 0 && x <= centres[index - 1]!)) {
        const shown = digits.map((rect, index) => ({ x: rect.left, digit: number.text.replace(/[^\d\u0660-\u0669\u06f0-\u06f9]/g, '')[index] })).sort((a, b) => a.x - b.x);
        problems.push(`${context}: reads "${shown.map((d) => d.digit).join('')}" from left to right`);
      }
    }
    return problems;
  }, found);

/** Every problem with the numbers on the page shown in `page`: markup, texts that cannot hold markup, and each layout. */
export async function phoneNumberProblems(page: Page): Promise<string[]> {
  const known = [await lineNumber()];
  const found = numbersIn(await collectTexts(page), known);
  const problems = await checkMarkup(page, found);
  for (const { where, text } of await attributeTexts(page)) {
    let at = 0;
    for (const segment of phoneSegments(text, known)) {
      const [start, end] = [at, (at += segment.text.length)];
      if (segment.kind !== 'text' && (text[start - 1] !== '\u2066' || text[end] !== '\u2069')) problems.push(`${where} "${text}": "${segment.text}" not between the Unicode isolates`);
    }
  }
  for (const layout of LAYOUTS) {
    await page.setViewportSize({ width: layout.width, height: layout.height });
    await page.emulateMedia({ media: layout.media });
    for (const problem of await checkLayout(page, found)) problems.push(`at ${layout.width} px (${layout.media}): ${problem}`);
  }
  return problems;
}
