// The quick exit ("Lämna sidan snabbt") and the pages that tell visitors how to stay safe.
import { localeFromPath } from '../../src/i18n/locales';
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { allPages, interceptNeutralSite, pageScripts, quickExit, settings } from './a11y-support';
import { DIST, readBuilt } from './pages';
import { attributesOf, elementsOf, inside, moduleScriptsOf } from '../support/html';

test('every page has the quick exit as a plain link to the neutral site, first on the page and first in the tab order', async ({ page }) => {
  const { site } = await settings();
  for (const path of allPages()) {
    const firstLink = attributesOf(readBuilt(path), 'a')[0] ?? {};
    expect('data-quick-exit' in firstLink, `${path}: the first link on the page is the quick exit`).toBe(true);
    expect(firstLink.href, path).toBe(site.quickExitUrl);
    expect(firstLink.rel?.split(/\s+/), path).toContain('noreferrer');
  }
  await page.goto('/');
  await page.keyboard.press('Tab');
  await expect(quickExit(page)).toBeFocused();
  await expect(page.getByRole('link', { name: 'Lämna sidan snabbt' })).toBeVisible();
});

test('clicking the quick exit covers the page at once: nothing behind it can be read or reached', async ({ page }) => {
  const { site } = await settings();
  // A 204 answer cancels the navigation, so the covered page can be inspected.
  await interceptNeutralSite(page, site.quickExitUrl, 204);
  await page.goto('/kontakt/');
  await pageScripts(page);
  const left = page.waitForRequest(site.quickExitUrl);
  await quickExit(page).click();
  await left;

  const cover = page.locator('.quick-exit-cover');
  await expect(cover).toBeVisible();
  const viewport = page.viewportSize()!;
  expect(await cover.boundingBox()).toEqual({ x: 0, y: 0, width: viewport.width, height: viewport.height });
  const uncovered = await page.evaluate(() =>
    [...document.body.children]
      .filter((element) => !element.classList.contains('quick-exit-cover') && !(element.hasAttribute('inert') && element.getAttribute('aria-hidden') === 'true'))
      .map((element) => element.outerHTML.slice(0, 80)),
  );
  expect(uncovered).toEqual([]);
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement === document.body || document.activeElement === null)).toBe(true);
  expect(await page.locator('body').ariaSnapshot()).toBe('- status: Lämnar sidan');
});

test('coming back to a covered page from the back/forward cache shows the page as it was', async ({ page }) => {
  const { site } = await settings();
  await interceptNeutralSite(page, site.quickExitUrl, 204);
  await page.goto('/');
  await pageScripts(page);
  const left = page.waitForRequest(site.quickExitUrl);
  await quickExit(page).click();
  await left;
  await expect(page.locator('.quick-exit-cover')).toBeVisible();

  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })));
  await expect(page.locator('.quick-exit-cover')).toHaveCount(0);
  await expect(page.locator('[inert], [aria-hidden="true"][data-quick-exit-hidden]')).toHaveCount(0);
  await expect(page.getByRole('main')).toBeVisible();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement !== document.body && !document.activeElement?.closest('[inert]')), 'the keyboard reaches the page again').toBe(true);
});

test('Shift presses are counted out loud, other keys and Shift combinations reset the count, and it expires after 5 seconds', async ({ page }) => {
  const { site } = await settings();
  await interceptNeutralSite(page, site.quickExitUrl);
  await page.clock.install();
  await page.goto('/');
  await pageScripts(page);
  const status = page.locator('[data-quick-exit-status]');

  await page.keyboard.press('Shift');
  await expect(status).toHaveText('Tryck på Shift 2 gånger till för att lämna sidan.');
  await page.keyboard.press('Shift');
  await expect(status).toHaveText('Tryck på Shift 1 gång till för att lämna sidan.');
  await page.keyboard.press('a');
  await expect(status).toHaveText('');

  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift+A');
  await expect(status).toHaveText('');
  await page.keyboard.press('Control+Shift');
  await expect(status).toHaveText('');

  await page.keyboard.press('Shift');
  await page.clock.fastForward(5_100);
  await expect(status).toHaveText('Tiden gick ut. Tryck på Shift 3 gånger i rad för att lämna sidan.');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await expect(status).toHaveText('Tryck på Shift 1 gång till för att lämna sidan.');
  expect(new URL(page.url()).pathname).toBe('/');

  // The window restarts at each press: 4 + 4 seconds apart still counts as three in a row.
  await page.clock.fastForward(4_000);
  await page.keyboard.press('Shift');
  await page.waitForURL(site.quickExitUrl);
});

