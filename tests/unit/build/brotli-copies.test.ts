// The brotli copies of what every first search loads: made for exactly the files the nginx include
// sends as brotli, the same bytes as Pagefind's gzip files (and a gzip copy of its plain script),
// and a clear error where a gzip file is broken.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeBrotliCopies } from '../../../src/build/brotli-copies';

let site: string;
beforeEach(() => {
  site = mkdtempSync(join(tmpdir(), 'brotli-copies-'));
  mkdirSync(join(site, 'pagefind', 'index'), { recursive: true });
});
afterEach(() => rmSync(site, { recursive: true, force: true }));

const packed = (text: string) => gzipSync(Buffer.from(`pagefind_dcd${text}`));

describe('brotli copies of the search index', () => {
  it('are written beside the script, the WebAssembly and each language’s page list only, holding what the files hold', async () => {
    const indexFiles: Record<string, string> = {
      'pagefind.sv_0a1b2c3d4e.pf_meta': 'sv pages '.repeat(500),
      'pagefind.ar_99ff00aa11.pf_meta': 'ar pages '.repeat(500),
      'wasm.sv.pagefind': 'wasm '.repeat(500),
      'wasm.unknown.pagefind': 'plain wasm '.repeat(500),
    };
    for (const [name, text] of Object.entries(indexFiles)) writeFileSync(join(site, 'pagefind', name), packed(text));
    const script = `export const words = ${JSON.stringify('ord '.repeat(300))};`;
    writeFileSync(join(site, 'pagefind', 'pagefind.js'), script);
    writeFileSync(join(site, 'pagefind', 'pagefind-entry.json'), '{}');
    writeFileSync(join(site, 'pagefind', 'index', 'sv_abc.pf_index'), packed('chunk'));

    const written = await writeBrotliCopies(site);

    expect(written.sort()).toEqual([
      '/pagefind/pagefind.ar_99ff00aa11.pf_meta',
      '/pagefind/pagefind.js',
      '/pagefind/pagefind.sv_0a1b2c3d4e.pf_meta',
      '/pagefind/wasm.sv.pagefind',
      '/pagefind/wasm.unknown.pagefind',
    ]);
    expect(readdirSync(join(site, 'pagefind')).filter((name) => name.endsWith('.br')).length).toBe(5);
    // Pagefind's files are gzip already; only the plain script gets a gzip copy.
    expect(readdirSync(join(site, 'pagefind')).filter((name) => name.endsWith('.gz'))).toEqual(['pagefind.js.gz']);
    expect(brotliDecompressSync(readFileSync(join(site, 'pagefind', 'pagefind.js.br'))).toString()).toBe(script);
    expect(gunzipSync(readFileSync(join(site, 'pagefind', 'pagefind.js.gz'))).toString()).toBe(script);
    expect(readdirSync(join(site, 'pagefind', 'index'))).toEqual(['sv_abc.pf_index']);
    for (const [name, text] of Object.entries(indexFiles)) {
      expect(brotliDecompressSync(readFileSync(join(site, 'pagefind', `${name}.br`))).toString(), name).toBe(`pagefind_dcd${text}`);
    }
  });

  it('stop the build, naming the file, when a gzip file they are made from is broken', async () => {
    writeFileSync(join(site, 'pagefind', 'pagefind.sv_0a1b2c3d4e.pf_meta'), packed('sv pages '.repeat(500)).subarray(0, 40));
    await expect(writeBrotliCopies(site)).rejects.toThrow(/pagefind\.sv_0a1b2c3d4e\.pf_meta cannot be unpacked .*rebuild the search index/);
  });
});
