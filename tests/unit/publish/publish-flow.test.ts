// Publishing end to end, as it runs in production and set up as docs/publishing.md says: the
// worker (started as its systemd unit starts it) begins with an empty PUBLISH_ROOT and publishes
// on start; nginx with the shipped server blocks passes Sanity's webhook and the Studio's status
// requests to it (docs/publishing/nginx-publish.conf) and, once the first build is live, serves
// the site from `current` (docs/publishing/nginx-site.conf). The Content Lake stand-in takes the
// editors' mutations and sends the project's webhook, signed. A small dataset keeps the builds
// few and short.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeSignatureHeader } from '@sanity/webhook';
import { loadEmbeddedDataset, type SanityDocument } from '../../../src/data/embedded';
import { DEFAULT_DATASET_FILE } from '../../../src/data/source';
import type { PublishStatus } from '../../../src/publish/status';
import definition from '../../../src/publish/webhook.json';
import { planSlugChange } from '../../../src/lib/redirects';
import { parseStatus, statusRequestHeaders } from '../../../sanity/tools/publishing/status';
import { startContentLake } from '../../support/content-lake';
import { freePort } from '../../support/free-port.mjs';
import { textOf } from '../../support/html';
import { shippedServerBlock, startNginx } from '../../support/nginx.mjs';
import { buildEnv } from '../../e2e/build-env.mjs';
import { ACCESSIBILITY_CHECKS } from '../../../src/components/safety/accessibility-record';
import { codeVersion } from '../../../src/lib/test-record';

const SECRET = 'publish-flow-secret';
const STATUS_TOKEN = 'publish-flow-status-token-0123456789abcdef';
const ARTICLES = ['article-vad-ar-angest', 'article-nar-du-sover-daligt', 'article-fragor-och-svar-om-somn'];

let lake: Awaited<ReturnType<typeof startContentLake>>;
let root: string;
let nginx: Awaited<ReturnType<typeof startNginx>> | undefined;
let publishProxy: Awaited<ReturnType<typeof startNginx>> | undefined;
let scratch: string;
let sitePort: number;
let siteUrl: string;
let reloads: string;
let worker: ChildProcess;
/** The worker as Sanity and the Studio reach it: through nginx (docs/publishing/nginx-publish.conf). */
let workerUrl: string;
let workerLog = '';
/** The record of a green test run the worker's builds read (ACCESSIBILITY_RECORD_FILE); absent at first. */
let recordFile: string;

/** A small dataset: every document but the articles, and three articles without images. */
async function fixture(): Promise<SanityDocument[]> {
  const all = await loadEmbeddedDataset(DEFAULT_DATASET_FILE);
  return all.filter((doc) => !doc._id.startsWith('drafts.') && (doc._type !== 'article' || ARTICLES.includes(doc._id)));
}

const buildsStarted = () => workerLog.match(/\[publish\] build \S+ started/g)?.length ?? 0;

/** The worker's status, as the Studio's "Publicering" tool reads it (through nginx, with the token): every answer must pass its checks. */
async function status(): Promise<PublishStatus> {
  const json = (await (await fetch(`${workerUrl}/status`, { headers: statusRequestHeaders(STATUS_TOKEN) })).json()) as PublishStatus;
  expect(parseStatus(json)).toMatchObject({ ok: true });
  return json;
}

const switches = () => (existsSync(reloads) ? readFileSync(reloads, 'utf8').trim().split('\n').length : 0);

/**
 * Waits until every webhook has been answered and the worker has no build running or queued.
 * The worker's post-switch command (PUBLISH_AFTER_SWITCH) notes each switch; production reloads
 * nginx there, here the test does it, as it owns nginx.
 */
async function settled(): Promise<PublishStatus> {
  await lake.delivered();
  const before = switches();
  for (;;) {
    const current = await status();
    if (current.state === 'idle' && !current.pending) {
      // The runbook's order: the site's server block is enabled once the first build is live.
      if (!nginx && current.lastSuccess) nginx = await startNginx({ servers: shippedServerBlock(SITE_SERVER, { root, port: sitePort }) });
      else if (nginx && switches() > before) await nginx.reload();
      return current;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function mutate(...mutations: unknown[]): Promise<void> {
  const response = await fetch(`${lake.url}/v2025-02-19/data/mutate/production`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ mutations }) });
  expect(response.status, await response.clone().text()).toBe(200);
}

type Answer = { status: number; location: string | undefined; text(): Promise<string> };

/**
 * A visitor's request, on a new connection each time: a kept-alive connection may still be held
 * by an nginx worker from before a reload, which answers with the old configuration.
 */
