// Notes a passing accessibility suite for the accessibility statement: the date, how many pages
// were checked and which statement checks passed (each test's `tillgänglighetskontroll`
// annotation). It notes it only when the whole suite ran (every a11y*, keyboard* and every-page
// spec file, no --grep, no shard, no line filter) and every one of its tests passed, and only into
// the file named by A11Y_RECORD_FILE: tests/run-all.mjs sets it, and makes the record of the code
// version it tested from it when the whole run is green (src/lib/test-record.ts). A hand-run
// Playwright records nothing.
import type { FullConfig, FullResult, Reporter, Suite } from '@playwright/test/reporter';
import { readdirSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { STATEMENT_CHECK } from '../e2e/a11y-support';
import { builtPages } from '../e2e/pages';
import { todayIn } from '../../src/lib/today';

const SUITE_FILE = /^(a11y|keyboard|every-page).*\.spec\.ts$/;
const E2E = fileURLToPath(new URL('../e2e/', import.meta.url));

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
    const file = process.env.A11Y_RECORD_FILE;
    if (!file || result.status === 'interrupted' || !this.ranWholeSuite()) return;
    const tests = this.suite!.allTests().filter((test) => SUITE_FILE.test(basename(test.location.file)));
    if (!tests.every((test) => test.outcome() === 'expected' && test.results.at(-1)?.status === 'passed')) return;

    const checks = [...new Set(tests.flatMap((test) => test.annotations.filter((note) => note.type === STATEMENT_CHECK).map((note) => note.description!)))];
    const record = {
      passed: todayIn(),
      pages: builtPages().length,
      checks,
    };
    writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
  }
}
