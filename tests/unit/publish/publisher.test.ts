// One publish at a time, with a stand-in build command that writes a small site and its build
// report: what goes live, what is refused and why, and that visitors keep the last good site.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { BuildReport } from '../../../src/data/build-report';
import type { Locale } from '../../../src/i18n/locales';
import { articlePath, contactPath, homePath, pagePath } from '../../../src/lib/routes';
import type { PublishConfig } from '../../../src/publish/config';
import { runCommand, stopRunningCommands, type CommandRunner } from '../../../src/publish/processes';
import { createPublisher } from '../../../src/publish/publisher';
import { prune, siteLayout, switchTo } from '../../../src/publish/releases';

const HELP = '<a href="tel:90390">90 390</a> <a href="tel:112">112</a>';
const page = (title: string, help = HELP) => `<!doctype html><html lang="sv"><title>${title}</title><main><h1>${title}</h1></main><footer>${help}</footer></html>`;

type Doc = { _id: string; slug: string; title: string; language?: Locale; nextReview?: string | null };
type FakeSite = {
  articles: Doc[];
  pages?: Doc[];
  phone?: string;
  files?: Record<string, string>;
  skip?: string[];
  error?: BuildReport & { error: unknown };
  exitCode?: number;
  /** The build's output when it fails (exitCode). */
  output?: string;
  redirects?: Array<{ _id: string; from: string }>;
  safetyPlans?: Array<{ _id: string; language: Locale; path: string; title: string }>;
};

let root: string;
let next: FakeSite;
let commands: string[];

const file = (path: string) => `${decodeURIComponent(path).slice(1)}index.html`;

/** Stands in for `node src/build/build.ts --outDir <dir>`: writes `next` as a site and a build report. */
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
  const listed = (doc: Doc, path: (slug: string, locale: Locale) => string) => ({ nextReview: null, ...doc, language: doc.language ?? 'sv', path: path(doc.slug, doc.language ?? 'sv') });
  const articles = next.articles.map((doc) => listed(doc, articlePath));
  const pages = (next.pages ?? []).map((doc) => listed(doc, pagePath));
  const languages = [...new Set<Locale>(['sv', ...articles.map((doc) => doc.language), ...pages.map((doc) => doc.language)])];
  const files: Record<string, string> = {
    '404.html': page('Sidan finns inte'),
    ...Object.fromEntries(
      languages.flatMap((language) => [
        [file(homePath(language)), page('Start')],
        [file(contactPath(language)), page('Kontakt')],
      ]),
    ),
    ...Object.fromEntries([...articles, ...pages, ...(next.safetyPlans ?? [])].map((doc) => [file(doc.path), page(doc.title)])),
    ...next.files,
  };
  for (const path of next.skip ?? []) delete files[path];
  for (const [path, html] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  const report: BuildReport = {
    warnings: [{ documentId: 'article-a', field: 'summary', message: 'is missing' }],
    articles,
    pages: pages.map(({ nextReview: _none, ...doc }) => doc),
    topics: [],
    redirects: next.redirects ?? [],
    safetyPlans: next.safetyPlans,
    updatedAt: null,
    languages: languages.map((language) => ({ language, home: homePath(language), contact: contactPath(language) })),
    contact: { documentId: 'contactSettings', phoneNumber: phone, tel: `tel:${phone.replace(/\D/g, '')}` },
  };
  writeFileSync(reportFile, JSON.stringify(report));
  return { exitCode: next.exitCode ?? 0, timedOut: false, tail: next.exitCode ? (next.output ?? 'Error: the search index could not be written') : '' };
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
    statusToken: null,
    statusPublic: true,
    debounceMs: 0,
    maxWaitMs: 0,
    minKeptRatio: 0.5,
    keepBuilds: 2,
    buildTimeoutMs: 60_000,
    ...overrides,
  };
}

