// The site in four language versions: Swedish at the root, easy-read Swedish under /lattlast/,
// English under /en/, Arabic (right to left) under /ar/. Each page says its language, links its
// translations both ways, offers every language, and speaks one language in its interface.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { LOCALES, LOCALE_INFO, localeFromPath, type Locale } from '../../src/i18n/locales';
import { articlePath, contactPath, homePath } from '../../src/lib/routes';
import { expectFocused, quickExit, tabTo, uiTexts as uiFor } from './a11y-support';
import { builtPages, readBuilt } from './pages';
import { attributesOf, elementsOf, inside } from '../support/html';

/** The hreflang alternates a page declares in its head, as site paths by hreflang. */
function alternatesOf(html: string): Map<string, string> {
  const links = inside(elementsOf(html, 'head')[0], elementsOf(html, 'link', { rel: 'alternate' }));
  return new Map(links.filter(({ attributes }) => attributes.hreflang && attributes.href).map(({ attributes }) => [attributes.hreflang!, new URL(attributes.href!).pathname]));
}
/** The language switcher's links: locale name → address, and which one is marked current. */
function switcherOf(html: string, locale: Locale): Array<{ href: string; lang: string; dir: string | undefined; hreflang: string; current: boolean }> {
  const nav = elementsOf(html, 'nav', { 'aria-label': uiFor(locale).t('site.languages') })[0];
  return inside(nav, elementsOf(html, 'a')).map(({ attributes }) => ({
    href: attributes.href!,
    lang: attributes.lang!,
    dir: attributes.dir,
    hreflang: attributes.hreflang!,
    current: attributes['aria-current'] === 'page',
  }));
}
/** A stub page left at an old address, which sends the browser on at once. */
const isRedirectStub = (html: string) => elementsOf(html, 'meta', { 'http-equiv': 'refresh' }).length > 0;
const pagesIn = (locale: Locale) => builtPages().filter((path) => path.endsWith('/') && localeFromPath(path) === locale);
const hreflangOf = (locale: Locale) => LOCALE_INFO[locale].hreflang;
const localeOfHreflang = (hreflang: string) => LOCALES.find((locale) => hreflangOf(locale) === hreflang);

test('every page of every language says its language and writing direction, and each language has its start, contact, article and topic pages', () => {
  const problems: string[] = [];
  for (const locale of LOCALES) {
    const pages = pagesIn(locale);
    const { lang, dir } = LOCALE_INFO[locale];
    for (const kind of [homePath(locale), contactPath(locale)]) if (!pages.includes(kind)) problems.push(`${locale}: no page at ${kind}`);
    const articles = articlePath('x', locale).slice(0, -'x/'.length);
    const topics = pagesIn(locale).filter((path) => /\/(amnen|topics)\/[a-z0-9-]+\/$/.test(path));
    if (!pages.some((path) => path.startsWith(articles) && path !== articles)) problems.push(`${locale}: no article under ${articles}`);
    if (!topics.length) problems.push(`${locale}: no topic page`);
    for (const path of [...pages, `${LOCALE_INFO[locale].prefix}/404.html`]) {
      const root = attributesOf(readBuilt(path), 'html')[0] ?? {};
      if (root.lang !== lang || root.dir !== dir) problems.push(`${path}: <html lang="${root.lang}" dir="${root.dir}">, expected lang="${lang}" dir="${dir}"`);
    }
  }
  expect(problems, problems.join('\n')).toEqual([]);
});

test('hreflang alternates are reciprocal across the whole site, name the page itself, and default to Swedish', () => {
  const problems: string[] = [];
  let linked = 0;
  for (const path of builtPages().filter((page) => page.endsWith('/'))) {
    const alternates = alternatesOf(readBuilt(path));
    if (!alternates.size) continue;
    linked += 1;
    const own = hreflangOf(localeFromPath(path));
    if (alternates.get(own) !== path) problems.push(`${path}: its ${own} alternate is ${alternates.get(own)}, not itself`);
    if (alternates.has('sv') && alternates.get('x-default') !== alternates.get('sv')) problems.push(`${path}: x-default is not the Swedish version`);
    for (const [hreflang, target] of alternates) {
      if (hreflang === 'x-default' || target === path) continue;
      if (localeFromPath(target) !== localeOfHreflang(hreflang)) problems.push(`${path}: hreflang ${hreflang} points at ${target}, in another language`);
      let back: Map<string, string>;
      try {
        back = alternatesOf(readBuilt(target));
      } catch {
        problems.push(`${path}: hreflang ${hreflang} points at ${target}, which was not built`);
        continue;
      }
      if (back.get(own) !== path) problems.push(`${path} → ${target} (${hreflang}), but ${target} names ${back.get(own) ?? 'no'} ${own} version`);
    }
  }
  // The fixed pages (start, contact, search, sections) exist in every language, and translated texts add more.
  expect(linked).toBeGreaterThan(LOCALES.length * 5);
  expect(problems, problems.join('\n')).toEqual([]);
});

