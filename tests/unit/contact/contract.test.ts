import { describe, expect, it } from 'vitest';
import { embedAddress, parseEmbedLanguage, parseLanguageTag, endMessage, isSessionId, originOf, parseChatEvent, parseStatus } from '../../../src/lib/contact-contract';

describe('parseStatus', () => {
  it('accepts the contract shape and copies only known fields', () => {
    expect(parseStatus({ state: 'open', queueLength: 0, estimatedWaitMinutes: 0 })).toEqual({
      state: 'open',
      queueLength: 0,
      estimatedWaitMinutes: 0,
    });
    expect(parseStatus({ state: 'busy', queueLength: 5, estimatedWaitMinutes: 12.5, message: ' Hög belastning ', x: 1 })).toEqual({
      state: 'busy',
      queueLength: 5,
      estimatedWaitMinutes: 12.5,
      message: 'Hög belastning',
    });
    expect(parseStatus({ state: 'closed', queueLength: 0, estimatedWaitMinutes: 0, message: '  ' })).toEqual({
      state: 'closed',
      queueLength: 0,
      estimatedWaitMinutes: 0,
    });
  });

  it.each([
    ['null', null],
    ['a string', '{"state":"open"}'],
    ['an array', [{ state: 'open', queueLength: 0, estimatedWaitMinutes: 0 }]],
    ['an unknown state', { state: 'OPEN', queueLength: 0, estimatedWaitMinutes: 0 }],
    ['a missing state', { queueLength: 0, estimatedWaitMinutes: 0 }],
    ['a string queue length', { state: 'open', queueLength: '0', estimatedWaitMinutes: 0 }],
    ['a negative queue length', { state: 'open', queueLength: -1, estimatedWaitMinutes: 0 }],
    ['a fractional queue length', { state: 'open', queueLength: 1.5, estimatedWaitMinutes: 0 }],
    ['a NaN wait', { state: 'open', queueLength: 0, estimatedWaitMinutes: NaN }],
    ['an infinite wait', { state: 'open', queueLength: 0, estimatedWaitMinutes: Infinity }],
    ['a negative wait', { state: 'open', queueLength: 0, estimatedWaitMinutes: -3 }],
    ['a missing wait', { state: 'open', queueLength: 0 }],
    ['a non-string message', { state: 'open', queueLength: 0, estimatedWaitMinutes: 0, message: 42 }],
  ])('rejects %s', (_, input) => {
    expect(parseStatus(input)).toBeNull();
  });
});

describe('parseChatEvent', () => {
  const chat = 'https://chat.example.se';
  const id = 'a1b2c3d4-e5f6-4789-9abc-def012345678';
  const ok = (data: unknown) => parseChatEvent(data, chat, chat);

  it('accepts each event of the contract', () => {
    expect(ok({ type: 'ready', v: 1, sessionId: id })).toEqual({ type: 'ready', sessionId: id });
    expect(ok({ type: 'queued', v: 1, position: 2, estimatedWaitMinutes: 6 })).toEqual({
      type: 'queued',
      position: 2,
      estimatedWaitMinutes: 6,
    });
    expect(ok({ type: 'connected', v: 1 })).toEqual({ type: 'connected' });
    expect(ok({ type: 'message', v: 1, count: 2 })).toEqual({ type: 'message', count: 2 });
    expect(ok({ type: 'ended', v: 1, reason: 'counsellor' })).toEqual({ type: 'ended', reason: 'counsellor' });
    expect(ok({ type: 'ended', v: 1 })).toEqual({ type: 'ended' });
  });

  it('accepts the quick exit used inside the chat, only from the chat’s origin and in version 1', () => {
    expect(ok({ type: 'quick-exit', v: 1 })).toEqual({ type: 'quick-exit' });
    expect(ok({ type: 'quick-exit', v: 1, url: 'https://elsewhere.example' })).toEqual({ type: 'quick-exit' });
    expect(parseChatEvent({ type: 'quick-exit', v: 1 }, 'https://evil.example', chat)).toBeNull();
    expect(ok({ type: 'quick-exit', v: 2 })).toBeNull();
    expect(ok({ type: 'quick-exit' })).toBeNull();
  });

  it('never passes message text on', () => {
    expect(ok({ type: 'message', v: 1, count: 1, text: 'hemligt' })).toEqual({ type: 'message', count: 1 });
  });

  it('keeps an end event whose reason is malformed, without the reason', () => {
    expect(ok({ type: 'ended', v: 1, reason: '<img src=x>' })).toEqual({ type: 'ended' });
    expect(ok({ type: 'ended', v: 1, reason: 7 })).toEqual({ type: 'ended' });
  });

  it.each([
    ['another origin', 'https://evil.example'],
    ['a subdomain', 'https://x.chat.example.se'],
    ['another scheme', 'http://chat.example.se'],
    ['another port', 'https://chat.example.se:8443'],
    ['a trailing slash', 'https://chat.example.se/'],
    ['an opaque origin', 'null'],
    ['an empty origin', ''],
  ])('ignores messages from %s', (_, origin) => {
    expect(parseChatEvent({ type: 'connected', v: 1 }, origin, chat)).toBeNull();
  });

  it('ignores everything when the expected origin is unusable', () => {
    expect(parseChatEvent({ type: 'connected', v: 1 }, 'null', 'null')).toBeNull();
    expect(parseChatEvent({ type: 'connected', v: 1 }, '', '')).toBeNull();
  });

  it.each([
    ['null', null],
    ['a string', 'connected'],
    ['a JSON string', '{"type":"connected","v":1}'],
    ['an array', [{ type: 'connected', v: 1 }]],
    ['no version', { type: 'connected' }],
    ['another version', { type: 'connected', v: 2 }],
    ['a string version', { type: 'connected', v: '1' }],
    ['an unknown type', { type: 'typing', v: 1 }],
    ['the site\u2019s own end message', { type: 'end', v: 1 }],
    ['ready without session', { type: 'ready', v: 1 }],
    ['ready with a short session id', { type: 'ready', v: 1, sessionId: 'abc' }],
    ['ready with unsafe characters', { type: 'ready', v: 1, sessionId: 'abcdefgh/../x' }],
    ['queued at position 0', { type: 'queued', v: 1, position: 0, estimatedWaitMinutes: 0 }],
    ['queued at a fractional position', { type: 'queued', v: 1, position: 1.5, estimatedWaitMinutes: 0 }],
    ['queued with NaN wait', { type: 'queued', v: 1, position: 1, estimatedWaitMinutes: NaN }],
    ['queued with negative wait', { type: 'queued', v: 1, position: 1, estimatedWaitMinutes: -1 }],
    ['queued without wait', { type: 'queued', v: 1, position: 1 }],
    ['message with count 0', { type: 'message', v: 1, count: 0 }],
    ['message with string count', { type: 'message', v: 1, count: '1' }],
    ['message without count', { type: 'message', v: 1, text: 'hej' }],
  ])('rejects %s', (_, data) => {
    expect(ok(data)).toBeNull();
  });
});

