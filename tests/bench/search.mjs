// Search at scale: the index size on disk and, in headless Chromium against a host that
// compresses like a real one, the bytes transferred and the milliseconds for a first (cold) and
// a follow-up (warm) query. It prints figures and asserts nothing: times depend on the machine.
// `npm run bench` (run.mjs) uses these functions; on its own it generates and builds N articles:
//
//   node tests/bench/search.mjs [--articles 10000] [--skip-build] [--requests]
//
// --skip-build measures the site an earlier run built; --requests lists every request of each query.
//
// Env: PLAYWRIGHT_CHROMIUM (a Chromium binary).
import { createServer } from 'node:http';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { serveStatic } from '../../src/dev/static-server.ts';
import { BROTLI_SUFFIX, hasBrotliCopy } from '../../src/lib/serving-config.ts';

export const TARGETS = { firstQueryKB: 150, warmQueryMs: 300 };
const QUERIES = [
  ['ångest', 'sömn'],
  ['självmord', 'panikattack'],
];

/** Bytes (apparent size) and file count of everything under `dir`. */
export function sizeOf(dir) {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files += 1;
  }
  return { bytes, files };
}

// What Netlify, Cloudflare Pages and nginx compress; Pagefind's .pf_* files are gzip already.
const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml|wasm)|image\/svg)/;

/** The brotli copy the build wrote of a file at `path` in `siteDir`, which the nginx include sends to browsers that accept brotli; or undefined. */
export function brotliCopy(siteDir, path) {
  const file = join(siteDir, path + BROTLI_SUFFIX);
  return hasBrotliCopy(path) && existsSync(file) ? readFileSync(file) : undefined;
}

/**
 * A response body as production sends it to a browser that accepts `encodings`: the build's brotli
 * copy where it has one (src/lib/serving-config.ts) and brotli is accepted, otherwise gzip (level 6,
 * zlib's default, as hosts use) when its type is one hosts compress; with the encoding it went out in.
 */
export function encoded(siteDir, path, contentType, body, encodings) {
  const copy = /\bbr\b/.test(encodings) ? brotliCopy(siteDir, path) : undefined;
  if (copy) return { body: copy, encoding: 'br' };
  if (/\bgzip\b/.test(encodings) && COMPRESSIBLE.test(contentType ?? '')) return { body: gzipSync(body), encoding: 'gzip' };
  return { body, encoding: undefined };
}

/** A body as production sends it to Chromium, which accepts brotli and gzip. */
export const onTheWire = (siteDir, path, contentType, body) => encoded(siteDir, path, contentType, body, 'gzip, deflate, br').body;

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding']);

/**
 * Serves a built site as production does: the project's static server (index files, the 404
 * page, _headers) behind a layer that sends the build's brotli copies as the nginx include does
 * (tests/e2e/serving.spec.ts holds nginx to the same) and gzips the rest (level 6, zlib's
 * default, as hosts use). Every response's path and bytes on the wire are pushed to `requests`.
 */
export async function serveSite(dir, port) {
  const inner = await serveStatic(dir, 0);
  const innerOrigin = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (inner.address()).port}`;
  /** @type {{ path: string, bytes: number }[]} */
  const requests = [];
  const server = createServer(async (req, res) => {
    const upstream = await fetch(innerOrigin + (req.url ?? '/'), { redirect: 'manual' });
    let body = Buffer.from(await upstream.arrayBuffer());
    /** @type {Record<string, string>} */
    const headers = {};
    for (const [name, value] of upstream.headers) if (!HOP_BY_HOP.has(name)) headers[name] = value;
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const sent = encoded(dir, path, headers['content-type'], body, req.headers['accept-encoding'] ?? '');
    if (sent.encoding) Object.assign(headers, { 'content-encoding': sent.encoding, vary: 'Accept-Encoding' });
    body = sent.body;
    headers['content-length'] = String(body.length);
    requests.push({ path, bytes: body.length });
    res.writeHead(upstream.status, headers).end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise((done) => server.listen(port, '127.0.0.1', () => done(undefined)));
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => Promise.all([new Promise((done) => server.close(done)), new Promise((done) => inner.close(done))]),
  };
}

/** Index size on disk: all of pagefind/, and its fragments and index chunks apart. */
export function indexSize(siteDir) {
  const dir = join(siteDir, 'pagefind');
  return { total: sizeOf(dir), fragments: sizeOf(join(dir, 'fragment')), chunks: sizeOf(join(dir, 'index')) };
}

/** Types a query the way a visitor does and returns the ms from the last keystroke to the results. */
async function timeQuery(page, query) {
  return page.evaluate(async (query) => {
    const input = /** @type {HTMLInputElement} */ (document.querySelector('input[name="q"][id]'));
    const list = /** @type {HTMLElement} */ (document.querySelector('[data-search-list]'));
    const shown = new Promise((done) => {
      const observer = new MutationObserver((mutations) => {
        if (mutations.some((mutation) => mutation.addedNodes.length)) {
          observer.disconnect();
          done(performance.now());
        }
      });
      observer.observe(list, { childList: true });
    });
    // Focus loads Pagefind (as a visitor's tap does), so the cold figure includes that load.
    input.focus();
    input.value = query;
    const typed = performance.now();
    input.dispatchEvent(new Event('input', { bubbles: true }));
    return (await shown) - typed;
  }, query);
}

const sum = (requests) => requests.reduce((total, { bytes }) => total + bytes, 0);
const pagefindOnly = (requests) => requests.filter(({ path }) => path.startsWith('/pagefind/'));

/**
 * Opens /sok/ in a fresh browser context per query pair and measures a cold first query and a
 * warm follow-up. Bytes are Pagefind's (script, WebAssembly, index chunks, fragments) on the wire.
 */
export async function measureQueries(siteDir, port) {
  const host = await serveSite(siteDir, port);
  const browser = await chromium.launch({ executablePath: process.env.PLAYWRIGHT_CHROMIUM || undefined, args: ['--no-sandbox', '--disable-gpu'] });
  const rows = [];
  try {
    for (const [first, followUp] of QUERIES) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${host.origin}/sok/`);
      await page.waitForLoadState('networkidle');
      const atStart = host.requests.length;
      const firstMs = await timeQuery(page, first);
      const firstRequests = pagefindOnly(host.requests.slice(atStart));
      const afterFirst = host.requests.length;
      const followMs = await timeQuery(page, followUp);
      await page.locator('[data-search-status]').filter({ hasText: followUp }).waitFor({ timeout: 10_000 });
      const status = await page.locator('[data-search-status]').textContent();
      const kinds = Object.entries(Object.groupBy(firstRequests, ({ path }) => path.replace(/^\/pagefind\//, '').replace(/\/.*|_[0-9a-f]+\./, '*.'))).map(([kind, list = []]) => ({
        kind,
        requests: list.length,
        bytes: sum(list),
      }));
      rows.push({
        first,
        firstMs,
        firstBytes: sum(firstRequests),
        firstRequests: firstRequests.length,
        firstByKind: kinds,
        firstList: firstRequests,
        followUp,
        followMs,
        followBytes: sum(pagefindOnly(host.requests.slice(afterFirst))),
        followList: pagefindOnly(host.requests.slice(afterFirst)),
        status,
      });
      await context.close();
    }
  } finally {
    await browser.close();
    await host.close();
  }
  return rows;
}

