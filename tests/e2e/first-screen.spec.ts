// The first screen, where a person in distress on a cheap phone looks: at 360 × 740, in every
// language version and on every kind of page, the quick exit, the line's phone number, the chat
// and 112 are on it whole, the page's own heading starts in its top 45 %, and the languages are
// one tap away, each named in itself; on the search page a crisis query's help box is on it whole
// without anyone scrolling. Nothing overflows at 320 px or at 200 % zoom. On a 1280 px screen the
// ways to get help stand beside the text and stay in view while it scrolls, covering no text,
// mirrored on right-to-left pages.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { LOCALE_INFO, LOCALES, type Locale } from '../../src/i18n/locales';
import { articlePath, contactPath, homePath, searchPath, topicPath } from '../../src/lib/routes';
import { quickExit, uiTexts } from './a11y-support';
import { builtPages } from './pages';

const PHONE = { width: 360, height: 740 };
/** The heading must start in the top 45 % of the phone's screen. */
const HEADING_LINE = PHONE.height * 0.45;
/** A 1280 × 800 screen at 200 % zoom: 640 × 400 CSS pixels. */
const ZOOMED = { width: 640, height: 400 };
const DESKTOP = { width: 1280, height: 800 };

/** A cry for help in each language version, as a visitor types it into the search. */
const CRISIS_QUERY: Record<Locale, string> = { sv: 'jag vill dö', 'sv-lattlast': 'jag vill dö', en: 'i want to die', ar: 'أريد أن أموت' };

/** The first built page under a folder (an article, a topic) of a language version. */
function firstUnder(folder: string): string {
  const found = builtPages().find((path) => path.startsWith(folder) && path !== folder);
  if (!found) throw new Error(`No built page under ${folder}`);
  return found;
}

const folderOf = (path: string) => path.slice(0, -'x/'.length);

function pageKinds(locale: Locale): Record<string, string> {
  return {
    start: homePath(locale),
    article: firstUnder(folderOf(articlePath('x', locale))),
    topic: firstUnder(folderOf(topicPath('x', locale))),
    search: searchPath(locale),
    contact: contactPath(locale),
  };
}

const helpBand = (page: Page, locale: Locale) => page.getByRole('complementary', { name: uiTexts(locale).t('help.contactsHeading') });

/** What of the help is not wholly on the first screen, in words. */
async function offScreen(page: Page, parts: Record<string, Locator>): Promise<string[]> {
  const { height } = page.viewportSize()!;
  const problems: string[] = [];
  for (const [name, locator] of Object.entries(parts)) {
    const box = await locator.boundingBox();
    if (!box) problems.push(`${name} is not shown`);
    else if (box.y < 0 || box.y + box.height > height) problems.push(`${name} is at ${Math.round(box.y)}–${Math.round(box.y + box.height)} px, outside the first ${height} px`);
  }
  return problems;
}

function firstScreenParts(page: Page, locale: Locale): Record<string, Locator> {
  const band = helpBand(page, locale);
  return {
    'the quick exit': quickExit(page),
    "the line's phone number": band.locator('a[href^="tel:"]').first(),
    'the chat entry': band.locator('[data-chat-entry]'),
    '112': band.locator('a[href="tel:112"]'),
  };
}

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