describe('helpers', () => {
  it('endMessage is the versioned end request', () => {
    expect(endMessage()).toEqual({ type: 'end', v: 1 });
  });

  it('originOf returns http(s) origins only', () => {
    expect(originOf('https://chat.example.se/chat/embed?x=1')).toBe('https://chat.example.se');
    expect(originOf('http://localhost:4400/chat/embed')).toBe('http://localhost:4400');
    expect(originOf('HTTPS://Chat.Example.SE:443/')).toBe('https://chat.example.se');
    expect(originOf('/chat/embed')).toBeNull();
    expect(originOf('data:text/html,hi')).toBeNull();
    expect(originOf('javascript:alert(1)')).toBeNull();
    expect(originOf('')).toBeNull();
  });

  it('isSessionId accepts URL-safe ids only', () => {
    expect(isSessionId('a1b2c3d4-e5f6-4789-9abc-def012345678')).toBe(true);
    expect(isSessionId('short')).toBe(false);
    expect(isSessionId('has space in it')).toBe(false);
    expect(isSessionId(12345678)).toBe(false);
  });

  it('embedAddress adds session and parent, keeping existing parameters', () => {
    const id = 'a1b2c3d4-e5f6-4789-9abc-def012345678';
    expect(embedAddress('https://chat.example.se/chat/embed')).toBe('https://chat.example.se/chat/embed');
    expect(embedAddress('https://chat.example.se/chat/embed?lang=sv', { session: id, parent: 'https://stodlinjen.se' })).toBe(
      `https://chat.example.se/chat/embed?lang=sv&session=${id}&parent=https%3A%2F%2Fstodlinjen.se`,
    );
    expect(embedAddress('https://chat.example.se/chat/embed', { session: '../x' })).toBe('https://chat.example.se/chat/embed');
  });

  it('embedAddress carries the page’s language, and easy-read Swedish as a variant of Swedish', () => {
    const parent = 'https://stodlinjen.se';
    expect(embedAddress('https://chat.example.se/chat/embed', { parent, lang: 'ar' })).toBe('https://chat.example.se/chat/embed?parent=https%3A%2F%2Fstodlinjen.se&lang=ar');
    expect(embedAddress('https://chat.example.se/chat/embed?lang=sv', { lang: 'en' })).toBe('https://chat.example.se/chat/embed?lang=en');
    expect(embedAddress('https://chat.example.se/chat/embed', { lang: 'sv', variant: 'lattlast' })).toBe('https://chat.example.se/chat/embed?lang=sv&variant=lattlast');
    // A malformed language is left out rather than sent; a variant never travels without its language.
    expect(embedAddress('https://chat.example.se/chat/embed', { lang: 'ar"><script>', variant: 'lattlast' })).toBe('https://chat.example.se/chat/embed');
    expect(embedAddress('https://chat.example.se/chat/embed', { lang: 'sv', variant: 'Lätt Läst' })).toBe('https://chat.example.se/chat/embed?lang=sv');
  });
});

describe('the visitor’s language in the embed address (lang=, variant=)', () => {
  const read = (query: string) => parseEmbedLanguage(new URLSearchParams(query));

  it('accepts BCP 47 tags and gives them in canonical form', () => {
    expect(parseLanguageTag('ar')).toBe('ar');
    expect(parseLanguageTag('EN-gb')).toBe('en-GB');
    expect(parseLanguageTag('sr-Latn-RS')).toBe('sr-Latn-RS');
    expect(read('lang=sv&variant=lattlast')).toEqual({ lang: 'sv', variant: 'lattlast' });
    expect(read('session=abc')).toEqual({ lang: null, variant: null });
  });

  it('refuses what is not a language tag, naming the parameter', () => {
    for (const bad of ['', 'a', 'english!', 'ar_SA', 'x'.repeat(40), 'en--gb', '12', 'ar-', 'سويدي']) {
      expect(parseLanguageTag(bad), bad).toBeNull();
      expect(read(`lang=${encodeURIComponent(bad)}`), bad).toEqual({ error: expect.stringMatching(/^lang ".*" is not a BCP 47 language tag$/) });
    }
    expect(parseLanguageTag(undefined)).toBeNull();
    expect(read('lang=sv&variant=L%C3%A4ttl%C3%A4st')).toEqual({ error: expect.stringMatching(/^variant /) });
    expect(read('variant=lattlast')).toEqual({ error: 'variant needs lang' });
  });
});
