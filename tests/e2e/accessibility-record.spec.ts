// The accessibility statement speaks for the build it is part of: a fresh build says its tests have
// not run yet; once a green run has written its record (src/build/accessibility-record.mjs, as
// tests/run-all.mjs does), the same pages say when, on how many pages, for which build, without
// any script.
import { expect, test } from '@playwright/test';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { RECORD_FILE, statementPages, writeAccessibilityRecord } from '../../src/build/accessibility-record.mjs';
import { ACCESSIBILITY_CHECKS } from '../../src/components/safety/accessibility-record';
import { builtPages, DIST } from './pages';

const pathOf = (file: string) => `/${relative(DIST, file).replace(/index\.html$/, '')}`;

test('a fresh build’s accessibility statement says the automated tests have not run for this version, naming the build', async ({ page }) => {
  const pages = statementPages(DIST);
  expect(pages.length, 'statement pages in dist/').toBeGreaterThan(0);
  const ids = new Set(pages.flatMap((statement) => statement.buildIds));
  expect(ids.size, 'one build id across the build').toBe(1);
  const [build] = ids;
  expect(existsSync(join(DIST, RECORD_FILE))).toBe(false);
  for (const statement of pages) {
    await page.goto(pathOf(statement.file));
    const record = page.locator('[data-a11y-record]');
    await expect(record).toBeVisible();
    await expect(record).toContainText(build!);
    await expect(record).not.toHaveAttribute('data-a11y-passed');
    if ((await page.locator('html').getAttribute('lang')) === 'sv') await expect(record).toContainText('har ännu inte körts för den här versionen');
    // Every check the statement lists, in the page's language, one per id the suite can prove.
    await expect(page.locator('[data-a11y-check]')).toHaveCount(ACCESSIBILITY_CHECKS.length);
  }
});

test.describe('after a green run has written its record', () => {
  test.use({ javaScriptEnabled: false });

  test('the statement says the run’s date, page count and build id, as plain HTML', async ({ page }) => {
    const copy = mkdtempSync(join(tmpdir(), 'a11y-dist-'));
    try {
      cpSync(DIST, copy, { recursive: true, filter: (path) => !/[/\\](_astro|pagefind)$/.test(path) });
      const [build] = statementPages(copy)[0]!.buildIds;
      const pages = builtPages().length;
      const written = writeAccessibilityRecord(copy, { buildId: build!, passed: '2026-11-28', pages, checks: [...ACCESSIBILITY_CHECKS] });
      expect(written.length).toBe(statementPages(DIST).length);
      for (const file of written) {
        const html = readFileSync(join(copy, file), 'utf8');
        await page.setContent(html);
        const record = page.locator('[data-a11y-record]');
        await expect(record).toHaveAttribute('data-a11y-passed', '2026-11-28');
        await expect(record.locator('time')).toHaveAttribute('datetime', '2026-11-28');
        await expect(record).toContainText(build!);
        await expect(record).toContainText(String(pages));
        if ((await page.locator('html').getAttribute('lang')) === 'sv') await expect(record).toContainText('Alla automatiska tester gick igenom 28 november 2026');
      }
      expect(JSON.parse(readFileSync(join(copy, RECORD_FILE), 'utf8'))).toMatchObject({ buildId: build, passed: '2026-11-28', pages });
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
