// The publish worker: webhook in, coalesced builds, atomic switches, status out.
// Started by main.ts (docs/publishing.md, "Setting up a server"); tests start it the same way.
import type { AddressInfo } from 'node:net';
import type { PublishConfig } from './config.ts';
import { stopRunningCommands, type CommandRunner } from './processes.ts';
import { createPublisher } from './publisher.ts';
import { createScheduler, type Timers } from './scheduler.ts';
import { createPublishServer, type WebhookEvent } from './server.ts';
import { statusView } from './status.ts';

export type PublishWorker = {
  url: string;
  /** Stops taking events; a running build is stopped, its directory removed and the live site left as it is. */
  close(): Promise<void>;
};

const describe = ({ _id, _type, operation }: WebhookEvent) => [operation, _type, _id].filter(Boolean).join(' ');

export async function startPublishWorker(config: PublishConfig, deps: { run?: CommandRunner; timers?: Timers; log?: (line: string) => void } = {}): Promise<PublishWorker> {
  const log = deps.log ?? ((line: string) => console.log(line));
  if (config.statusPublic) {
    log(
      '[publish] WARNING: GET /status is readable without a token (PUBLISH_STATUS_PUBLIC=1). It names documents and lines of build logs: make sure only editors can reach this worker, or set PUBLISH_STATUS_TOKEN instead.',
    );
  }
  const publisher = createPublisher(config, { run: deps.run, log });
  await publisher.init();
  const scheduler = createScheduler({
    debounceMs: config.debounceMs,
    maxWaitMs: config.maxWaitMs,
    timers: deps.timers,
    run: async () => {
      await publisher.publish();
    },
    onError: (error) => log(`[publish] the build could not run: ${(error as Error)?.stack ?? String(error)}`),
  });

  const server = createPublishServer({
    secret: config.secret,
    studioOrigins: config.studioOrigins,
    statusToken: config.statusToken,
    onEvent(event) {
      log(`[publish] webhook: ${describe(event)}`);
      scheduler.notify();
    },
    status: () => statusView(publisher.record(), scheduler.state(), new Date()),
    log,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;

  // Catch up with anything published while the worker was not running.
  scheduler.notify();

  return {
    url: `http://${host}:${port}`,
    async close() {
      scheduler.cancel();
      stopRunningCommands();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await scheduler.idle();
    },
  };
}