const docs = (prefix: string, count: number, language: Locale = 'sv', from = 0) =>
  Array.from({ length: count }, (_, i) => ({ _id: `${prefix}-${language}-${from + i}`, slug: `${prefix}-${from + i}`, title: `${prefix} ${from + i}`, language }));
const articles = (count: number) => docs('artikel', count);
const live = (path: string) => readFileSync(join(root, 'current', path), 'utf8');

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'stodlinjen-publish-'));
  commands = [];
  next = { articles: articles(3) };
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

async function publisher(overrides: Partial<PublishConfig> = {}, log: (line: string) => void = () => {}) {
  const made = createPublisher(config(overrides), { run: fakeRun, log });
  await made.init();
  return made;
}

describe('a publish', () => {
  it('builds into a fresh directory and points `current` at it', async () => {
    const worker = await publisher();
    const outcome = await worker.publish();
    expect(outcome.published).toBe(true);
    expect(commands[0]).toMatch(/^npm run build -- --outDir '.+\/staging\/[^/]+'$/);
    expect(readlinkSync(join(root, 'current'))).toBe(`builds/${outcome.buildId}`);
    expect(live('artiklar/artikel-2/index.html')).toContain('artikel 2');
    const record = worker.record();
    expect(record.lastSuccess?.pageCount).toBe(6);
    expect(record.warnings).toEqual([{ documentId: 'article-a', field: 'summary', message: 'is missing' }]);
    expect(record.lastFailure).toBeNull();
    expect(readdirSync(join(root, 'staging'))).toEqual([]);
  });

  it('a build that fails on content keeps the live site and names the documents', async () => {
    const worker = await publisher();
    await worker.publish();
    const before = readlinkSync(join(root, 'current'));
    next = {
      articles: [],
      error: {
        warnings: [],
        error: {
          message: 'Duplicate slug "sömn" for article: documents "a" and "b" both use it.',
          documents: [
            { documentId: 'a', field: 'slug' },
            { documentId: 'b', field: 'slug' },
          ],
        },
      },
    };
    const outcome = await worker.publish();
    expect(outcome.published).toBe(false);
    expect(readlinkSync(join(root, 'current'))).toBe(before);
    expect(worker.record().lastFailure).toMatchObject({
      reason: expect.stringContaining('Duplicate slug'),
      documents: [
        { documentId: 'a', field: 'slug' },
        { documentId: 'b', field: 'slug' },
      ],
    });
    // The failed build's directory is gone; only the live one is left.
    expect(readdirSync(join(root, 'builds'))).toEqual([before.replace('builds/', '')]);
    expect(readdirSync(join(root, 'staging'))).toEqual([]);
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

  it('a page that only mentions the help line’s link, in an attribute or a script, is refused like one without it', async () => {
    const worker = await publisher();
    const mentioned = '<a href="tel:90390">90 390</a><p title=\'<a href="tel:112">\'>112</p><script>const a = \'<a href="tel:112">\';</script>';
    next = { articles: articles(2), files: { 'integritet/index.html': page('Integritet', mentioned) } };
    const outcome = await worker.publish();
    expect(outcome.published).toBe(false);
    expect(worker.record().lastFailure?.reason).toMatch(/1 page\(s\) lack a link to call the line \(tel:90390\) or 112: \/integritet\/index\.html/);
  });

  it('pages that only redirect are not held to the help rule or counted', async () => {
    const worker = await publisher();
    next = {
      articles: articles(2),
      files: { 'gammal/index.html': '<!doctype html><meta http-equiv="refresh" content="0;url=/artiklar/artikel-1/"><link rel="canonical" href="/artiklar/artikel-1/">' },
    };
    const outcome = await worker.publish();
    expect(outcome.published).toBe(true);
    expect(worker.record().lastSuccess?.pageCount).toBe(5);
  });

  it('a build missing an article from its report, or the contact page, is refused', async () => {
    const worker = await publisher();
    next = { articles: articles(3), skip: ['artiklar/artikel-1/index.html', 'kontakt/index.html'] };
    const outcome = await worker.publish();
    expect(outcome).toMatchObject({ published: false, documents: [{ documentId: 'artikel-sv-1', field: 'slug' }] });
    expect(worker.record().lastFailure?.reason).toContain('the contact page (sv) (/kontakt/)');
    expect(worker.record().lastFailure?.reason).toContain('the article "artikel 1" (/artiklar/artikel-1/)');
  });

  it('a build missing a crisis plan page its report lists is refused, naming the plan document', async () => {
    const worker = await publisher();
    const safetyPlans = [{ _id: 'safety-plan__en', language: 'en' as const, path: '/en/my-crisis-plan/', title: 'My crisis plan' }];
    next = { articles: articles(3), safetyPlans };
    expect((await worker.publish()).published).toBe(true);
    next = { articles: articles(3), safetyPlans, skip: ['en/my-crisis-plan/index.html'] };
    const outcome = await worker.publish();
    expect(outcome).toMatchObject({ published: false, documents: [{ documentId: 'safety-plan__en', field: 'title' }] });
    expect(worker.record().lastFailure?.reason).toContain('the crisis plan page "My crisis plan" (/en/my-crisis-plan/)');
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

  it('refuses to start over a `current` that is a directory, not a symlink', async () => {
    mkdirSync(join(root, 'current'));
    await expect(publisher()).rejects.toThrow(/is not a symlink/);
  });
});

describe('the unpublish guard', () => {
  const sv = docs('artikel', 20);
  const en = docs('article', 10, 'en');
  const pages = [...docs('sida', 4), ...docs('page', 4, 'en')];

  async function liveSite() {
    const worker = await publisher();
    next = { articles: [...sv, ...en], pages };
    expect((await worker.publish()).published).toBe(true);
    return worker;
  }

  it("refuses a build that unpublishes most of one language's articles, naming the language and the documents", async () => {
    const worker = await liveSite();
    const before = readlinkSync(join(root, 'current'));
    // 8 of the 10 English articles go; Swedish, with twice as many, keeps all of its own.
    next = { articles: [...sv, ...en.slice(0, 2)], pages };
    const outcome = await worker.publish();
    expect(outcome.published).toBe(false);
    expect(worker.record().lastFailure?.reason).toMatch(/^The build would unpublish 8 of the 10 articles in "en" at once \(a build must keep at least 50 %/);
    expect(worker.record().lastFailure?.documents).toEqual(en.slice(2).map((doc) => ({ documentId: doc._id, field: '' })));
    expect(readlinkSync(join(root, 'current'))).toBe(before);
  });

  it('refuses a build that unpublishes most of the pages, even when every article stays', async () => {
    const worker = await liveSite();
    next = { articles: [...sv, ...en], pages: [pages[0]!, ...pages.slice(4)] };
    const outcome = await worker.publish();
    expect(outcome.published).toBe(false);
    expect(worker.record().lastFailure?.reason).toMatch(/unpublish 3 of the 4 pages in "sv"/);
  });

  it('refuses 80 % of the articles gone although the fixed pages and the other languages make the site look whole', async () => {
    const worker = await liveSite();
    next = { articles: [...sv.slice(0, 4), ...en], pages };
    expect(await worker.publish()).toMatchObject({ published: false, reason: expect.stringMatching(/unpublish 16 of the 20 articles in "sv"/) });
  });

  it('lets through unpublishing less than half, alongside new documents', async () => {
    const worker = await liveSite();
    next = { articles: [...sv.slice(0, 10), ...en, ...docs('artikel', 3, 'sv', 100)], pages: pages.slice(2) };
    expect((await worker.publish()).published).toBe(true);
  });

  it('lets through a single document gone, even the only one of its kind in a language', async () => {
    const worker = await publisher();
    next = { articles: [...sv, ...docs('maqal', 1, 'ar')], pages };
    await worker.publish();
    next = { articles: sv.slice(1), pages };
    expect((await worker.publish()).published).toBe(true);
  });

  // Ten real publishes on disk, one after the other.
  it('counts each build against the live one: many documents unpublished one build at a time pass', { timeout: 30_000 }, async () => {
    const worker = await liveSite();
    for (let kept = 9; kept >= 1; kept -= 1) {
      next = { articles: [...sv, ...en.slice(0, kept)], pages };
      expect((await worker.publish()).published).toBe(true);
    }
  });

  it('compares with the live build as it is, also after a rollback by hand', async () => {
    const worker = await liveSite();
    const full = readlinkSync(join(root, 'current')).replace('builds/', '');
    next = { articles: [...sv.slice(0, 12), ...en], pages };
    expect((await worker.publish()).published).toBe(true);
    // Against the rolled-back build (20 Swedish articles) 12 → 6 is too much; against the last one it would not be.
    await switchTo(siteLayout(root), full);
    next = { articles: [...sv.slice(0, 6), ...en], pages };
    expect(await worker.publish()).toMatchObject({ published: false, reason: expect.stringMatching(/14 of the 20 articles in "sv"/) });
  });

  it('a lower PUBLISH_MIN_KEPT_RATIO lets more go', async () => {
    await liveSite();
    const lenient = await publisher({ minKeptRatio: 0.1 });
    next = { articles: [...sv.slice(0, 4), ...en], pages };
    expect((await lenient.publish()).published).toBe(true);
  });

  it("an operator's allow-unpublish file lets exactly the next build through", async () => {
    const lines: string[] = [];
    await liveSite();
    const worker = await publisher({}, (line) => lines.push(line));
    writeFileSync(join(root, 'allow-unpublish'), '');
    next = { articles: [...sv.slice(0, 2), ...en], pages };
    expect((await worker.publish()).published).toBe(true);
    expect(existsSync(join(root, 'allow-unpublish'))).toBe(false);
    expect(lines.join('\n')).toMatch(/allow-unpublish was present and is used up/);
    next = { articles: [...en.slice(0, 1)], pages };
    expect((await worker.publish()).published).toBe(false);
  });

  it('a live build without a report compares nothing, and the log says so', async () => {
    const lines: string[] = [];
    const worker = await publisher({}, (line) => lines.push(line));
    next = { articles: [...sv, ...en], pages };
    const { buildId } = await worker.publish();
    rmSync(join(root, 'reports', `${buildId}.json`));
    next = { articles: sv.slice(0, 2), pages };
    expect((await worker.publish()).published).toBe(true);
    expect(lines.join('\n')).toMatch(new RegExp(`the live build ${buildId} has no report, so nothing is compared`));
  });
});

describe('a failure in a build step after the content was read', () => {
  // Astro's output when an integration's hook throws, as the build log has it.
  const hookFailure = (integration: string, message: string[]) =>
    [
      '04:09:34   ├─ /artiklar/artikel-1/index.html (+2ms)',
      '04:09:34 ✓ Completed in 760ms.',
      `04:09:34 \u001b[31m[ERROR]\u001b[39m [${integration}] An unhandled error occurred while running the "astro:build:done" hook`,
      ...message,
      '  Location:',
      `    ${root}/src/integrations/x.ts:37:141`,
      '  Stack trace:',
      '    at astro:build:done (/srv/app/src/integrations/x.ts:37:141)',
      '',
      'Build failed: astro build failed (exit 1)',
    ].join('\n');

  it("names the page's document and keeps the line that names the page", async () => {
    const worker = await publisher();
    const title = 'Ångest </script><script>alert(1)</script>';
    next = {
      articles: [...articles(3), { _id: 'article-angest', slug: 'vad-ar-angest', title }],
      exitCode: 1,
      output: hookFailure('stodlinjen:csp', [
        'Pages contain scripts the Content-Security-Policy will not allow; the build stops:',
        '  - artiklar/vad-ar-angest/index.html: an inline script the build did not write: "alert(1)"',
      ]),
    };
    const outcome = await worker.publish();
    expect(outcome.published).toBe(false);
    const failure = worker.record().lastFailure!;
    expect(failure.reason).toContain(
      '[stodlinjen:csp] An unhandled error occurred while running the "astro:build:done" hook: Pages contain scripts the Content-Security-Policy will not allow; the build stops: - artiklar/vad-ar-angest/index.html: an inline script the build did not write: "alert(1)"',
    );
    expect(failure.reason).not.toMatch(/Stack trace|\u001b/);
    expect(failure.documents).toEqual([{ documentId: 'article-angest', field: 'title' }]);
  });

  it('names a redirect by its id or old address, with the field from', async () => {
    const worker = await publisher();
    next = {
      articles: articles(3),
      redirects: [
        { _id: 'redirect-x', from: '/404/' },
        { _id: 'redirect-y', from: '/hjalp-nu/' },
      ],
      exitCode: 1,
      output: hookFailure('stodlinjen:serving', ['The page for the old address /404/ (redirect "redirect-x") was not built.']),
    };
    await worker.publish();
    expect(worker.record().lastFailure?.documents).toEqual([{ documentId: 'redirect-x', field: 'from' }]);
    expect(worker.record().lastFailure?.reason).toContain('The page for the old address /404/ (redirect "redirect-x") was not built.');
  });

  it('names a page by the absolute path of its file in the build, not the pages listed before the error', async () => {
    // The build directory's name is known once the build runs: the output names it as the build does.
    const run: CommandRunner = (command, options) => {
      const dir = /--outDir '([^']+)'/.exec(command)![1]!;
      next.output = `04:09:34   ├─ /artiklar/artikel-0/index.html (+2ms)\nTypeError: Cannot read properties of undefined (reading 'asset')\n    while writing ${dir}/artiklar/artikel-2/index.html\n    at render (file:///srv/app/node_modules/astro/dist/x.js:1:1)`;
      return fakeRun(command, options);
    };
    const worker = createPublisher(config(), { run, log: () => {} });
    await worker.init();
    next = { articles: articles(3), exitCode: 1 };
    await worker.publish();
    expect(worker.record().lastFailure?.documents).toEqual([{ documentId: 'artikel-sv-2', field: '' }]);
    expect(worker.record().lastFailure?.reason).toMatch(/exit code 1\): TypeError: Cannot read properties of undefined \(reading 'asset'\) while writing .+\/artiklar\/artikel-2\/index\.html \(log: /);
  });
});

describe('build processes', () => {
  it('a build that runs too long is stopped with its child processes and counts as failed', async () => {
    const worker = createPublisher(config({ buildCommand: 'sh -c "sleep 30" & wait; true', buildTimeoutMs: 300 }), { run: runCommand(root), log: () => {} });
    await worker.init();
    const outcome = await worker.publish();
    expect(outcome.published).toBe(false);
    expect(worker.record().lastFailure?.reason).toMatch(/took longer than 0.3 s and was stopped/);
    expect(readdirSync(join(root, 'builds'))).toEqual([]);
    expect(readdirSync(join(root, 'staging'))).toEqual([]);
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

  it('an interrupted build left in staging/ is removed on start and never becomes a rollback target', async () => {
    const worker = await publisher();
    await worker.publish();
    // What a worker killed mid-build leaves: a half-written build with a report.
    mkdirSync(join(root, 'staging', '2026-11-28T09-00-00-000Z', 'artiklar'), { recursive: true });
    writeFileSync(join(root, 'staging', '2026-11-28T09-00-00-000Z', 'index.html'), page('Start'));
    const lines: string[] = [];
    await publisher({}, (line) => lines.push(line));
    expect(readdirSync(join(root, 'staging'))).toEqual([]);
    expect(lines).toContain('[publish] removed interrupted builds: 2026-11-28T09-00-00-000Z');
    expect(readdirSync(join(root, 'builds'))).toEqual([worker.record().buildId]);
  });
});
