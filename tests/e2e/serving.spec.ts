// The built site under Debian's nginx with the include the build wrote (_nginx/site.conf), as
// production serves it: security headers on every answer, real redirects from old addresses, the
// 404 page with help, caching that never serves a stale page, and no host files. Also the stub
// pages the build leaves at old addresses for hosts that cannot redirect.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { loadContent } from '../../src/data/content';
import { collectingReport } from '../../src/data/report';
import { createRunner, sourceFromEnv } from '../../src/data/source';
import { hasBrotliCopy } from '../../src/lib/serving-config';
import { startNginx } from '../support/nginx.mjs';
import { DIST, movedAddresses } from './pages';
import { attributesOf, moduleScriptsOf, policyOf, textOf } from '../support/html';

let nginx: Awaited<ReturnType<typeof startNginx>>;
test.beforeAll(async () => {
  nginx = await startNginx({ root: DIST });
});
test.afterAll(async () => {
  await nginx?.close();
});

const get = (path: string) => fetch(`${nginx.url}${path}`, { redirect: 'manual' });

/** The redirects the content asks for, read independently of what the build wrote. */
async function contentRedirects() {
  const { redirects } = await loadContent(createRunner(sourceFromEnv()), collectingReport(), new Date().toISOString().slice(0, 10));
  return redirects;
}

test('every answer carries the security headers, the page’s own policy plus frame-ancestors', async () => {
  for (const path of ['/', '/kontakt/', '/artiklar/vad-ar-angest/', '/finns-inte/']) {
    const response = await get(path);
    const html = await response.text();
    const header = response.headers.get('content-security-policy');
    expect(header, path).toBeTruthy();
    expect(header, path).toBe(`${policyOf(readFileSync(join(DIST, 'index.html'), 'utf8'))}; frame-ancestors 'none'`);
    expect(policyOf(html), path).toBeDefined();
    expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
    expect(response.headers.get('referrer-policy'), path).toBe('no-referrer');
    expect(response.headers.get('permissions-policy'), path).toContain('camera=()');
    expect(response.headers.get('server'), path).toBe('nginx');
  }
});