/** Index size and query figures for a built site. */
export async function measureSearch(siteDir, port) {
  return { index: indexSize(siteDir), queries: await measureQueries(siteDir, port), targets: TARGETS };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (value) => `${Math.round(value)} ms`;
const mark = (ok) => (ok ? 'ok' : 'MISSED');

/** The figures as printable lines, each next to its target. */
export function formatSearch({ index, queries }) {
  const lines = [
    `Index on disk: ${mb(index.total.bytes)} in ${index.total.files} files (fragments ${mb(index.fragments.bytes)} / ${index.fragments.files}, index chunks ${mb(index.chunks.bytes)} / ${index.chunks.files})`,
  ];
  for (const row of queries) {
    const firstOk = row.firstBytes <= TARGETS.firstQueryKB * 1024;
    const warmOk = row.followMs <= TARGETS.warmQueryMs;
    lines.push(
      `First query "${row.first}" (cold, ${row.firstRequests} requests): ${kb(row.firstBytes)} [target ≤ ${TARGETS.firstQueryKB} KB: ${mark(firstOk)}], results ${ms(row.firstMs)} after the last keystroke`,
      `  ${row.firstByKind.map(({ kind, requests, bytes }) => `${kind} ${kb(bytes)}${requests > 1 ? ` (${requests})` : ''}`).join(', ')}`,
      `Follow-up "${row.followUp}" (warm): ${kb(row.followBytes)}, results ${ms(row.followMs)} after the last keystroke [target ≤ ${TARGETS.warmQueryMs} ms: ${mark(warmOk)}] (${row.status?.trim()})`,
    );
  }
  return lines;
}

/** On its own: generate and build N articles (run.mjs's build step), then measure. */
async function main() {
  const args = process.argv.slice(2);
  const articles = Number(args.includes('--articles') ? args[args.indexOf('--articles') + 1] : 10_000);
  // Imported here, after this module has finished loading: run.mjs imports this module in turn.
  const { OUT, buildSite } = await import('./run.mjs');
  const { generateDataset } = await import('./generate.mjs');
  const site = join(OUT, `site-${articles}`);
  if (!args.includes('--skip-build')) {
    const dataset = join(OUT, `data-${articles}.ndjson`);
    generateDataset(articles, dataset);
    console.log(`Building ${articles} articles into ${relative(process.cwd(), site)} …`);
    const build = await buildSite({ outDir: site, dataset, log: join(OUT, `build-${articles}.log`) });
    console.log(`Build (pages + index): ${(build.wallMs / 1000).toFixed(1)} s; Pagefind ${((build.parts.pagefindMs ?? NaN) / 1000).toFixed(1)} s`);
  }
  const measured = await measureSearch(site, 4590);
  for (const line of formatSearch(measured)) console.log(line);
  if (!args.includes('--requests')) return;
  for (const row of measured.queries) {
    for (const [query, list] of [
      [row.first, row.firstList],
      [row.followUp, row.followList],
    ]) {
      console.log(`"${query}":`);
      for (const { path, bytes } of list) console.log(`  ${kb(bytes).padStart(8)}  ${path}`);
    }
  }
}

// Not awaited at the top level: a module cycle with a pending top-level await would deadlock.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
