// `npm run bench`: builds the site from generated datasets (default 1,000 and 10,000 articles)
// and from the embedded dataset, and prints build time and its parts, pages per second, peak
// memory, output size and per-page-type gzip weights; search figures at the largest size;
// Lighthouse (mobile) on four pages of the normal build, and LCP side by side (tests/bench/lcp.mjs):
// every page type in every language next to the same page without scripts and a bare page of its
// text; and on each search page how soon the help box follows a crisis query on a slow phone
// (tests/bench/crisis-timing.mjs). Figures are printed next to their
// targets and written as JSON to tests/bench/out/bench-<date>.json for comparing runs. It never
// fails on a figure: times depend on the machine and on what else runs on it.
//
// Then "publish to live" at each generated size (tests/bench/publish.mjs): from an editor's
// publish to the new page served, through the stand-in's signed webhook, the publish worker and nginx.
//
//   npm run bench -- [--articles 1000,10000] [--skip-search] [--skip-lighthouse] [--skip-publish] [--lighthouse-runs 3]
//                    [--skip-lcp] [--lcp-runs 3] [--lcp-only start,search]
import { execFileSync, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { SOURCE, generateDataset } from './generate.mjs';
import { formatSearch, measureSearch, serveSite, sizeOf } from './search.mjs';
import { formatPublish, measurePublishToLive } from './publish.mjs';
import { formatLcp, measureLcp, writeVariants } from './lcp.mjs';
import { pagesOfEveryKind, searchPagesOf } from './pages.mjs';
import { formatCrisisTiming, measureCrisisTiming } from './crisis-timing.mjs';
import { cpuMsOf } from './cpu-time.mjs';
import { buildEnv } from '../e2e/build-env.mjs';
import { findElements } from '../../src/build/html.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const OUT = resolve(ROOT, 'tests/bench/out');
const BUILD = resolve(ROOT, 'src/build/build.ts');
const PORTS = { search: 4590, site: 4591, standin: 4592 };
const TARGETS = { msPerPage: 10, peakMemoryMB: 2560, lighthouseScore: 100, lcpMs: 900 };
// Reference figures (measured on this machine kind, not by this script), printed
// beside ours so a run reads side by side with the baseline it is meant to beat.
const REFERENCE = {
  starlight1000: { buildS: 20.7, msPerPage: 20.7, articleJsKB: 30.6, lighthousePerformance: 90, lcpS: 2.46 },
  bareHtmlLcpS: 0.75,
};
// The page budgets (asserted by the test suite; shown here for context).
const ARTICLE_BUDGET = { jsGzip: 4 * 1024, cssGzip: 12 * 1024, htmlGzip: 15 * 1024 };
const GZIP_LEVEL = 9;
const SAMPLE_MS = 100;

// ---------------------------------------------------------------------------------------------
// Building, with memory sampled across the whole process tree (the build script, Astro's Node
// process it spawns, then the Pagefind binary).

/** Pids of `root` and all its descendants, from the parent pid in /proc/<pid>/stat. */
function processTree(root) {
  const children = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // exited while we looked
    }
    // "pid (comm) state ppid …": comm may hold spaces, so split after its closing parenthesis.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
  }
  const pids = [root];
  for (let i = 0; i < pids.length; i += 1) pids.push(...(children.get(pids[i]) ?? []));
  return pids;
}

/** Samples VmRSS (summed over the tree) and each process's VmHWM (the kernel's exact peak). */
function memorySampler(root) {
  let peakTreeKB = 0;
  const processPeaks = new Map(); // pid -> { name, hwmKB }
  const sample = () => {
    let treeKB = 0;
    for (const pid of processTree(root)) {
      let status;
      try {
        status = readFileSync(`/proc/${pid}/status`, 'utf8');
      } catch {
        continue;
      }
      const field = (key) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
      treeKB += field('VmRSS');
      // A process that has exited but not been reaped reports no Vm* lines: keep what it had.
      const hwmKB = Math.max(field('VmHWM'), processPeaks.get(pid)?.hwmKB ?? 0);
      processPeaks.set(pid, { name: /^Name:\s+(.+)$/m.exec(status)?.[1] ?? '?', hwmKB });
    }
    peakTreeKB = Math.max(peakTreeKB, treeKB);
  };
  const timer = setInterval(sample, SAMPLE_MS);
  sample();
  return () => {
    clearInterval(timer);
    const byName = {};
    for (const { name, hwmKB } of processPeaks.values()) byName[name] = Math.max(byName[name] ?? 0, Math.round(hwmKB / 1024));
    return {
      peakTreeRssMB: Math.round(peakTreeKB / 1024),
      processPeakMB: byName,
      sumOfProcessPeaksMB: Math.round([...processPeaks.values()].reduce((sum, { hwmKB }) => sum + hwmKB, 0) / 1024),
    };
  };
}

