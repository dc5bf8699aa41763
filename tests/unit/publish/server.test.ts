// The worker's HTTP side: only a correctly signed, fresh webhook whose body is a publish event
// queues a build; the status needs the token (unless public by choice) and is readable by the
// Studio's origin and nobody else's browser.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHmac } from 'node:crypto';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { encodeSignatureHeader } from '@sanity/webhook';
import { createPublishServer, MAX_BODY_BYTES, type ServerOptions, type WebhookEvent } from '../../../src/publish/server';
import type { PublishStatus } from '../../../src/publish/status';

const SECRET = 'a-long-webhook-secret';
const TOKEN = 'c0ffee'.repeat(8);
const NOW = Date.parse('2026-11-28T09:00:00Z');
const MINUTE = 60_000;
const STATUS: PublishStatus = { state: 'idle', pending: false, lastSuccess: null, warnings: [], lastFailure: null, overdueReviews: [] };
let server: Server;
let url: string;
let events: WebhookEvent[];
let lines: string[];

async function start(overrides: Partial<ServerOptions> = {}) {
  server = createPublishServer({
    secret: SECRET,
    studioOrigins: ['https://studio.example'],
    statusToken: TOKEN,
    onEvent: (event) => events.push(event),
    status: () => STATUS,
    log: (line) => lines.push(line),
    now: () => NOW,
    ...overrides,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeEach(async () => {
  events = [];
  lines = [];
  await start();
});
afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())));

