// One publish at a time, with a stand-in build command that writes a small site and its build
// report: what goes live, what is refused and why, and that visitors keep the last good site.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync, existsSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { BuildReport } from '../../../src/data/build-report';
import type { PublishConfig } from '../../../src/publish/config';
import { createPublisher, runCommand, stopRunningCommands, type CommandRunner } from '../../../src/publish/publisher';
import { prune, siteLayout, switchTo } from '../../../src/publish/releases';

const HELP = '<a href="tel:90390">90 390</a> <a href="tel:112">112</a>';
const page = (title: string, help = HELP) => `<!doctype html><html lang="sv"><title>${title}</title><main><h1>${title}</h1></main><footer>${help}</footer></html>`;

type FakeSite = { articles: Array<{ _id: string; slug: string; title: string; nextReview?: string | null }>; phone?: string; files?: Record<string, string>; skip?: string[]; error?: BuildReport & { error: unknown }; exitCode?: number };

let root: string;
let next: FakeSite;
let commands: string[];

/** Stands in for `npm run build -- --outDir <dir>`: writes `next` as a site and a build report. */
const fakeRun: CommandRunner = async (command, options) => {
  commands.push(command);
  if (!command.includes('--outDir')) return { exitCode: 0, timedOut: false, tail: '' };
  const dir = /--outDir '([^']+)'/.exec(command)![1]!;
  const reportFile = options.env.BUILD_REPORT_FILE!;
  if (next.error) {
    writeFileSync(reportFile, JSON.stringify(next.error));
    return { exitCode: 1, timedOut: false, tail: 'ContentError: see report' };
  }
  const phone = next.phone ?? '90 390';
  const files: Record<string, string> = {
    'index.html': page('Start'),
    'kontakt/index.html': page('Kontakt'),
    '404.html': page('Sidan finns inte'),
    ...Object.fromEntries(next.articles.map((article) => [`artiklar/${article.slug}/index.html`, page(article.title)])),
    ...next.files,
  };
  for (const path of next.skip ?? []) delete files[path];
  for (const [path, html] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  const report: BuildReport = {
    warnings: [{ documentId: 'article-a', field: 'summary', message: 'is missing' }],
    articles: next.articles.map((article) => ({ nextReview: null, language: 'sv' as const, path: `/artiklar/${article.slug}/`, ...article })),
    pages: [],
    topics: [],
    languages: [{ language: 'sv', home: '/', contact: '/kontakt/' }],
    contact: { documentId: 'contactSettings', phoneNumber: phone, tel: `tel:${phone.replace(/\D/g, '')}` },
  };
  writeFileSync(reportFile, JSON.stringify(report));
  return { exitCode: next.exitCode ?? 0, timedOut: false, tail: next.exitCode ? 'Error: the search index could not be written' : '' };
};

function config(overrides: Partial<PublishConfig> = {}): PublishConfig {
  return {
    secret: 'secret',
    root,
    host: '127.0.0.1',
    port: 0,
    buildCommand: 'npm run build --',
    projectDir: root,
    afterSwitchCommand: null,
    studioOrigins: [],
    debounceMs: 0,
    maxWaitMs: 0,
    minPageRatio: 0.5,
    keepBuilds: 2,
    buildTimeoutMs: 60_000,
    ...overrides,
  };
}

const articles = (count: number) => Array.from({ length: count }, (_, i) => ({ _id: `article-${i}`, slug: `artikel-${i}`, title: `Artikel ${i}` }));
const live = (path: string) => readFileSync(join(root, 'current', path), 'utf8');

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'stodlinjen-publish-'));
  commands = [];
  next = { articles: articles(3) };
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

async function publisher(overrides: Partial<PublishConfig> = {}) {
  const made = createPublisher(config(overrides), { run: fakeRun, log: () => {} });
  await made.init();
  return made;
}

