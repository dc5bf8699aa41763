// "Publish to live": how long after an editor publishes a new article its page is served. The
// whole production path runs here: the Content Lake stand-in holds a generated dataset; the
// publish worker (started as `npm run publish-worker` starts it) receives the stand-in's signed
// webhook, builds in live mode from the stand-in with `npm run build`, checks the build and
// switches `current`; nginx serves `current` as in production. The clock starts when the
// publishing mutation is sent (the webhook follows it at once, as Sanity sends it) and stops when
// nginx first answers 200 for the new article's address.
//
//   node tests/bench/publish.mjs --articles 1000,10000
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runnerImport } from 'vite';
import { generateDataset } from './generate.mjs';
import { startNginx } from '../support/nginx.mjs';
import { cpuMsOf } from './cpu-time.mjs';
import { buildEnv } from '../e2e/build-env.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const PUBLISH_TARGETS_S = { 1000: 15, 10000: 75 };
const POLL_MS = 100;
const API = 'v2025-02-19';

/** The stand-in and the dataset loader are TypeScript; Vite's module runner loads them into this plain Node script. */
async function load(path) {
  return (await runnerImport(resolve(ROOT, path), { configFile: false, logLevel: 'error' })).module;
}

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** Starts the worker as `npm run publish-worker` does and resolves with its address once it listens. */
function startWorker(env) {
  const child = spawn(process.execPath, ['--experimental-strip-types', '--no-warnings', 'src/publish/main.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const url = new Promise((done, fail) => {
    const onData = (chunk) => {
      log += chunk;
      const match = /worker listening on (http:\/\/\S+)/.exec(log);
      if (match) done(match[1]);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => (log += chunk));
    child.on('exit', (code) => fail(new Error(`The publish worker exited (${code}):\n${log.slice(-3000)}`)));
  });
  return {
    url,
    pid: child.pid,
    log: () => log,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function status(workerUrl) {
  return (await fetch(`${workerUrl}/status`)).json();
}

/** Waits until the worker has nothing running or queued and has published at least `publishes` times in all. */
async function settled(workerUrl, worker, isDone) {
  for (;;) {
    const current = await status(workerUrl);
    if (current.state === 'idle' && !current.pending && isDone(current)) return current;
    if (/\[publish\] build \S+ not published/.test(worker.log()) && current.state === 'idle' && !current.pending) {
      throw new Error(`The publish worker did not publish: ${current.lastFailure?.reason}\n${worker.log().slice(-3000)}`);
    }
    await sleep(250);
  }
}

/** The newest build log the worker wrote (each build's output, for its parts). */
function newestBuildLog(root) {
  const dir = join(root, 'logs');
  const logs = readdirSync(dir).map((name) => join(dir, name)).sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  return logs[0] ? readFileSync(logs[0], 'utf8') : '';
}

/** A new published article: a copy of a generated one with its own id, slug and title. */
function newArticle(documents) {
  const template = documents.find((doc) => doc._type === 'article' && !doc._id.startsWith('drafts.'));
  if (!template) throw new Error('The dataset has no published article to copy');
  const suffix = randomBytes(4).toString('hex');
  const { _rev, _createdAt, _updatedAt, ...fields } = template;
  return { ...fields, _id: `article-bench-${suffix}`, slug: { _type: 'slug', current: `nyss-publicerad-${suffix}` }, title: `Nyss publicerad artikel ${suffix}` };
}

/**
 * Measures one publish at `articles` articles: start the stack, let the worker publish the
 * dataset once (the live site before the edit), then publish one new article and time it.
 * @param {{ articles: number, dataset?: string, parseBuildLog?: (log: string) => any, log?: (line: string) => void }} options
 */
export async function measurePublishToLive({ articles, dataset, parseBuildLog, log = console.log }) {
  const work = mkdtempSync(join(tmpdir(), `stodlinjen-publish-bench-${articles}-`));
  const root = join(work, 'site');
  const file = dataset ?? join(work, 'data.ndjson');
  if (!dataset) generateDataset(articles, file);
  const [{ loadEmbeddedDataset }, { startContentLake }] = await Promise.all([load('src/data/embedded.ts'), load('tests/support/content-lake.ts')]);
  const definition = JSON.parse(readFileSync(join(ROOT, 'src/publish/webhook.json'), 'utf8'));
  const documents = await loadEmbeddedDataset(file);
  const lake = await startContentLake(documents);
  const secret = randomBytes(24).toString('hex');
  let worker;
  let nginx;
  try {
    const { EMBEDDED_DATASET: _ignored, ...env } = process.env;
    worker = startWorker({
      ...env,
      ...buildEnv,
      SANITY_WEBHOOK_SECRET: secret,
      PUBLISH_ROOT: root,
      PUBLISH_PORT: '0',
      // A loaded machine may build slowly; the bench reports the time instead of giving up.
      PUBLISH_BUILD_TIMEOUT_MS: String(60 * 60_000),
      SANITY_PROJECT_ID: 'bench',
      SANITY_DATASET: 'production',
      SANITY_API_HOST: lake.url,
      SITE_URL: 'https://stodlinjen.example',
    });
    const workerUrl = await worker.url;
    log(`  ${articles} articles: the worker publishes the dataset once (the site before the edit) …`);
    const first = await settled(workerUrl, worker, (current) => current.lastSuccess !== null);
    nginx = await startNginx({ root: join(root, 'current') });
    lake.webhooks.push({ url: `${workerUrl}/webhook`, filter: definition.filter, projection: definition.projection, secret });

    const article = newArticle(documents);
    const path = `/artiklar/${article.slug.current}/`;
    if ((await fetch(`${nginx.url}${path}`)).status !== 404) throw new Error(`${path} is served before it is published`);
    log(`  ${articles} articles: publishing ${path} …`);
    const cpuBefore = cpuMsOf(worker.pid);
    const started = performance.now();
    const response = await fetch(`${lake.url}/${API}/data/mutate/production`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ mutations: [{ create: article }] }) });
    if (response.status !== 200) throw new Error(`The stand-in refused the mutation: ${response.status} ${await response.text()}`);
    while ((await fetch(`${nginx.url}${path}`)).status !== 200) {
      const current = await status(workerUrl);
      if (current.lastFailure && current.lastFailure.at > first.lastSuccess.finishedAt) throw new Error(`The publish failed: ${current.lastFailure.reason}`);
      await sleep(POLL_MS);
    }
    const publishToLiveMs = performance.now() - started;
    const after = await settled(workerUrl, worker, (current) => current.lastSuccess.finishedAt !== first.lastSuccess.finishedAt);
    const cpuAfter = cpuMsOf(worker.pid);
    await lake.delivered();
    const deliveries = lake.deliveries.filter((delivery) => delivery.documentId === article._id);
    if (!deliveries.length || deliveries.some((delivery) => delivery.status !== 202)) throw new Error(`The webhook was not accepted: ${JSON.stringify(deliveries.map((d) => d.status))}`);
    const builds = (worker.log().match(/\[publish\] build \S+ started/g) ?? []).length;
    return {
      articles,
      publishToLiveMs,
      targetS: PUBLISH_TARGETS_S[articles],
      // The worker's own figure for the build that carried the edit: build, checks and switch.
      workerBuildMs: after.lastSuccess.durationMs,
      // The worker's own work (checks, switch) and its builds' (npm, Astro, Pagefind), on any core.
      cpuMs: cpuAfter.ownMs - cpuBefore.ownMs + cpuAfter.childrenMs - cpuBefore.childrenMs,
      pageCount: after.lastSuccess.pageCount,
      buildsStarted: builds,
      buildParts: parseBuildLog?.(newestBuildLog(root))?.parts,
    };
  } finally {
    await nginx?.close();
    await worker?.stop();
    await lake.close();
    rmSync(work, { recursive: true, force: true });
  }
}

export function formatPublish(results) {
  return results.map((r) => {
    const target = r.targetS === undefined ? '' : ` (target ≤ ${r.targetS} s: ${r.publishToLiveMs / 1000 <= r.targetS ? 'ok' : 'MISSED'})`;
    const parts = r.buildParts ? `; build log: astro render ${((r.buildParts.renderMs ?? 0) / 1000).toFixed(1)} s, data ${((r.buildParts.dataMs ?? 0) / 1000).toFixed(1)} s, Pagefind ${((r.buildParts.pagefindMs ?? 0) / 1000).toFixed(1)} s` : '';
    return `${r.articles} articles: publish to live ${(r.publishToLiveMs / 1000).toFixed(1)} s${target}; the worker's build, checks and switch ${(r.workerBuildMs / 1000).toFixed(1)} s (CPU ${(r.cpuMs / 1000).toFixed(1)} s), ${r.pageCount} pages${parts}`;
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const argv = process.argv.slice(2);
  const sizes = (argv.includes('--articles') ? argv[argv.indexOf('--articles') + 1] : '1000,10000').split(',').map(Number).filter((n) => n > 0);
  for (const articles of sizes) for (const line of formatPublish([await measurePublishToLive({ articles })])) console.log(line);
}
