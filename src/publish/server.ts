// The worker's HTTP side. POST /webhook takes Sanity's GROQ-powered webhook: the signature is
// checked on the raw body, exactly as sent, before anything else; only a valid, fresh one whose
// body is a publish event queues a build. GET /status is the publishing status, read by the
// Studio with a bearer token (or by anyone, when the operator chose that explicitly).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { decodeSignatureHeader, isSignatureError, SIGNATURE_HEADER_NAME } from '@sanity/webhook';
import type { PublishStatus } from './status.ts';

// Sanity's projection for this site ({_id, _type, slug, operation}) is a few hundred bytes; the
// body is read into memory before its signature can be checked, so anyone may send this much.
export const MAX_BODY_BYTES = 64 * 1024;
// A signature older or newer than this is refused, so a captured request cannot be replayed
// later (the window Stripe and Svix use; it also absorbs clocks a little apart).
export const SIGNATURE_TOLERANCE_MS = 5 * 60_000;
// A whole request (headers and body) must arrive within this: a webhook is one small POST.
const REQUEST_TIMEOUT_MS = 30_000;

const OPERATIONS = ['create', 'update', 'delete'] as const;
/** What the webhook's projection sends (src/publish/webhook.json): names the change, for the log. */
export type WebhookEvent = { _id: string; _type: string; slug?: string | null; operation?: (typeof OPERATIONS)[number] };

export type ServerOptions = {
  secret: string;
  studioOrigins: string[];
  /** The bearer token GET /status requires; null: the status is public (PUBLISH_STATUS_PUBLIC=1). */
  statusToken: string | null;
  /** A correctly signed, fresh publish event arrived. */
  onEvent: (event: WebhookEvent) => void;
  status: () => PublishStatus;
  log?: (line: string) => void;
  now?: () => number;
};

/** A request the worker will not act on: its HTTP status and why, for the answer and the log. */
class Refused extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

// Sanity's document ids and type names: letters, digits, `_`, `-` and `.` (drafts., i18n suffixes).
const NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;

