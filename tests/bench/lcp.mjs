// Largest Contentful Paint side by side: every page type (start, article, topic, search, contact)
// in every language version, each next to its floor (the same page with every <script> removed)
// and a bare page of the same text (its heading and paragraphs as plain HTML: no stylesheet, no
// chrome). Lighthouse mobile (simulated slow 4G, 4× CPU), the three variants of a page measured
// one after another within each round, so a busy moment of the machine weighs on all three; the
// median of the rounds is printed with the ratios and their targets (page ≤ 1.10 × its floor,
// ≤ 1.3 × the bare page). It never fails on a figure.
//
//   node tests/bench/lcp.mjs [--runs 3] [--site tests/bench/out/site] [--only start,search]
//
// run.mjs calls `measureLcp` on its normal build; on its own this measures an existing build.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { escapeHtml, findElements } from '../../src/build/html.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const LCP_TARGETS = { floorRatio: 1.1, bareRatio: 1.3 };
/** Where the variants are written inside the served site. */
const VARIANTS_DIR = '__lcp';

const file = (siteDir, path) => join(siteDir, path.endsWith('/') ? `${path}index.html` : path);

/** The page with every <script> removed, inline and external: what it would be without JavaScript. */
export function floorOf(html) {
  const scripts = findElements(html, (tag) => tag.name === 'script');
  let floor = '';
  let from = 0;
  for (const script of scripts) {
    floor += html.slice(from, script.start);
    from = script.end;
  }
  return floor + html.slice(from);
}

/** Elements whose text a bare page keeps, each as a paragraph (the first-level heading as itself). */
const BLOCKS = new Set(['h1', 'h2', 'h3', 'p', 'li', 'summary']);

/** The text of the page's main area as a bare page: its heading and its paragraphs, in the page's language and direction, nothing else. */
export function bareOf(html) {
  const [root] = findElements(html, (tag) => tag.name === 'html');
  const [title] = findElements(html, (tag) => tag.name === 'title');
  const [main] = findElements(html, (tag) => tag.name === 'main');
  const { lang = '', dir = '' } = root?.attributes ?? {};
  // Hidden elements (the chat panel before it opens, say) are not part of what the page shows.
  const inMain = main ? findElements(html, (tag) => BLOCKS.has(tag.name), { skip: (tag) => 'hidden' in tag.attributes }).filter((block) => block.start > main.start && block.end <= main.end) : [];
  // A block that holds another (a list item around a paragraph) leaves the text to the inner one.
  const blocks = inMain.filter((block, i) => !inMain.slice(i + 1).some((inner) => inner.start < block.end) && block.text);
  const body = blocks.map((block) => (block.name === 'h1' ? `<h1>${escapeHtml(block.text)}</h1>` : `<p>${escapeHtml(block.text)}</p>`)).join('\n');
  const attributes = `${lang ? ` lang="${escapeHtml(lang)}"` : ''}${dir ? ` dir="${escapeHtml(dir)}"` : ''}`;
  return `<!doctype html>\n<html${attributes}>\n<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title?.text ?? '')}</title></head>\n<body>\n${body}\n</body></html>\n`;
}

/** Writes each page's floor and bare variant into the site, and returns the addresses of all three. */
export function writeVariants(siteDir, pages) {
  const variants = {};
  for (const [name, path] of Object.entries(pages)) {
    const html = readFileSync(file(siteDir, path), 'utf8');
    const at = (variant) => `/${VARIANTS_DIR}/${variant}${path}`;
    for (const [variant, content] of [
      ['floor', floorOf(html)],
      ['bare', bareOf(html)],
    ]) {
      const target = file(siteDir, at(variant));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, content);
    }
    const gzip = (text) => gzipSync(text, { level: 6 }).length;
    variants[name] = { page: path, floor: at('floor'), bare: at('bare'), htmlGzip: gzip(html), floorGzip: gzip(floorOf(html)), bareGzip: gzip(bareOf(html)) };
  }
  return variants;
}

