// The whole test suite, as `npm test` runs it: checks, unit tests (Vitest), a build of the
// embedded site, then browser journeys (Playwright). Prints one closing line CI can read:
// "N passed, N failed", summed over every suite.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeAccessibilityRecord } from '../src/build/accessibility-record.mjs';
import { freePort } from './support/free-port.mjs';

const totals = { passed: 0, failed: 0 };
const failures = [];
const bin = (name) => join('node_modules', '.bin', name);

function run(label, command, args, env = {}, cwd = undefined) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env }, cwd });
  return result.status === 0;
}

/** A check that is one test: it passes or fails as a whole. */
function check(label, command, args, env, cwd) {
  if (run(label, command, args, env, cwd)) totals.passed += 1;
  else {
    totals.failed += 1;
    failures.push(label);
  }
}

function suite(label, command, args, reportFile, count, env) {
  const ok = run(label, command, args, env);
  let counted;
  try {
    counted = count(JSON.parse(readFileSync(reportFile, 'utf8')));
  } catch {
    counted = { passed: 0, failed: 1 };
  }
  if (!ok && counted.failed === 0) counted.failed = 1;
  totals.passed += counted.passed;
  totals.failed += counted.failed;
  if (counted.failed) failures.push(label);
}

// Free ports for the built site and the stand-in, fixed before the build bakes them in; set in
// this process's environment so the build, Playwright and its workers all read the same ones.
process.env.TEST_SITE_PORT ||= String(await freePort());
process.env.TEST_STANDIN_PORT ||= String(await freePort());

const work = mkdtempSync(join(tmpdir(), 'stodlinjen-test-'));

check('TypeGen types are current (regenerate and diff)', process.execPath, ['tests/checks/typegen-current.mjs']);
check('Types and templates (astro check)', bin('astro'), ['check']);
// Offline: the CLI bundles the Studio without contacting Sanity (placeholder project id).
check('The Studio builds (sanity build, from sanity/)', resolve(bin('sanity')), ['build', join(work, 'studio'), '--yes'], {}, 'sanity');

suite('Unit tests (Vitest)', bin('vitest'), ['run', '--config', 'tests/vitest.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${join(work, 'vitest.json')}`], join(work, 'vitest.json'), (r) => ({
  passed: r.numPassedTests,
  failed: r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0),
}));

check('Build the site from the embedded dataset (npm run build: astro build, then the search index)', process.execPath, ['src/build/build.mjs'], { ...(await import('./e2e/build-env.mjs')).buildEnv });
// The draft preview (server output, dist-preview/): its journeys start it on a free port.
check('Build the draft preview', bin('astro'), ['build'], { ...(await import('./e2e/build-env.mjs')).buildEnv, PREVIEW_BUILD: '1' });
check('Every built page is valid HTML (W3C Nu validator)', process.execPath, ['tests/checks/html-valid.mjs']);

// The accessibility suite notes its pass here (tests/support/a11y-last-pass-reporter.ts).
const a11yRecord = join(work, 'a11y-record.json');
suite('Browser journeys (Playwright)', bin('playwright'), ['test', '--config', 'tests/playwright.config.ts'], join(work, 'playwright.json'), (r) => ({
  passed: r.stats.expected + (r.stats.flaky ?? 0),
  failed: r.stats.unexpected,
}), { PLAYWRIGHT_JSON_OUTPUT_NAME: join(work, 'playwright.json'), A11Y_RECORD_FILE: a11yRecord });

// Only a fully green run vouches for the build it tested: its accessibility statement then says
// when the suite passed, on how many pages, for which build (dist/ only; a new build starts again
// from "not yet run").
if (!failures.length && existsSync(a11yRecord)) {
  const label = 'The accessibility statement records this run (dist/)';
  console.log(`\n▶ ${label}`);
  try {
    const pages = writeAccessibilityRecord('dist', JSON.parse(readFileSync(a11yRecord, 'utf8')));
    console.log(`Recorded in dist/accessibility-record.json and ${pages.length} statement page(s): ${pages.join(', ')}`);
    totals.passed += 1;
  } catch (error) {
    console.log(error instanceof Error ? error.message : error);
    totals.failed += 1;
    failures.push(label);
  }
}

rmSync(work, { recursive: true, force: true });
if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed ? 1 : 0);
