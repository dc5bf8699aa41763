// "Publish to live": how long after an editor publishes a new article its page is served. The
// whole production path runs here: the Content Lake stand-in holds a generated dataset; the
// publish worker (started as `npm run publish-worker` starts it) receives the stand-in's signed
// webhook, builds in live mode from the stand-in with `npm run build`'s script, checks the build and
// switches `current`; nginx serves `current` as in production. The clock starts when the
// publishing mutation is sent (the webhook follows it at once, as Sanity sends it) and stops when
// nginx first answers 200 for the new article's address.
//
//   node tests/bench/publish.mjs --articles 1000,10000
//   node tests/bench/publish.mjs --articles 10000 --dataset tests/bench/out/data-10000.ndjson
import { fork, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
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

/** Starts the Content Lake stand-in in its own process (content-lake-process.mjs says why) and resolves once it listens. */
function startLakeProcess(file) {
  const child = fork(join(ROOT, 'tests/bench/content-lake-process.mjs'), [file], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const waiting = new Map();
  let asked = 0;
  /** Sends a request and resolves with the stand-in's answer to it. */
  const request = (message) =>
    new Promise((answer) => {
      asked += 1;
      waiting.set(asked, answer);
      child.send({ ...message, id: asked });
    });
  return new Promise((done, fail) => {
    child.on('exit', (code) => fail(new Error(`The Content Lake stand-in exited (${code})`)));
    child.on('message', (message) => {
      if (message.type === 'listening') {
        done({
          url: message.url,
          addWebhook: (definition) => request({ type: 'webhook', definition }),
          deliveries: async () => (await request({ type: 'deliveries' })).deliveries,
          close: () =>
            new Promise((closed) => {
              if (child.exitCode !== null) return closed();
              child.once('exit', closed);
              child.send({ type: 'close' });
            }),
        });
      } else if (waiting.has(message.id)) {
        waiting.get(message.id)(message);
        waiting.delete(message.id);
      }
    });
  });
}

/** Starts the worker as `npm run publish-worker` does and resolves with its address once it listens. */
function startWorker(env) {
  const child = spawn(process.execPath, ['--experimental-strip-types', '--no-warnings', 'src/publish/main.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  // Each line of the worker's output with when it arrived, for the publish's phases.
  const lines = [];
  const url = new Promise((done, fail) => {
    const onData = (chunk) => {
      log += chunk;
      const at = Date.now();
      for (const text of String(chunk).split('\n')) if (text.trim()) lines.push({ at, text });
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
    lines: () => lines,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Fetches, once more on a closed socket: a kept-alive connection may be closed by the server just as it is reused. */
async function fetchAgain(url, init) {
  try {
    return await fetch(url, init);
  } catch (error) {
    if (error?.cause?.code !== 'UND_ERR_SOCKET') throw error;
    return fetch(url, init);
  }
}

async function status(workerUrl) {
  const response = await fetchAgain(`${workerUrl}/status`).catch((error) => {
    throw new Error(`The publish worker did not answer at ${workerUrl}/status: ${error.cause?.message ?? error.message}`);
  });
  return response.json();
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
  const logs = readdirSync(dir)
    .map((name) => join(dir, name))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  return logs[0] ? readFileSync(logs[0], 'utf8') : '';
}

/**
 * When each phase of the publish ended, in ms after the mutation (epoch ms `t0`): from the
 * worker's output (timed as it arrives) and the build log's own timestamps.
 */
export function publishPhases(t0, workerLines, buildLog, firstOkMs) {
  const after = (pattern) => workerLines.find((line) => line.at >= t0 && pattern.test(line.text))?.at - t0;
  const stamped = (pattern) => {
    const match = pattern.exec(buildLog);
    return match ? Date.parse(match[1]) - t0 : undefined;
  };
  return {
    webhookReceived: after(/\[publish\] webhook:/),
    buildStarted: after(/\[publish\] build \S+ started/),
    buildScriptStarted: stamped(/\[build\] started at (\S+)/),
    contentFetched: stamped(/\[content\] loaded .* \(at (\S+)\)/),
    astroDone: stamped(/\[build\] astro build done at (\S+)/),
    pagefindDone: stamped(/\[build\] search index done at (\S+)/),
    vocabularyDone: stamped(/\[build\] vocabulary done at (\S+)/),
    buildCommandDone: after(/\[publish\] build \S+: build command done/),
    checksDone: after(/\[publish\] build \S+: checks done/),
    switched: after(/\[publish\] build \S+ is live/),
    firstOk: firstOkMs,
  };
}

export const formatPhases = (phases) =>
  Object.entries(phases)
    .map(([name, ms]) => `${name} ${ms === undefined || Number.isNaN(ms) ? '?' : (ms / 1000).toFixed(1)}`)
    .join(' → ');

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
  const { loadEmbeddedDataset } = await load('src/data/embedded.ts');
  const definition = JSON.parse(readFileSync(join(ROOT, 'src/publish/webhook.json'), 'utf8'));
  const documents = await loadEmbeddedDataset(file);
  const lake = await startLakeProcess(file);
  const secret = randomBytes(24).toString('hex');
  let worker;
  let nginx;
  try {
    const { EMBEDDED_DATASET: _ignored, PUBLISH_STATUS_TOKEN: _token, ...env } = process.env;
    worker = startWorker({
      ...env,
      ...buildEnv,
      SANITY_WEBHOOK_SECRET: secret,
      PUBLISH_ROOT: root,
      PUBLISH_PORT: '0',
      // Only this machine reaches the bench's worker.
      PUBLISH_STATUS_PUBLIC: '1',
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
    await lake.addWebhook({ url: `${workerUrl}/webhook`, filter: definition.filter, projection: definition.projection, secret });

    const article = newArticle(documents);
    const path = `/artiklar/${article.slug.current}/`;
    if ((await fetch(`${nginx.url}${path}`)).status !== 404) throw new Error(`${path} is served before it is published`);
    log(`  ${articles} articles: publishing ${path} …`);
    const cpuBefore = cpuMsOf(worker.pid);
    const t0 = Date.now();
    const started = performance.now();
    const response = await fetch(`${lake.url}/${API}/data/mutate/production`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ mutations: [{ create: article }] }),
    });
    if (response.status !== 200) throw new Error(`The stand-in refused the mutation: ${response.status} ${await response.text()}`);
    while ((await fetchAgain(`${nginx.url}${path}`)).status !== 200) {
      const current = await status(workerUrl);
      if (current.lastFailure && current.lastFailure.at > first.lastSuccess.finishedAt) throw new Error(`The publish failed: ${current.lastFailure.reason}`);
      await sleep(POLL_MS);
    }
    const publishToLiveMs = performance.now() - started;
    const after = await settled(workerUrl, worker, (current) => current.lastSuccess.finishedAt !== first.lastSuccess.finishedAt);
    const cpuAfter = cpuMsOf(worker.pid);
    const deliveries = (await lake.deliveries()).filter((delivery) => delivery.documentId === article._id);
    if (!deliveries.length || deliveries.some((delivery) => delivery.status !== 202)) throw new Error(`The webhook was not accepted: ${JSON.stringify(deliveries.map((d) => d.status))}`);
    const buildLog = newestBuildLog(root);
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
      buildParts: parseBuildLog?.(buildLog)?.parts,
      // Seconds after the mutation at which each phase ended.
      phases: publishPhases(t0, worker.lines(), buildLog, publishToLiveMs),
      loadAverage: loadavg(),
    };
  } catch (error) {
    if (worker) log(`The publish worker's output:\n${worker.log().slice(-4000)}`);
    throw error;
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
    const parts = r.buildParts
      ? `; build log: astro render ${((r.buildParts.renderMs ?? 0) / 1000).toFixed(1)} s, data ${((r.buildParts.dataMs ?? 0) / 1000).toFixed(1)} s, Pagefind ${((r.buildParts.pagefindMs ?? 0) / 1000).toFixed(1)} s`
      : '';
    const phases = r.phases ? `\n    phases (s after the mutation): ${formatPhases(r.phases)}; load average at the end ${r.loadAverage.map((n) => n.toFixed(1)).join(' ')}` : '';
    return `${r.articles} articles: publish to live ${(r.publishToLiveMs / 1000).toFixed(1)} s${target}; the worker's build, checks and switch ${(r.workerBuildMs / 1000).toFixed(1)} s (CPU ${(r.cpuMs / 1000).toFixed(1)} s), ${r.pageCount} pages${parts}${phases}`;
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const argv = process.argv.slice(2);
  const sizes = (argv.includes('--articles') ? argv[argv.indexOf('--articles') + 1] : '1000,10000')
    .split(',')
    .map(Number)
    .filter((n) => n > 0);
  // --dataset <file>: publish an already generated dataset (one size) instead of generating one.
  const dataset = argv.includes('--dataset') ? resolve(argv[argv.indexOf('--dataset') + 1]) : undefined;
  for (const articles of sizes) for (const line of formatPublish([await measurePublishToLive({ articles, dataset })])) console.log(line);
}
