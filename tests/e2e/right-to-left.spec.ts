// Right-to-left pages (Arabic): the layout mirrors, numbers keep their order, the keyboard order
// stays the same. Until the Arabic pages exist these run on a Swedish page switched to `dir="rtl"`,
// which is exactly what the Arabic layout sets; the components are the same.
import { expect, test, type Page } from '@playwright/test';
import { interceptNeutralSite, pageScripts, quickExit, settings, uiTexts } from './a11y-support';

const arabic = uiTexts('ar');

const ARTICLE_WITH_CALLOUT = '/artiklar/andas-lugnt-4-6/';

async function rightToLeft(page: Page, path: string) {
  await page.goto(path);
  await pageScripts(page);
  await page.evaluate(() => document.documentElement.setAttribute('dir', 'rtl'));
}

const centreX = async (page: Page, selector: string) => {
  const box = (await page.locator(selector).first().boundingBox())!;
  return box.x + box.width / 2;
};

test.describe('right to left', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the quick exit sits at the inline end: right on Swedish pages, left on right-to-left pages', async ({ page }) => {
    await page.goto('/');
    expect(await centreX(page, '[data-quick-exit]')).toBeGreaterThan(640);
    await page.evaluate(() => document.documentElement.setAttribute('dir', 'rtl'));
    expect(await centreX(page, '[data-quick-exit]')).toBeLessThan(640);
  });

  test('the ways to get help, the header and the callouts mirror', async ({ page }) => {
    await rightToLeft(page, ARTICLE_WITH_CALLOUT);
    // Beside the text, the ways to get help stand at the inline end: the left.
    const help = (await page.getByRole('complementary', { name: 'Prata med någon nu' }).boundingBox())!;
    const main = (await page.getByRole('main').boundingBox())!;
    expect(help.x + help.width).toBeLessThanOrEqual(main.x);
    // The site name (the top bar's start) is at the right, the quick exit at the left.
    expect(await centreX(page, 'header a[href="/"]')).toBeGreaterThan(await centreX(page, '[data-quick-exit]'));
    // A callout's accent border is on its start side: the right.
    const borders = await page
      .locator('.callout')
      .first()
      .evaluate((element) => {
        const style = getComputedStyle(element);
        return { right: parseFloat(style.borderRightWidth), left: parseFloat(style.borderLeftWidth) };
      });
    expect(borders.right).toBeGreaterThan(borders.left);
    // On a phone the ways to get help are a band: the first contact starts at the right, the later ones follow to its left.
    await page.setViewportSize({ width: 360, height: 740 });
    const band = page.getByRole('complementary', { name: 'Prata med någon nu' });
    const phone = (await band.locator('a[href^="tel:9"]').boundingBox())!;
    const emergency = (await band.locator('a[href="tel:112"]').boundingBox())!;
    expect(phone.x).toBeGreaterThan(emergency.x);
  });

  test('phone numbers keep their digit order inside right-to-left text', async ({ page }) => {
    await rightToLeft(page, '/');
    // Where each digit group is drawn: "90" must stay to the left of "390", as written.
    const order = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((element) => {
          const text = [...element.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && /90 390/.test(node.textContent ?? ''))!;
          const at = text.textContent!.indexOf('90 390');
          const x = (start: number, end: number) => {
            const range = document.createRange();
            range.setStart(text, start);
            range.setEnd(text, end);
            return range.getBoundingClientRect().x;
          };
          return { first: x(at, at + 2), second: x(at + 3, at + 6) };
        });
    const isolated = await order('aside[aria-labelledby] a[href="tel:90390"] bdi');
    expect(isolated.first).toBeLessThan(isolated.second);
    // The same text without the isolation reads the other way round: what the isolation prevents.
    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<p id="utan-isolering">اتصل على الرقم 90 390</p>'));
    const bare = await order('#utan-isolering');
    expect(bare.first).toBeGreaterThan(bare.second);
  });

  test('the keyboard still reaches the quick exit first and the skip link second', async ({ page }) => {
    await rightToLeft(page, ARTICLE_WITH_CALLOUT);
    await page.keyboard.press('Tab');
    await expect(quickExit(page)).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Hoppa till innehållet' })).toBeFocused();
  });

  test('the quick exit counts Shift presses down in the page language’s plural forms (Arabic has a dual)', async ({ page }) => {
    const { site } = await settings();
    await interceptNeutralSite(page, site.quickExitUrl);
    await rightToLeft(page, '/');
    const forms = Object.fromEntries(Object.entries(arabic.texts).flatMap(([key, text]) => (key.startsWith('quickExit.remaining.') ? [[key.split('.').pop()!, text]] : [])));
    await page.evaluate((remaining) => {
      document.documentElement.lang = 'ar';
      document.querySelector<HTMLElement>('[data-quick-exit]')!.dataset.remaining = JSON.stringify(remaining);
    }, forms);
    const status = page.locator('[data-quick-exit-status]');
    await page.keyboard.press('Shift');
    await expect(status).toHaveText(arabic.t('quickExit.remaining.two'));
    await page.keyboard.press('Shift');
    await expect(status).toHaveText(arabic.t('quickExit.remaining.one'));
    await page.keyboard.press('Shift');
    await page.waitForURL(site.quickExitUrl);
  });
});
