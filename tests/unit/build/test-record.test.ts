// The record of a green test run and which builds show it: only builds of the code version it
// tested; anything else (no record, an unreadable one, one for other code) is a warning naming the
// file and what is wrong, never a failed build.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACCESSIBILITY_CHECKS } from '../../../src/components/safety/accessibility-record';
import { codeVersion, parseTestRecord, testRunFor, TEST_RECORD_FILE } from '../../../src/lib/test-record';

const COMMIT = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const OTHER = 'ffffffffffffffffffffffffffffffffffffffff';
const record = (fields: Record<string, unknown> = {}) => ({
  commit: COMMIT,
  passed: '2026-12-05',
  pages: 158,
  checks: [...ACCESSIBILITY_CHECKS],
  content: { source: 'embedded', updatedAt: '2026-11-28T03:00:00Z' },
  ...fields,
});

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'test-record-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const put = (value: unknown) => writeFileSync(join(root, TEST_RECORD_FILE), typeof value === 'string' ? value : JSON.stringify(value));

describe('the record of a green run', () => {
  it('is read with every field it needs', () => {
    expect(parseTestRecord(JSON.stringify(record()), 'r.json')).toEqual({ ok: true, record: record() });
  });

  it('names every field that is wrong at once, with the file', () => {
    const parsed = parseTestRecord(JSON.stringify(record({ commit: 'abc', passed: '2026-02-30', pages: 0, checks: [], content: { source: 'live' } })), 'r.json');
    expect(parsed.ok).toBe(false);
    const problem = (parsed as { problem: string }).problem;
    expect(problem).toMatch(/^r\.json: /);
    for (const field of ['commit', 'passed', 'pages', 'checks', 'content.source', 'content.updatedAt']) expect(problem).toContain(`${field} must be`);
  });

  it('says so when the file is not JSON', () => {
    expect(parseTestRecord('{"commit": "a1b2', 'r.json')).toMatchObject({ ok: false, problem: expect.stringMatching(/^r\.json is not JSON/) });
  });
});

describe('which builds show it', () => {
  it('a build of the code version the run tested shows the record', () => {
    put(record());
    expect(testRunFor(root, { CODE_VERSION: COMMIT })).toEqual({ record: record(), codeVersion: COMMIT });
  });

  it('a build of other code does not, and says whose record it found', () => {
    put(record());
    const run = testRunFor(root, { CODE_VERSION: OTHER });
    expect(run.record).toBeNull();
    expect(run).toMatchObject({ codeVersion: OTHER, warning: expect.stringContaining(`is for code version ${COMMIT}, this build is ${OTHER}`) });
  });

  it('a build without a record, or with one that cannot be read, says the tests have not run, with a warning naming the file', () => {
    expect(testRunFor(root, { CODE_VERSION: COMMIT })).toMatchObject({ record: null, codeVersion: COMMIT, warning: expect.stringContaining(join(root, TEST_RECORD_FILE)) });
    put('not json');
    expect(testRunFor(root, { CODE_VERSION: COMMIT })).toMatchObject({ record: null, warning: expect.stringMatching(/cannot be used: .* is not JSON/) });
    put(record({ pages: 'many' }));
    expect(testRunFor(root, { CODE_VERSION: COMMIT })).toMatchObject({ record: null, warning: expect.stringContaining('pages must be') });
  });

  it('a build reads the record from ACCESSIBILITY_RECORD_FILE where it is set', () => {
    const elsewhere = join(root, 'elsewhere.json');
    writeFileSync(elsewhere, JSON.stringify(record()));
    expect(testRunFor(root, { CODE_VERSION: COMMIT, ACCESSIBILITY_RECORD_FILE: elsewhere }).record).toEqual(record());
  });

  it('a build whose code version nobody can name shows no record', () => {
    put(record());
    expect(testRunFor(root, {})).toMatchObject({ record: null, codeVersion: null, warning: expect.stringContaining('code version of this build is not known') });
  });
});

describe('the code version of a build', () => {
  it('is the commit the host names, the checkout’s own otherwise', () => {
    expect(codeVersion(root, { CODE_VERSION: 'ABC' })).toBe('abc');
    expect(codeVersion(root, { GITHUB_SHA: OTHER })).toBe(OTHER);
    expect(codeVersion(root, { COMMIT_REF: OTHER })).toBe(OTHER);
    expect(codeVersion(root, { CF_PAGES_COMMIT_SHA: OTHER })).toBe(OTHER);
    expect(codeVersion(root, {})).toBeNull();
    expect(codeVersion(process.cwd(), {})).toMatch(/^[0-9a-f]{40}$/);
  });
});
