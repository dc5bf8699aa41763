// Phone numbers in the parts of pages that scripts write, in every language: the search page's crisis
// help and the chat panel. (Every built page's own numbers are checked page by page in
// every-page.spec.ts, with the same checks: phone-checks.ts.)
import { expect, test } from '@playwright/test';
import { LOCALES, localeFromPath } from '../../src/i18n/locales';
import { STANDIN_ORIGIN } from './build-env.mjs';
import { pageScripts } from './a11y-support';
import { builtPages } from './pages';
import { checkLayout, checkMarkup, collectTexts, lineNumber, numbersIn } from './phone-checks';

const pages = builtPages().filter((path) => path.endsWith('/') || path.endsWith('.html'));

test.describe('phone numbers in the search page’s crisis help', () => {
  const CRISIS_QUERY = { sv: 'vill inte leva', 'sv-lattlast': 'vill inte leva', en: 'want to die', ar: 'أريد أن أموت' } as const;
  for (const locale of LOCALES) {
    const path = pages.find((candidate) => localeFromPath(candidate) === locale && /\/(sok|search)\/$/.test(candidate))!;
    test(`on ${path}, the crisis help a worrying search shows reads its numbers in order on one line`, async ({ page }) => {
      const known = [await lineNumber()];
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(`${path}?q=${encodeURIComponent(CRISIS_QUERY[locale])}`);
      await expect(page.locator('[data-search-crisis]')).toBeVisible();
      const found = numbersIn(await collectTexts(page), known);
      const inBox = await page.evaluate((found) => {
        const texts = (window as unknown as { phoneTexts: Text[] }).phoneTexts;
        return found.filter((number) => texts[number.node]!.parentElement!.closest('[data-search-crisis]'));
      }, found);
      expect(inBox.length).toBeGreaterThan(0);
      expect([...(await checkMarkup(page, inBox)), ...(await checkLayout(page, inBox))]).toEqual([]);
    });
  }
});

test.describe('phone numbers in the chat panel', () => {
  const CONTACT_PAGE = /^\/(?:(?:en|ar)\/contact|(?:lattlast\/)?kontakt)\/$/;
  for (const locale of LOCALES) {
    const path = pages.find((candidate) => localeFromPath(candidate) === locale && CONTACT_PAGE.test(candidate))!;
    test(`on ${path}, the panel that cannot reach the chat reads its numbers in order on one line, and dials them`, async ({ page }) => {
      const known = [await lineNumber()];
      // The contact service cannot be reached: the panel falls back to the editors' text with the line's number and 112.
      await page.route(`${STANDIN_ORIGIN}/**`, (route) => route.abort());
      await page.goto(path);
      await pageScripts(page);
      await page.locator('main [data-chat-entry]').first().click();
      const panel = page.locator('[data-chat-host] [role="dialog"]');
      await expect(panel.locator('[role="status"] a[href^="tel:"]').first()).toBeVisible();
      const found = numbersIn(await collectTexts(page), known);
      const inPanel = await page.evaluate((found) => {
        const texts = (window as unknown as { phoneTexts: Text[] }).phoneTexts;
        return found.filter((number) => texts[number.node]!.parentElement!.closest('[data-chat-host]'));
      }, found);
      expect(inPanel.filter((number) => number.phone).length).toBeGreaterThan(2);
      const problems = await checkMarkup(page, inPanel);
      for (const width of [360, 1280]) {
        await page.setViewportSize({ width, height: 800 });
        for (const problem of await checkLayout(page, inPanel)) problems.push(`at ${width} px: ${problem}`);
      }
      expect(problems).toEqual([]);
    });
  }
});
