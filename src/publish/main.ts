// `npm run publish-worker`: the publish worker, configured by the environment (README, "Publishing").
import { ConfigError, configFromEnv } from './config.ts';
import { startPublishWorker } from './worker.ts';

let config;
try {
  config = configFromEnv();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`[publish] ${error.message}`);
  process.exit(2);
}

const worker = await startPublishWorker(config);
// Tests and process managers read the address from this line.
console.log(`[publish] worker listening on ${worker.url} (POST /webhook, GET /status); site root ${config.root}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.log(`[publish] ${signal}: stopping`);
    worker.close().then(() => process.exit(0));
  });
}
