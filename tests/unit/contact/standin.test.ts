// The stand-in contact service (a test double) speaks the contract over HTTP. These tests pin that
// behaviour down, so the site's own tests can rely on it.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseStatus } from '../../../src/lib/contact-contract';
import { startStandin, type Standin } from '../../../src/dev/contact-service-standin/server.ts';
import { contentOf, elementsOf } from '../../support/html';

interface VisitorView {
  version: number;
  sessionId: string;
  state: 'queued' | 'connected' | 'ended';
  position?: number;
  estimatedWaitMinutes?: number;
  reason?: string;
  messages: { from: 'visitor' | 'counsellor'; text: string; at: string }[];
}

let standin: Standin;
const url = (path: string) => `${standin.url}${path}`;
const get = (path: string) => fetch(url(path));
const post = (path: string, body?: unknown) =>
  fetch(url(path), {
    method: 'POST',
    ...(body !== undefined && { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
  });

async function status() {
  const res = await get('/status');
  expect(res.status).toBe(200);
  return parseStatus(await res.json());
}

async function newSession(): Promise<VisitorView> {
  const res = await post('/api/sessions');
  expect(res.status).toBe(201);
  return (await res.json()) as VisitorView;
}

async function view(id: string, since = -1): Promise<VisitorView> {
  const res = await get(`/api/sessions/${id}?since=${since}`);
  expect(res.status).toBe(200);
  return (await res.json()) as VisitorView;
}

async function controlSessions() {
  return (await (await get('/__control/sessions')).json()) as {
    id: string;
    state: string;
    ended: boolean;
    reason?: string;
    messages: number;
  }[];
}

beforeAll(async () => {
  standin = await startStandin({ port: 0, pollMs: 1000 });
});
afterAll(() => standin.close());
beforeEach(async () => {
  expect((await post('/__control/reset')).status).toBe(200);
});

describe('GET /status', () => {
  it('answers the contract shape, readable from any origin, never cached', async () => {
    const res = await get('/status');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = await res.json();
    expect(parseStatus(body)).toEqual(body);
    expect(body).toEqual({ state: 'open', queueLength: 0, estimatedWaitMinutes: 0 });
  });

  it('counts the visitors waiting', async () => {
    await newSession();
    await newSession();
    expect(await status()).toMatchObject({ state: 'open', queueLength: 2 });
    expect((await status())!.estimatedWaitMinutes).toBeGreaterThan(0);
  });
});

describe('queue', () => {
  it('gives new sessions position 1 + number waiting, and moves people up', async () => {
    const a = await newSession();
    const b = await newSession();
    const c = await newSession();
    expect([a.position, b.position, c.position]).toEqual([1, 2, 3]);
    expect(a.estimatedWaitMinutes).toBeLessThan(c.estimatedWaitMinutes!);

    const next = await post('/api/counsellor/next');
    expect(await next.json()).toEqual({ sessionId: a.sessionId });
    expect(await view(a.sessionId)).toMatchObject({ state: 'connected' });
    expect((await view(a.sessionId)).position).toBeUndefined();
    expect(await view(b.sessionId)).toMatchObject({ state: 'queued', position: 1 });

    // Leaving the queue moves those behind forward.
    expect((await post(`/api/sessions/${b.sessionId}/end`)).status).toBe(204);
    expect(await view(c.sessionId)).toMatchObject({ state: 'queued', position: 1 });
    expect(await status()).toMatchObject({ queueLength: 1 });
  });

  it('answers 404 when the counsellor takes from an empty queue', async () => {
    expect((await post('/api/counsellor/next')).status).toBe(404);
  });
});

describe('conversation', () => {
  it('keeps the history on the server, so a reload shows it', async () => {
    const { sessionId } = await newSession();
    await post('/api/counsellor/next');
    expect((await post(`/api/sessions/${sessionId}/messages`, { text: 'Hej' })).status).toBe(204);
    expect((await post(`/api/counsellor/sessions/${sessionId}/messages`, { text: 'Hej, jag heter Anna.' })).status).toBe(204);
    const { messages } = await view(sessionId);
    expect(messages.map(({ from, text }) => [from, text])).toEqual([
      ['visitor', 'Hej'],
      ['counsellor', 'Hej, jag heter Anna.'],
    ]);
    expect((await controlSessions())[0]).toMatchObject({ id: sessionId, messages: 2, ended: false });
  });

  it('holds a long-poll until something changes', async () => {
    const { sessionId } = await newSession();
    const { version } = await view(sessionId);
    const started = Date.now();
    const pending = view(sessionId, version);
    await new Promise((r) => setTimeout(r, 100));
    await post('/api/counsellor/next');
    const changed = await pending;
    expect(Date.now() - started).toBeLessThan(900);
    expect(changed.version).toBeGreaterThan(version);
    expect(changed.state).toBe('connected');
  });

  it('answers an unchanged long-poll after the poll time', async () => {
    const { sessionId } = await newSession();
    const before = await view(sessionId);
    const started = Date.now();
    const after = await view(sessionId, before.version);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(after).toEqual(before);
  });

  it('refuses empty, oversized and malformed messages', async () => {
    const { sessionId } = await newSession();
    expect((await post(`/api/sessions/${sessionId}/messages`, { text: '   ' })).status).toBe(400);
    expect((await post(`/api/sessions/${sessionId}/messages`, { text: 'x'.repeat(2001) })).status).toBe(400);
    expect((await post(`/api/sessions/${sessionId}/messages`, { message: 'hej' })).status).toBe(400);
    const broken = await fetch(url(`/api/sessions/${sessionId}/messages`), { method: 'POST', body: '{' });
    expect(broken.status).toBe(400);
  });

  it('answers 404 for unknown or malformed session ids', async () => {
    expect((await get('/api/sessions/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await get('/api/sessions/x')).status).toBe(404);
    expect((await post('/api/counsellor/sessions/x/end')).status).toBe(404);
  });
});

describe('ending a session', () => {
  it('by the visitor', async () => {
    const { sessionId } = await newSession();
    await post('/api/counsellor/next');
    expect((await post(`/api/sessions/${sessionId}/end`)).status).toBe(204);
    expect(await view(sessionId)).toMatchObject({ state: 'ended', reason: 'visitor' });
    expect(await controlSessions()).toEqual([{ id: sessionId, state: 'ended', ended: true, reason: 'visitor', messages: 0 }]);
    expect((await post(`/api/sessions/${sessionId}/messages`, { text: 'Hallå?' })).status).toBe(409);
    // Ending twice is harmless and keeps the first reason.
    expect((await post(`/api/counsellor/sessions/${sessionId}/end`)).status).toBe(204);
    expect(await view(sessionId)).toMatchObject({ reason: 'visitor' });
  });

  it('by the counsellor, waking the visitor\u2019s long-poll', async () => {
    const { sessionId } = await newSession();
    await post('/api/counsellor/next');
    const { version } = await view(sessionId);
    const pending = view(sessionId, version);
    await post(`/api/counsellor/sessions/${sessionId}/end`);
    expect(await pending).toMatchObject({ state: 'ended', reason: 'counsellor' });
    expect((await post(`/api/counsellor/sessions/${sessionId}/messages`, { text: 'Hej' })).status).toBe(409);
  });
});

describe('failure modes', () => {
  it('down: status, embed and chat API answer 503 and open long-polls are cut', async () => {
    const { sessionId } = await newSession();
    const { version } = await view(sessionId);
    const pending = view(sessionId, version).then(
      () => 'answered',
      () => 'cut',
    );
    await new Promise((r) => setTimeout(r, 50));
    expect((await post('/__control/mode', { mode: 'down' })).status).toBe(200);
    expect(await pending).toBe('cut');
    expect((await get('/status')).status).toBe(503);
    expect((await get('/chat/embed')).status).toBe(503);
    expect((await post('/api/sessions')).status).toBe(503);
    expect((await get(`/api/sessions/${sessionId}`)).status).toBe(503);
    // The test's own control endpoints keep working.
    expect((await get('/__control/sessions')).status).toBe(200);

    await post('/__control/mode', { mode: 'normal' });
    expect(await status()).toMatchObject({ state: 'open' });
  });

  it('closed: status says so and no new session starts, ongoing ones continue', async () => {
    const { sessionId } = await newSession();
    standin.setMode('closed');
    const s = await status();
    expect(s).toMatchObject({ state: 'closed', queueLength: 0, estimatedWaitMinutes: 0 });
    expect(s!.message).toMatch(/stängd/);
    expect((await post('/api/sessions')).status).toBe(409);
    expect((await get('/chat/embed')).status).toBe(200); // the page itself explains it is closed
    expect((await post(`/api/sessions/${sessionId}/messages`, { text: 'Är någon där?' })).status).toBe(204);
  });

  it('busy: five already waiting', async () => {
    standin.setMode('busy');
    expect(await status()).toMatchObject({ state: 'busy', queueLength: 5 });
    expect((await newSession()).position).toBe(6);
    expect(await status()).toMatchObject({ queueLength: 6 });
  });

  it('slow: visitor-facing answers are delayed, control is not', async () => {
    expect((await post('/__control/mode', { mode: 'slow', delayMs: 300 })).status).toBe(200);
    let started = Date.now();
    await status();
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    started = Date.now();
    await get('/__control/sessions');
    expect(Date.now() - started).toBeLessThan(250);
  });

  it('refuses unknown modes', async () => {
    expect((await post('/__control/mode', { mode: 'broken' })).status).toBe(400);
    expect(() => standin.setMode('broken' as 'down')).toThrow();
  });

  it('reset ends the failure mode and forgets every session', async () => {
    await newSession();
    standin.setMode('down');
    await post('/__control/reset');
    expect(await controlSessions()).toEqual([]);
    expect(await status()).toMatchObject({ state: 'open', queueLength: 0 });
  });
});

describe('pages', () => {
  it('the embed page may be framed by the given parent only, sets no cookies and says it is a stand-in', async () => {
    const res = await get(`/chat/embed?parent=${encodeURIComponent('http://localhost:4321')}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors http:\/\/localhost:4321$/);
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(res.headers.get('set-cookie')).toBeNull();
    const html = await res.text();
    expect(html).toMatch(/<html lang="sv" dir="ltr">/);
    expect(html).toMatch(/Testattrapp/);
  });

  it('the embed page without parent may be framed anywhere', async () => {
    const res = await get('/chat/embed');
    expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors \*$/);
  });

  it('the embed page refuses a parent that is not an origin', async () => {
    for (const parent of ['javascript:alert(1)', 'http://localhost:4321/path', '*', "x; script-src 'unsafe-inline'"]) {
      expect((await get(`/chat/embed?parent=${encodeURIComponent(parent)}`)).status).toBe(400);
    }
  });

  it('the counsellor page cannot be framed and says it is a stand-in', async () => {
    const res = await get('/counsellor');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(await res.text()).toMatch(/Testattrapp/);
  });

  it('serves the scripts the pages load', async () => {
    for (const path of ['/chat/embed.js', '/counsellor.js', '/standin.css']) {
      expect((await get(path)).status).toBe(200);
    }
  });
});

describe('the visitor’s language (lang= in the embed address)', () => {
  const page = async (query: string) => {
    const res = await get(`/chat/embed?${query}`);
    expect(res.status).toBe(200);
    return res.text();
  };
  const dataTexts = (html: string) => {
    const [block] = elementsOf(html, 'script', { type: 'application/json', id: 'texts' });
    expect(block, 'the page carries its texts as a JSON block').toBeDefined();
    return JSON.parse(contentOf(html, block!)) as Record<string, unknown>;
  };

  it('serves the chat page in English for lang=en, with its own texts and the plural forms its script needs', async () => {
    const html = await page('lang=en&parent=http%3A%2F%2Flocalhost%3A4321');
    expect(html).toMatch(/<html lang="en" dir="ltr">/);
    expect(html).toContain('<button type="button" id="quick-exit" class="exit" hidden>Leave this page quickly</button>');
    expect(html).toContain('End the chat');
    expect(html).not.toMatch(/Avsluta|Skicka|Testattrapp/);
    expect(dataTexts(html)).toMatchObject({ lang: 'en', wait: { one: '{minutes} minute', other: '{minutes} minutes' } });
  });

  it('serves it right to left in Arabic for lang=ar, with every Arabic plural form', async () => {
    const html = await page('lang=ar');
    expect(html).toMatch(/<html lang="ar" dir="rtl">/);
    expect(html).toContain('غادر الصفحة بسرعة');
    expect(html).not.toMatch(/Avsluta|Skicka|Leave this page/);
    expect(Object.keys(dataTexts(html).wait as object).sort()).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
  });

  it('speaks Swedish for Swedish, easy-read Swedish and languages it has no texts for', async () => {
    for (const query of ['lang=sv', 'lang=sv&variant=lattlast', 'lang=fi', 'lang=en-GB']) {
      const html = await page(query);
      expect(html, query).toMatch(query === 'lang=en-GB' ? /<html lang="en"/ : /<html lang="sv" dir="ltr">/);
    }
  });

  it('refuses a malformed language or variant, and a variant without a language', async () => {
    for (const query of ['lang=', 'lang=english!', 'lang=ar%22%3E%3Cscript%3E', `lang=${'x'.repeat(40)}`, 'lang=sv&variant=L%C3%A4ttl%C3%A4st', 'variant=lattlast']) {
      const res = await get(`/chat/embed?${query}`);
      expect(res.status, query).toBe(400);
      expect(await res.json(), query).toEqual({ error: expect.stringMatching(/^bad-(lang|variant)$/) });
    }
  });

  it('says it is down in the visitor’s language', async () => {
    standin.setMode('down');
    const res = await get('/chat/embed?lang=ar');
    expect(res.status).toBe(503);
    expect(await res.text()).toMatch(/<html lang="ar" dir="rtl">.*غير متاح/s);
  });
});
