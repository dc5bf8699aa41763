// The built site under Debian's nginx with the include the build wrote (_nginx/site.conf), as
// production serves it: security headers on every answer, real redirects from old addresses, the
// 404 page with help, caching that never serves a stale page, and no host files. Also the stub
// pages the build leaves at old addresses for hosts that cannot redirect.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../../src/data/content';
import { collectingReport } from '../../src/data/report';
import { createRunner, sourceFromEnv } from '../../src/data/source';
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
