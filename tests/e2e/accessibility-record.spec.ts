// The accessibility statement speaks for the code it was built from. The suite's own build reads no
// record of an earlier green run (tests/e2e/build-env.mjs), as a build of untested code would not
// find one: every language's statement says the automated tests have not run for this version,
// naming it, as plain HTML, and lists every check the suite runs. What a build of tested code
// says is checked on the component (tests/unit/safety/) and through the publish worker
// (tests/unit/publish/publish-flow.test.ts).
import { expect, test } from '@playwright/test';
import { ACCESSIBILITY_CHECKS } from '../../src/components/safety/accessibility-record';
import { LOCALES } from '../../src/i18n/locales';
import { codeVersion } from '../../src/lib/test-record';
import { settings, uiTexts } from './a11y-support';

test.use({ javaScriptEnabled: false });

test('in every language, a build of untested code says the automated tests have not run for this version, naming it, and lists every check', async ({ page }) => {
  const version = codeVersion(process.cwd());
  expect(version, 'the suite runs in a checkout with a commit').toMatch(/^[0-9a-f]{40}$/);
  const seen = new Set<string>();
  for (const locale of LOCALES) {
    const { site } = await settings(locale);
    const path = site.accessibilityPage?.path;
    if (!path || seen.has(path)) continue;
    seen.add(path);
    await page.goto(path);
    const record = page.locator('[data-a11y-record]');
    await expect(record, path).toHaveAttribute('data-commit', version!);
    await expect(record, path).not.toHaveAttribute('data-a11y-passed');
    const expected = uiTexts(locale).t('a11y.notYetPassed').replace('{commit}', version!.slice(0, 12));
    await expect(record, path).toHaveText(expected);
    await expect(page.locator('[data-a11y-check]'), path).toHaveCount(ACCESSIBILITY_CHECKS.length);
  }
  expect(seen.size, 'statement pages in Swedish, English and Arabic').toBeGreaterThanOrEqual(3);
});
