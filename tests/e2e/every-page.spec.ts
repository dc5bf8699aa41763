// Every built page, one group of tests per page: privacy, the help every page must carry, phone
// numbers that read and dial right (phone-checks.ts), and WCAG
// 2.2 AA (axe in both colour schemes at phone and desktop widths, plus what axe cannot see: reflow,
// text spacing, motion, forced colours, focus, keyboard order, landmarks and headings). A slow or
// failing page fails alone and names itself; more pages make more tests, not longer ones.
//
// A page's tests run in order in one worker on one shared browser page (site-page.ts), so the page
// is loaded once for most of its checks; the groups spread over both workers. A test that carries
// `statementCheck(...)` proves a check the accessibility statement lists; a full green run records
// it for the code version it tested (tests/support/a11y-last-pass-reporter.ts, tests/run-all.mjs).
import { expect } from '@playwright/test';
import { allPages, quickExit, statementCheck, uiAt, expectFocused } from './a11y-support';
import { SITE_ORIGIN } from './build-env.mjs';
import { LOCALE_INFO, localeFromPath } from '../../src/i18n/locales';
import { axeProblems, edgelessControls, focusProblems, landmarkProblems, movingParts, swedishOn, swedishOnly, TEXT_SPACING, textCollisions } from './page-checks';
import { phoneNumberProblems } from './phone-checks';
import { DESKTOP, PHONE, test, visit } from './site-page';

/** Fails with every problem listed, each prefixed with what the visitor was using. */
function expectNone(problems: string[]) {
  expect(problems, problems.join('\n')).toEqual([]);
}

