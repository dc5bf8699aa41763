// The accessibility statement's record of the test run: written into the built pages of exactly
// the build that was tested, in each page's language, or not at all.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fillRecord, recordProblems, RECORD_FILE, statementPages, writeAccessibilityRecord } from '../../src/build/accessibility-record.mjs';
import { escapeHtml } from '../../src/build/html.mjs';
import { ACCESSIBILITY_CHECKS } from '../../src/components/safety/accessibility-record';
import { uiFor } from '../../src/i18n';
import type { Locale } from '../../src/i18n/locales';

const BUILD = '2026-11-28T02:50:00Z-a1b2c3';
const record = { buildId: BUILD, passed: '2026-11-28', pages: 62, checks: [...ACCESSIBILITY_CHECKS] };

/** A statement page as AccessibilityChecks.astro renders it (the e2e suite checks the real one). */
function statementPage(locale: Locale, build = BUILD, checks: readonly string[] = ACCESSIBILITY_CHECKS): string {
  const ui = uiFor(locale);
  const [before, after] = ui.t('a11y.notYetPassed', { build: '\u0000' }).split('\u0000');
  return `<!DOCTYPE html><html lang="${ui.lang}" dir="${ui.dir}"><body><main><section aria-labelledby="automatiska-tester">
<ul>${checks.map((check) => `<li data-a11y-check="${check}">${ui.t(`a11y.check.${check}` as 'a11y.check.axe')}</li>`).join('')}</ul>
<p class="mt-2" data-a11y-record data-build="${build}" data-intl="${ui.intl}" data-passed="${escapeHtml(ui.t('a11y.lastPassed'))}" data-pagefind-ignore>${before}<bdi>${build}</bdi>${after}</p>
</section></main></body></html>`;
}

let dist: string;
const put = (path: string, html: string) => {
  mkdirSync(join(dist, path, '..'), { recursive: true });
  writeFileSync(join(dist, path), html);
};
const read = (path: string) => readFileSync(join(dist, path), 'utf8');

beforeEach(() => {
  dist = mkdtempSync(join(tmpdir(), 'a11y-record-'));
});
afterEach(() => rmSync(dist, { recursive: true, force: true }));

describe('a statement page of a fresh build', () => {
  it('says the tests have not run for this version, naming the build', () => {
    const html = statementPage('sv');
    expect(html).toContain(`De automatiska testerna har ännu inte körts för den här versionen av webbplatsen (<bdi>${BUILD}</bdi>).`);
  });
});

describe('writing the record after a green run', () => {
  it('shows the run’s date, page count and build id on every statement page, in its own language, and keeps the record next to the pages', () => {
    put('tillganglighetsredogorelse/index.html', statementPage('sv'));
    put('en/accessibility-statement/index.html', statementPage('en'));
    put('ar/accessibility-statement/index.html', statementPage('ar'));
    put('artiklar/x/index.html', '<!DOCTYPE html><p>Ingen redogörelse här.</p>');

    const written = writeAccessibilityRecord(dist, record);
    expect(written.sort()).toEqual(['ar/accessibility-statement/index.html', 'en/accessibility-statement/index.html', 'tillganglighetsredogorelse/index.html']);

    expect(read('tillganglighetsredogorelse/index.html')).toContain(
      `data-a11y-passed="2026-11-28">Alla automatiska tester gick igenom <time datetime="2026-11-28">28 november 2026</time> för den här versionen av webbplatsen (<bdi>${BUILD}</bdi>), på alla <bdi>62</bdi> sidor.</p>`,
    );
    expect(read('en/accessibility-statement/index.html')).toContain(
      `>All automated tests passed on <time datetime="2026-11-28">28 November 2026</time> for this version of the website (<bdi>${BUILD}</bdi>), on all <bdi>62</bdi> pages.</p>`,
    );
    const arabic = read('ar/accessibility-statement/index.html');
    expect(arabic).toContain('<time datetime="2026-11-28">28 نوفمبر 2026</time>');
    expect(arabic).toContain('<bdi>62</bdi>');
    expect(arabic).not.toMatch(/[\u0660-\u0669]/);
    for (const page of ['tillganglighetsredogorelse', 'en/accessibility-statement', 'ar/accessibility-statement'])
      expect(read(`${page}/index.html`)).not.toMatch(/ännu inte körts|not yet been run|لم تُشغَّل/);
    expect(read('artiklar/x/index.html')).toBe('<!DOCTYPE html><p>Ingen redogörelse här.</p>');
    expect(JSON.parse(read(RECORD_FILE))).toEqual(record);
  });

  it('can record a later run of the same build over an earlier one', () => {
    put('s/index.html', statementPage('sv'));
    writeAccessibilityRecord(dist, record);
    writeAccessibilityRecord(dist, { ...record, passed: '2026-11-29', pages: 63 });
    const html = read('s/index.html');
    expect(html).toContain('29 november 2026');
    expect(html).toContain('<bdi>63</bdi>');
    expect(html.match(/data-a11y-passed=/g)).toHaveLength(1);
    expect(statementPages(dist)[0]!.buildIds).toEqual([BUILD]);
  });

  it('escapes what the sentence holds, so a catalog text cannot add markup', () => {
    const html = statementPage('sv').replace(/data-passed="[^"]*"/, 'data-passed="&lt;b&gt; &quot;{date}&quot; &amp; {pages} {unknown}"');
    expect(fillRecord(html, record)).toContain('>&lt;b&gt; &quot;<time datetime="2026-11-28">28 november 2026</time>&quot; &amp; <bdi>62</bdi> {unknown}</p>');
  });
});

describe('a record that does not belong', () => {
  it('is refused for a page of another build, naming both builds, and nothing is written', () => {
    put('s/index.html', statementPage('sv'));
    put('en/s/index.html', statementPage('en', '2026-11-27T10:00:00Z-ffffff'));
    expect(() => writeAccessibilityRecord(dist, record)).toThrow(`en/s/index.html is build 2026-11-27T10:00:00Z-ffffff, the run tested build ${BUILD}`);
    expect(read('s/index.html')).toBe(statementPage('sv'));
    expect(existsSync(join(dist, RECORD_FILE))).toBe(false);
  });

  it('is refused when the page lists checks the run did not prove, or the run proved checks the page does not list', () => {
    put('s/index.html', statementPage('sv'));
    expect(() => writeAccessibilityRecord(dist, { ...record, checks: record.checks.filter((check) => check !== 'print') })).toThrow(
      's/index.html lists other checks than the run proved; listed but not proved: print',
    );
    expect(() => writeAccessibilityRecord(dist, { ...record, checks: [...record.checks, 'zoom'] })).toThrow('proved but not listed: zoom');
    expect(read('s/index.html')).toBe(statementPage('sv'));
  });

  it('is refused when malformed, naming every field', () => {
    expect(recordProblems(record)).toEqual([]);
    expect(recordProblems({ buildId: 'x y', passed: '2026-02-30', pages: 0, checks: [] })).toEqual([
      'buildId "x y" is not a build id',
      'passed "2026-02-30" is not a date (YYYY-MM-DD)',
      'pages 0 is not a number of pages',
      'checks is not a list of check ids',
    ]);
    expect(recordProblems(null)).toEqual(['the record is not an object']);
    expect(() => writeAccessibilityRecord(dist, { ...record, pages: 1.5 })).toThrow('The accessibility record is not usable: pages 1.5 is not a number of pages');
  });
});
