// Runs the built draft preview (dist-preview/, from `npm run build:preview`) on a free port with
// the given environment, for the journeys that test it.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { freePort } from './free-port.mjs';

const ENTRY = fileURLToPath(new URL('../../dist-preview/server/entry.mjs', import.meta.url));

export type PreviewServer = { url: string; log: () => string; close: () => Promise<void> };

export async function startPreviewServer(env: Record<string, string>): Promise<PreviewServer> {
  if (!existsSync(ENTRY)) throw new Error('No draft preview in dist-preview/: build it first (npm run build:preview).');
  const port = (await freePort()) as number;
  // Only what the preview is given: none of the test runner's own Sanity settings leak in.
  const { SANITY_PROJECT_ID: _p, SANITY_DATASET: _d, SANITY_API_READ_TOKEN: _t, PREVIEW_SECRET: _s, EMBEDDED_DATASET: _e, ...base } = process.env;
  const child = spawn(process.execPath, [ENTRY], { env: { ...base, ...env, HOST: '127.0.0.1', PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The preview server stopped:\n${output}`);
    try {
      await fetch(`${url}/`);
      break;
    } catch {
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  return {
    url,
    log: () => output,
    close: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
