// `npm run preview-server`: builds the draft preview (server output, into dist-preview/) and runs
// it. PORT (default 4322) and HOST (default 127.0.0.1) say where it listens; the content source
// and the secret come from the environment (see docs/preview.md). `--no-build` runs
// the last build. It checks itself once started: a preview that would answer anything but 401
// to a request without a session stops here, with the reason.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const PORT = Number(process.env.PORT || 4322);
const HOST = process.env.HOST || '127.0.0.1';
const entry = join('dist-preview', 'server', 'entry.mjs');

if (!process.argv.includes('--no-build')) {
  const build = spawnSync(join('node_modules', '.bin', 'astro'), ['build'], { stdio: 'inherit', env: { ...process.env, PREVIEW_BUILD: '1' } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
if (!existsSync(entry)) {
  console.error(`${entry} is missing: run without --no-build (or npm run build:preview) first.`);
  process.exit(1);
}

const server = spawn(process.execPath, [entry], { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, PORT: String(PORT), HOST } });
server.on('exit', (code) => process.exit(code ?? 1));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));

const origin = `http://${HOST.includes(':') ? `[${HOST}]` : HOST}:${PORT}`;
for (let attempt = 0; ; attempt += 1) {
  try {
    const answer = await fetch(`${origin}/`);
    if (answer.status !== 401) {
      console.error(`The preview answered ${answer.status} without a session (expected 401): see the error above. Stopping.`);
      server.kill('SIGTERM');
      process.exit(1);
    }
    break;
  } catch {
    if (attempt > 100) {
      console.error(`The preview server did not start at ${origin}.`);
      server.kill('SIGTERM');
      process.exit(1);
    }
    await new Promise((done) => setTimeout(done, 200));
  }
}
console.log(`
  Draft preview:  ${origin}/
  Open a page with ${origin}/_preview/enable/?sanity-preview-secret=<secret>&sanity-preview-pathname=/
  (embedded mode: the secret is PREVIEW_SECRET; live mode: open it from the Studio's Presentation tool)
  Stop with Ctrl+C.
`);