describe('a publish', () => {
  it('builds into a fresh directory and points `current` at it', async () => {
    const worker = await publisher();
    const outcome = await worker.publish();
    expect(outcome.published).toBe(true);
    expect(commands[0]).toMatch(/^npm run build -- --outDir '.+\/builds\/[^/]+'$/);
    expect(readlinkSync(join(root, 'current'))).toBe(`builds/${outcome.buildId}`);
    expect(live('artiklar/artikel-2/index.html')).toContain('Artikel 2');
    const record = worker.record();
    expect(record.lastSuccess?.pageCount).toBe(6);
    expect(record.warnings).toEqual([{ documentId: 'article-a', field: 'summary', message: 'is missing' }]);
    expect(record.lastFailure).toBeNull();
  });

  it('a build that fails on content keeps the live site and names the documents', async () => {
    const worker = await publisher();
    await worker.publish();
    const before = readlinkSync(join(root, 'current'));
    next = {
      articles: [],
      error: {
        warnings: [],
        error: { message: 'Duplicate slug "sömn" for article: documents "a" and "b" both use it.', documents: [{ documentId: 'a', field: 'slug' }, { documentId: 'b', field: 'slug' }] },
      },
    };
    const outcome = await worker.publish();
    expect(outcome.published).toBe(false);
    expect(readlinkSync(join(root, 'current'))).toBe(before);
    expect(worker.record().lastFailure).toMatchObject({ reason: expect.stringContaining('Duplicate slug'), documents: [{ documentId: 'a', field: 'slug' }, { documentId: 'b', field: 'slug' }] });
    // The failed build's directory is gone; only the live one is left.
    expect(readdirSync(join(root, 'builds'))).toEqual([before.replace('builds/', '')]);
  });

  it('unsafe contact settings that stop the build are carried to the status with the field', async () => {
    const worker = await publisher();
    next = {
      articles: [],
      error: { warnings: [], error: { message: 'contactSettings.phoneNumber "ring oss" is not a phone number', documents: [{ documentId: 'contactSettings', field: 'phoneNumber' }] } },
    };
    await worker.publish();
    expect(existsSync(join(root, 'current'))).toBe(false);
    expect(worker.record().lastFailure?.documents).toEqual([{ documentId: 'contactSettings', field: 'phoneNumber' }]);
  });

  it('a help line number nobody can call is refused even when the build passes it', async () => {
    const worker = await publisher();
    next = { articles: articles(2), phone: 'ring oss' };
    const outcome = await worker.publish();
    expect(outcome).toMatchObject({ published: false, documents: [{ documentId: 'contactSettings', field: 'phoneNumber' }] });
  });

  it('a page without the help line or 112 is refused, naming the page', async () => {
    const worker = await publisher();
    next = { articles: articles(2), files: { 'integritet/index.html': page('Integritet', '<a href="tel:90390">90 390</a>') } };
    const outcome = await worker.publish();
    expect(outcome.published).toBe(false);
    expect(worker.record().lastFailure?.reason).toMatch(/1 page\(s\) lack a link to call the line \(tel:90390\) or 112: \/integritet\/index\.html/);
  });

  it('pages that only redirect are not held to the help rule or counted', async () => {
    const worker = await publisher();
    next = { articles: articles(2), files: { 'gammal/index.html': '<!doctype html><meta http-equiv="refresh" content="0;url=/artiklar/artikel-1/"><link rel="canonical" href="/artiklar/artikel-1/">' } };
    const outcome = await worker.publish();
    expect(outcome.published).toBe(true);
    expect(worker.record().lastSuccess?.pageCount).toBe(5);
  });

  it('a build missing an article from its report, or the contact page, is refused', async () => {
    const worker = await publisher();
    next = { articles: articles(3), skip: ['artiklar/artikel-1/index.html', 'kontakt/index.html'] };
    const outcome = await worker.publish();
    expect(outcome).toMatchObject({ published: false, documents: [{ documentId: 'article-1', field: 'slug' }] });
    expect(worker.record().lastFailure?.reason).toContain('the contact page (sv) (/kontakt/)');
    expect(worker.record().lastFailure?.reason).toContain('the article "Artikel 1" (/artiklar/artikel-1/)');
  });

  it('a build with fewer than half the live pages is refused; the ratio is configurable', async () => {
    const worker = await publisher();
    next = { articles: articles(20) };
    await worker.publish();
    next = { articles: articles(5) };
    const refused = await worker.publish();
    expect(refused.published).toBe(false);
    expect(worker.record().lastFailure?.reason).toMatch(/8 pages, the live site 23: fewer than 50 %/);
    expect(live('artiklar/artikel-19/index.html')).toContain('Artikel 19');

    const lenient = await publisher({ minPageRatio: 0.3 });
    expect((await lenient.publish()).published).toBe(true);
  });

  it('a live site switched by hand is counted afresh for the page-count rule, not taken from the record', async () => {
    const worker = await publisher();
    next = { articles: articles(20) };
    await worker.publish();
    // An operator points `current` at a larger build the worker never checked.
    const byHand = join(root, 'builds', 'by-hand');
    for (let i = 0; i < 40; i += 1) {
      mkdirSync(join(byHand, `sida-${i}`), { recursive: true });
      writeFileSync(join(byHand, `sida-${i}`, 'index.html'), page(`Sida ${i}`));
    }
    await switchTo(siteLayout(root), 'by-hand');
    next = { articles: articles(14) };
    const refused = await worker.publish();
    expect(refused.published).toBe(false);
    expect(worker.record().lastFailure?.reason).toMatch(/17 pages, the live site 40: fewer than 50 %/);
  });

  it('a failed build command keeps the live site and records the error lines', async () => {
    const worker = await publisher();
    await worker.publish();
    next = { articles: articles(3), exitCode: 1 };
    const outcome = await worker.publish();
    expect(outcome.published).toBe(false);
    expect(worker.record().lastFailure?.reason).toMatch(/exit code 1\): Error: the search index could not be written \(log: logs\/.+\.log\)/);
    expect(worker.record().lastSuccess).not.toBeNull();
  });

  it('runs the post-switch command after the switch, and records its failure without undoing the switch', async () => {
    const failing: CommandRunner = async (command, options) => (command === 'reload-server' ? { exitCode: 1, timedOut: false, tail: 'reload failed: config error' } : fakeRun(command, options));
    const worker = createPublisher(config({ afterSwitchCommand: 'reload-server' }), { run: failing, log: () => {} });
    await worker.init();
    const outcome = await worker.publish();
    expect(readlinkSync(join(root, 'current'))).toBe(`builds/${outcome.buildId}`);
    expect(worker.record().lastFailure?.reason).toMatch(/is live, but the post-switch command failed \(exit code 1\): reload failed/);
  });

  it('keeps a few builds and removes older ones, never the live one', async () => {
    const worker = await publisher({ keepBuilds: 2 });
    const ids = [];
    for (let i = 0; i < 4; i += 1) ids.push((await worker.publish()).buildId);
    expect(readdirSync(join(root, 'builds')).sort()).toEqual(ids.slice(2));
    // Rolled back by hand to an old build: pruning keeps it.
    await switchTo(siteLayout(root), ids[2]!);
    await prune(siteLayout(root), 1);
    expect(readdirSync(join(root, 'builds')).sort()).toEqual(ids.slice(2));
  });

  it('a restarted worker remembers the status', async () => {
    const first = await publisher();
    await first.publish();
    const again = await publisher();
    expect(again.record().lastSuccess).toEqual(first.record().lastSuccess);
    expect(realpathSync(join(root, 'current'))).toContain(join(root, 'builds'));
  });

  it('a build that runs too long is stopped with its child processes and counts as failed', async () => {
    const worker = createPublisher(config({ buildCommand: 'sh -c "sleep 30" & wait; true', buildTimeoutMs: 300 }), { run: runCommand(root), log: () => {} });
    await worker.init();
    const outcome = await worker.publish();
    expect(outcome.published).toBe(false);
    expect(worker.record().lastFailure?.reason).toMatch(/took longer than 0.3 s and was stopped/);
    expect(readdirSync(join(root, 'builds'))).toEqual([]);
  });

  it('a build stopped because the worker shuts down says so', async () => {
    let spawned!: () => void;
    const building = new Promise<void>((resolve) => (spawned = resolve));
    const run: CommandRunner = (command, options) => {
      const result = runCommand(root)(command, options);
      spawned();
      return result;
    };
    const worker = createPublisher(config({ buildCommand: 'sleep 30;' }), { run, log: () => {} });
    await worker.init();
    const publishing = worker.publish();
    await building;
    stopRunningCommands();
    expect(await publishing).toMatchObject({ published: false, reason: expect.stringContaining('the worker was shutting down') });
  });

  it('refuses to start over a `current` that is a directory, not a symlink', async () => {
    mkdirSync(join(root, 'current'));
    await expect(publisher()).rejects.toThrow(/is not a symlink/);
  });
});
