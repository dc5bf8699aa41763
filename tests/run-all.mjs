// The whole test suite, as `npm test` runs it: checks, unit tests (Vitest), a build of the
// embedded site, then browser journeys (Playwright). Ends with where the time went (a table per
// stage), the ten slowest tests with the share of their own timeout they used, and one closing
// line CI can read: "N passed, N failed", summed over every suite.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from './support/free-port.mjs';

const totals = { passed: 0, failed: 0 };
const failures = [];
const stages = [];
const bin = (name) => join('node_modules', '.bin', name);

/** Runs one stage, noting its wall time for the closing table; true when it exited cleanly. */
function run(label, command, args, env = {}, cwd = undefined) {
  console.log(`\n▶ ${label}`);
  const started = performance.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env }, cwd });
  stages.push({ label, seconds: (performance.now() - started) / 1000, ok: result.status === 0 });
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

/** A stage of many tests, counted from the report it writes; a stage that fails without a readable report counts as one failure. */
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
  stages.at(-1).tests = counted.passed + counted.failed;
  if (counted.failed) failures.push(label);
}

const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);

/** Every Playwright test with its title path, its slowest attempt and its own timeout. */
function playwrightTimings(report) {
  const rows = [];
  const walk = (suite, path) => {
    for (const child of suite.suites ?? []) walk(child, [...path, child.title]);
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) {
        const duration = Math.max(0, ...test.results.map((result) => result.duration));
        rows.push({ name: [...path, spec.title].filter(Boolean).join(' › '), duration, timeout: test.timeout });
      }
    }
  };
  for (const suite of report?.suites ?? []) walk(suite, [suite.title]);
  return rows;
}

// Free ports for the built site and the stand-in, fixed before the build bakes them in; set in
// this process's environment so the build, Playwright and its workers all read the same ones.
process.env.TEST_SITE_PORT ||= String(await freePort());
process.env.TEST_STANDIN_PORT ||= String(await freePort());

const work = mkdtempSync(join(tmpdir(), 'stodlinjen-test-'));
const { buildEnv } = await import('./e2e/build-env.mjs');
const runStarted = performance.now();

check('TypeGen types are current (regenerate and diff)', process.execPath, ['tests/checks/typegen-current.mjs']);
check('Formatting (prettier --check; npm run format rewrites)', bin('prettier'), ['--check', '.']);
check('Lint (eslint: unused code and the rules in eslint.config.js)', bin('eslint'), ['.']);
check('Types and templates (astro check)', bin('astro'), ['check']);
check('Code Node runs directly (worker, build script, npm start) type-checks as Node resolves it (tsc -p tsconfig.node.json)', bin('tsc'), ['-p', 'tsconfig.node.json']);
// Offline: the CLI bundles the Studio without contacting Sanity (placeholder project id).
check('The Studio builds (sanity build, from sanity/)', resolve(bin('sanity')), ['build', join(work, 'studio'), '--yes'], {}, 'sanity');

const unitTimings = join(work, 'vitest-timings.json');
suite(
  'Unit tests (Vitest)',
  bin('vitest'),
  ['run', '--config', 'tests/vitest.config.ts', '--reporter=default', '--reporter=json', '--reporter=./tests/support/vitest-timings-reporter.ts', `--outputFile.json=${join(work, 'vitest.json')}`],
  join(work, 'vitest.json'),
  (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0) }),
  { TEST_TIMINGS_FILE: unitTimings },
);

// Its build report says when the embedded content last changed, for the record of a green run.
const buildReport = join(work, 'build-report.json');
check('Build the site from the embedded dataset (npm run build: astro build, then the search index)', process.execPath, ['src/build/build.ts'], { ...buildEnv, BUILD_REPORT_FILE: buildReport });
// The draft preview (server output, dist-preview/): its journeys start it on a free port.
check('Build the draft preview', bin('astro'), ['build'], { ...buildEnv, PREVIEW_BUILD: '1' });

// One validator run over all pages, counted page by page: a page with errors fails alone and names itself.
const validity = join(work, 'html-valid.json');
suite('Every built page is valid HTML (W3C Nu validator)', process.execPath, ['tests/checks/html-valid.mjs', '--report', validity], validity, (pages) => {
  const counts = Object.values(pages);
  return { passed: counts.filter((errors) => errors === 0).length, failed: counts.filter((errors) => errors > 0).length };
});

