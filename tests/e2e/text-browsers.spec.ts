// What a text browser (lynx, w3m) or a reader mode shows of each built page: they ignore the
// stylesheet and `hidden`, so what sets parts apart on screen (margins, blocks) must also be in
// the text, and nothing may be offered that only works with JavaScript. Read from the pages as
// built (lynx -dump shows the same by hand).
import { expect, test } from '@playwright/test';
import { LOCALES } from '../../src/i18n/locales';
import { uiTexts } from './a11y-support';
import { builtPages, readBuilt } from './pages';

/** The text of an HTML fragment as a text browser reads it: tags gone, nothing added between them. */
const textOf = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));

/** The element that starts with `opening`, up to its closing tag (`tag` not nested inside itself). */
function element(html: string, opening: string, tag: string): string | undefined {
  const start = html.indexOf(opening);
  return start < 0 ? undefined : html.slice(start, html.indexOf(`</${tag}>`, start));
}

const pages = builtPages();
/** The breadcrumbs' name in each language version. */
const BREADCRUMBS = [...new Set(LOCALES.map((locale) => uiTexts(locale).t('site.breadcrumbs')))];

test('breadcrumbs read "Start ›", never "Start›", in every language', () => {
  const glued: string[] = [];
  let trails = 0;
  for (const path of pages) {
    const html = readBuilt(path);
    for (const label of BREADCRUMBS) {
      const nav = element(html, `<nav aria-label="${label}"`, 'nav');
      if (!nav) continue;
      trails += 1;
      for (const item of nav.match(/<li>.*?<\/li>/g) ?? []) if (/[^\s][›‹]/u.test(textOf(item))) glued.push(`${path}: "${textOf(item)}"`);
    }
  }
  expect(trails).toBeGreaterThan(0);
  expect(glued).toEqual([]);
});

test('the site name and its tagline in the header are two phrases, not one run-together word', () => {
  const glued = pages.flatMap((path) => {
    const header = element(readBuilt(path), '<header', 'header') ?? '';
    const home = /<a href="[^"]*" class="no-underline[^"]*">(.*?)<\/a>(.)/s.exec(header);
    if (!home) return [`${path}: no link to the start page in the header`];
    const [, name, after] = home;
    // Between the name and the tagline, and between the link and the search after it.
    return /<\/span>(?!\s)<span/.test(name!) || !/\s/.test(after!) ? [`${path}: "${textOf(name!)}"`] : [];
  });
  expect(glued).toEqual([]);
});