/** The snippet of the LCP element in Lighthouse's LCP breakdown (a node item somewhere in its details). */
function lcpElement(details) {
  if (!details || typeof details !== 'object') return undefined;
  if (details.type === 'node' && details.snippet) return details.snippet;
  for (const value of Object.values(details)) {
    const found = lcpElement(value);
    if (found) return found;
  }
  return undefined;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/**
 * Lighthouse (performance only) on each page's three variants, `runs` rounds. Returns per page the
 * median LCP and FCP of each variant, the LCP element of the page, and the ratios.
 */
export async function measureLcp(origin, variants, runs, log = () => undefined) {
  const { default: lighthouse } = await import('lighthouse');
  const { launch } = await import('chrome-launcher');
  const chrome = await launch({
    chromePath: process.env.CHROME_PATH || process.env.PLAYWRIGHT_CHROMIUM || undefined,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const samples = Object.fromEntries(Object.keys(variants).map((name) => [name, { page: [], floor: [], bare: [], fcp: [], element: undefined }]));
  try {
    for (let round = 0; round < runs; round += 1) {
      for (const [name, addresses] of Object.entries(variants)) {
        for (const variant of ['page', 'floor', 'bare']) {
          const result = await lighthouse(`${origin}${addresses[variant]}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
          if (!result || result.lhr.runtimeError) throw new Error(`Lighthouse failed on ${addresses[variant]}: ${result?.lhr.runtimeError?.message ?? 'no result'}`);
          const { audits } = result.lhr;
          samples[name][variant].push(audits['largest-contentful-paint'].numericValue);
          if (variant === 'page') {
            samples[name].fcp.push(audits['first-contentful-paint'].numericValue);
            samples[name].element ??= lcpElement(audits['lcp-breakdown-insight']?.details);
          }
        }
        log(`  round ${round + 1}/${runs}: ${name}`);
      }
    }
  } finally {
    chrome.kill();
  }
  return Object.entries(variants).map(([name, addresses]) => {
    const s = samples[name];
    const [page, floor, bare] = [median(s.page), median(s.floor), median(s.bare)];
    return {
      name,
      path: addresses.page,
      lcpMs: page,
      floorMs: floor,
      bareMs: bare,
      fcpMs: median(s.fcp),
      floorRatio: page / floor,
      bareRatio: page / bare,
      element: s.element,
      samples: s,
      htmlGzip: addresses.htmlGzip,
      floorGzip: addresses.floorGzip,
      bareGzip: addresses.bareGzip,
    };
  });
}

/** The figures as a table, each ratio next to its target. */
export function formatLcp(rows, runs) {
  const ok = (pass) => (pass ? 'ok' : 'MISSED');
  const head = ['page', 'LCP ms', 'floor ms', `× floor [≤${LCP_TARGETS.floorRatio}]`, 'bare ms', `× bare [≤${LCP_TARGETS.bareRatio}]`, 'HTML/floor/bare KB gz'];
  const body = rows.map((row) => [
    `${row.name} ${row.path}`,
    Math.round(row.lcpMs),
    Math.round(row.floorMs),
    `${row.floorRatio.toFixed(2)} ${ok(row.floorRatio <= LCP_TARGETS.floorRatio)}`,
    Math.round(row.bareMs),
    `${row.bareRatio.toFixed(2)} ${ok(row.bareRatio <= LCP_TARGETS.bareRatio)}`,
    [row.htmlGzip, row.floorGzip, row.bareGzip].map((bytes) => (bytes / 1024).toFixed(1)).join('/'),
  ]);
  const widths = head.map((cell, i) => Math.max(cell.length, ...body.map((line) => String(line[i]).length)));
  const line = (cells) => cells.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join('  ');
  return [
    `LCP, Lighthouse mobile (simulated slow 4G, 4× CPU), median of ${runs} round${runs === 1 ? '' : 's'}; floor = the page without its scripts, bare = its heading and paragraphs as plain HTML`,
    line(head),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...body.map(line),
  ];
}

async function main() {
  const args = process.argv.slice(2);
  const value = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
  const runs = Number(value('--runs', '3'));
  const site = resolve(ROOT, value('--site', 'tests/bench/out/site'));
  const only = value('--only', '')?.split(',').filter(Boolean);
  const { pagesOfEveryKind } = await import('./pages.mjs');
  const pages = Object.fromEntries(Object.entries(await pagesOfEveryKind(site)).filter(([name]) => !only.length || only.some((kind) => name.includes(kind))));
  const { serveSite } = await import('./search.mjs');
  const host = await serveSite(site, 4591);
  try {
    const rows = await measureLcp(host.origin, writeVariants(site, pages), runs, console.log);
    for (const line of formatLcp(rows, runs)) console.log(line);
    for (const row of rows) if (row.element) console.log(`  ${row.name}: LCP element ${row.element}`);
  } finally {
    await host.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
