// The record of a full green run of the test suite, for the accessibility statement: which code
// version it tested (the commit), on which day, on how many pages, which of the statement's checks
// passed, and the content it ran on (the embedded dataset, as of its newest change). A green
// `npm test` writes it (tests/run-all.mjs); CI keeps it for the commit it tested (the
// `accessibility-records` branch, .ci/keep-accessibility-record); every build of that code version
// reads it (.ci/fetch-accessibility-record puts it in place) and its statement says so, and that the
// content has changed since where it has. A build of code no green run tested says so instead.
// Plain TypeScript that Node runs as it is (the test runner imports it too).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { must, parseWithFriendlyErrors } from './friendly-errors.ts';

/** Where a build looks for the record by default: the project root (git-ignored). */
export const TEST_RECORD_FILE = 'accessibility-record.json';

const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

export const testRecordSchema = z.object({
  commit: z.string(must('a full commit id (40 hexadecimal characters)')).regex(/^[0-9a-f]{40}$/, must('a full commit id (40 hexadecimal characters)')),
  passed: z.string(must('the day the run passed (YYYY-MM-DD)')).refine(isDay, must('the day the run passed (YYYY-MM-DD)')),
  pages: z.number(must('the number of pages checked')).int(must('the number of pages checked')).min(1, must('the number of pages checked')),
  checks: z.array(z.string().regex(/^[A-Za-z][\w-]*$/), must('the ids of the checks that passed')).min(1, must('the ids of the checks that passed')),
  content: z.object(
    {
      source: z.literal('embedded', must('"embedded": the suite runs on the embedded dataset')),
      updatedAt: z
        .string(must('the newest change of that content (an ISO date and time)'))
        .refine((value) => !Number.isNaN(Date.parse(value)), must('the newest change of that content (an ISO date and time)')),
    },
    must('the content the run checked'),
  ),
});

export type TestRecord = z.infer<typeof testRecordSchema>;

/** What a build knows of its tests: the record of its code version, or why there is none. */
export type TestRun = { record: TestRecord; codeVersion: string } | { record: null; codeVersion: string | null; warning: string };

/**
 * This build's code version: the commit a host names (GitHub Actions, Netlify, Cloudflare Pages),
 * or the project checkout's own. Null where neither is known (a copy without git history).
 */
export function codeVersion(root: string, env: Record<string, string | undefined> = process.env): string | null {
  const named = [env.CODE_VERSION, env.GITHUB_SHA, env.COMMIT_REF, env.CF_PAGES_COMMIT_SHA].map((value) => value?.trim()).find(Boolean);
  if (named) return named.toLowerCase();
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

/** The record in `text` (a file's contents), checked; every problem named, with the file. */
export function parseTestRecord(text: string, file: string): { ok: true; record: TestRecord } | { ok: false; problem: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: `${file} is not JSON (${(error as Error).message})` };
  }
  const parsed = parseWithFriendlyErrors(
    testRecordSchema,
    json,
    ({ name, expected, input }) => `${name || 'the record'} must be ${expected}${input === undefined ? ', and is missing' : `, not ${JSON.stringify(input)}`}`,
  );
  return parsed.ok ? { ok: true, record: parsed.data } : { ok: false, problem: `${file}: ${parsed.errors.join('; ')}` };
}

/**
 * The record for a build in `root`: read from ACCESSIBILITY_RECORD_FILE or the project root, and
 * shown only when it is for this code version. Anything else is a warning for the build report,
 * never a failed build: the statement then says the tests have not run for this version.
 */
export function testRunFor(root: string, env: Record<string, string | undefined> = process.env): TestRun {
  const file = env.ACCESSIBILITY_RECORD_FILE?.trim() || join(root, TEST_RECORD_FILE);
  const version = codeVersion(root, env);
  if (!existsSync(file)) return { record: null, codeVersion: version, warning: `there is no record of a full test run (${file}); the statement says the tests have not run for this version` };
  const parsed = parseTestRecord(readFileSync(file, 'utf8'), file);
  if (!parsed.ok) return { record: null, codeVersion: version, warning: `the record of the test run cannot be used: ${parsed.problem}` };
  if (!version)
    return {
      record: null,
      codeVersion: null,
      warning: `the code version of this build is not known (no CODE_VERSION and no git checkout), so the record for ${parsed.record.commit} cannot be matched to it`,
    };
  if (parsed.record.commit !== version)
    return { record: null, codeVersion: version, warning: `the record of the test run (${file}) is for code version ${parsed.record.commit}, this build is ${version}; it is not shown` };
  return { record: parsed.record, codeVersion: version };
}
