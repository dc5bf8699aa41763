// `npm run build` (src/build/build.ts): Astro first, then the search index in the script's own
// process; either failing fails the build, so a publish never ships a site without search.
import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseArgs } from '../../../src/build/build.ts';
import { buildSearchIndex } from '../../../src/build/search-index.ts';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'stodlinjen-build-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const page = (title: string, body: string, searchable = true) =>
  `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>${title}</title></head><body><main${searchable ? ' data-pagefind-body' : ''}><h1>${title}</h1><p>${body}</p></main></body></html>`;

describe('the build command line', () => {
  it('takes --outDir in both spellings, relative to where it is run, and passes other flags to Astro', () => {
    expect(parseArgs(['--outDir', 'out/next'], '/srv/site')).toEqual({ outDir: '/srv/site/out/next', astroArgs: [] });
    expect(parseArgs(['--outDir=/tmp/x', '--verbose'], '/srv/site')).toEqual({ outDir: '/tmp/x', astroArgs: ['--verbose'] });
    expect(parseArgs([], '/srv/site')).toEqual({ outDir: '/srv/site/dist', astroArgs: [] });
  });

  it('refuses --outDir without a directory', () => {
    expect(() => parseArgs(['--outDir'], '/srv/site')).toThrow(/--outDir needs a directory/);
    expect(() => parseArgs(['--outDir', '--verbose'], '/srv/site')).toThrow(/--outDir needs a directory/);
    expect(() => parseArgs(['--outDir='], '/srv/site')).toThrow(/--outDir needs a directory/);
  });

  it('exits non-zero and builds no index when astro build fails', { timeout: 180_000 }, () => {
    const out = tempDir();
    const result = spawnSync(process.execPath, ['src/build/build.ts', '--outDir', out], {
      env: { ...process.env, SANITY_PROJECT_ID: '', EMBEDDED_DATASET: join(out, 'no-such-dataset.ndjson') },
      encoding: 'utf8',
    });
    expect(result.status, result.stdout + result.stderr).not.toBe(0);
    expect(result.stderr).toContain('Build failed: astro build failed');
    expect(existsSync(join(out, 'pagefind'))).toBe(false);
  });
});

describe('the search index', () => {
  it('indexes the searchable pages under the addresses they are served at', async () => {
    const site = tempDir();
    mkdirSync(join(site, 'artiklar', 'somn'), { recursive: true });
    writeFileSync(join(site, 'artiklar', 'somn', 'index.html'), page('Sömn', 'Sömnlöshet och oro på natten.'));
    writeFileSync(join(site, 'index.html'), page('Start', 'Länkar', false));
    writeFileSync(join(site, '404.html'), page('Sidan finns inte', 'Hjälp finns.', false));

    const { pageCount } = await buildSearchIndex(site);
    expect(pageCount).toBe(3);
    const entry = JSON.parse(readFileSync(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    // Only the page with data-pagefind-body is in the index, under its served address.
    expect(entry.languages.sv.page_count).toBe(1);
    const fragments = readdirSync(join(site, 'pagefind', 'fragment'));
    const urls = fragments.map(
      (file) =>
        JSON.parse(
          gunzipSync(readFileSync(join(site, 'pagefind', 'fragment', file)))
            .toString('utf8')
            .replace(/^pagefind_dcd/, ''),
        ).url,
    );
    expect(urls).toEqual(['/artiklar/somn/']);
  });

  it('makes one index per language, marks easy-read Swedish pages, and answers each language only from its own pages', async () => {
    const site = tempDir();
    const html = (lang: string, title: string) => `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1></main></body></html>`;
    for (const [path, lang, title] of [
      ['artiklar/angest', 'sv', 'Ångest'],
      ['lattlast/artiklar/angest', 'sv', 'Ångest lättläst'],
      ['en/articles/anxiety', 'en', 'Anxiety'],
      ['ar/articles/anxiety', 'ar', 'القلق'],
    ] as const) {
      mkdirSync(join(site, path), { recursive: true });
      writeFileSync(join(site, path, 'index.html'), html(lang, title));
    }
    const { languages } = await buildSearchIndex(site);
    expect(languages).toEqual({ sv: 2, en: 1, ar: 1 });
    const fragments = readdirSync(join(site, 'pagefind', 'fragment')).map((file) =>
      JSON.parse(
        gunzipSync(readFileSync(join(site, 'pagefind', 'fragment', file)))
          .toString('utf8')
          .replace(/^pagefind_dcd/, ''),
      ),
    );
    const easyRead = fragments.find((fragment) => fragment.url === '/lattlast/artiklar/angest/');
    expect(easyRead.filters).toEqual({ version: ['lattlast'] });
    expect(fragments.find((fragment) => fragment.url === '/artiklar/angest/').filters).toEqual({});
  });

  it('fails naming the language when a page has one without an index of its own', async () => {
    const site = tempDir();
    writeFileSync(join(site, 'index.html'), '<!doctype html><html lang="de"><head><title>x</title></head><body><main data-pagefind-body><h1>Angst</h1></main></body></html>');
    await expect(buildSearchIndex(site)).rejects.toThrow(/index for "de"/);
  });

  it('fails on a site with no pages', async () => {
    await expect(buildSearchIndex(tempDir())).rejects.toThrow(/found no pages to index/);
  });
});
