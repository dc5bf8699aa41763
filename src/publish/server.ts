// The worker's HTTP side. POST /webhook takes Sanity's GROQ-powered webhook: the signature is
// checked on the raw body, exactly as sent, before anything else; only a valid one queues a build.
// GET /status is the read-only publishing status, readable by the Studio from its own origin.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import { decodeSignatureHeader, encodeSignatureHeader, isSignatureError, SIGNATURE_HEADER_NAME } from '@sanity/webhook';
import type { PublishStatus } from './status.ts';

// Sanity's projections for this site are a few hundred bytes; anything far larger is not ours.
const MAX_BODY_BYTES = 1024 * 1024;

export type ServerOptions = {
  secret: string;
  studioOrigins: string[];
  /** A correctly signed event arrived; its parsed body, for the log. */
  onEvent: (payload: unknown) => void;
  status: () => PublishStatus;
};

class TooLarge extends Error {}

/**
 * Sanity's scheme (`t=<ms>,v1=<HMAC-SHA256 of "<t>.<body>">`) through @sanity/webhook, compared
 * in constant time so the time to refuse a guess tells nothing about the right signature.
 * A replayed request only starts a rebuild of what is published anyway: nothing is taken from it.
 */
async function validSignature(body: string, signature: string, secret: string): Promise<boolean> {
  try {
    const { timestamp } = decodeSignatureHeader(signature);
    const expected = Buffer.from(await encodeSignatureHeader(body, timestamp, secret));
    const given = Buffer.from(signature.trim());
    return given.length === expected.length && timingSafeEqual(given, expected);
  } catch (error) {
    if (isSignatureError(error)) return false;
    throw error;
  }
}

async function rawBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new TooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}

export function createPublishServer(options: ServerOptions): Server {
  const cors = (req: IncomingMessage): Record<string, string> => {
    const origin = req.headers.origin;
    const allowed = typeof origin === 'string' && options.studioOrigins.includes(origin);
    return { vary: 'Origin', ...(allowed ? { 'access-control-allow-origin': origin, 'access-control-allow-methods': 'GET', 'access-control-max-age': '600' } : {}) };
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://worker').pathname;

    if (path === '/status') {
      if (req.method === 'OPTIONS') {
        res.writeHead(204, cors(req));
        return res.end();
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return json(res, 405, { message: 'GET only' }, { allow: 'GET, HEAD, OPTIONS' });
      return json(res, 200, options.status(), cors(req));
    }

    if (path === '/webhook') {
      if (req.method !== 'POST') return json(res, 405, { message: 'POST only' }, { allow: 'POST' });
      let body: string;
      try {
        body = await rawBody(req);
      } catch (error) {
        if (error instanceof TooLarge) return json(res, 413, { message: 'The body is larger than a webhook of this site can be.' });
        throw error;
      }
      const signature = req.headers[SIGNATURE_HEADER_NAME];
      if (typeof signature !== 'string' || !body) return json(res, 401, { message: `Missing ${SIGNATURE_HEADER_NAME} header or body.` });
      if (!(await validSignature(body, signature, options.secret))) return json(res, 401, { message: 'Invalid signature.' });
      let payload: unknown = null;
      try {
        payload = JSON.parse(body);
      } catch {
        // Signed but not JSON: still a publish event from our webhook; the build reads the content itself.
      }
      options.onEvent(payload);
      return json(res, 202, { message: 'A build is queued.' });
    }

    json(res, 404, { message: 'Not found. The worker answers POST /webhook and GET /status.' });
  };

  return createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('[publish] request failed:', error);
      if (!res.headersSent) json(res, 500, { message: 'The worker could not handle the request.' });
      else res.destroy();
    });
  });
}