const post = (body: string | Uint8Array<ArrayBuffer>, headers: Record<string, string> = {}) =>
  fetch(`${url}/webhook`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
const sign = async (body: string, { secret = SECRET, at = NOW } = {}) => ({ 'sanity-webhook-signature': await encodeSignatureHeader(body, at, secret) });
/** Signs bytes as they are, as a sender that signs what it sends would (the library signs strings). */
const signBytes = (body: Uint8Array<ArrayBuffer>, at = NOW) => ({ 'sanity-webhook-signature': `t=${at},v1=${createHmac('sha256', SECRET).update(`${at}.`).update(body).digest('base64url')}` });

describe('POST /webhook', () => {
  const body = '{"_id":"article-somn","_type":"article","operation":"update"}';

  it('a correctly signed event is accepted and queues a build', async () => {
    const response = await post(body, await sign(body));
    expect(response.status).toBe(202);
    expect(events).toEqual([{ _id: 'article-somn', _type: 'article', operation: 'update' }]);
  });

  it('takes the projection as Sanity sends it, slug null included, and extra fields', async () => {
    const sent = '{"_id":"contactSettings","_type":"contactSettings","slug":null,"operation":"update","_rev":"x1"}';
    expect((await post(sent, await sign(sent))).status).toBe(202);
    expect(events).toHaveLength(1);
  });

  it('the signature is checked on the body exactly as sent, not re-encoded JSON', async () => {
    const spaced = '{ "_id": "article-somn",  "_type": "article", "title": "S\\u00f6mn" }';
    expect((await post(spaced, await sign(spaced))).status).toBe(202);
    expect((await post(JSON.stringify(JSON.parse(spaced)), await sign(spaced))).status).toBe(401);
  });

  it('a missing, malformed, wrongly keyed or tampered signature gets 401 and builds nothing', async () => {
    const signed = await sign(body);
    const cases = [
      await post(body),
      await post(body, { 'sanity-webhook-signature': 'nonsense' }),
      await post(body, await sign(body, { secret: 'another-secret' })),
      await post(body.replace('update', 'delete'), signed),
      await post('', signed),
    ];
    expect(cases.map((response) => response.status)).toEqual([401, 401, 401, 401, 401]);
    expect(events).toEqual([]);
  });

  describe("replays: a signature more than 5 minutes from the worker's clock", () => {
    for (const [name, offset] of [
      ['an hour old', -60 * MINUTE],
      ['6 minutes old', -6 * MINUTE],
      ['6 minutes ahead', 6 * MINUTE],
      ['an hour ahead', 60 * MINUTE],
    ] as const) {
      it(`is refused when ${name}, with 401, a log line and no build`, async () => {
        const response = await post(body, await sign(body, { at: NOW + offset }));
        expect(response.status).toBe(401);
        expect(((await response.json()) as { message: string }).message).toMatch(/only signatures within 5 min of it are accepted/);
        expect(events).toEqual([]);
        expect(lines).toEqual([expect.stringMatching(/^\[publish\] webhook refused \(401\): The signature was made (6\.0|60\.0) min (ago|ahead of this worker's clock)/)]);
      });
    }

    for (const [name, offset] of [
      ['4 minutes old', -4 * MINUTE],
      ['4 minutes ahead', 4 * MINUTE],
      ['exactly 5 minutes old', -5 * MINUTE],
    ] as const) {
      it(`is accepted when ${name}`, async () => {
        expect((await post(body, await sign(body, { at: NOW + offset }))).status).toBe(202);
        expect(events).toHaveLength(1);
      });
    }

    it('a fresh signature made for an old body still has to match it', async () => {
      const old = await sign(body, { at: NOW - 60 * MINUTE });
      const retimed = old['sanity-webhook-signature'].replace(`t=${NOW - 60 * MINUTE}`, `t=${NOW}`);
      expect((await post(body, { 'sanity-webhook-signature': retimed })).status).toBe(401);
    });
  });

  describe('signed bodies that are not a publish event get 400, are logged and build nothing', () => {
    const cases: Array<[string, string]> = [
      ['truncated JSON', body.slice(0, 30)],
      ['a JSON array', '[{"_id":"article-somn","_type":"article"}]'],
      ['a JSON string', '"article-somn"'],
      ['JSON null', 'null'],
      ['a body without _id', '{"_type":"article","operation":"update"}'],
      ['an empty _id', '{"_id":"","_type":"article"}'],
      ['an _id that is a number', '{"_id":42,"_type":"article"}'],
      ['an _id with a line break (a forged log line)', '{"_id":"a\\n[publish] build x is live","_type":"article"}'],
      ['a body without _type', '{"_id":"article-somn"}'],
      ['an unknown operation', '{"_id":"article-somn","_type":"article","operation":"drop"}'],
      ['a slug that is not text', '{"_id":"article-somn","_type":"article","slug":{"current":"x"}}'],
      ['text that is not JSON', 'publish please'],
    ];
    for (const [name, sent] of cases) {
      it(name, async () => {
        const response = await post(sent, await sign(sent));
        expect(response.status).toBe(400);
        expect(events).toEqual([]);
        expect(lines).toEqual([expect.stringMatching(/^\[publish\] webhook refused \(400\): The body is not (JSON|a JSON object|a publish event)/)]);
      });
    }

    it('binary bytes, signed as they are', async () => {
      const bytes = new Uint8Array([0x7b, 0xff, 0xfe, 0x00, 0x22, 0x5f, 0x69, 0x64, 0x22, 0xc3, 0x28, 0x7d]);
      const response = await post(bytes, signBytes(bytes));
      expect(response.status).toBe(400);
      expect(lines).toEqual(['[publish] webhook refused (400): The body is not UTF-8 text.']);
      expect(events).toEqual([]);
    });

    it('binary bytes that happen to be UTF-8', async () => {
      const sent = String.fromCharCode(...Array.from({ length: 64 }, (_, i) => (i * 37) % 256));
      expect((await post(sent, await sign(sent))).status).toBe(400);
      expect(events).toEqual([]);
    });
  });

  describe('the body is read only up to 64 KB', () => {
    const padded = (size: number) => {
      const start = '{"_id":"article-somn","_type":"article","padding":"';
      return `${start}${'x'.repeat(size - start.length - 2)}"}`;
    };

    it('a signed event of just under 64 KB is accepted', async () => {
      const sent = padded(MAX_BODY_BYTES);
      expect(sent.length).toBe(64 * 1024);
      expect((await post(sent, await sign(sent))).status).toBe(202);
    });

    it('a body of 65 KB is refused with 413 before its signature is checked, and logged', async () => {
      const sent = padded(65 * 1024);
      const response = await post(sent, await sign(sent));
      expect(response.status).toBe(413);
      expect(events).toEqual([]);
      expect(lines).toEqual([expect.stringMatching(/^\[publish\] webhook refused \(413\): The body \(66560 bytes\) is larger than a webhook of this site can be \(65536 bytes\)/)]);
    });

    it('a body sent without a length is cut off at 64 KB too', async () => {
      const sent = padded(65 * 1024);
      const chunks = new ReadableStream({
        start(controller) {
          for (let at = 0; at < sent.length; at += 8192) controller.enqueue(new TextEncoder().encode(sent.slice(at, at + 8192)));
          controller.close();
        },
      });
      const response = await fetch(`${url}/webhook`, { method: 'POST', body: chunks, duplex: 'half', headers: await sign(sent) } as RequestInit);
      expect(response.status).toBe(413);
      expect(events).toEqual([]);
    });

    it('a request without a signature is refused before its body is read', async () => {
      const response = await post(padded(MAX_BODY_BYTES));
      expect(response.status).toBe(401);
      expect(lines).toEqual([`[publish] webhook refused (401): Missing sanity-webhook-signature header.`]);
    });
  });

  it('a client that hangs up mid-body is one quiet line in the log, not an error with a stack trace', async () => {
    const errors: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const socket = connect((server.address() as AddressInfo).port, '127.0.0.1');
      await new Promise((resolve) => socket.once('connect', resolve));
      socket.write(`POST /webhook HTTP/1.1\r\nhost: worker\r\ncontent-type: application/json\r\ncontent-length: 500\r\nsanity-webhook-signature: t=${NOW},v1=abc\r\n\r\n{"_id":`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      socket.destroy();
      while (!lines.length) await new Promise((resolve) => setTimeout(resolve, 10));
    } finally {
      console.error = original;
    }
    expect(lines).toEqual(['[publish] POST /webhook: the client closed the connection before the request was read']);
    expect(errors).toEqual([]);
  });

  it('only POST is taken', async () => {
    expect((await fetch(`${url}/webhook`)).status).toBe(405);
  });
});

describe('GET /status', () => {
  const bearer = (token = TOKEN) => ({ authorization: `Bearer ${token}` });

  it('answers JSON with the token, never cached, readable by the Studio origin', async () => {
    const response = await fetch(`${url}/status`, { headers: { origin: 'https://studio.example', ...bearer() } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('access-control-allow-origin')).toBe('https://studio.example');
    expect(await response.json()).toEqual(STATUS);
  });

  it('without the token, or with another, answers 401 and shows nothing, in a form the Studio can read', async () => {
    for (const headers of [{}, bearer('x'.repeat(64)), bearer(TOKEN.slice(1)), { authorization: `Basic ${Buffer.from(`x:${TOKEN}`).toString('base64')}` }, { authorization: TOKEN }]) {
      const response = await fetch(`${url}/status`, { headers: { origin: 'https://studio.example', ...headers } });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(response.headers.get('access-control-allow-origin')).toBe('https://studio.example');
      expect(JSON.stringify(await response.json())).not.toContain('lastSuccess');
    }
  });

  it('a public status (PUBLISH_STATUS_PUBLIC=1) needs no token', async () => {
    server.close();
    await start({ statusToken: null });
    expect((await fetch(`${url}/status`)).status).toBe(200);
  });

  it('other origins get no CORS permission', async () => {
    const response = await fetch(`${url}/status`, { headers: { origin: 'https://evil.example', ...bearer() } });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('is read-only; the preflight lets the Studio send its token', async () => {
    expect((await fetch(`${url}/status`, { method: 'POST', body: '{}', headers: bearer() })).status).toBe(405);
    const preflight = await fetch(`${url}/status`, {
      method: 'OPTIONS',
      headers: { origin: 'https://studio.example', 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET');
    expect(preflight.headers.get('access-control-allow-headers')).toBe('Authorization');
  });
});
