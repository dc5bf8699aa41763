// The worker started exactly as production starts it, the command line of its systemd unit: Node
// runs the TypeScript as it is, so a module that cannot be found or syntax Node cannot strip
// stops the worker here, not on the server after a deploy.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const UNIT = 'docs/publishing/stodlinjen-publish.service';

/** The unit's ExecStart, with this machine's Node for /usr/bin/node. */
function productionCommand(): string[] {
  const line = /^ExecStart=(.+)$/m.exec(readFileSync(UNIT, 'utf8'))?.[1];
  if (!line) throw new Error(`${UNIT} has no ExecStart line`);
  const [node, ...args] = line.trim().split(/\s+/);
  expect(node).toBe('/usr/bin/node');
  return [process.execPath, ...args];
}

let root: string | undefined;
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

describe('the publish worker as its systemd unit starts it', () => {
  it('loads every module it imports and listens', async () => {
    root = mkdtempSync(join(tmpdir(), 'stodlinjen-worker-entry-'));
    const [command, ...args] = productionCommand();
    const { PUBLISH_STATUS_PUBLIC: _public, ...inherited } = process.env;
    const child = spawn(command!, args, {
      env: { ...inherited, SANITY_WEBHOOK_SECRET: 'worker-entry-secret', PUBLISH_STATUS_TOKEN: 'f00d'.repeat(16), PUBLISH_ROOT: root, PUBLISH_PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const exited = new Promise<number | null>((done) => child.once('exit', done));
    const listening = await new Promise<boolean>((done) => {
      child.stdout.on('data', () => /\[publish\] worker listening on http:/.test(output) && done(true));
      void exited.then(() => done(false));
    });
    child.kill('SIGTERM');
    await exited;
    expect(listening, output).toBe(true);
  });
});
