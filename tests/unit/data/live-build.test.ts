// A whole site built in live mode, against a local stand-in of the Content Lake with a read
// token: the build works through @sanity/client alone, and the token is nowhere in what a
// browser could download (HTML, scripts, styles, search index).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadEmbeddedDataset } from '../../../src/data/embedded';
import { DEFAULT_DATASET_FILE } from '../../../src/data/source';
import { startContentLake } from '../../support/content-lake';
import { buildEnv } from '../../e2e/build-env.mjs';

const TOKEN = 'skLiveReadToken0123456789abcdefNeverShipped';
let lake: Awaited<ReturnType<typeof startContentLake>>;
let out: string;

beforeAll(async () => {
  lake = await startContentLake(await loadEmbeddedDataset(DEFAULT_DATASET_FILE));
  out = mkdtempSync(join(tmpdir(), 'stodlinjen-live-'));
});
afterAll(async () => {
  await lake.close();
  rmSync(out, { recursive: true, force: true });
});

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]));
}

it('a live-mode build reads the Content Lake with the token and ships no trace of it', { timeout: 180_000 }, async () => {
  const { EMBEDDED_DATASET: _ignored, ...env } = process.env;
  // Asynchronous: the stand-in Content Lake answers from this same process.
  const child = spawn(process.execPath, ['src/build/build.ts', '--outDir', out], {
    env: { ...env, ...buildEnv, SANITY_PROJECT_ID: 'test', SANITY_DATASET: 'production', SANITY_API_READ_TOKEN: TOKEN, SANITY_API_HOST: lake.url, SITE_URL: 'https://stodlinjen.test' },
  });
  let log = '';
  child.stdout.on('data', (chunk) => (log += chunk));
  child.stderr.on('data', (chunk) => (log += chunk));
  const status = await new Promise<number | null>((done) => child.on('close', done));
  expect(status, log.slice(-4000)).toBe(0);

  expect(lake.requests.length).toBeGreaterThan(0);
  for (const request of lake.requests) expect(request.authorization).toBe(`Bearer ${TOKEN}`);

  // Canonical addresses name the deployment, not a placeholder.
  expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('<link rel="canonical" href="https://stodlinjen.test/">');

  const shipped = files(out);
  expect(
    shipped.some((file) => file.endsWith('pagefind.js')),
    'the search index was built',
  ).toBe(true);
  expect(shipped.filter((file) => file.endsWith('.html')).length).toBeGreaterThan(40);
  // Also partial and encoded forms: a token split or escaped into a bundle is still a leak.
  const traces = [TOKEN, TOKEN.slice(0, 20), Buffer.from(TOKEN).toString('base64').slice(0, 24)];
  const leaks = shipped.filter((file) => {
    const text = readFileSync(file).toString('latin1');
    return traces.some((trace) => text.includes(trace));
  });
  expect(leaks).toEqual([]);
});
