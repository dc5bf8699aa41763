// What a text browser (lynx, w3m) or a reader mode shows of each built page: they ignore the
// stylesheet and `hidden`, so what sets parts apart on screen (margins, blocks) must also be in
// the text, and nothing may be offered that only works with JavaScript. Read from the pages as
// built, and as lynx shows them (`lynx -dump`).
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { LOCALES } from '../../src/i18n/locales';
import { articlePath, contactPath, homePath, searchPath, topicPath } from '../../src/lib/routes';
import { uiTexts } from './a11y-support';
import { builtPages, DIST, readBuilt } from './pages';
import { elementsOf, inside } from '../support/html';

const pages = builtPages();
/** The breadcrumbs' name in each language version. */
const BREADCRUMBS = [...new Set(LOCALES.map((locale) => uiTexts(locale).t('site.breadcrumbs')))];

test('breadcrumbs read "Start ›", never "Start›", in every language', () => {
  const glued: string[] = [];
  let trails = 0;
  for (const path of pages) {
    const html = readBuilt(path);
    const items = elementsOf(html, 'li');
    for (const label of BREADCRUMBS) {
      const nav = elementsOf(html, 'nav', { 'aria-label': label })[0];
      if (!nav) continue;
      trails += 1;
      for (const { text } of inside(nav, items)) if (/[^\s][›‹]/u.test(text)) glued.push(`${path}: "${text}"`);
    }
  }
  expect(trails).toBeGreaterThan(0);
  expect(glued).toEqual([]);
});

/** A built page as `lynx -dump` shows it, on lines long enough that lynx wraps nothing, with runs of white space as one space. */
function lynxDump(path: string): string {
  const file = join(DIST, path.endsWith('/') ? `${path}index.html` : path);
  const dump = execFileSync('lynx', ['-dump', '-nolist', '-width=1000', '-assume_charset=utf-8', '-display_charset=utf-8', file], { encoding: 'utf8' });
  return dump.replace(/\s+/g, ' ');
}

const firstUnder = (folder: string) => pages.find((path) => path.startsWith(folder) && path !== folder)!;
const folderOf = (path: string) => path.slice(0, -'x/'.length);
/** One page of each kind in each language version. */
const SAMPLES = LOCALES.flatMap((locale) => [homePath(locale), firstUnder(folderOf(articlePath('x', locale))), firstUnder(folderOf(topicPath('x', locale))), searchPath(locale), contactPath(locale)]);

for (const path of SAMPLES) {
  test(`in lynx, ${path} shows the site name, tagline, menus and card titles as separate phrases, never run together`, async ({ page }) => {
    // The phrases in reading order, part by part, read from the page as a browser shows it: the top
    // bar, the menus, the ways to get help, and each card (its title, then what it says).
    await page.goto(path);
    const parts = await page.evaluate(() => {
      const texts = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)].map((element) => element.textContent!.replace(/\s+/g, ' ').trim()).filter(Boolean);
      return [
        texts(document, 'body > header :is(a[data-quick-exit], a[href^="#"], a > span)'),
        texts(document, '.site-menus :is(a, button)'),
        texts(document, '.help-bar :is(li > strong, li > a, li > span)'),
        ...[...document.querySelectorAll('main li')].map((card) => texts(card, ':scope > a > span, :scope > a:not(:has(span)), :scope > :is(h2, h3, p)')),
      ].filter((phrases) => phrases.length > 1);
    });
    expect(parts.length).toBeGreaterThanOrEqual(3);
    const dump = lynxDump(path);
    const problems: string[] = [];
    for (const phrases of parts) {
      for (const [index, phrase] of phrases.entries()) {
        if (!dump.includes(phrase)) problems.push(`"${phrase}" is not in the dump`);
        const next = phrases[index + 1];
        if (next && /[\p{L}\p{N}]$/u.test(phrase) && /^[\p{L}\p{N}]/u.test(next) && dump.includes(phrase + next)) problems.push(`"${phrase}${next}"`);
      }
    }
    expect(problems, dump.slice(0, 2000)).toEqual([]);
  });
}
