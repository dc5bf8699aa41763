// The worker's HTTP side: only a correctly signed webhook queues a build; the status is readable
// by the Studio's origin and nobody else's browser.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { encodeSignatureHeader } from '@sanity/webhook';
import { createPublishServer } from '../../../src/publish/server';
import type { PublishStatus } from '../../../src/publish/status';

const SECRET = 'a-long-webhook-secret';
const STATUS: PublishStatus = { state: 'idle', pending: false, lastSuccess: null, warnings: [], lastFailure: null, overdueReviews: [] };
let server: Server;
let url: string;
let events: unknown[];

beforeEach(async () => {
  events = [];
  server = createPublishServer({ secret: SECRET, studioOrigins: ['https://studio.example'], onEvent: (payload) => events.push(payload), status: () => STATUS });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())));

const post = (body: string, headers: Record<string, string> = {}) => fetch(`${url}/webhook`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
const sign = async (body: string, secret = SECRET) => ({ 'sanity-webhook-signature': await encodeSignatureHeader(body, Date.now(), secret) });

describe('POST /webhook', () => {
  const body = '{"_id":"article-somn","_type":"article","operation":"update"}';

  it('a correctly signed event is accepted and queues a build', async () => {
    const response = await post(body, await sign(body));
    expect(response.status).toBe(202);
    expect(events).toEqual([{ _id: 'article-somn', _type: 'article', operation: 'update' }]);
  });

  it('the signature is checked on the body exactly as sent, not re-encoded JSON', async () => {
    const spaced = '{ "_id": "article-somn",  "title": "S\\u00f6mn" }';
    expect((await post(spaced, await sign(spaced))).status).toBe(202);
    expect((await post(JSON.stringify(JSON.parse(spaced)), await sign(spaced))).status).toBe(401);
  });

  it('a missing, malformed, wrongly keyed or tampered signature gets 401 and builds nothing', async () => {
    const signed = await sign(body);
    const cases = [
      await post(body),
      await post(body, { 'sanity-webhook-signature': 'nonsense' }),
      await post(body, await sign(body, 'another-secret')),
      await post(body.replace('update', 'delete'), signed),
      await post('', signed),
    ];
    expect(cases.map((response) => response.status)).toEqual([401, 401, 401, 401, 401]);
    expect(events).toEqual([]);
  });

  it('an oversized body is refused', async () => {
    const huge = JSON.stringify({ padding: 'x'.repeat(1024 * 1024 + 10) });
    const response = await post(huge, await sign(huge)).catch(() => null);
    if (response) expect(response.status).toBe(413);
    expect(events).toEqual([]);
  });

  it('only POST is taken', async () => {
    expect((await fetch(`${url}/webhook`)).status).toBe(405);
  });
});

describe('GET /status', () => {
  it('answers JSON, never cached, readable by the Studio origin', async () => {
    const response = await fetch(`${url}/status`, { headers: { origin: 'https://studio.example' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('access-control-allow-origin')).toBe('https://studio.example');
    expect(await response.json()).toEqual(STATUS);
  });

  it('other origins get no CORS permission', async () => {
    const response = await fetch(`${url}/status`, { headers: { origin: 'https://evil.example' } });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('is read-only', async () => {
    expect((await fetch(`${url}/status`, { method: 'POST', body: '{}' })).status).toBe(405);
    const preflight = await fetch(`${url}/status`, { method: 'OPTIONS', headers: { origin: 'https://studio.example', 'access-control-request-method': 'GET' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET');
  });
});