// The accessibility suite notes its pass here (tests/support/a11y-last-pass-reporter.ts).
const a11yRecord = join(work, 'a11y-record.json');
const browserReport = join(work, 'playwright.json');
suite(
  'Browser journeys (Playwright)',
  bin('playwright'),
  ['test', '--config', 'tests/playwright.config.ts'],
  browserReport,
  (r) => ({
    passed: r.stats.expected + (r.stats.flaky ?? 0),
    failed: r.stats.unexpected,
  }),
  { PLAYWRIGHT_JSON_OUTPUT_NAME: browserReport, A11Y_RECORD_FILE: a11yRecord },
);

// Only a fully green run vouches for the code it tested: the record of this code version (the
// commit), which every build of it shows in its accessibility statement (src/lib/test-record.ts).
// Uncommitted changes are no code version anyone can build again, so they get no record.
if (!failures.length && existsSync(a11yRecord)) {
  const label = 'This green run is recorded for its code version (accessibility-record.json)';
  console.log(`\n▶ ${label}`);
  const { TEST_RECORD_FILE, codeVersion, testRecordSchema } = await import('../src/lib/test-record.ts');
  const commit = codeVersion(process.cwd());
  const changed = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).stdout?.trim();
  if (!commit || changed) {
    console.log(!commit ? 'Not recorded: this checkout has no commit to name.' : `Not recorded: these files differ from commit ${commit}:\n${changed}`);
  } else {
    try {
      const { updatedAt } = JSON.parse(readFileSync(buildReport, 'utf8'));
      const record = testRecordSchema.parse({ commit, ...JSON.parse(readFileSync(a11yRecord, 'utf8')), content: { source: 'embedded', updatedAt } });
      writeFileSync(TEST_RECORD_FILE, `${JSON.stringify(record, null, 2)}\n`);
      console.log(
        `Recorded in ${TEST_RECORD_FILE}: commit ${record.commit}, ${record.passed}, ${record.pages} pages, content of ${record.content.updatedAt}. CI keeps it with .ci/keep-accessibility-record.`,
      );
      totals.passed += 1;
    } catch (error) {
      console.log(error instanceof Error ? error.message : error);
      totals.failed += 1;
      failures.push(label);
    }
  }
}

// Where the time went, and how close the slowest tests came to their own limits.
const minutes = (seconds) => `${Math.floor(seconds / 60)}:${String(Math.round(seconds % 60)).padStart(2, '0')}`;
console.log('\nTime per stage (wall clock, m:ss):');
for (const stage of stages) console.log(`  ${minutes(stage.seconds).padStart(6)}  ${stage.ok ? 'ok    ' : 'FAILED'}  ${stage.label}${stage.tests ? ` (${stage.tests} tests)` : ''}`);
console.log(`  ${minutes((performance.now() - runStarted) / 1000).padStart(6)}  total`);

const timings = [
  ...(readJson(unitTimings) ?? []).map((row) => ({ ...row, name: `unit: ${row.name}` })),
  ...playwrightTimings(readJson(browserReport)).map((row) => ({ ...row, name: `browser: ${row.name}` })),
]
  .filter((row) => row.timeout > 0)
  .map((row) => ({ ...row, share: row.duration / row.timeout }));
const line = (row) => `  ${(row.duration / 1000).toFixed(1).padStart(6)} s  ${(row.share * 100).toFixed(1).padStart(5)} % of its ${(row.timeout / 1000).toFixed(0)} s timeout  ${row.name}`;
console.log('\nThe ten slowest tests, with the share of their own timeout they used:');
for (const row of [...timings].sort((a, b) => b.duration - a.duration).slice(0, 10)) console.log(line(row));
const closest = [...timings].sort((a, b) => b.share - a.share);
if (closest[0]) console.log(`Closest to its timeout:\n${line(closest[0])}`);
const near = closest.filter((row) => row.share > 1 / 3);
if (near.length) console.log(`${near.length} test(s) used more than a third of their timeout: make them faster or split them.\n${near.map(line).join('\n')}`);

rmSync(work, { recursive: true, force: true });
if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed ? 1 : 0);
