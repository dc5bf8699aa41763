// The host files the build writes: _headers keeps the security block and gains caching, _redirects
// suits Netlify and Cloudflare, and the nginx include is one real nginx accepts and serves as meant.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IMMUTABLE, NGINX_INCLUDE, nginxInclude, parseHeaders, redirectsFile, siteWideHeaders, withCachingHeaders } from '../../../src/lib/serving-config';
import { startNginx } from '../../support/nginx.mjs';

const SECURITY = `# Security headers (written by src/integrations/csp.ts)
/*
  Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-abc+/='; img-src 'self' data:; frame-ancestors 'none'
  Referrer-Policy: no-referrer
  X-Content-Type-Options: nosniff
`;

describe('_headers', () => {
  it('gains the hashed folders’ caching first and keeps the security block whole, however often it is written', () => {
    const once = withCachingHeaders(SECURITY);
    expect(withCachingHeaders(once)).toBe(once);
    expect(once.endsWith(SECURITY)).toBe(true);
    const rules = parseHeaders(once);
    expect(rules.find((rule) => rule.pattern === '/_astro/*')?.headers).toEqual([['Cache-Control', IMMUTABLE]]);
    expect(rules.find((rule) => rule.pattern === '/pagefind/fragment/*')?.headers).toEqual([['Cache-Control', IMMUTABLE]]);
  });

  it('gives nginx the headers for every path, values with colons intact', () => {
    expect(siteWideHeaders(parseHeaders(withCachingHeaders(SECURITY)))).toEqual([
      ['Content-Security-Policy', "default-src 'self'; script-src 'self' 'sha256-abc+/='; img-src 'self' data:; frame-ancestors 'none'"],
      ['Referrer-Policy', 'no-referrer'],
      ['X-Content-Type-Options', 'nosniff'],
    ]);
  });

  it('refuses a header line outside any path', () => {
    expect(() => parseHeaders('  X-Lost: yes\n')).toThrow(/not under a path/);
  });
});

describe('_redirects', () => {
  const redirects = [
    { from: '/artiklar/gammal/', to: '/artiklar/ny/', status: 301 as const },
    { from: '/kampanj/', to: '/kontakt/', status: 302 as const },
  ];

  it('lists each redirect as Cloudflare Pages reads it', () => {
    expect(
      redirectsFile(redirects)
        .split('\n')
        .filter((line) => line.startsWith('/')),
    ).toEqual(['/artiklar/gammal/ /artiklar/ny/ 301', '/kampanj/ /kontakt/ 302']);
  });

  it('forces each rule for Netlify, which would otherwise serve the page left at the old address', () => {
    expect(redirectsFile(redirects, { force: true })).toContain('/artiklar/gammal/ /artiklar/ny/ 301!\n/kampanj/ /kontakt/ 302!\n');
  });

  it("on Netlify, sends a missing address under a language prefix to that language's 404 page; Cloudflare Pages finds it itself", () => {
    expect(
      redirectsFile(redirects, { force: true, notFoundPrefixes: ['/en', '/ar'] })
        .trim()
        .split('\n')
        .slice(-2),
    ).toEqual(['/en/* /en/404.html 404', '/ar/* /ar/404.html 404']);
    expect(redirectsFile(redirects, { notFoundPrefixes: ['/en'] })).not.toContain('404.html');
  });
});

describe('the nginx include', () => {
  it('refuses a header nginx would read as a variable', () => {
    expect(() => nginxInclude({ headers: [['X-Price', 'costs $5']], redirects: [] })).toThrow(/X-Price/);
  });

  describe('under a real nginx', () => {
    let root: string;
    let nginx: Awaited<ReturnType<typeof startNginx>>;
    beforeAll(async () => {
      root = mkdtempSync(join(tmpdir(), 'stodlinjen-include-'));
      for (const dir of ['kontakt', '_astro', '_nginx', 'en']) mkdirSync(join(root, dir));
      writeFileSync(join(root, 'en', '404.html'), '<!doctype html><title>Page not found</title>');
      writeFileSync(join(root, 'kontakt', 'index.html'), '<!doctype html><title>Kontakt</title>');
      writeFileSync(join(root, '404.html'), '<!doctype html><title>Sidan finns inte</title>');
      writeFileSync(join(root, '_astro', 'app.abc123.js'), 'export {};');
      const headers = siteWideHeaders(parseHeaders(withCachingHeaders(SECURITY)));
      writeFileSync(
        join(root, NGINX_INCLUDE),
        nginxInclude({
          headers,
          redirects: [
            { from: '/om%C3%A5/', to: '/kontakt/', status: 301 },
            { from: '/a.b~c/', to: '/kontakt/', status: 302 },
          ],
          notFoundPrefixes: ['/en'],
        }),
      );
      nginx = await startNginx({ root });
    });
    afterAll(async () => {
      await nginx?.close();
      rmSync(root, { recursive: true, force: true });
    });
    const get = (path: string) => fetch(`${nginx.url}${path}`, { redirect: 'manual' });

    it('redirects an address with encoded letters however the browser spells it', async () => {
      for (const path of ['/om%C3%A5/', '/om%c3%a5', `/${encodeURIComponent('omå')}/`]) {
        const response = await get(path);
        expect(response.status, path).toBe(301);
        expect(response.headers.get('location'), path).toBe('/kontakt/');
      }
      expect((await get('/a.b~c')).status).toBe(302);
    });

    it("answers a missing address under a language prefix with that language's 404 page, with the same headers", async () => {
      for (const path of ['/en/no-such-page/', '/en/articles/gone/']) {
        const response = await get(path);
        expect(response.status, path).toBe(404);
        expect(await response.text(), path).toContain('Page not found');
        expect(response.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'");
      }
      const swedish = await get('/enkelt/');
      expect(swedish.status).toBe(404);
      expect(await swedish.text()).toContain('Sidan finns inte');
    });

    it('sends the same headers on pages, redirects, assets and 404s, with caching by kind', async () => {
      const answers = { '/kontakt/': 'no-cache', '/om%C3%A5/': 'no-cache', '/_astro/app.abc123.js': IMMUTABLE, '/finns-inte/': 'no-cache', '/_nginx/site.conf': 'no-cache' };
      for (const [path, cache] of Object.entries(answers)) {
        const response = await get(path);
        expect(response.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'");
        expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
        expect(response.headers.get('cache-control'), path).toBe(cache);
      }
      const missing = await get('/_nginx/site.conf');
      expect(missing.status).toBe(404);
      expect(await missing.text()).toContain('Sidan finns inte');
    });
  });
});