test('the quick exit still works after moving to another page inside the site', async ({ page }) => {
  const { site } = await settings();
  await interceptNeutralSite(page, site.quickExitUrl);
  await page.goto('/');
  await page
    .getByRole('main')
    .getByRole('link', { name: /Jag mår dåligt/ })
    .click();
  await expect(page).toHaveURL(/\/jag-mar-daligt\/$/);
  await pageScripts(page);
  for (let press = 0; press < 3; press += 1) await page.keyboard.press('Shift');
  await page.waitForURL(site.quickExitUrl);
});

test('without JavaScript the quick exit is an ordinary link that takes you to the neutral site', async ({ browser }) => {
  const { site } = await settings();
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await interceptNeutralSite(page, site.quickExitUrl);
  await page.goto('/artiklar/att-prata-med-nagon-som-mar-daligt/');
  const request = page.waitForRequest(site.quickExitUrl);
  await page.getByRole('link', { name: 'Lämna sidan snabbt' }).click();
  expect((await request).headers().referer).toBeUndefined();
  await page.waitForURL(site.quickExitUrl);
  await context.close();
});

test('the quick exit script, loaded with the chat loader after the first paint, stays under 3.5 KB compressed with it', () => {
  const html = readBuilt('/');
  // Scripts the page loads by their address after the first paint count as the page's.
  const { inline, addresses } = moduleScriptsOf(html);
  const external = addresses.filter((src) => src.startsWith('/')).map((src) => readFileSync(join(DIST, src), 'utf8'));
  const script = [...inline, ...external].find((code) => code.includes('data-quick-exit-status'));
  expect(script, 'the quick exit script is on the start page').toBeDefined();
  expect(script, 'the chat loader comes with it').toContain('data-chat-host');
  expect(gzipSync(script!).length).toBeLessThan(3.5 * 1024);
});

test('the safe browsing page is honest: the button cannot erase history, and it explains private browsing', async ({ page }) => {
  const { site } = await settings();
  expect(site.safeBrowsingPage).not.toBeNull();
  await page.goto(`/${site.safeBrowsingPage!.slug}/`);
  const main = page.getByRole('main');
  await expect(main).toContainText('Lämna sidan snabbt');
  await expect(main).toContainText('Shift');
  await expect(main).toContainText(/kan inte radera/i);
  await expect(main).toContainText(/historik/i);
  await expect(main).toContainText(/privat/i);
});

test('the privacy page says plainly what is and is not collected', async ({ page }) => {
  const { site } = await settings();
  expect(site.privacyPage).not.toBeNull();
  await page.goto(`/${site.privacyPage!.slug}/`);
  const main = page.getByRole('main');
  await expect(main).toContainText(/inga kakor/i);
  await expect(main).toContainText(/besöksstatistik/i);
  await expect(main).toContainText(/chatt/i);
});

test('every page links to the safe browsing, privacy and accessibility pages in its footer, in its own language where they have a version', async ({ page }) => {
  for (const path of allPages()) {
    const { site: own } = await settings(localeFromPath(path));
    const wanted = [
      ['safeBrowsingPage', own.safeBrowsingPage],
      ['privacyPage', own.privacyPage],
      ['accessibilityPage', own.accessibilityPage],
    ] as const;
    const html = readBuilt(path);
    const footer = inside(elementsOf(html, 'footer')[0], elementsOf(html, 'a')).map((link) => link.attributes.href);
    for (const [field, link] of wanted) {
      expect(link, `${path}: siteSettings.${field} has a page in this language (or, for easy-read Swedish, in Swedish)`).not.toBeNull();
      expect(footer, `${path} footer links to ${link!.path}`).toContain(link!.path);
    }
  }
  const { site } = await settings();
  await page.goto('/');
  await expect(page.getByRole('contentinfo').getByRole('link', { name: site.accessibilityPage!.title })).toBeVisible();
});