/** "1m 20s", "1.13s", "334ms" -> milliseconds. */
function duration(text) {
  let ms = 0;
  for (const [, value, unit] of text.matchAll(/([\d.]+)\s*(ms|s|m)\b/g)) ms += Number(value) * { ms: 1, s: 1000, m: 60_000 }[unit];
  return ms;
}

/** The build's parts, from the lines Astro, the content loader and the Pagefind integration log. */
function parseBuildLog(log) {
  const lines = log.replace(/\x1b\[[0-9;]*m/g, '').split('\n');
  const completedAfter = (heading) => {
    const start = lines.findIndex((line) => line.includes(heading));
    const done = start < 0 ? undefined : lines.slice(start).find((line) => /✓ Completed in /.test(line));
    return done ? duration(/Completed in (.+?)\.?\s*$/.exec(done)?.[1] ?? '') : undefined;
  };
  const content = /\[content\] loaded (\d+) articles.* in (\d+) ms/.exec(log);
  const pagefind = /\[search-index\] Indexed (\d+) HTML files in ([\d.]+) s/.exec(log);
  const built = /\[build\] (\d+) page\(s\) built in (.+)$/m.exec(log);
  const routesMs = completedAfter('generating static routes');
  const dataMs = content ? Number(content[2]) : undefined;
  return {
    articles: content ? Number(content[1]) : undefined,
    pages: built ? Number(built[1]) : undefined,
    astroReportedMs: built ? duration(built[2]) : undefined,
    parts: {
      viteMs: lines.filter((line) => /\[vite\] ✓ built in/.test(line)).reduce((sum, line) => sum + duration(line.split('built in')[1]), 0),
      dataMs,
      // Astro times route generation as a whole; data loading happens inside it (first getStaticPaths).
      renderMs: routesMs !== undefined && dataMs !== undefined ? routesMs - dataMs : routesMs,
      imagesMs: completedAfter('generating optimized images'),
      pagefindMs: pagefind ? Number(pagefind[2]) * 1000 : undefined,
    },
    indexedPages: pagefind ? Number(pagefind[1]) : undefined,
    contentWarnings: lines.filter((line) => line.startsWith('[content] ') && !line.startsWith('[content] loaded')).length,
  };
}

/**
 * Runs `npm run build`'s script (`astro build`, then the search index) into `outDir` (from
 * `dataset`, or the embedded dataset) in its own process, as CI would, and returns wall time, the
 * logged parts, peak memory and the output's size.
 */
export async function buildSite({ outDir, dataset, log, env = {} }) {
  rmSync(outDir, { recursive: true, force: true });
  const cpuBefore = cpuMsOf().childrenMs;
  const started = performance.now();
  const child = spawn(process.execPath, [BUILD, '--outDir', outDir], {
    cwd: ROOT,
    // SANITY_PROJECT_ID is cleared so a developer's live settings cannot turn this into a network benchmark.
    env: { ...process.env, ...buildEnv, SANITY_PROJECT_ID: '', ...(dataset && { EMBEDDED_DATASET: dataset }), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stopSampling = memorySampler(child.pid);
  const file = createWriteStream(log);
  let text = '';
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk) => {
      text += chunk;
      file.write(chunk);
    });
  }
  const code = await new Promise((done) => child.on('close', done));
  const wallMs = performance.now() - started;
  const cpuMs = cpuMsOf().childrenMs - cpuBefore;
  const memory = stopSampling();
  await new Promise((done) => file.end(done));
  if (code !== 0) throw new Error(`The build failed (exit ${code}); see ${relative(ROOT, log)}:\n${text.split('\n').slice(-30).join('\n')}`);
  const parsed = parseBuildLog(text);
  if (!parsed.pages) throw new Error(`No "[build] N page(s) built" line in ${relative(ROOT, log)}: has Astro's log changed?`);
  const known = Object.values(parsed.parts).reduce((sum, ms) => sum + (ms ?? 0), 0);
  return {
    ...parsed,
    wallMs,
    cpuMs,
    // Process start, config, sitemap, CSP hashing and file writes: everything the logs do not time.
    otherMs: wallMs - known,
    pagesPerSecond: parsed.pages / (wallMs / 1000),
    msPerPage: wallMs / parsed.pages,
    memory,
    output: sizeOf(outDir),
  };
}

// ---------------------------------------------------------------------------------------------
// What a page makes the browser fetch before any interaction, gzip-compressed.

const gzipBytes = (buffer) => gzipSync(buffer, { level: GZIP_LEVEL }).length;
/** The elements that make a page fetch or run code before any interaction. */
const WEIGHED = new Set(['script', 'link', 'astro-island', 'style']);

/** Static imports of a module (`import"./x.js"`, `from"./x.js"`), not `import()`, which loads later. */
const staticImports = (code) => [...code.matchAll(/\b(?:import|from)\s*["']([^"']+)["']/g)].map((match) => match[1]);

/**
 * HTML, CSS and JS gzip bytes of one page: external scripts and module preloads with their static
 * imports, client:load islands, stylesheets, and inline scripts and styles. Lazily imported chunks
 * (the chat, Pagefind) are not counted: they load on interaction.
 */
function pageWeight(siteDir, path) {
  const html = readFileSync(join(siteDir, path, 'index.html'));
  /** @type {{ js: Set<string>, css: Set<string> }} */
  const files = { js: new Set(), css: new Set() };
  /** @type {{ js: string[], css: string[] }} */
  const inline = { js: [], css: [] };
  const local = (url) => (url.startsWith('/') && !url.startsWith('//') ? url.split(/[?#]/)[0] : undefined);
  // Offsets are into the bytes: a script's or style's code is the UTF-8 between its tags.
  const code = (element) => html.toString('utf8', element.contentStart, element.contentEnd);

  for (const element of findElements(html, (tag) => WEIGHED.has(tag.name))) {
    const { attributes } = element;
    if (element.name === 'script') {
      if (attributes.type && !/^(module|text\/javascript)$/i.test(attributes.type)) continue; // JSON-LD and other data
      if (attributes.src) {
        if (local(attributes.src)) files.js.add(local(attributes.src));
      } else if (code(element).trim()) inline.js.push(code(element));
    } else if (element.name === 'link') {
      const rel = attributes.rel?.toLowerCase() ?? '';
      const href = local(attributes.href ?? '');
      if (href && rel.split(/\s+/).includes('stylesheet')) files.css.add(href);
      if (href && rel === 'modulepreload') files.js.add(href);
    } else if (element.name === 'astro-island') {
      if (attributes.client !== 'load') continue;
      for (const name of ['component-url', 'renderer-url']) if (local(attributes[name] ?? '')) files.js.add(local(attributes[name]));
    } else inline.css.push(code(element));
  }

  // Follow static imports: the browser fetches them before the module runs.
  const queue = [...files.js];
  for (const url of queue) {
    for (const specifier of staticImports(readFileSync(join(siteDir, url), 'utf8'))) {
      if (!/^\.{0,2}\//.test(specifier)) continue;
      const target = specifier.startsWith('/') ? specifier : posix.join(posix.dirname(url), specifier);
      if (!files.js.has(target)) {
        files.js.add(target);
        queue.push(target);
      }
    }
  }
  const total = (kind) => [...files[kind]].reduce((sum, url) => sum + gzipBytes(readFileSync(join(siteDir, url))), 0) + inline[kind].reduce((sum, body) => sum + gzipBytes(Buffer.from(body)), 0);
  return {
    path,
    htmlBytes: html.length,
    htmlGzip: gzipBytes(html),
    cssGzip: total('css'),
    jsGzip: total('js'),
    jsFiles: [...files.js],
    cssFiles: [...files.css],
    inlineScripts: inline.js.length,
    inlineStyles: inline.css.length,
  };
}

/** The page types measured, with slugs taken from the bundled dataset (present in every generated one). */
function pageTypes() {
  const docs = readFileSync(SOURCE, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
  const slug = (type) => docs.find((doc) => doc._type === type && !doc._id.startsWith('drafts.'))?.slug?.current;
  return {
    start: '/',
    article: `/artiklar/${slug('article')}/`,
    topic: `/amnen/${slug('topic')}/`,
    search: '/sok/',
    contact: '/kontakt/',
    page: `/${slug('page')}/`,
  };
}

// ---------------------------------------------------------------------------------------------
// Lighthouse, mobile (its default config: Moto G Power emulation, simulated slow 4G and 4x CPU).

/** Runs Lighthouse `runs` times on each page and keeps the median run (Lighthouse's own pick), saved to OUT. */
async function runLighthouse(origin, pages, runs) {
  const { default: lighthouse } = await import('lighthouse');
  const { computeMedianRun } = await import('lighthouse/core/lib/median-run.js');
  const { launch } = await import('chrome-launcher');
  // The Chromium the toolchain found; without one, chrome-launcher looks for an installed Chrome.
  const chrome = await launch({
    chromePath: process.env.CHROME_PATH || process.env.PLAYWRIGHT_CHROMIUM || undefined,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
  const results = [];
  try {
    for (const [type, path] of Object.entries(pages)) {
      const lhrs = [];
      for (let i = 0; i < runs; i += 1) {
        const result = await lighthouse(`${origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories });
        if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
        if (result.lhr.runtimeError) throw new Error(`Lighthouse failed on ${path}: ${result.lhr.runtimeError.message}`);
        lhrs.push(result.lhr);
      }
      const lhr = computeMedianRun(lhrs);
      writeFileSync(join(OUT, `lighthouse-${type}.json`), JSON.stringify(lhr));
      // Every scored audit that did not pass: the reasons a category is below 100.
      const failing = categories.flatMap((id) =>
        lhr.categories[id].auditRefs
          .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
          .map((ref) => ({ category: id, audit: ref.id, score: lhr.audits[ref.id].score, value: lhr.audits[ref.id].displayValue ?? '' })),
      );
      results.push({
        type,
        path,
        scores: Object.fromEntries(categories.map((id) => [id, Math.round((lhr.categories[id].score ?? 0) * 100)])),
        lcpMs: lhr.audits['largest-contentful-paint'].numericValue,
        tbtMs: lhr.audits['total-blocking-time'].numericValue,
        cls: lhr.audits['cumulative-layout-shift'].numericValue,
        fcpMs: lhr.audits['first-contentful-paint'].numericValue,
        performanceScores: lhrs.map((run) => Math.round((run.categories.performance.score ?? 0) * 100)),
        failing,
        environment: { lighthouse: lhr.lighthouseVersion, userAgent: lhr.environment.hostUserAgent, benchmarkIndex: lhr.environment.benchmarkIndex },
      });
    }
  } finally {
    chrome.kill();
  }
  return results;
}

// ---------------------------------------------------------------------------------------------
// Printing.

const s = (ms) => (ms === undefined ? '–' : `${(ms / 1000).toFixed(1)}`);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)}`;
const ok = (pass) => (pass ? 'ok' : 'MISSED');

function table(head, rows) {
  const widths = head.map((cell, i) => Math.max(cell.length, ...rows.map((row) => String(row[i]).length)));
  const line = (cells) => cells.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join('  ');
  return [line(head), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

function printBuilds(builds) {
  console.log('\nBuild (astro build, then Pagefind in the build script; wall time of the whole build; times in s)');
  console.log(
    table(
      [
        'dataset',
        'articles',
        'pages',
        'wall',
        'cpu',
        'data',
        'render',
        'vite',
        'images',
        'pagefind',
        'other',
        'pages/s',
        `ms/page [≤${TARGETS.msPerPage}]`,
        `peak MB [≤${TARGETS.peakMemoryMB}]`,
        'output MB',
        'files',
      ],
      builds.map((b) => [
        b.label,
        b.articles,
        b.pages,
        s(b.wallMs),
        s(b.cpuMs),
        s(b.parts.dataMs),
        s(b.parts.renderMs),
        s(b.parts.viteMs),
        s(b.parts.imagesMs),
        s(b.parts.pagefindMs),
        s(b.otherMs),
        b.pagesPerSecond.toFixed(0),
        `${b.msPerPage.toFixed(1)}${b.articles >= 10_000 ? ` ${ok(b.msPerPage <= TARGETS.msPerPage)}` : ''}`,
        `${b.memory.peakTreeRssMB}${b.articles >= 10_000 ? ` ${ok(b.memory.peakTreeRssMB <= TARGETS.peakMemoryMB)}` : ''}`,
        (b.output.bytes / 1024 / 1024).toFixed(1),
        b.output.files,
      ]),
    ),
  );
  console.log(
    `  cpu = CPU time (user + system) of the whole build tree: on 2 idle cores the wall time is at least half of it.\n` +
      `  data = content loading ([content] line); render = Astro's static routes minus data; other = start-up, sitemap, CSP hashing, writes.\n` +
      `  peak MB = highest sampled sum of VmRSS over the build's process tree (every ${SAMPLE_MS} ms); per process (VmHWM): ` +
      builds
        .map(
          (b) =>
            `${b.label}: ${Object.entries(b.memory.processPeakMB)
              .map(([name, mb]) => `${name} ${mb}`)
              .join(', ')}`,
        )
        .join('; '),
  );
  console.log(`  reference: Starlight, 1000 articles incl. search: ${REFERENCE.starlight1000.buildS} s, about ${REFERENCE.starlight1000.msPerPage} ms/page`);
  const warned = builds.filter((b) => b.contentWarnings);
  if (warned.length) console.log(`  content warnings logged: ${warned.map((b) => `${b.label} ${b.contentWarnings}`).join(', ')}`);
}

function printWeights(builds) {
  console.log(`\nPage weight before interaction (KB, gzip level ${GZIP_LEVEL}; JS/CSS = referenced files + their static imports + inline)`);
  const types = Object.keys(builds[0].pageWeights);
  const head = ['page', 'path', ...builds.flatMap((b) => [`HTML ${b.label}`, `CSS ${b.label}`, `JS ${b.label}`])];
  const rows = types.map((type) => [
    type,
    builds[0].pageWeights[type].path,
    ...builds.flatMap((b) => {
      const w = b.pageWeights[type];
      return [`${kb(w.htmlGzip)} (${Math.round(w.htmlBytes / 1024)})`, kb(w.cssGzip), `${kb(w.jsGzip)} (${w.jsFiles.length}+${w.inlineScripts})`];
    }),
  ]);
  console.log(table(head, rows));
  const article = builds[0].pageWeights.article;
  console.log(
    `  HTML (raw KB), JS (files+inline scripts). Article budget on ${builds[0].label}: HTML ${kb(article.htmlGzip)} ≤ 15 ${ok(article.htmlGzip <= ARTICLE_BUDGET.htmlGzip)}, ` +
      `CSS ${kb(article.cssGzip)} ≤ 12 ${ok(article.cssGzip <= ARTICLE_BUDGET.cssGzip)}, JS ${kb(article.jsGzip)} ≤ 4 ${ok(article.jsGzip <= ARTICLE_BUDGET.jsGzip)}`,
  );
}

function printLighthouse(pages, runs) {
  console.log(
    `\nLighthouse ${pages[0].environment.lighthouse}, mobile, simulated throttling, ${runs === 1 ? '1 run' : `median of ${runs} runs`} per page (targets: 100/100/100/100, LCP ≤ ${TARGETS.lcpMs / 1000} s)`,
  );
  console.log(
    table(
      ['page', 'perf', 'a11y', 'best-pr.', 'seo', 'LCP s', 'TBT ms', 'CLS', 'verdict'],
      pages.map((p) => [
        p.path,
        p.scores.performance,
        p.scores.accessibility,
        p.scores['best-practices'],
        p.scores.seo,
        (p.lcpMs / 1000).toFixed(2),
        Math.round(p.tbtMs),
        p.cls.toFixed(3),
        ok(Object.values(p.scores).every((score) => score >= TARGETS.lighthouseScore) && p.lcpMs <= TARGETS.lcpMs),
      ]),
    ),
  );
  const r = REFERENCE.starlight1000;
  console.log(`  reference: Starlight article page performance ${r.lighthousePerformance}, LCP ${r.lcpS} s, ${r.articleJsKB} KB gzip JS; a bare HTML page LCP ${REFERENCE.bareHtmlLcpS} s`);
  for (const p of pages) if (p.failing.length) console.log(`  ${p.path} below 1: ${p.failing.map((f) => `${f.audit} (${f.category}${f.value ? `, ${f.value}` : ''})`).join('; ')}`);
}

// ---------------------------------------------------------------------------------------------

function options(argv) {
  const value = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
  return {
    articles: value('--articles', '1000,10000')
      .split(',')
      .map(Number)
      .filter((n) => n > 0),
    skipSearch: argv.includes('--skip-search'),
    skipLighthouse: argv.includes('--skip-lighthouse'),
    skipPublish: argv.includes('--skip-publish'),
    lighthouseRuns: Number(value('--lighthouse-runs', '3')),
    skipLcp: argv.includes('--skip-lcp'),
    lcpRuns: Number(value('--lcp-runs', '3')),
    lcpOnly: value('--lcp-only', '').split(',').filter(Boolean),
  };
}

function machine() {
  const git = (...args) => {
    try {
      return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
    } catch {
      return undefined;
    }
  };
  return {
    cpuModel: cpus()[0]?.model,
    cpus: cpus().length,
    totalMemGB: Number((totalmem() / 1024 ** 3).toFixed(1)),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    // Other work on the machine slows every figure: compare runs with similar load.
    loadAverageAtStart: loadavg().map((load) => Number(load.toFixed(2))),
    commit: git('rev-parse', '--short', 'HEAD'),
    uncommittedChanges: Boolean(git('status', '--porcelain')),
  };
}

async function main() {
  const opts = options(process.argv.slice(2));
  mkdirSync(OUT, { recursive: true });
  const startedAt = new Date();
  const started = performance.now();
  /** @type {Record<string, any>} The JSON report, filled in as the bench goes. */
  const result = { date: startedAt.toISOString(), machine: machine(), options: opts, targets: TARGETS, reference: REFERENCE, gzipLevel: GZIP_LEVEL, builds: [] };
  console.log(
    `Bench ${result.date} on ${result.machine.cpus}× ${result.machine.cpuModel}, ${result.machine.totalMemGB} GB, Node ${result.machine.node}, load ${result.machine.loadAverageAtStart.join(' ')}`,
  );
  const types = pageTypes();

  // The normal build: its pages are what visitors get, and Lighthouse runs on it. Its canonical
  // URLs point at the local server, and its chat at a stand-in this bench starts (so the contact
  // page's status request succeeds whether or not the test suite's stand-in runs).
  const siteOrigin = `http://127.0.0.1:${PORTS.site}`;
  const standinOrigin = `http://127.0.0.1:${PORTS.standin}`;
  const site = join(OUT, 'site');
  /** @type {{ label: string, articles?: number, outDir: string, dataset?: string, env?: Record<string, string> }[]} */
  const builds = [{ label: 'embedded', outDir: site, env: { SITE_URL: siteOrigin, CHAT_EMBED_URL: `${standinOrigin}/chat/embed`, CHAT_STATUS_URL: `${standinOrigin}/status` } }];
  for (const n of opts.articles) builds.push({ label: String(n), articles: n, outDir: join(OUT, `site-${n}`), dataset: join(OUT, `data-${n}.ndjson`) });

  for (const build of builds) {
    if (build.dataset) {
      const generated = generateDataset(build.articles, build.dataset);
      console.log(`Generated ${build.articles} articles (${(generated.bytes / 1e6).toFixed(1)} MB) → ${relative(ROOT, build.dataset)}`);
    }
    console.log(`Building ${build.label} → ${relative(ROOT, build.outDir)} …`);
    const figures = await buildSite({ outDir: build.outDir, dataset: build.dataset, env: build.env, log: join(OUT, `build-${build.label}.log`) });
    const pageWeights = Object.fromEntries(Object.entries(types).map(([type, path]) => [type, pageWeight(build.outDir, path)]));
    result.builds.push({ label: build.label, dataset: relative(ROOT, build.dataset ?? SOURCE), ...figures, pageWeights });
    console.log(`  ${figures.pages} pages in ${s(figures.wallMs)} s, peak ${figures.memory.peakTreeRssMB} MB`);
  }
  printBuilds(result.builds);
  printWeights(result.builds);
  result.incrementalRebuild = 'not applicable (full static build)';
  console.log(`\nIncremental rebuild: ${result.incrementalRebuild}`);

  if (!opts.skipSearch && opts.articles.length) {
    const largest = Math.max(...opts.articles);
    console.log(`\nSearch at ${largest} articles (Chromium, gzip host) …`);
    result.search = { articles: largest, ...(await measureSearch(join(OUT, `site-${largest}`), PORTS.search)) };
    for (const line of formatSearch(result.search)) console.log(`  ${line}`);
  }

  if (!opts.skipPublish && opts.articles.length) {
    console.log('\nPublish to live (webhook → worker build → nginx serves the new article) …');
    result.publishToLive = [];
    for (const articles of opts.articles) {
      const measured = await measurePublishToLive({ articles, dataset: join(OUT, `data-${articles}.ndjson`), parseBuildLog });
      result.publishToLive.push(measured);
      for (const line of formatPublish([measured])) console.log(`  ${line}`);
    }
  }

  if (!opts.skipLighthouse) {
    const { startStandin } = await import('../../src/dev/contact-service-standin/server.ts');
    const standin = await startStandin({ port: PORTS.standin });
    const host = await serveSite(site, PORTS.site);
    try {
      console.log(`\nLighthouse on ${siteOrigin} …`);
      const pages = await runLighthouse(siteOrigin, { start: types.start, article: types.article, search: types.search, contact: types.contact }, opts.lighthouseRuns);
      result.lighthouse = { runsPerPage: opts.lighthouseRuns, pages };
      printLighthouse(pages, opts.lighthouseRuns);
      const crisisRuns = 5;
      console.log(`\nHelp box after a crisis query on each search page …`);
      result.crisisTiming = { runs: crisisRuns, rows: await measureCrisisTiming(siteOrigin, await searchPagesOf(site), crisisRuns) };
      for (const line of formatCrisisTiming(result.crisisTiming.rows, crisisRuns)) console.log(line);
      if (!opts.skipLcp) {
        const kinds = Object.entries(await pagesOfEveryKind(site)).filter(([name]) => !opts.lcpOnly.length || opts.lcpOnly.some((kind) => name.includes(kind)));
        console.log(`\nLCP side by side, ${kinds.length} pages × 3 variants × ${opts.lcpRuns} rounds …`);
        const rows = await measureLcp(siteOrigin, writeVariants(site, Object.fromEntries(kinds)), opts.lcpRuns, (line) => console.log(line));
        result.lcp = { runs: opts.lcpRuns, rows: rows.map(({ samples: _samples, ...row }) => row) };
        console.log();
        for (const line of formatLcp(rows, opts.lcpRuns)) console.log(line);
      }
    } finally {
      await host.close();
      await standin.close();
    }
  }

  result.benchMs = performance.now() - started;
  result.machine.loadAverageAtEnd = loadavg().map((load) => Number(load.toFixed(2)));
  const file = join(OUT, `bench-${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\nBench took ${s(result.benchMs)} s. JSON (also in ${relative(ROOT, file)}):`);
  console.log(JSON.stringify(result, null, 2));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