test("on every page the language switcher names each language in itself, marks the current one, and leads to the translation or that language's start page", () => {
  const problems: string[] = [];
  let toTranslation = 0;
  for (const path of builtPages().filter((page) => page.endsWith('/') || page.endsWith('404.html'))) {
    const html = readBuilt(path);
    if (isRedirectStub(html)) continue;
    const current = localeFromPath(path);
    const links = switcherOf(html, current);
    const alternates = alternatesOf(html);
    if (links.length !== LOCALES.length) problems.push(`${path}: the switcher has ${links.length} languages`);
    LOCALES.forEach((locale, index) => {
      const link = links[index];
      const info = LOCALE_INFO[locale];
      if (!link) return;
      // The direction is the page's unless the link says otherwise.
      const dir = link.dir ?? LOCALE_INFO[current].dir;
      if (link.lang !== info.lang || dir !== info.dir || link.hreflang !== info.hreflang) problems.push(`${path}: the ${locale} link has lang=${link.lang} dir=${dir} hreflang=${link.hreflang}`);
      if (link.current !== (locale === current)) problems.push(`${path}: the ${locale} link ${link.current ? 'is' : 'is not'} marked current`);
      const expected = locale === current ? (path.endsWith('404.html') ? homePath(locale) : path) : (alternates.get(info.hreflang) ?? homePath(locale));
      if (link.href !== expected) problems.push(`${path}: the ${locale} link leads to ${link.href}, expected ${expected}`);
      if (locale !== current && alternates.has(info.hreflang)) toTranslation += 1;
    });
    const names = new Set(elementsOf(html, 'a').map((link) => link.text));
    for (const locale of LOCALES) if (!names.has(LOCALE_INFO[locale].name)) problems.push(`${path}: no link named ${LOCALE_INFO[locale].name}`);
  }
  expect(toTranslation, 'switcher links that lead to a translated text').toBeGreaterThan(0);
  expect(problems, problems.join('\n')).toEqual([]);
});

test("every link between the site's pages, in every language, leads to a page the build has, in the language the link names", () => {
  const built = new Set(builtPages());
  const problems: string[] = [];
  for (const path of builtPages().filter((page) => page.endsWith('/') || page.endsWith('.html'))) {
    const html = readBuilt(path);
    if (isRedirectStub(html)) continue;
    for (const link of attributesOf(html, 'a')) {
      const href = link.href;
      if (!href?.startsWith('/') || href.startsWith('//')) continue;
      const target = decodeURIComponent(href.split(/[?#]/)[0]!);
      if (!target.endsWith('/') || target.startsWith('/_') || target.startsWith('/pagefind/')) continue;
      if (!built.has(target)) problems.push(`${path}: ${href} leads to no page`);
      // A link into another language version says so (hreflang), as the switcher and the easy-read links do.
      if (localeFromPath(target) !== localeFromPath(path) && !link.hreflang && !link.lang) problems.push(`${path}: ${href} leads into another language without hreflang`);
    }
  }
  expect(problems, problems.join('\n')).toEqual([]);
});

// Whether an English or Arabic page shows the Swedish interface is checked page by page in every-page.spec.ts.

async function follow(page: Page, link: Locator) {
  await tabTo(page, link, 150);
  await page.keyboard.press('Enter');
}

const switcher = (page: Page, locale: Locale) => page.getByRole('navigation', { name: uiFor(locale).t('site.languages') });

test('by keyboard, a Swedish article leads to its easy-read version, from there to English, and back to Swedish', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const swedish = articlePath('om-du-tanker-pa-att-ta-ditt-liv');
  await page.goto(swedish);
  const title = await page.getByRole('heading', { level: 1 }).textContent();

  await follow(page, page.getByRole('main').getByRole('link', { name: uiFor('sv').t('article.toEasyRead'), exact: true }));
  await expect(page).toHaveURL(new RegExp(`${articlePath('om-du-tanker-pa-att-ta-ditt-liv', 'sv-lattlast')}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page.getByRole('main').getByRole('link', { name: uiFor('sv-lattlast').t('article.toStandardSwedish'), exact: true })).toHaveAttribute('href', swedish);

  await follow(page, switcher(page, 'sv-lattlast').getByRole('link', { name: 'English' }));
  await expect(page).toHaveURL(/\/en\/articles\/[a-z0-9-]+\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(switcher(page, 'en').getByRole('link', { name: 'English' })).toHaveAttribute('aria-current', 'page');

  await follow(page, switcher(page, 'en').getByRole('link', { name: 'Svenska' }));
  await expect(page).toHaveURL(new RegExp(`${swedish}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title ?? '');
});

async function expectVisibleFocus(locator: Locator, what: string) {
  await expectFocused(locator, `${what} has focus`);
  const ring = await locator.evaluate((element) => {
    const style = getComputedStyle(element);
    return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
  });
  expect(ring, `${what} shows where focus is`).toBe(true);
  await expect(locator, `${what} is on screen`).toBeInViewport();
}

for (const locale of ['en', 'ar'] as const) {
  test(`in ${LOCALE_INFO[locale].name}, the keyboard reaches the quick exit, the skip link, the menu and the language switcher, with focus visible`, async ({ page }) => {
    const ui = uiFor(locale);
    for (const size of [
      { width: 320, height: 640 },
      { width: 1280, height: 800 },
    ]) {
      await page.setViewportSize(size);
      await page.goto(homePath(locale));
      await expect(page.locator('html')).toHaveAttribute('dir', LOCALE_INFO[locale].dir);
      await page.keyboard.press('Tab');
      await expectVisibleFocus(quickExit(page), 'the quick exit');
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: ui.t('site.skipLink') });
      await expectVisibleFocus(skip, 'the skip link');
      await page.keyboard.press('Enter');
      await expectFocused(page.getByRole('main'), 'the skip link moves focus to the main content');

      await page.goto(homePath(locale));
      const menu = page
        .getByRole('navigation', { name: ui.t('site.mainNav') })
        .getByRole('link')
        .first();
      await tabTo(page, menu);
      await expectVisibleFocus(menu, 'the first menu link');
      await page.goto(homePath(locale));
      const swedish = switcher(page, locale).getByRole('link', { name: 'Svenska' });
      await tabTo(page, swedish);
      await expectVisibleFocus(swedish, "the switcher's Swedish link");
    }
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/^https?:\/\/[^/]+\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  });
}