function get(path: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    request(`${siteUrl}${path}`, { agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, location: res.headers.location, text: async () => body }));
    })
      .on('error', reject)
      .end();
  });
}
const SITE_SERVER = 'docs/publishing/nginx-site.conf';
const PUBLISH_SERVER = 'docs/publishing/nginx-publish.conf';
const stored = (id: string) => lake.documents().find((doc) => doc._id === id)!;
const withoutSystemFields = ({ _rev, _createdAt, _updatedAt, ...doc }: SanityDocument) => doc as SanityDocument;

beforeAll(async () => {
  lake = await startContentLake(await fixture());
  // PUBLISH_ROOT starts empty, as on a new server; the test's own files live elsewhere.
  root = mkdtempSync(join(tmpdir(), 'stodlinjen-publish-flow-'));
  scratch = mkdtempSync(join(tmpdir(), 'stodlinjen-publish-flow-test-'));
  reloads = join(scratch, 'switches.log');
  recordFile = join(scratch, 'accessibility-record.json');
  // The address is baked into the build (SITE_URL), so it is chosen before nginx starts.
  sitePort = await freePort();
  siteUrl = `http://127.0.0.1:${sitePort}`;

  // The runbook's order: nginx passes the worker's two addresses on before the worker runs.
  const workerPort = await freePort();
  publishProxy = await startNginx({ servers: shippedServerBlock(PUBLISH_SERVER, { port: await freePort(), workerUrl: `http://127.0.0.1:${workerPort}` }) });
  workerUrl = publishProxy.url;

  const { EMBEDDED_DATASET: _ignored, PUBLISH_STATUS_PUBLIC: _public, ...env } = process.env;
  worker = spawn(process.execPath, ['--experimental-strip-types', '--disable-warning=ExperimentalWarning', 'src/publish/main.ts'], {
    env: {
      ...env,
      ...buildEnv,
      SANITY_WEBHOOK_SECRET: SECRET,
      PUBLISH_ROOT: root,
      PUBLISH_PORT: String(workerPort),
      PUBLISH_STATUS_TOKEN: STATUS_TOKEN,
      PUBLISH_AFTER_SWITCH: `echo switched >> '${reloads}'`,
      ACCESSIBILITY_RECORD_FILE: recordFile,
      SANITY_PROJECT_ID: 'test',
      SANITY_DATASET: 'production',
      SANITY_API_HOST: lake.url,
      SITE_URL: siteUrl,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  worker.stdout!.on('data', (chunk) => (workerLog += chunk));
  worker.stderr!.on('data', (chunk) => (workerLog += chunk));
  await new Promise<void>((resolve, reject) => {
    worker.stdout!.on('data', () => /worker listening on/.test(workerLog) && resolve());
    worker.on('exit', (code) => reject(new Error(`the worker exited (${code}):\n${workerLog}`)));
  });
  lake.webhooks.push({ url: `${workerUrl}/webhook`, filter: definition.filter, projection: definition.projection, secret: SECRET });
}, 60_000);

afterAll(async () => {
  if (worker && worker.exitCode === null) {
    const exited = new Promise((resolve) => worker.once('exit', resolve));
    worker.kill('SIGTERM');
    await exited;
  }
  await lake?.close();
  await nginx?.close();
  await publishProxy?.close();
  if (root) rmSync(root, { recursive: true, force: true });
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('publishing', { timeout: 300_000 }, () => {
  it('on start the worker publishes the site from the Content Lake; the status shows it', async () => {
    const current = await settled();
    expect(current.lastFailure, workerLog.slice(-3000)).toBeNull();
    expect(current.lastSuccess).toMatchObject({ pageCount: expect.any(Number), durationMs: expect.any(Number) });
    expect(current.lastSuccess!.pageCount).toBeGreaterThan(10);
    expect(switches()).toBe(1);
    expect((await get('/artiklar/vad-ar-angest/')).status).toBe(200);
    // Content warnings of the live build name document and field (related articles left out of this small dataset).
    expect(current.warnings).toContainEqual(expect.objectContaining({ documentId: expect.any(String), field: expect.stringMatching(/^related\[\d+\]$/) }));
    expect(current.overdueReviews).toContainEqual({ documentId: 'article-fragor-och-svar-om-somn', title: expect.any(String), nextReview: '2026-10-01' });
  });

  it('a webhook without a valid signature, a replayed one, a malformed body or an oversized one builds nothing', async () => {
    const before = buildsStarted();
    const body = JSON.stringify({ _id: 'article-vad-ar-angest', _type: 'article', operation: 'update' });
    const send = async (sent: string, signature?: string) =>
      (await fetch(`${workerUrl}/webhook`, { method: 'POST', body: sent, headers: { 'content-type': 'application/json', ...(signature ? { 'sanity-webhook-signature': signature } : {}) } })).status;
    const truncated = body.slice(0, 20);
    const huge = JSON.stringify({ _id: 'x', _type: 'article', padding: 'x'.repeat(65 * 1024) });
    expect([
      await send(body),
      await send(body, await encodeSignatureHeader(body, Date.now(), 'not-the-secret')),
      await send(body, await encodeSignatureHeader(body, Date.now() - 60 * 60_000, SECRET)),
      await send(truncated, await encodeSignatureHeader(truncated, Date.now(), SECRET)),
      await send(huge, await encodeSignatureHeader(huge, Date.now(), SECRET)),
    ]).toEqual([401, 401, 401, 400, 413]);
    expect(await status()).toMatchObject({ state: 'idle', pending: false });
    expect(buildsStarted()).toBe(before);
    expect(workerLog).toMatch(/\[publish\] webhook refused \(401\): The signature was made 60\.\d min ago/);
    expect(workerLog).toMatch(/\[publish\] webhook refused \(400\): The body is not JSON/);
  });

  it('the status answers only with the token', async () => {
    expect((await fetch(`${workerUrl}/status`)).status).toBe(401);
    expect((await fetch(`${workerUrl}/status`, { headers: statusRequestHeaders(`${STATUS_TOKEN}x`) })).status).toBe(401);
  });

  it('publishing a new article puts its page on the site', async () => {
    const draft = {
      ...withoutSystemFields(stored('article-nar-du-sover-daligt')),
      _id: 'drafts.article-sova-battre',
      title: 'Sova bättre i höstmörkret',
      slug: { _type: 'slug', current: 'sova-battre' },
    };
    await mutate({ createOrReplace: draft });
    await lake.delivered();
    expect(lake.deliveries).toEqual([]);

    const started = performance.now();
    await mutate({ createOrReplace: { ...draft, _id: 'article-sova-battre' } }, { delete: { id: 'drafts.article-sova-battre' } });
    const current = await settled();
    const page = await get('/artiklar/sova-battre/');
    console.info(`[publish flow] publish → new article served: ${Math.round(performance.now() - started)} ms (build ${current.lastSuccess?.durationMs} ms)`);
    expect(page.status, workerLog.slice(-3000)).toBe(200);
    expect(await page.text()).toContain('Sova bättre i höstmörkret');
    expect(lake.deliveries.map((delivery) => [delivery.documentId, delivery.status])).toEqual([['article-sova-battre', 202]]);
  });

  it('a burst of twenty publishes gives at most two builds, and the site shows the last', async () => {
    const before = buildsStarted();
    for (let i = 1; i <= 20; i += 1) await mutate({ patch: { id: 'article-sova-battre', set: { title: `Sova bättre, version ${i}` } } });
    await settled();
    const builds = buildsStarted() - before;
    console.info(`[publish flow] twenty webhooks → ${builds} build(s)`);
    expect(builds).toBeGreaterThanOrEqual(1);
    expect(builds).toBeLessThanOrEqual(2);
    expect(await (await get('/artiklar/sova-battre/')).text()).toContain('Sova bättre, version 20');
  });

  it('a changed slug is published with a redirect: the old address answers 301 to the new', async () => {
    const article = withoutSystemFields(stored('article-nar-du-sover-daligt'));
    // What the Studio's publish action sends when a published article gets a new slug.
    const plan = planSlugChange(article._id, 'article', 'nar-du-sover-daligt', 'somnproblem', [])!;
    await mutate({ createOrReplace: { ...article, slug: { _type: 'slug', current: 'somnproblem' } } }, { createIfNotExists: plan.create! });
    const current = await settled();
    expect(current.lastFailure, workerLog.slice(-3000)).toBeNull();
    const old = await get('/artiklar/nar-du-sover-daligt/');
    expect(old.status).toBe(301);
    expect(new URL(old.location!, siteUrl).pathname).toBe('/artiklar/somnproblem/');
    expect((await get('/artiklar/somnproblem/')).status).toBe(200);
  });

  it('a publish that breaks the build (a duplicate slug) leaves the site as it was; the status names both documents', async () => {
    const live = readdirSync(join(root, 'builds'));
    const duplicate = { ...withoutSystemFields(stored('article-vad-ar-angest')), _id: 'article-angest-kopia', title: 'Ångest (kopia)' };
    await mutate({ createOrReplace: duplicate });
    const current = await settled();
    expect(current.lastFailure?.reason).toMatch(/Duplicate slug "vad-ar-angest"/);
    expect(current.lastFailure?.documents).toEqual(
      expect.arrayContaining([
        { documentId: 'article-vad-ar-angest', field: 'slug' },
        { documentId: 'article-angest-kopia', field: 'slug' },
      ]),
    );
    expect(readdirSync(join(root, 'builds'))).toEqual(live);
    const page = await get('/artiklar/vad-ar-angest/');
    expect(page.status).toBe(200);
    expect(await page.text()).not.toContain('Ångest (kopia)');
  });

  it('a redirect from the address of a 404 page stops the publish, naming the redirect and its field', async () => {
    const before = await status();
    await mutate({ delete: { id: 'article-angest-kopia' } }, { createIfNotExists: { _id: 'redirect-fran-404', _type: 'redirect', from: '/404/', toPath: '/kontakt/', permanent: true } });
    const current = await settled();
    expect(current.lastFailure?.at).not.toBe(before.lastFailure?.at);
    expect(current.lastFailure?.reason).toMatch(/Redirect "redirect-fran-404" \(field from\) moves \/404\/, where the site builds its 404 page/);
    expect(current.lastFailure?.documents).toEqual([{ documentId: 'redirect-fran-404', field: 'from' }]);
    expect(current.lastSuccess).toEqual(before.lastSuccess);
  });

  it('an unpublished article is gone after the next build: its address answers 404 with help', async () => {
    const article = withoutSystemFields(stored('article-sova-battre'));
    // Unpublish as the Studio does: the content stays as a draft, the published document goes. The broken redirect is deleted.
    await mutate({ createIfNotExists: { ...article, _id: 'drafts.article-sova-battre' } }, { delete: { id: 'article-sova-battre' } }, { delete: { id: 'redirect-fran-404' } });
    const current = await settled();
    expect(Date.parse(current.lastSuccess!.finishedAt)).toBeGreaterThan(Date.parse(current.lastFailure!.at));
    const gone = await get('/artiklar/sova-battre/');
    expect(gone.status).toBe(404);
    const html = await gone.text();
    expect(html).toContain('href="tel:112"');
    expect(html).toContain('href="tel:90390"');
  });

  it('the accessibility statement of a publish shows the record of the green run of its code version and says the content has changed since; a record of other code is not shown, and is a warning', async () => {
    const statement = async () => textOf(await (await get('/tillganglighetsredogorelse/')).text());
    const recordWarnings = async () => (await status()).warnings.filter((warning) => warning.documentId === 'accessibility-record.json');
    const version = codeVersion(process.cwd())!;
    // No record so far: the statement says the tests have not run for this version, and the status warns.
    expect(await statement()).toContain(`De automatiska testerna har ännu inte körts för den här versionen av webbplatsen (${version.slice(0, 12)}).`);
    expect(await recordWarnings()).toEqual([{ documentId: 'accessibility-record.json', field: 'commit', message: expect.stringContaining('there is no record of a full test run') }]);

    const record = { commit: version, passed: '2026-12-05', pages: 158, checks: [...ACCESSIBILITY_CHECKS], content: { source: 'embedded', updatedAt: '2026-11-28T03:00:00Z' } };
    writeFileSync(recordFile, JSON.stringify(record));
    await mutate({ patch: { id: 'article-vad-ar-angest', set: { summary: 'Oro och ångest är vanligt. Här får du veta vad som händer i kroppen och vad som hjälper.' } } });
    await settled();
    const shown = await statement();
    expect(shown).toContain(
      `Alla automatiska tester gick igenom 5 december 2026 för den här versionen av webbplatsens kod (${version.slice(0, 12)}), på alla 158 sidor med det inbyggda testinnehållet.`,
    );
    // The publish changed the content after the tested run: said plainly, with the content's own day.
    expect(shown).toContain(
      `Innehållet har ändrats sedan dess; den senaste ändringen gjordes ${new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Stockholm' }).format(new Date())}.`,
    );
    expect(await recordWarnings()).toEqual([]);

    writeFileSync(recordFile, JSON.stringify({ ...record, commit: 'f'.repeat(40) }));
    await mutate({ patch: { id: 'article-vad-ar-angest', set: { summary: 'Oro och ångest är vanligt. Här får du veta vad som händer och vad som hjälper.' } } });
    await settled();
    expect(await statement()).toContain(`De automatiska testerna har ännu inte körts för den här versionen av webbplatsen (${version.slice(0, 12)}).`);
    expect(await recordWarnings()).toEqual([
      { documentId: 'accessibility-record.json', field: 'commit', message: expect.stringContaining(`is for code version ${'f'.repeat(40)}, this build is ${version}`) },
    ]);
  });

  it('a help line number nobody can call stops the publish, naming contactSettings and the field', async () => {
    const before = await status();
    await mutate({ patch: { id: 'contactSettings', set: { phoneNumber: 'ring oss' } } });
    const current = await settled();
    expect(current.lastFailure?.at).not.toBe(before.lastFailure?.at);
    expect(current.lastFailure?.documents).toEqual([{ documentId: 'contactSettings', field: 'phoneNumber' }]);
    expect(current.lastSuccess).toEqual(before.lastSuccess);
    expect(await (await get('/')).text()).toContain('href="tel:90390"');
  });
});