for (const path of allPages()) {
  test.describe(path, () => {
    test.describe.configure({ mode: 'default' });

    test('keeps no cookie or storage, contacts no other site and breaks no security policy before you act', async ({ sitePage: page }) => {
      const requests: string[] = [];
      const consoleReports: string[] = [];
      const onRequest = (request: { url(): string; resourceType(): string }) => {
        const url = request.url();
        if (!url.startsWith('data:') && !url.startsWith(`${SITE_ORIGIN}/`)) requests.push(`${request.resourceType()} ${url}`);
      };
      const onConsole = (message: { text(): string }) => {
        if (/Content Security Policy/i.test(message.text())) consoleReports.push(message.text());
      };
      page.on('request', onRequest);
      page.on('console', onConsole);
      try {
        await page.context().clearCookies();
        await visit(page, path, { document: 'new', waitUntil: 'networkidle', readOnly: true });
        const state = await page.evaluate(() => {
          const watched = window as unknown as { __storageWrites: string[]; __cspViolations: string[] };
          return { writes: watched.__storageWrites, violations: watched.__cspViolations, local: localStorage.length, session: sessionStorage.length, cookie: document.cookie };
        });
        const problems = [
          ...state.writes.map((write) => `writes to storage: ${write}`),
          ...(state.local || state.session ? [`storage holds ${state.local} local and ${state.session} session items`] : []),
          ...(state.cookie ? [`document.cookie is "${state.cookie}"`] : []),
          ...(await page.context().cookies()).map((cookie) => `sets the cookie ${cookie.name}`),
          ...requests.map((request) => `requests another site: ${request}`),
          ...state.violations.map((violation) => `CSP violation: ${violation}`),
          ...consoleReports.map((report) => `CSP report in the console: ${report}`),
        ];
        expectNone(problems);
      } finally {
        page.off('request', onRequest);
        page.off('console', onConsole);
      }
    });

    // Right after the privacy check, which leaves the document as it loaded it.
    test('Tab reaches the quick exit first and the skip link second, and the skip link moves focus to the main content', statementCheck('quickExitFirst'), async ({ sitePage: page }) => {
      await visit(page, path, { document: 'untouched' });
      await page.keyboard.press('Tab');
      await expect(quickExit(page)).toBeFocused();
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: uiAt(path).t('site.skipLink') });
      await expect(skip).toBeFocused();
      await expect(skip).toBeInViewport();
      await page.keyboard.press('Enter');
      await expectFocused(page.getByRole('main'), 'the skip link moves focus to the main content');
      await page.keyboard.press('Tab');
      const afterMain = await page.evaluate(() => {
        const main = document.querySelector('main')!;
        const focused = document.activeElement!;
        return main.contains(focused) || !!(main.compareDocumentPosition(focused) & Node.DOCUMENT_POSITION_FOLLOWING);
      });
      expect(afterMain, 'Tab after the skip link continues in the content').toBe(true);
    });

    test("says its language version's language and shows one h1, the phone link and the 112 notice", async ({ sitePage: page }) => {
      await visit(page, path);
      await expect(page.locator('html')).toHaveAttribute('lang', LOCALE_INFO[localeFromPath(path)].lang);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('a[href="tel:90390"]').first()).toBeVisible();
      await expect(page.getByText(uiAt(path).t('help.emergency')).first()).toBeVisible();
      await expect(page.getByRole('main')).toHaveCount(1);
    });

    const locale = localeFromPath(path);
    if (locale === 'en' || locale === 'ar') {
      test(`shows no Swedish interface text in ${LOCALE_INFO[locale].name}`, async ({ sitePage: page }) => {
        await visit(page, path);
        expectNone(await swedishOn(page, swedishOnly(locale)));
      });
    }

    test('axe finds no WCAG 2.2 AA problem in light or dark mode, at 320 or 1280 px', statementCheck('axe'), async ({ sitePage: page }) => {
      const problems: string[] = [];
      for (const viewport of [PHONE, DESKTOP]) {
        for (const colorScheme of ['light', 'dark'] as const) {
          await visit(page, path, { viewport, colorScheme });
          problems.push(...(await axeProblems(page)).map((problem) => `${colorScheme} mode at ${viewport.width} px: ${problem}`));
        }
      }
      expectNone(problems);
    });

    test('has one main area, one site header and footer, named navigation, and headings from h1 down without skipped levels', statementCheck('landmarks'), async ({ sitePage: page }) => {
      await visit(page, path);
      expectNone(await page.evaluate(landmarkProblems));
    });

    test('with reduced motion asked for, nothing animates, transitions or scrolls smoothly', statementCheck('reducedMotion'), async ({ sitePage: page }) => {
      await visit(page, path, { reducedMotion: 'reduce' });
      expectNone(await page.evaluate(movingParts));
    });

    for (const viewport of [PHONE, DESKTOP]) {
      test(`every link, button and field shows a visible focus ring and is never hidden when focused, at ${viewport.width} px`, statementCheck('focusVisible'), async ({ sitePage: page }) => {
        await visit(page, path, { viewport });
        expectNone(await focusProblems(page));
      });
    }

    test('in forced-colours mode (Windows contrast themes) focus rings stay visible and the quick exit still looks like a button', statementCheck('forcedColours'), async ({ sitePage: page }) => {
      await visit(page, path, { forcedColors: 'active' });
      expectNone([...(await focusProblems(page)), ...(await page.evaluate(edgelessControls))]);
    });

    test('at 320 px it fits the screen without sideways scrolling and shows the phone number, the chat and 112 without scrolling', statementCheck('reflow'), async ({ sitePage: page }) => {
      await visit(page, path, { viewport: PHONE });
      const problems: string[] = [];
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) problems.push(`${overflow} px wider than the screen`);
      const help = page.getByRole('complementary', { name: uiAt(path).t('help.contactsHeading') });
      for (const link of [help.locator('a[href^="tel:"]').first(), help.locator('[data-chat-entry]'), help.locator('a[href="tel:112"]')]) {
        const box = await link.boundingBox();
        if (!box || box.y < 0 || box.y + box.height > PHONE.height) problems.push(`${await link.textContent()} is not on the first screen`);
      }
      expectNone(problems);
    });

    test('every phone number reads in its own order, on one line at 360 and 1280 px and in print, and dials from running text', async ({ sitePage: page }) => {
      await visit(page, path);
      expectNone(await phoneNumberProblems(page));
    });

    // Last: it changes the document's styles.
    test('with the text spacing of WCAG 1.4.12, no text is cut off or overlaps other text at 320 px', statementCheck('textSpacing'), async ({ sitePage: page }) => {
      await visit(page, path, { viewport: PHONE });
      // As the visitor's own style sheet (a bookmarklet or extension) adds it: a constructed sheet,
      // which the page's Content-Security-Policy does not refuse as it would an injected <style>.
      await page.evaluate((css) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      }, TEXT_SPACING);
      const spacing = await page.locator('h1').evaluate((heading) => parseFloat(getComputedStyle(heading).letterSpacing));
      expect(spacing, 'the text spacing applies').toBeGreaterThan(0);
      expectNone(await page.evaluate(textCollisions));
    });
  });
}
