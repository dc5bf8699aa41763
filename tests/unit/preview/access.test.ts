// The draft preview's access rules and page frame: who gets a session, what a session cookie
// may and may not be, where the handshake may send an editor, and the policy a preview page gets.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { cookieValue, previewConfigFromEnv, readSession, safeRedirect, sessionCookie, sessionToken } from '../../../src/preview/access';
import { previewPolicy, scriptProblems } from '../../../src/preview/page';
import { contactSettings } from '../../support/fixtures';

const SECRET = 'a-local-preview-secret-0123';

describe('who may start a preview', () => {
  it('the embedded preview refuses to run without a local secret, or with a short one, saying what to set', () => {
    expect(() => previewConfigFromEnv({})).toThrow(/PREVIEW_SECRET/);
    expect(() => previewConfigFromEnv({ PREVIEW_SECRET: 'short' })).toThrow(/at least 16 characters/);
  });

  it('the preview of a Sanity project refuses to run without the viewer token', () => {
    expect(() => previewConfigFromEnv({ SANITY_PROJECT_ID: 'p', SANITY_DATASET: 'production', PREVIEW_SECRET: SECRET })).toThrow(/SANITY_API_READ_TOKEN/);
  });

  it('reads drafts over published content, embedded or live', () => {
    expect(previewConfigFromEnv({ PREVIEW_SECRET: SECRET }).source).toMatchObject({ mode: 'embedded', perspective: 'drafts' });
    const live = previewConfigFromEnv({ SANITY_PROJECT_ID: 'p', SANITY_DATASET: 'production', SANITY_API_READ_TOKEN: 'sk-viewer' });
    expect(live.source).toMatchObject({ mode: 'live', perspective: 'drafts', token: 'sk-viewer' });
    // Live mode takes no local secret: only Sanity's handshake opens it.
    expect(live.localSecret).toBeUndefined();
  });
});

describe('a preview session', () => {
  const key = previewConfigFromEnv({ PREVIEW_SECRET: SECRET }).sessionKey;
  const later = Math.floor(Date.now() / 1000) + 600;

  it('is read back as it was given, Studio origin included', () => {
    const token = sessionToken(key, { expires: later, studioOrigin: 'https://studio.example' });
    expect(readSession(key, token)).toEqual({ expires: later, studioOrigin: 'https://studio.example' });
  });

  it('is refused when expired, signed with another key, altered, or malformed', () => {
    expect(readSession(key, sessionToken(key, { expires: Math.floor(Date.now() / 1000) - 1, studioOrigin: null }))).toBeNull();
    const otherKey = previewConfigFromEnv({ PREVIEW_SECRET: 'another-secret-0123456789' }).sessionKey;
    expect(readSession(key, sessionToken(otherKey, { expires: later, studioOrigin: null }))).toBeNull();
    const [, signature] = sessionToken(key, { expires: later, studioOrigin: null }).split('.');
    const forged = Buffer.from(JSON.stringify({ e: later + 10_000_000, s: 'https://evil.example' })).toString('base64url');
    expect(readSession(key, `${forged}.${signature}`)).toBeNull();
    for (const bad of [undefined, '', 'abc', 'a.b.c', '.', `${forged}.`]) expect(readSession(key, bad)).toBeNull();
  });

  it('holds no secret: the cookie carries an expiry and an origin, never the preview secret or the key', () => {
    const token = sessionToken(key, { expires: later, studioOrigin: null });
    expect(token).not.toContain(SECRET);
    expect(Buffer.from(token.split('.')[0]!, 'base64url').toString()).toBe(JSON.stringify({ e: later, s: null }));
    expect(token).not.toContain(createHash('sha256').update(SECRET).digest('base64url'));
  });

  it('is an HttpOnly cookie; over HTTPS it also reaches the Studio frame, partitioned to it', () => {
    expect(sessionCookie('t', false)).toBe('stodlinjen_preview=t; Path=/; Max-Age=28800; HttpOnly; SameSite=Lax');
    expect(sessionCookie('t', true)).toBe('stodlinjen_preview=t; Path=/; Max-Age=28800; HttpOnly; Secure; SameSite=None; Partitioned');
    expect(cookieValue('a=1; stodlinjen_preview=tok.en; b=2', 'stodlinjen_preview')).toBe('tok.en');
    expect(cookieValue('xstodlinjen_preview=no', 'stodlinjen_preview')).toBeUndefined();
  });
});

describe('where the handshake sends an editor', () => {
  it('goes to the page asked for, without the handshake parameters', () => {
    expect(safeRedirect('/artiklar/somn/?sanity-preview-perspective=drafts&x=1#del')).toBe('/artiklar/somn/?x=1#del');
    expect(safeRedirect(null)).toBe('/');
  });

  it('never leaves the preview origin', () => {
    for (const hostile of ['https://evil.example/', '//evil.example/', '/\\evil.example', 'javascript:alert(1)', 'artiklar/']) expect(safeRedirect(hostile)).toBe('/');
  });
});

describe('a preview page', () => {
  const page = '<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>T</title></head><body class="min-h-screen"><a href="/">Lämna</a><main><h1>T</h1></main></body></html>';

  const contact = contactSettings({ chatEmbedUrl: null, chatStatusUrl: null });
  const hash = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;

  it("has a policy that lets the build's own scripts and the page's styles run, and only itself and the opening Studio frame it", () => {
    const html = page.replace('</head>', '<style>.banner{color:red}</style></head>').replace('</body>', '<script>console.log(1)</script></body>');
    const policy = previewPolicy(html, contact, ['https://studio.example'], new Set(['console.log(1)']));
    expect(policy).toContain(hash('console.log(1)'));
    expect(policy).toContain(hash('.banner{color:red}'));
    expect(policy).toMatch(/frame-ancestors 'self' https:\/\/studio\.example$/);
    expect(policy).not.toContain('unsafe-inline');
  });

  it('never lets a script the build did not write run, as the public build refuses it', () => {
    const smuggled = page.replace('</body>', '<script>console.log(1)</script><script> fetch("https://evil.example") </script></body>');
    const known = new Set(['console.log(1)']);
    expect(scriptProblems(smuggled, known)).toEqual(['an inline script the build did not write: "fetch(\\"https://evil.example\\")"']);
    const policy = previewPolicy(smuggled, contact, [], known);
    expect(policy).toContain(hash('console.log(1)'));
    expect(policy).not.toContain(hash(' fetch("https://evil.example") '));
    expect(policy.match(/'sha256-/g)).toHaveLength(1);
  });

  it('shows the editor a JSON block that is not JSON, as the public build does, and passes a page with only known scripts', () => {
    const known = new Set(['console.log(1)']);
    expect(scriptProblems(page.replace('</body>', '<script type="application/ld+json">{oops</script></body>'), known)).toEqual(['a JSON script block that is not JSON: "{oops"']);
    expect(scriptProblems(page.replace('</body>', '<script>\n  console.log(1)\n</script><script type="application/ld+json">{"a":1}</script></body>'), known)).toEqual([]);
  });
});
