// What the accessibility statement says about the automated tests, in every language: the record
// of the green run of this code version, with a plain note when the content has changed since;
// or that the tests have not run for this version, naming it.
import { describe, expect, it } from 'vitest';
import AccessibilityChecks from '../../../src/components/safety/AccessibilityChecks.astro';
import { ACCESSIBILITY_CHECKS } from '../../../src/components/safety/accessibility-record';
import type { TestRun } from '../../../src/lib/test-record';
import { renderComponent } from '../../support/components';

const COMMIT = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const TESTED_CONTENT = '2026-11-28T03:00:00Z';
const tested: TestRun = {
  codeVersion: COMMIT,
  record: { commit: COMMIT, passed: '2026-12-05', pages: 158, checks: [...ACCESSIBILITY_CHECKS], content: { source: 'embedded', updatedAt: TESTED_CONTENT } },
};
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
const render = (testRun: TestRun | undefined, updatedAt: string | null, locale: 'sv' | 'en' | 'ar' = 'sv') =>
  renderComponent(AccessibilityChecks, { props: { status: null }, locale, content: { testRun, updatedAt } });

describe('the statement on the automated tests', () => {
  it('a build of the tested code on the tested content gives the day, the code version and the page count, and no note', async () => {
    const html = await render(tested, TESTED_CONTENT);
    expect(text(html)).toContain('Alla automatiska tester gick igenom 5 december 2026 för den här versionen av webbplatsens kod (a1b2c3d4e5f6), på alla 158 sidor med det inbyggda testinnehållet.');
    expect(html).toContain('<time datetime="2026-12-05">');
    expect(html).not.toContain('Innehållet har ändrats');
  });

  it('a published build of the tested code says plainly that the content has changed since, with the content’s own date', async () => {
    const html = await render(tested, '2027-01-14T21:30:00Z');
    expect(text(html)).toContain('Innehållet har ändrats sedan dess; den senaste ändringen gjordes 14 januari 2027.');
    // Late evening in UTC is already the next day on the line's calendar.
    expect(text(await render(tested, '2027-01-14T23:30:00Z'))).toContain('den senaste ändringen gjordes 15 januari 2027.');
  });

  it('a build of code no green run tested says so, naming its version', async () => {
    const html = await render({ record: null, codeVersion: COMMIT, warning: 'no record' }, TESTED_CONTENT);
    expect(text(html)).toContain('De automatiska testerna har ännu inte körts för den här versionen av webbplatsen (a1b2c3d4e5f6).');
    expect(html).not.toContain('data-a11y-passed');
    expect(text(await render({ record: null, codeVersion: null, warning: 'unknown' }, null))).toContain('De automatiska testerna har ännu inte körts för den här versionen av webbplatsen.');
    expect(text(await render(undefined, null))).toContain('har ännu inte körts');
  });

  it('in English and Arabic, with the code version and the numbers kept in their order', async () => {
    expect(text(await render(tested, '2027-01-14T12:00:00Z', 'en'))).toContain(
      'All automated tests passed on 5 December 2026 for this version of the website’s code (a1b2c3d4e5f6), on all 158 pages of the built-in test content. The content has changed since then; the latest change was made on 14 January 2027.',
    );
    const arabic = await render(tested, '2027-01-14T12:00:00Z', 'ar');
    expect(arabic).toContain('<bdi>a1b2c3d4e5f6</bdi>');
    expect(arabic).toContain('<bdi>158</bdi>');
    expect(text(arabic)).toContain('تغيّر المحتوى منذ ذلك الحين');
  });
});