/** The body as a publish event, or why it is not one (a 400: signed, but not what our webhook sends). */
function parseEvent(body: Buffer): WebhookEvent {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw new Refused(400, 'The body is not UTF-8 text.');
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Refused(400, `The body is not JSON (${(error as Error).message}).`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new Refused(400, 'The body is not a JSON object like {"_id": …, "_type": …}.');
  const { _id, _type, slug, operation } = json as Record<string, unknown>;
  const problems = [
    typeof _id === 'string' && NAME.test(_id) ? null : '_id must be a document id',
    typeof _type === 'string' && NAME.test(_type) ? null : '_type must be a type name',
    slug === undefined || slug === null || typeof slug === 'string' ? null : 'slug must be text or null',
    operation === undefined || OPERATIONS.includes(operation as WebhookEvent['operation'] & string) ? null : `operation must be one of ${OPERATIONS.join(', ')}`,
  ].filter(Boolean);
  if (problems.length) throw new Refused(400, `The body is not a publish event: ${problems.join('; ')}.`);
  return json as WebhookEvent;
}

/**
 * Sanity's scheme: `t=<ms>,v1=<base64url HMAC-SHA256 of "<t>.<body>">`, the header parsed by
 * @sanity/webhook and the HMAC taken over the body's bytes exactly as sent (the library's
 * functions take a string, which would re-encode a body that is not UTF-8). Compared in constant
 * time, so the time to refuse a guess tells nothing about the right signature; then the
 * timestamp, which the signature covers, must be within SIGNATURE_TOLERANCE_MS of `now`.
 */
function checkSignature(body: Buffer, signature: string, secret: string, now: number): void {
  let timestamp: number;
  let given: Buffer;
  try {
    const decoded = decodeSignatureHeader(signature);
    timestamp = decoded.timestamp;
    given = Buffer.from(decoded.hashedPayload);
  } catch (error) {
    if (isSignatureError(error)) throw new Refused(401, 'Invalid signature.');
    throw error;
  }
  const expected = Buffer.from(createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('base64url'));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new Refused(401, 'Invalid signature.');
  const skew = now - timestamp;
  if (Math.abs(skew) > SIGNATURE_TOLERANCE_MS) {
    const minutes = (Math.abs(skew) / 60_000).toFixed(1);
    throw new Refused(
      401,
      `The signature was made ${minutes} min ${skew > 0 ? 'ago' : "ahead of this worker's clock"}; only signatures within ${SIGNATURE_TOLERANCE_MS / 60_000} min of it are accepted (a replayed request, or a clock to set right).`,
    );
  }
}

async function rawBody(req: IncomingMessage): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (declared > MAX_BODY_BYTES) throw new Refused(413, `The body (${declared} bytes) is larger than a webhook of this site can be (${MAX_BODY_BYTES} bytes).`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new Refused(413, `The body is larger than a webhook of this site can be (${MAX_BODY_BYTES} bytes).`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** Compares a presented bearer token with the configured one in constant time, whatever their lengths. */
function sameToken(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}

/** A client that went away mid-request (closed the tab, timed out, a proxy gave up): routine, not a fault. */
const clientGone = (req: IncomingMessage, error: unknown) => req.destroyed || ['ECONNRESET', 'ECONNABORTED', 'EPIPE'].includes((error as NodeJS.ErrnoException)?.code ?? '');

export function createPublishServer(options: ServerOptions): Server {
  const log = options.log ?? ((line: string) => console.log(line));
  const now = options.now ?? Date.now;

  const cors = (req: IncomingMessage): Record<string, string> => {
    const origin = req.headers.origin;
    const allowed = typeof origin === 'string' && options.studioOrigins.includes(origin);
    return {
      vary: 'Origin',
      ...(allowed ? { 'access-control-allow-origin': origin, 'access-control-allow-methods': 'GET', 'access-control-allow-headers': 'Authorization', 'access-control-max-age': '600' } : {}),
    };
  };

  const authorized = (req: IncomingMessage): boolean => {
    if (options.statusToken === null) return true;
    const match = /^Bearer +(\S+)$/i.exec(req.headers.authorization ?? '');
    return !!match && sameToken(match[1]!, options.statusToken);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://worker').pathname;

    if (path === '/status') {
      // A preflight carries no credentials; it only learns that the Studio's origin may send them.
      if (req.method === 'OPTIONS') {
        res.writeHead(204, cors(req));
        return res.end();
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return json(res, 405, { message: 'GET only' }, { allow: 'GET, HEAD, OPTIONS' });
      if (!authorized(req)) {
        return json(
          res,
          401,
          { message: "The status needs the worker's status token: Authorization: Bearer <PUBLISH_STATUS_TOKEN>." },
          { 'www-authenticate': 'Bearer realm="publish status"', ...cors(req) },
        );
      }
      return json(res, 200, options.status(), cors(req));
    }

    if (path === '/webhook') {
      if (req.method !== 'POST') return json(res, 405, { message: 'POST only' }, { allow: 'POST' });
      try {
        const signature = req.headers[SIGNATURE_HEADER_NAME];
        // Refused before the body is read: without a signature nothing in it could count.
        if (typeof signature !== 'string') throw new Refused(401, `Missing ${SIGNATURE_HEADER_NAME} header.`);
        const body = await rawBody(req);
        if (!body.length) throw new Refused(401, 'Missing body.');
        checkSignature(body, signature, options.secret, now());
        const event = parseEvent(body);
        options.onEvent(event);
        return json(res, 202, { message: 'A build is queued.' });
      } catch (error) {
        if (!(error instanceof Refused)) throw error;
        log(`[publish] webhook refused (${error.status}): ${error.message}`);
        // After a refusal mid-body the rest is not read: the connection closes after the answer.
        return json(res, error.status, { message: error.message }, req.complete ? {} : { connection: 'close' });
      }
    }

    json(res, 404, { message: 'Not found. The worker answers POST /webhook and GET /status.' });
  };

  return createServer({ requestTimeout: REQUEST_TIMEOUT_MS }, (req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (clientGone(req, error)) {
        log(`[publish] ${req.method} ${req.url}: the client closed the connection before the request was read`);
        return;
      }
      console.error('[publish] request failed:', error);
      if (!res.headersSent) json(res, 500, { message: 'The worker could not handle the request.' });
      else res.destroy();
    });
  });
}
