// The publish worker's process, configured by the environment (docs/publishing.md): started by
// its systemd unit (docs/publishing/stodlinjen-publish.service) or `npm run publish-worker`.
import { ConfigError, configFromEnv } from './config.ts';
import { stopRunningCommands } from './processes.ts';
import { startPublishWorker } from './worker.ts';

let config;
try {
  config = configFromEnv();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  for (const problem of error.problems) console.error(`[publish] ${problem}`);
  process.exit(2);
}

// Whenever this process exits, a crash included, its build stops with it. Only a SIGKILL escapes
// this; the next worker to start stops that build (processes.ts).
process.on('exit', stopRunningCommands);

const worker = await startPublishWorker(config);
// Tests and process managers read the address from this line.
console.log(`[publish] worker listening on ${worker.url} (POST /webhook, GET /status); site root ${config.root}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.log(`[publish] ${signal}: stopping`);
    worker.close().then(() => process.exit(0));
  });
}
