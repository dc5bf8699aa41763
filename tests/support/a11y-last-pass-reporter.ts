// Records a passing accessibility suite in tests/accessibility/last-pass.json, which the
// accessibility statement shows (src/components/safety/AccessibilityChecks.astro): the date, how
// many pages were checked, and what was checked, in Swedish, from each test's
// `tillgänglighetskontroll` annotation. It writes only when the whole suite ran (every a11y* and
// keyboard* spec file, no --grep, no shard, no line filter) and every one of its tests passed.
import type { FullConfig, FullResult, Reporter, Suite } from '@playwright/test/reporter';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { STATEMENT_CHECK } from '../e2e/a11y-support';
import { builtPages } from '../e2e/pages';

const SUITE_FILE = /^(a11y|keyboard).*\.spec\.ts$/;
const E2E = fileURLToPath(new URL('../e2e/', import.meta.url));
const REPORT = fileURLToPath(new URL('../accessibility/last-pass.json', import.meta.url));

export default class A11yLastPassReporter implements Reporter {
  private config?: FullConfig;
  private suite?: Suite;

  onBegin(config: FullConfig, suite: Suite) {
    this.config = config;
    this.suite = suite;
  }

  private ranWholeSuite(): boolean {
    const config = this.config!;
    const greps = [config.grep].flat();
    if (config.shard || config.grepInvert || greps.some((grep) => grep.source !== '.*')) return false;
    // A file:line argument runs only part of a file.
    if (config.argv?.some((arg) => /\.ts:\d+/.test(arg))) return false;
    const expected = readdirSync(E2E).filter((file) => SUITE_FILE.test(file));
    const ran = new Set(this.suite!.allTests().map((test) => basename(test.location.file)));
    return expected.length > 0 && expected.every((file) => ran.has(file));
  }

  onEnd(result: FullResult) {
    if (result.status === 'interrupted' || !this.ranWholeSuite()) return;
    const tests = this.suite!.allTests().filter((test) => SUITE_FILE.test(basename(test.location.file)));
    if (!tests.every((test) => test.outcome() === 'expected' && test.results.at(-1)?.status === 'passed')) return;

    const checks = [...new Set(tests.flatMap((test) => test.annotations.filter((note) => note.type === STATEMENT_CHECK).map((note) => note.description!)))];
    const report = {
      lastPassed: new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date()),
      pages: builtPages().length,
      checks,
    };
    const text = `${JSON.stringify(report, null, 2)}\n`;
    if (readFileSync(REPORT, 'utf8') !== text) writeFileSync(REPORT, text);
  }
}
