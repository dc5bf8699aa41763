// The worker as its process manager runs it (node src/publish/main.ts): what it refuses to start
// with, what it warns about, and that a build outlives a killed worker only until the next start.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let root: string;
const started: ChildProcess[] = [];
/** A build's process group the test saw, stopped after the test whatever happened. */
let buildGroup: number | null = null;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'stodlinjen-worker-'));
});
afterEach(async () => {
  for (const child of started.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  }
  if (buildGroup !== null) {
    try {
      process.kill(-buildGroup, 'SIGKILL');
    } catch {
      // Gone, as it should be.
    }
    buildGroup = null;
  }
  rmSync(root, { recursive: true, force: true });
});

type Worker = { child: ChildProcess; output: () => string; exited: Promise<number | null> };

function startWorker(env: Record<string, string>): Worker {
  const { PUBLISH_STATUS_TOKEN: _token, PUBLISH_STATUS_PUBLIC: _public, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--experimental-strip-types', '--disable-warning=ExperimentalWarning', 'src/publish/main.ts'], {
    env: { ...inherited, SANITY_WEBHOOK_SECRET: 'worker-process-secret', PUBLISH_ROOT: root, PUBLISH_PORT: '0', PUBLISH_DEBOUNCE_MS: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  return { child, output: () => output, exited: new Promise((resolve) => child.once('exit', resolve)) };
}

async function until(worker: Worker, pattern: RegExp): Promise<void> {
  while (!pattern.test(worker.output())) {
    if (worker.child.exitCode !== null) throw new Error(`the worker exited (${worker.child.exitCode}):\n${worker.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** The live (not zombie) processes of a process group, from /proc. */
function liveMembers(pgid: number): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .flatMap((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return Number(pgrp) === pgid && state !== 'Z' ? [Number(pid)] : [];
      } catch {
        return [];
      }
    });
}

describe('starting the worker', () => {
  it('refuses to start when nothing protects GET /status, saying what to set', async () => {
    const worker = startWorker({});
    expect(await worker.exited).toBe(2);
    expect(worker.output()).toMatch(/\[publish\] GET \/status is not protected: set PUBLISH_STATUS_TOKEN/);
  });

  it('warns at start when the status is public by choice', async () => {
    const worker = startWorker({ PUBLISH_STATUS_PUBLIC: '1', PUBLISH_BUILD_COMMAND: 'true' });
    await until(worker, /worker listening on/);
    expect(worker.output()).toMatch(/\[publish\] WARNING: GET \/status is readable without a token \(PUBLISH_STATUS_PUBLIC=1\)/);
  });

  it('a build left running by a killed worker is stopped, and its directory removed, when the next worker starts', async () => {
    // A build that writes its directory, then runs for ten minutes (the worker appends --outDir <dir>).
    const env = { PUBLISH_STATUS_TOKEN: 'a'.repeat(40), PUBLISH_BUILD_COMMAND: `sh -c 'mkdir -p "$2"; sleep 600' sh` };
    const first = startWorker(env);
    await until(first, /\[publish\] build (\S+) started/);
    const buildId = /\[publish\] build (\S+) started/.exec(first.output())![1]!;
    while (!existsSync(join(root, 'running-build.json'))) await new Promise((resolve) => setTimeout(resolve, 25));
    const { pid } = JSON.parse(readFileSync(join(root, 'running-build.json'), 'utf8')) as { pid: number };
    buildGroup = pid;

    first.child.kill('SIGKILL');
    await first.exited;
    expect(liveMembers(pid).length).toBeGreaterThan(0);

    const second = startWorker(env);
    await until(second, /worker listening on/);
    expect(second.output()).toContain(`[publish] stopped the build a previous worker left running: process group ${pid}`);
    expect(second.output()).toContain(`[publish] removed interrupted builds: ${buildId}`);
    expect(liveMembers(pid)).toEqual([]);
  });
});