test('an old address answers with a real redirect to the new one, with or without its trailing slash', async () => {
  const redirects = await contentRedirects();
  expect(redirects.some((redirect) => redirect.status === 301)).toBe(true);
  for (const { from, to, status } of redirects) {
    for (const path of [from, from.slice(0, -1)]) {
      const response = await get(path);
      expect(response.status, path).toBe(status);
      expect(response.headers.get('location'), path).toBe(to);
      expect(response.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'");
    }
    expect((await get(to)).status, to).toBe(200);
  }
});

test('an address the site does not have answers 404 with the help page', async ({ page }) => {
  const response = await get('/artiklar/finns-inte-langre/');
  expect(response.status).toBe(404);
  expect(response.headers.get('cache-control')).toBe('no-cache');
  const html = await response.text();
  const links = attributesOf(html, 'a').map((link) => link.href);
  expect(textOf(html)).toContain('Sidan finns inte');
  expect(links).toContain('tel:90390');
  expect(textOf(html)).toContain('Vid akut fara:');
  expect(links).toContain('tel:112');

  const visit = await page.goto(`${nginx.url}/amnen/finns-inte/`);
  expect(visit?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeVisible();
  await expect(page.getByRole('main').locator('a[href="tel:90390"]')).toBeVisible();
  await expect(page.getByRole('main').locator('a[href^="/amnen/"]').first()).toBeVisible();
});

test('hashed files are cached for a year, pages and unhashed files are revalidated every time', async () => {
  const home = await get('/');
  expect(home.headers.get('cache-control')).toBe('no-cache');
  expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');
  const bundle = moduleScriptsOf(await home.text()).addresses.find((address) => /^\/_astro\/.+\.js$/.test(address));
  expect(bundle, 'the start page loads a bundle from /_astro/').toBeTruthy();
  const fragment = `/pagefind/fragment/${readdirSync(join(DIST, 'pagefind', 'fragment'))[0]}`;
  for (const path of [bundle!, fragment]) {
    const response = await get(path);
    expect(response.status, path).toBe(200);
    expect(response.headers.get('cache-control'), path).toBe('public, max-age=31536000, immutable');
  }
  for (const path of ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/sitemap-index.xml', '/kontakt/']) {
    const response = await get(path);
    expect(response.status, path).toBe(200);
    expect(response.headers.get('cache-control'), path).toBe('no-cache');
  }
});

/** An answer's status, headers and body as sent, not unpacked, for a browser that accepts `encodings`. */
function sent(path: string, encodings: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((done, fail) => {
    request(`${nginx.url}${path}`, { headers: { 'accept-encoding': encodings } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', fail);
    })
      .on('error', fail)
      .end();
  });
}

test('what every first search loads (Pagefind’s script, WebAssembly and page list) comes as brotli to a browser that accepts it, and as gzip to any other', async () => {
  const paths = readdirSync(join(DIST, 'pagefind'))
    .map((name) => `/pagefind/${name}`)
    .filter(hasBrotliCopy);
  expect(paths.filter((path) => path.endsWith('.pf_meta')).length, 'a page list per language').toBe(3);
  expect(
    paths.some((path) => path.endsWith('.pagefind')),
    'the WebAssembly',
  ).toBe(true);
  expect(paths, 'the script').toContain('/pagefind/pagefind.js');
  for (const path of paths) {
    const onDisk = readFileSync(join(DIST, path));
    const script = path.endsWith('.js');
    // Pagefind's own files are gzip; its script is plain.
    const plainBytes = script ? onDisk : gunzipSync(onDisk);
    const brotli = await sent(path, 'gzip, deflate, br, zstd');
    expect(brotli.status, path).toBe(200);
    expect(brotli.headers['content-encoding'], path).toBe('br');
    expect(brotli.headers['content-type'], path).toMatch(script ? /^(text|application)\/javascript\b/ : /^application\/octet-stream\b/);
    expect(brotli.headers.vary, path).toBe('Accept-Encoding');
    expect(brotli.headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(brotliDecompressSync(brotli.body).equals(plainBytes), `${path}: the same bytes as Pagefind's file`).toBe(true);
    const gzip = await sent(path, 'gzip, deflate');
    expect(gzip.status, path).toBe(200);
    expect(gzip.headers['content-type'], path).toMatch(script ? /^(text|application)\/javascript\b/ : /^application\/octet-stream\b/);
    expect(gzip.headers.vary, path).toMatch(/Accept-Encoding/);
    // The script's gzip copy is sent encoded; Pagefind's gzip files as they are, and Pagefind unpacks them.
    expect(gzip.headers['content-encoding'], path).toBe(script ? 'gzip' : undefined);
    expect(gunzipSync(gzip.body).equals(plainBytes), path).toBe(true);
    expect(brotli.body.length, `${path}: brotli is smaller`).toBeLessThan(gzip.body.length);
    const none = await sent(path, 'identity');
    expect(none.headers['content-encoding'], path).toBeUndefined();
    expect(none.body.equals(onDisk), path).toBe(true);
  }
  // Only those files: a page or an index chunk is sent as it always was.
  for (const path of ['/', `/pagefind/index/${readdirSync(join(DIST, 'pagefind', 'index'))[0]}`]) {
    expect((await sent(path, 'gzip, deflate, br')).headers['content-encoding'], path).not.toBe('br');
  }
});

test('search works through nginx, with the brotli copies', async ({ page }) => {
  const encodings: string[] = [];
  page.on('response', (response) => {
    if (hasBrotliCopy(new URL(response.url()).pathname)) encodings.push(response.headers()['content-encoding'] ?? 'none');
  });
  await page.goto(`${nginx.url}/sok/?q=${encodeURIComponent('ångest')}`);
  await expect(page.locator('[data-search-list] li').first()).toBeVisible();
  expect(encodings).toEqual(['br', 'br', 'br']);
});

test('the host files (_headers, _redirects, the nginx include) are never served', async () => {
  for (const path of ['/_headers', '/_redirects', '/_nginx/site.conf', '/_nginx/']) {
    const response = await get(path);
    expect(response.status, path).toBe(404);
    const body = await response.text();
    expect(body, path).toContain('Sidan finns inte');
    expect(body, path).not.toContain('add_header');
    expect(body, path).not.toContain('Content-Security-Policy:');
  }
});

test.describe('on a host without redirects, an old address', () => {
  test('is a page that sends the visitor on to the new address at once, naming it for search engines', async ({ page }) => {
    const redirects = await contentRedirects();
    expect([...movedAddresses()].sort()).toEqual(redirects.map((redirect) => redirect.from).sort());
    for (const { from, to } of redirects) {
      // The static server stands for such a host: it serves the stub file at the old address.
      await page.goto(from);
      await expect(page, from).toHaveURL(new RegExp(`${to.replace(/[/]/g, '\\/')}$`));
      const stub = readFileSync(join(DIST, from, 'index.html'), 'utf8');
      expect(attributesOf(stub, 'meta', { 'http-equiv': 'refresh' }).map((meta) => meta.content)).toContain(`0; url=${to}`);
      expect(attributesOf(stub, 'link', { rel: 'canonical' }).map((link) => link.href)).toContainEqual(expect.stringMatching(new RegExp(`^https?://.+${to}$`)));
      expect(readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8')).not.toContain(`${from}</loc>`);
    }
  });

  test('is, until it moves on, an accessible page with the help contacts and a link to the new address', async ({ page }) => {
    for (const { from, to, title } of await contentRedirects()) {
      // Hold the browser on the stub: the refresh's navigation is stopped before it leaves.
      await page.route(`**${to}`, (route) => route.abort('aborted'));
      await page.goto(from);
      await expect(page.getByRole('heading', { level: 1, name: 'Sidan har flyttat' })).toBeVisible();
      await expect(page.getByRole('main').getByRole('link', { name: title ?? 'Gå till den nya sidan' })).toHaveAttribute('href', to);
      await expect(page.locator('a[href="tel:90390"]').first()).toBeVisible();
      await expect(page.getByText('Vid akut fara: ring 112').first()).toBeVisible();
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(violations.map((violation) => `${from} ${violation.id}: ${violation.help}`)).toEqual([]);
      await page.unroute(`**${to}`);
    }
  });
});
