// An article that leaves the content leaves the site with the next build: nginx, switched to the
// new build and reloaded as a publish does, answers its old address with 404 and the help page,
// or with the redirect an editor made for it. A redirect to the removed article goes with it.
// (A browser-suite test, though it needs no browser: the suite's own build of the embedded content
// in dist/ is the "before"; it builds once more, after the main build, never beside another build
// of this project, whose caches builds share.)
import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseNdjson } from '../../src/data/embedded';
import { DEFAULT_DATASET_FILE } from '../../src/data/source';
import { buildEnv } from './build-env.mjs';
import { DIST } from './pages';
import { startNginx } from '../support/nginx.mjs';

const REMOVED = 'article-vad-ar-angest'; // the sample redirect from /artiklar/angest/ leads here
const REPLACED = 'article-panikattacker-och-panikangest';
let work: string;

test.beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'stodlinjen-unpublish-'));
});
test.afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** Builds the site from `documents` into `<work>/<name>` as `npm run build` does; returns the build log. */
async function build(name: string, documents: Array<{ _id: string }>): Promise<string> {
  const dataset = join(work, `${name}-data`, 'data.ndjson');
  mkdirSync(dirname(dataset));
  writeFileSync(dataset, documents.map((doc) => JSON.stringify(doc)).join('\n') + '\n');
  // The export's image files, where its asset pointers expect them.
  symlinkSync(join(dirname(DEFAULT_DATASET_FILE), 'images'), join(dirname(dataset), 'images'));
  const { SANITY_PROJECT_ID: _live, ...env } = process.env;
  const child = spawn(process.execPath, ['src/build/build.ts', '--outDir', join(work, name)], { env: { ...env, ...buildEnv, EMBEDDED_DATASET: dataset } });
  let log = '';
  child.stdout.on('data', (chunk) => (log += chunk));
  child.stderr.on('data', (chunk) => (log += chunk));
  const status = await new Promise<number | null>((done) => child.on('close', done));
  expect(status, log.slice(-4000)).toBe(0);
  return log;
}

/** Points `current` at a build in one step, as a publish switches the served site. */
function switchTo(build: string) {
  const next = join(work, 'current.next');
  symlinkSync(build, next);
  renameSync(next, join(work, 'current'));
}

test('a removed article answers 404 with the help page on the next build, or its redirect where there is one', async () => {
  // A whole build.
  test.setTimeout(180_000);
  // The export as it is in the repository (image pointers included), to change and build again.
  const exported = parseNdjson(readFileSync(DEFAULT_DATASET_FILE, 'utf8'), DEFAULT_DATASET_FILE);
  const replaced = exported.find((doc) => doc._id === REPLACED) as { slug: { current: string } } | undefined;
  expect(replaced, `${REPLACED} is in the embedded dataset`).toBeDefined();
  const replacedPath = `/artiklar/${replaced!.slug.current}/`;

  const afterLog = await build('after', [
    ...exported.filter((doc) => doc._id !== REMOVED && doc._id !== REPLACED),
    { _id: 'redirect-panik', _type: 'redirect', from: replacedPath, toPath: '/kontakt/', permanent: true },
  ]);

  switchTo(DIST);
  const nginx = await startNginx({ root: join(work, 'current') });
  try {
    const get = (path: string) => fetch(`${nginx.url}${path}`, { redirect: 'manual' });
    expect((await get('/artiklar/vad-ar-angest/')).status).toBe(200);
    expect((await get('/artiklar/angest/')).headers.get('location')).toBe('/artiklar/vad-ar-angest/');
    expect((await get(replacedPath)).status).toBe(200);

    switchTo(join(work, 'after'));
    await nginx.reload();

    for (const path of ['/artiklar/vad-ar-angest/', '/artiklar/angest/']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      const html = await response.text();
      expect(html, path).toContain('Sidan finns inte');
      expect(html, path).toContain('href="tel:90390"');
      expect(html, path).toContain('Vid akut fara:');
      expect(html, path).toContain('href="tel:112"');
    }
    const moved = await get(replacedPath);
    expect(moved.status).toBe(301);
    expect(moved.headers.get('location')).toBe('/kontakt/');
  } finally {
    await nginx.close();
  }

  expect(afterLog).toMatch(/redirect-artiklar-angest-[0-9a-f]+: toDocument refers to a document that is missing, unpublished or has no page/);
  const sitemap = readFileSync(join(work, 'after', 'sitemap-0.xml'), 'utf8');
  // The address itself, not the easy-read version that keeps the slug under /lattlast/.
  const listed = (path: string) => new RegExp(`https?://[^/"<]+${path}["<]`).test(sitemap);
  expect(listed('/artiklar/vad-ar-angest/')).toBe(false);
  expect(listed(replacedPath)).toBe(false);
  expect(listed('/lattlast/artiklar/vad-ar-angest/')).toBe(true);
  expect(readFileSync(join(work, 'after', '_redirects'), 'utf8')).not.toContain('/artiklar/angest/');
});