for (const locale of LOCALES) {
  const ui = uiTexts(locale);
  for (const [kind, path] of Object.entries(pageKinds(locale))) {
    test(`${LOCALE_INFO[locale].name} ${kind} page ${path} at 360 × 740: the quick exit, the phone number, the chat and 112 on the first screen, the heading in its top 45 %, the languages one tap away`, async ({
      page,
    }) => {
      await page.setViewportSize(PHONE);
      await page.goto(path);
      expect(await offScreen(page, firstScreenParts(page, locale))).toEqual([]);
      const heading = (await page.locator('h1').boundingBox())!;
      expect(heading.y, `the heading starts at ${Math.round(heading.y)} px`).toBeLessThanOrEqual(HEADING_LINE);
      const languages = page.getByRole('navigation', { name: ui.t('site.languages') });
      for (const other of LOCALES) {
        const link = languages.getByRole('link', { name: LOCALE_INFO[other].name, exact: true });
        await expect(link).toHaveAttribute('lang', LOCALE_INFO[other].lang);
        expect(await offScreen(page, { [LOCALE_INFO[other].name]: link })).toEqual([]);
      }
      expect(await overflow(page), 'wider than the screen').toBe(0);

      for (const size of [{ width: 320, height: 568 }, ZOOMED]) {
        await page.setViewportSize(size);
        expect(await overflow(page), `wider than the screen at ${size.width} px`).toBe(0);
        expect(await offScreen(page, firstScreenParts(page, locale)), `at ${size.width} × ${size.height}`).toEqual([]);
      }
    });
  }

  test(`${LOCALE_INFO[locale].name} search at 360 × 740: a crisis query's help box and its phone link are on the first screen whole, and nothing scrolls`, async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto(searchPath(locale));
    await page.locator('input[name="q"][id]').focus();
    await page.keyboard.type(CRISIS_QUERY[locale]);
    const box = page.locator('[data-search-crisis]');
    await expect(box).toBeVisible();
    // Until the results are in: by then the search has done everything it does after a query.
    await expect(page.locator('[data-search-results]')).toBeVisible();
    expect(await offScreen(page, { 'the help box': box, "the box's phone link": box.locator('a[href^="tel:"]').first() })).toEqual([]);
    expect(await page.evaluate(() => scrollY), 'the page scrolled').toBe(0);
  });

  test(`${LOCALE_INFO[locale].name} article at 1280 px: the phone, the chat with its state and 112 stay beside the text while it scrolls, covering none of it; at 200 % zoom they cover no text either`, async ({
    page,
  }) => {
    const path = pageKinds(locale).article;
    await page.setViewportSize(DESKTOP);
    await page.goto(path);
    const band = helpBand(page, locale);
    await expect(band.locator('[data-chat-state]')).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) / 2));
    expect(await page.evaluate(() => scrollY), 'the article is long enough to scroll').toBeGreaterThan(200);
    expect(await offScreen(page, { ...firstScreenParts(page, locale), "the chat's state": band.locator('[data-chat-state]') })).toEqual([]);
    // Beside the text, at its inline end: right of it, or left of it on right-to-left pages.
    const help = (await band.boundingBox())!;
    const main = (await page.getByRole('main').boundingBox())!;
    if (LOCALE_INFO[locale].dir === 'rtl') expect(help.x + help.width).toBeLessThanOrEqual(main.x);
    else expect(help.x).toBeGreaterThanOrEqual(main.x + main.width);
    expect(await coveredText(page)).toEqual([]);

    await page.setViewportSize(ZOOMED);
    await page.evaluate(() => window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) / 2));
    expect(await coveredText(page)).toEqual([]);
  });
}

/** Lines of the article's text on screen that something else is drawn over (the top bar excepted: it is the page's own edge). */
function coveredText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const bar = document.querySelector('body > header')!.getBoundingClientRect().bottom;
    const covered: string[] = [];
    for (const block of document.querySelectorAll('main p, main li, main h2')) {
      for (const line of block.getClientRects()) {
        if (line.top < bar || line.bottom > innerHeight || line.width < 2) continue;
        for (const x of [line.left + 2, line.left + line.width / 2, line.right - 2]) {
          const hit = document.elementFromPoint(x, line.top + line.height / 2);
          if (hit && !block.contains(hit) && !hit.contains(block)) covered.push(`"${block.textContent!.trim().slice(0, 40)}" under ${hit.tagName.toLowerCase()}`);
        }
      }
    }
    return [...new Set(covered)];
  });
}
