// The Studio's "Publicering" tool and a worker whose status needs a token: the tool sends the
// token it was built with, and says which setting is wrong when the worker refuses it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createPublishServer } from '../../../src/publish/server';
import type { PublishStatus } from '../../../src/publish/status';
import { readStatusResponse, statusRequestHeaders } from '../../../sanity/tools/publishing/status';

const TOKEN = '0123456789abcdef'.repeat(4);
const STATUS: PublishStatus = { state: 'idle', pending: false, lastSuccess: null, warnings: [], lastFailure: null, overdueReviews: [] };
let server: Server;
let statusUrl: string;

beforeEach(async () => {
  server = createPublishServer({ secret: 'secret', studioOrigins: ['https://studio.example'], statusToken: TOKEN, onEvent: () => {}, status: () => STATUS, log: () => {} });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  statusUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/status`;
});
afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** What the tool does on each refresh: fetch with its headers, then read the answer. */
async function readAsTheToolDoes(token: string) {
  const response = await fetch(statusUrl, { cache: 'no-store', headers: { origin: 'https://studio.example', ...statusRequestHeaders(token) } });
  return readStatusResponse(statusUrl, { status: response.status, contentType: response.headers.get('content-type'), body: await response.text() }, { tokenSent: !!token });
}

describe('the Publicering tool and a protected status', () => {
  it("with the worker's token it shows the status", async () => {
    expect(await readAsTheToolDoes(TOKEN)).toEqual({ ok: true, status: STATUS });
  });

  it('without a token it names the Studio setting to add', async () => {
    expect(await readAsTheToolDoes('')).toEqual({
      ok: false,
      errors: [expect.stringMatching(/kräver en nyckel, men Studion har ingen: sätt SANITY_STUDIO_PUBLISH_STATUS_TOKEN till tjänstens PUBLISH_STATUS_TOKEN/)],
    });
  });

  it('with another token it says the two settings differ', async () => {
    expect(await readAsTheToolDoes('f'.repeat(64))).toEqual({
      ok: false,
      errors: [expect.stringMatching(/godtog inte Studions nyckel: SANITY_STUDIO_PUBLISH_STATUS_TOKEN måste vara samma som tjänstens PUBLISH_STATUS_TOKEN/)],
    });
  });

  it('sends no Authorization header when it has no token', () => {
    expect(statusRequestHeaders('')).toEqual({});
    expect(statusRequestHeaders(TOKEN)).toEqual({ authorization: `Bearer ${TOKEN}` });
  });
});
