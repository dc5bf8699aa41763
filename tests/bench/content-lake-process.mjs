// The Content Lake stand-in in a process of its own, for the publish benchmark. In the bench's
// process, its GROQ evaluation (groq-js, synchronous for seconds at 10,000 articles) blocked the
// bench's event loop: the bench's clock and polling stalled while the build waited for content.
// The real Content Lake runs on Sanity's machines, not on the build's.
//
// Started with fork(); talks to its parent over IPC:
//   → { type: 'listening', url }                       once it serves the dataset
//   ← { type: 'webhook', id, definition } → { id }     adds a webhook (as in Sanity's manage UI)
//   ← { type: 'deliveries', id } → { id, deliveries }  every delivery, once all sent are answered
//   ← { type: 'close' }                                stops and exits
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const load = async (path) => (await runnerImport(resolve(ROOT, path), { configFile: false, logLevel: 'error' })).module;

const [{ loadEmbeddedDataset }, { startContentLake }] = await Promise.all([load('src/data/embedded.ts'), load('tests/support/content-lake.ts')]);
const lake = await startContentLake(await loadEmbeddedDataset(process.argv[2]));

process.on('message', async (message) => {
  if (message.type === 'webhook') {
    lake.webhooks.push(message.definition);
    process.send({ id: message.id });
  } else if (message.type === 'deliveries') {
    await lake.delivered();
    process.send({ id: message.id, deliveries: lake.deliveries });
  } else if (message.type === 'close') {
    await lake.close();
    process.exit(0);
  }
});
process.send({ type: 'listening', url: lake.url });
