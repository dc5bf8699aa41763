#!/usr/bin/env node
// Stand-in contact service: a TEST DOUBLE of the external counsellors' chat, used for local
// development and tests of the site. It is not the product and must never face real visitors.
// The contract it implements is docs/contact-service-contract.md; what it adds, README.md next to this file.
//
//   node src/dev/contact-service-standin/server.ts --port 4400   (or PORT=4400)
//   import { startStandin } from './server.ts'; const s = await startStandin({ port: 0 });

import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { languageTag, textsFor, VARIANT, type Texts } from './texts.ts';

export const MODES = ['normal', 'down', 'slow', 'closed', 'busy'] as const;
export type Mode = (typeof MODES)[number];

export interface Standin {
  /** Base URL, e.g. `http://127.0.0.1:4400` (no trailing slash). */
  url: string;
  port: number;
  /** `delayMs` applies to "slow" mode; defaults to the `slowMs` given at start. */
  setMode(mode: Mode, options?: { delayMs?: number }): void;
  close(): Promise<void>;
}

export type StandinOptions = {
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /** Delay of "slow" mode, default 8000 ms. */
  slowMs?: number;
  /** How long a long-poll is held before answering unchanged, default 25000 ms. */
  pollMs?: number;
};

type Message = { from: 'visitor' | 'counsellor'; text: string; at: string };
type Session = { id: string; state: 'queued' | 'connected' | 'ended'; reason?: string; createdAt: number; messages: Message[] };
type Waiter = { visitor: boolean; res: ServerResponse; timer: NodeJS.Timeout; wake: () => void };
const WAIT_PER_PERSON = 3; // minutes; only has to look plausible
const BUSY_QUEUE = 5; // invisible visitors ahead of everyone in "busy" mode
const MAX_TEXT = 2000;
const MAX_BODY = 16 * 1024;
const SESSION_ID = /^[A-Za-z0-9_-]{8,128}$/;

const asset = (name: string) => readFileSync(new URL(name, import.meta.url));
const EMBED_PAGE = asset('embed.html').toString('utf8');
const ASSETS: Record<string, [type: string, body: Buffer]> = {
  '/chat/embed.js': ['text/javascript', asset('embed.js')],
  '/counsellor': ['text/html', asset('counsellor.html')],
  '/counsellor.js': ['text/javascript', asset('counsellor.js')],
  '/standin.css': ['text/css', asset('standin.css')],
};

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The chat page in the visitor's language: its texts in the markup and, for the script, as a JSON data block. */
function embedPage(texts: Texts & { lang: string }): string {
  const values: Record<string, unknown> = { ...texts, texts: JSON.stringify(texts).replace(/</g, '\\u003c') };
  return EMBED_PAGE.replace(/\{\{(\w+)\}\}/g, (_, key: string) => (key === 'texts' ? String(values.texts) : escapeHtml(String(values[key]))));
}

const downPage = (t: Texts & { lang: string }) =>
  `<!doctype html><html lang="${t.lang}" dir="${t.dir}"><meta charset="utf-8"><title>${escapeHtml(t.downTitle)}</title>\n<p>${escapeHtml(t.down)}</p></html>`;

/** `lang` and `variant` of an embed request: absent is fine, malformed is refused (400). */
function embedLanguage(url: URL): Texts & { lang: string } {
  const rawLang = url.searchParams.get('lang');
  const rawVariant = url.searchParams.get('variant');
  const lang = rawLang === null ? null : languageTag(rawLang);
  if (rawLang !== null && !lang) throw new HttpError(400, 'bad-lang');
  if (rawVariant !== null && (!lang || !VARIANT.test(rawVariant))) throw new HttpError(400, 'bad-variant');
  return textsFor(lang);
}

class HttpError extends Error {
  readonly status: number;
  constructor(status: number, code: string) {
    super(code);
    this.status = status;
  }
}

