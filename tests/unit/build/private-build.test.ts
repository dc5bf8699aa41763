// A whole build of the site, from an export kept outside sanity/dataset/ (EMBEDDED_DATASET) with
// its own images, in an environment where telemetry would be on: nothing reaches another
// machine, and the export's images are optimised and shown.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnv } from '../../e2e/build-env.mjs';
import { attributesOf } from '../../support/html';

const HOOK = resolve('tests/support/record-network.mjs');
let work: string;
let out: string;
let networkLog: string;
let build: { status: number | null; log: string };

/** The environment of a machine where nobody switched telemetry off, with every network attempt recorded. */
function recordingEnv(log = networkLog): NodeJS.ProcessEnv {
  const { ASTRO_TELEMETRY_DISABLED: _a, TELEMETRY_DISABLED: _t, DO_NOT_TRACK: _d, SANITY_PROJECT_ID: _p, ...env } = process.env;
  const home = join(work, 'home');
  mkdirSync(home, { recursive: true });
  // A fresh home: no earlier `astro telemetry disable` on this machine can hide a report.
  return { ...env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), NETWORK_LOG: log, NODE_OPTIONS: `${env.NODE_OPTIONS ?? ''} --import=${HOOK}`.trim() };
}

function run(args: string[], env: NodeJS.ProcessEnv): Promise<{ status: number | null; log: string }> {
  const child = spawn(process.execPath, args, { env });
  let log = '';
  child.stdout.on('data', (chunk) => (log += chunk));
  child.stderr.on('data', (chunk) => (log += chunk));
  return new Promise((done) => child.on('close', (status) => done({ status, log })));
}

const recorded = (log = networkLog) => (existsSync(log) ? readFileSync(log, 'utf8') : '');

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'stodlinjen-private-build-'));
  out = join(work, 'dist');
  networkLog = join(work, 'network.log');
  // The bundled export under other image names, so only images next to this copy can match.
  const dataset = join(work, 'export');
  mkdirSync(join(dataset, 'images'), { recursive: true });
  for (const file of readdirSync('sanity/dataset/images')) copyFileSync(join('sanity/dataset/images', file), join(dataset, 'images', `kopia-${file}`));
  writeFileSync(join(dataset, 'data.ndjson'), readFileSync('sanity/dataset/data.ndjson', 'utf8').replaceAll('image@file://./images/', 'image@file://./images/kopia-'));
  build = await run(['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], { ...recordingEnv(), ...buildEnv, EMBEDDED_DATASET: join(dataset, 'data.ndjson') });
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a build', () => {
  it('succeeds and reaches no other machine, though telemetry was not switched off around it', () => {
    expect(build.status, build.log.slice(-4000)).toBe(0);
    expect(recorded()).toBe('');
  });

  it('shows the images of an export kept outside sanity/dataset/, optimised from the files next to it', () => {
    const pages = readdirSync(join(out, 'artiklar')).map((slug) => readFileSync(join(out, 'artiklar', slug, 'index.html'), 'utf8'));
    const sources = pages.flatMap((html) => attributesOf(html, 'img').map((image) => image.src ?? ''));
    const images = new Set(sources.filter((src) => /^\/_astro\/kopia-.+\.webp$/.test(src)).map((src) => src.replace(/_[^_]+$/, '')));
    expect(images.size).toBe(3);
    expect(build.log).not.toMatch(/image file is missing/);
  });

  it('would be caught reporting telemetry: the recorder sees Astro’s telemetry when it is on', async () => {
    const probe = `import { AstroTelemetry } from '@astrojs/telemetry'; await new AstroTelemetry({ astroVersion: '0.0.0', viteVersion: '0.0.0' }).record([{ eventName: 'probe', payload: {} }]);`;
    const probeLog = join(work, 'probe.log');
    const result = await run(['--input-type=module', '-e', probe], recordingEnv(probeLog));
    expect(result.status, result.log).toBe(0);
    expect(recorded(probeLog)).toMatch(/telemetry\.astro\.build/);
  });
});
