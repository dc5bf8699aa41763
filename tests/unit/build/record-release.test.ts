// The record of a green run travels with the code it tested: CI keeps it on the
// accessibility-records branch (.ci/keep-accessibility-record), and a build of that commit anywhere
// (the worker's checkout, a host) puts it in place (.ci/fetch-accessibility-record). Run here
// against a bare repository standing in for the project's remote.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SCRIPTS = ['keep-accessibility-record', 'fetch-accessibility-record'];
let dir: string;
const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@localhost', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8' }).trim();
const script = (cwd: string, name: string, env: Record<string, string> = {}) => {
  const { GITHUB_SHA: _a, COMMIT_REF: _b, CF_PAGES_COMMIT_SHA: _c, CODE_VERSION: _d, ...clean } = process.env;
  return spawnSync('bash', [join(cwd, '.ci', name)], { cwd, encoding: 'utf8', env: { ...clean, ...env } });
};

/** A checkout of the remote with the project's two scripts committed, as CI and a host have it. */
function checkout(name: string): string {
  const path = join(dir, name);
  git(dir, 'clone', '-q', join(dir, 'origin.git'), path);
  return path;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'record-release-'));
  git(dir, 'init', '-q', '--bare', 'origin.git');
  const first = join(dir, 'first');
  mkdirSync(join(first, '.ci'), { recursive: true });
  git(first, 'init', '-q');
  for (const name of SCRIPTS) cpSync(join(process.cwd(), '.ci', name), join(first, '.ci', name));
  writeFileSync(join(first, '.gitignore'), 'accessibility-record.json\n');
  git(first, 'add', '.');
  git(first, 'commit', '-qm', 'code');
  git(first, 'remote', 'add', 'origin', join(dir, 'origin.git'));
  git(first, 'push', '-q', 'origin', 'HEAD:main');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Each test runs git a dozen times.
describe('the record of a green run, from CI to every build of its commit', { timeout: 30_000 }, () => {
  it('CI keeps the record of the commit it tested, and a build of that commit elsewhere finds it', () => {
    const ci = checkout('ci');
    const commit = git(ci, 'rev-parse', 'HEAD');
    const record = `${JSON.stringify({ commit, passed: '2026-12-05', pages: 158, checks: ['axe'], content: { source: 'embedded', updatedAt: '2026-11-28T03:00:00Z' } })}\n`;
    writeFileSync(join(ci, 'accessibility-record.json'), record);
    const kept = script(ci, 'keep-accessibility-record');
    expect(kept.status, kept.stderr).toBe(0);
    expect(git(ci, 'ls-remote', 'origin', 'accessibility-records')).toMatch(/refs\/heads\/accessibility-records$/);

    const host = checkout('host');
    const fetched = script(host, 'fetch-accessibility-record');
    expect(fetched.status).toBe(0);
    expect(readFileSync(join(host, 'accessibility-record.json'), 'utf8')).toBe(record);
    // The record stays out of the code: the branch holds records only, the checkout stays clean.
    expect(git(host, 'status', '--porcelain')).toBe('');
  });

  it('a record is kept only for the commit it names, and a second one joins the first', () => {
    const ci = checkout('ci2');
    writeFileSync(join(ci, 'accessibility-record.json'), JSON.stringify({ commit: 'f'.repeat(40) }));
    const refused = script(ci, 'keep-accessibility-record');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`is for ${'f'.repeat(40)}, this checkout is ${git(ci, 'rev-parse', 'HEAD')}`);

    writeFileSync(join(ci, 'file'), 'changed');
    git(ci, 'add', 'file');
    git(ci, 'commit', '-qm', 'more code');
    git(ci, 'push', '-q', 'origin', 'HEAD:main');
    const second = git(ci, 'rev-parse', 'HEAD');
    writeFileSync(join(ci, 'accessibility-record.json'), JSON.stringify({ commit: second }));
    expect(script(ci, 'keep-accessibility-record').status).toBe(0);
    const kept = git(dir, '--git-dir', join(dir, 'origin.git'), 'ls-tree', '--name-only', 'accessibility-records', 'records/').split('\n');
    expect(kept).toHaveLength(2);
    expect(kept).toContain(`records/${second}.json`);
  });

  it('a build of a commit no green run tested finds no record, says so, and goes on', () => {
    const host = checkout('host2');
    writeFileSync(join(host, 'untested'), 'x');
    git(host, 'add', 'untested');
    git(host, 'commit', '-qm', 'untested code');
    writeFileSync(join(host, 'accessibility-record.json'), 'stale');
    const fetched = script(host, 'fetch-accessibility-record');
    expect(fetched.status).toBe(0);
    expect(fetched.stderr).toContain('no record of a green test run for');
    expect(existsSync(join(host, 'accessibility-record.json')), 'a stale record is removed, not shown').toBe(false);
  });
});