export async function startStandin({ port = 0, host = '127.0.0.1', slowMs = 8000, pollMs = 25_000 }: StandinOptions = {}): Promise<Standin> {
  let mode: Mode = 'normal';
  let delayMs = slowMs;
  let version = 0;
  const sessions = new Map<string, Session>();
  /** Pending long-polls: `wake` answers them, `visitor` marks those that "down" mode cuts off. */
  const waiters = new Set<Waiter>();

  // Every change wakes every long-poll; with a handful of sessions that is simpler than tracking
  // who is affected (a queue position can change because somebody else left).
  const changed = () => {
    version++;
    for (const w of waiters) w.wake();
  };

  const queued = () => [...sessions.values()].filter((s) => s.state === 'queued');
  const ahead = () => (mode === 'busy' ? BUSY_QUEUE : 0);

  function status() {
    if (mode === 'closed') {
      return { state: 'closed', queueLength: 0, estimatedWaitMinutes: 0, message: 'Chatten är stängd just nu (testattrapp).' };
    }
    const queueLength = ahead() + queued().length;
    return {
      state: mode === 'busy' ? 'busy' : 'open',
      queueLength,
      estimatedWaitMinutes: queueLength * WAIT_PER_PERSON,
      ...(mode === 'busy' && { message: 'Många söker kontakt just nu (testattrapp).' }),
    };
  }

  function visitorView(s: Session) {
    const view: { version: number; sessionId: string; state: Session['state']; messages: Message[]; position?: number; estimatedWaitMinutes?: number; reason?: string } = {
      version,
      sessionId: s.id,
      state: s.state,
      messages: s.messages,
    };
    if (s.state === 'queued') {
      view.position = ahead() + queued().indexOf(s) + 1;
      view.estimatedWaitMinutes = view.position * WAIT_PER_PERSON;
    }
    if (s.reason) view.reason = s.reason;
    return view;
  }

  const counsellorView = () => ({
    version,
    mode,
    queue: queued().map((s) => ({ id: s.id, since: new Date(s.createdAt).toISOString(), messages: s.messages.length })),
    sessions: [...sessions.values()].filter((s) => s.state !== 'queued').map(({ id, state, reason, messages }) => ({ id, state, reason, messages })),
  });

  function session(id: string): Session {
    const s = SESSION_ID.test(id) ? sessions.get(id) : undefined;
    if (!s) throw new HttpError(404, 'unknown-session');
    return s;
  }

  function end(s: Session, reason: string) {
    if (s.state === 'ended') return;
    s.state = 'ended';
    s.reason = reason;
    changed();
  }

  function addMessage(s: Session, from: Message['from'], body: unknown) {
    const sent = (body as { text?: unknown } | undefined)?.text;
    const text = typeof sent === 'string' ? sent.trim() : '';
    if (!text || text.length > MAX_TEXT) throw new HttpError(400, 'bad-text');
    if (s.state === 'ended') throw new HttpError(409, 'ended');
    s.messages.push({ from, text, at: new Date().toISOString() });
    changed();
  }

  /** Holds the request until something changes when the client is already up to date. */
  function poll(res: ServerResponse, since: number, render: () => unknown, { visitor }: { visitor: boolean }) {
    if (since !== version) return json(res, 200, render());
    const w: Waiter = {
      visitor,
      res,
      timer: setTimeout(() => w.wake(), pollMs),
      wake: () => {
        waiters.delete(w);
        clearTimeout(w.timer);
        // The session may be gone after a reset; render() then throws 404.
        try {
          json(res, 200, render());
        } catch (err) {
          fail(res, err);
        }
      },
    };
    waiters.add(w);
    res.on('close', () => {
      waiters.delete(w);
      clearTimeout(w.timer);
    });
  }

  function setMode(next: unknown, options: { delayMs?: unknown } = {}) {
    if (!isMode(next)) throw new HttpError(400, 'bad-mode');
    mode = next;
    delayMs = typeof options.delayMs === 'number' && Number.isInteger(options.delayMs) && options.delayMs >= 0 ? options.delayMs : slowMs;
    if (mode === 'down') {
      // A service that goes down drops its open connections rather than answering them.
      for (const w of waiters) {
        if (!w.visitor) continue;
        waiters.delete(w);
        w.res.destroy();
      }
    }
    changed();
  }

  async function route(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://standin');
    const path = url.pathname;
    const method = req.method ?? 'GET';
    const since = url.searchParams.has('since') ? Number(url.searchParams.get('since')) : NaN;

    // Test control and the counsellor's side are never affected by the failure modes.
    if (path === '/__control/mode' && method === 'POST') {
      const body = (await readJson(req)) as { mode?: unknown; delayMs?: unknown } | undefined;
      setMode(body?.mode, body ?? {});
      return json(res, 200, { mode, delayMs });
    }
    if (path === '/__control/sessions' && method === 'GET') {
      return json(
        res,
        200,
        [...sessions.values()].map((s) => ({
          id: s.id,
          state: s.state,
          ended: s.state === 'ended',
          ...(s.reason && { reason: s.reason }),
          messages: s.messages.length,
        })),
      );
    }
    if (path === '/__control/reset' && method === 'POST') {
      sessions.clear();
      setMode('normal');
      return json(res, 200, { mode });
    }
    if (path === '/counsellor' || path === '/counsellor.js' || path === '/standin.css') {
      return sendAsset(res, path, "'none'");
    }
    if (path === '/api/counsellor' && method === 'GET') {
      return poll(res, since, counsellorView, { visitor: false });
    }
    if (path === '/api/counsellor/next' && method === 'POST') {
      const next = queued()[0];
      if (!next) throw new HttpError(404, 'queue-empty');
      next.state = 'connected';
      changed();
      return json(res, 200, { sessionId: next.id });
    }
    let m = /^\/api\/counsellor\/sessions\/([^/]+)\/(messages|end)$/.exec(path);
    if (m && method === 'POST') {
      const s = session(m[1]!);
      if (m[2] === 'end') end(s, 'counsellor');
      else addMessage(s, 'counsellor', await readJson(req));
      return noContent(res);
    }

    // Everything below is what the site and its visitors reach: subject to the modes.
    const visitorFacing = path === '/status' || path.startsWith('/chat/') || path.startsWith('/api/sessions');
    if (!visitorFacing) throw new HttpError(404, 'not-found');
    if (mode === 'slow') {
      await new Promise((r) => setTimeout(r, delayMs).unref());
      if (res.destroyed) return;
    }

    if (path === '/status') {
      res.setHeader('Access-Control-Allow-Origin', '*');
      if (method === 'OPTIONS') {
        res.setHeader('Access-Control-Allow-Methods', 'GET');
        return noContent(res);
      }
      if (method !== 'GET') throw new HttpError(405, 'method');
      if (mode === 'down') throw new HttpError(503, 'down');
      return json(res, 200, status());
    }
    if (path === '/chat/embed' || path === '/chat/embed.js') {
      const parent = url.searchParams.get('parent');
      if (parent !== null && !isOrigin(parent)) throw new HttpError(400, 'bad-parent');
      const texts = embedLanguage(url);
      if (mode === 'down') {
        res.setHeader('Content-Security-Policy', `default-src 'none'; frame-ancestors ${parent ?? '*'}`);
        return send(res, 503, 'text/html', downPage(texts));
      }
      if (path === '/chat/embed') {
        setCsp(res, parent ?? '*');
        return send(res, 200, 'text/html', embedPage(texts));
      }
      return sendAsset(res, path, parent ?? '*');
    }

    if (mode === 'down') throw new HttpError(503, 'down');
    if (path === '/api/sessions' && method === 'POST') {
      if (mode === 'closed') throw new HttpError(409, 'closed');
      const s: Session = { id: randomUUID(), state: 'queued', createdAt: Date.now(), messages: [] };
      sessions.set(s.id, s);
      changed();
      return json(res, 201, visitorView(s));
    }
    m = /^\/api\/sessions\/([^/]+)(?:\/(messages|end))?$/.exec(path);
    if (m) {
      const s = session(m[1]!);
      if (!m[2] && method === 'GET') return poll(res, since, () => visitorView(session(s.id)), { visitor: true });
      if (m[2] === 'end' && method === 'POST') return (end(s, 'visitor'), noContent(res));
      if (m[2] === 'messages' && method === 'POST') return (addMessage(s, 'visitor', await readJson(req)), noContent(res));
    }
    throw new HttpError(404, 'not-found');
  }

  const server = createServer((req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    route(req, res).catch((err) => fail(res, err));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const actual = (server.address() as AddressInfo).port;

  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${actual}`,
    port: actual,
    setMode,
    close: () =>
      new Promise<void>((resolve) => {
        for (const w of waiters) clearTimeout(w.timer);
        waiters.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

const isMode = (value: unknown): value is Mode => (MODES as readonly unknown[]).includes(value);

function isOrigin(value: string): boolean {
  try {
    const u = new URL(value);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.origin === value;
  } catch {
    return false;
  }
}

/** Static pages: strict CSP, no inline code, framing only by `frameAncestors`. */
function sendAsset(res: ServerResponse, path: string, frameAncestors: string) {
  const [type, body] = ASSETS[path]!;
  setCsp(res, frameAncestors);
  send(res, 200, type, body);
}

function setCsp(res: ServerResponse, frameAncestors: string) {
  res.setHeader('Content-Security-Policy', `default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors ${frameAncestors}`);
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer) {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, { 'Content-Type': `${type}; charset=utf-8` });
  res.end(body);
}

const json = (res: ServerResponse, status: number, value: unknown) => send(res, status, 'application/json', JSON.stringify(value));

function noContent(res: ServerResponse) {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(204);
  res.end();
}

function fail(res: ServerResponse, err: unknown) {
  if (err instanceof HttpError) return json(res, err.status, { error: err.message });
  console.error(err);
  json(res, 500, { error: 'internal' });
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY) throw new HttpError(413, 'too-large');
    chunks.push(chunk);
  }
  if (!size) return undefined;
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, 'bad-json');
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const i = process.argv.indexOf('--port');
  const port = Number(i > 0 ? process.argv[i + 1] : (process.env.PORT ?? 4400));
  const h = process.argv.indexOf('--host');
  const standin = await startStandin({ port, ...(h > 0 && { host: process.argv[h + 1] }) });
  console.log(`Contact-service stand-in (TEST DOUBLE, not the real chat) on ${standin.url}`);
  console.log(`  status ${standin.url}/status · embed ${standin.url}/chat/embed · counsellor ${standin.url}/counsellor`);
  const stop = () => standin.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
