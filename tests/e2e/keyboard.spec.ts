// Journeys made with the keyboard alone, as someone who cannot use a mouse makes them.
import { expect, test, type Page } from '@playwright/test';
import { expectFocused, interceptNeutralSite, pageScripts, quickExit, settings, statementCheck, tabTo } from './a11y-support';
import { SESSION_KEY } from '../../src/components/chat/config';

async function skipToContent(page: Page) {
  await page.keyboard.press('Tab');
  await expect(quickExit(page)).toBeFocused();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Hoppa till innehållet' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expectFocused(page.getByRole('main'), 'the skip link moves focus to the main content');
}

test('with the keyboard alone you skip to the content, open your section, read an article and follow a related link', statementCheck('keyboard'), async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await skipToContent(page);
  await tabTo(page, page.getByRole('main').getByRole('link', { name: /Jag mår dåligt/ }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/jag-mar-daligt\/$/);

  await skipToContent(page);
  const firstArticle = page.getByRole('main').getByRole('heading', { level: 3 }).first().getByRole('link');
  await tabTo(page, firstArticle);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/artiklar\/[a-z0-9-]+\/$/);
  const title = await page.getByRole('heading', { level: 1 }).textContent();

  // Reading: the keyboard scrolls the article.
  await skipToContent(page);
  await page.keyboard.press('PageDown');
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(200);

  const related = page.getByRole('region', { name: 'Läs också' }).getByRole('link').first();
  await tabTo(page, related, 150);
  await expect(related).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/artiklar\/[a-z0-9-]+\/$/);
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(title ?? '');
});

test('Enter on the first Tab stop leaves for the neutral site, ends the chat and clears what the site stored', statementCheck('quickExitKeys'), async ({ page }) => {
  const { site } = await settings();
  const calls: string[] = [];
  await page.exposeBinding('recordQuickExit', (_source, call: string) => void calls.push(call));
  await interceptNeutralSite(page, site.quickExitUrl);
  await page.goto('/kontakt/');
  await pageScripts(page);
  await page.evaluate(async (sessionKey) => {
    const record = (window as unknown as { recordQuickExit: (call: string) => void }).recordQuickExit;
    localStorage.setItem('chatt', 'pågår');
    sessionStorage.setItem(sessionKey, 'abc12345');
    await (await caches.open('stodlinjen-test')).put('/test', new Response('x'));
    // The chat's side of the contract: both hooks run while its session can still be read.
    document.addEventListener('stodlinjen:quick-exit', () => record(`event:${sessionStorage.getItem(sessionKey)}`));
    (window as unknown as { stodlinjenEndChat: () => void }).stodlinjenEndChat = () => record('endChat');
  }, SESSION_KEY);

  await page.keyboard.press('Tab');
  await expect(quickExit(page)).toBeFocused();
  const request = page.waitForRequest(site.quickExitUrl);
  await page.keyboard.press('Enter');
  expect((await request).headers().referer, 'the neutral site is not told where you came from').toBeUndefined();
  await page.waitForURL(site.quickExitUrl);
  expect(calls).toEqual(['event:abc12345', 'endChat']);

  // Back on the site later: nothing it stored is left.
  await page.goto('/');
  const stored = await page.evaluate(async () => ({ local: localStorage.length, session: sessionStorage.length, caches: await caches.keys() }));
  expect(stored).toEqual({ local: 0, session: 0, caches: [] });
});

test('Shift pressed three times leaves for the neutral site, and Back afterwards shows an ordinary page with no cover', async ({ page }) => {
  const { site } = await settings();
  await interceptNeutralSite(page, site.quickExitUrl);
  await page.goto('/');
  await page.goto('/kontakt/');
  await pageScripts(page);
  await page.evaluate(() => sessionStorage.setItem('chatt-session', 'abc12345'));
  for (let press = 0; press < 3; press += 1) await page.keyboard.press('Shift');
  await page.waitForURL(site.quickExitUrl);

  await page.goBack();
  // location.replace() took the left page out of the history: Back lands on the page before it.
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('.quick-exit-cover')).toHaveCount(0);
  await expect(page.locator('[inert]')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  await page.keyboard.press('Tab');
  await expect(quickExit(page)).toBeFocused();
});
