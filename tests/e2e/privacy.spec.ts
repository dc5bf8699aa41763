// Nobody learns about a visit: no cookies, no storage, no requests to anyone but the site (and the
// contact service's status, which the privacy page declares), and a Content-Security-Policy that
// would stop anything else from running.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findElements, inlineCode } from '../../src/build/html.ts';
import { contactOrigins } from '../../src/lib/contact-origins';
import { allPages } from './a11y-support';
import { buildEnv } from './build-env.mjs';
import { DIST, readBuilt } from './pages';
import { attributesOf, policyOf } from '../support/html';

// Whether a page itself keeps anything or contacts anyone is checked page by page in every-page.spec.ts.

const directive = (policy: string, name: string) =>
  policy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([key]) => key === name)
    ?.slice(1);

test('every page carries the same security policy, right after the charset, with no inline scripts allowed wholesale', () => {
  const origins = contactOrigins(null, buildEnv);
  const policies = new Set<string>();
  for (const path of allPages()) {
    const html = readBuilt(path);
    const policy = policyOf(html);
    expect(policy, `${path} has a CSP meta tag`).toBeDefined();
    expect(html, `${path}: the policy comes before anything that loads`).toMatch(/^<!DOCTYPE html><html[^>]*><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy"/i);
    policies.add(policy!);
  }
  expect(policies.size, 'one policy for the whole site').toBe(1);
  const [policy] = policies;
  expect(directive(policy!, 'default-src')).toEqual(["'self'"]);
  const scripts = directive(policy!, 'script-src')!;
  expect(scripts[0]).toBe("'self'");
  expect(scripts.filter((source) => !/^'(sha256-[A-Za-z0-9+/=]+|wasm-unsafe-eval)'$/.test(source)).slice(1), 'script-src holds only hashes beyond self').toEqual([]);
  expect(directive(policy!, 'style-src')).not.toContain("'unsafe-inline'");
  expect(directive(policy!, 'frame-src'), 'frames only from the contact service').toEqual([origins.embed]);
  expect(directive(policy!, 'connect-src')).toEqual([...new Set(["'self'", origins.status, origins.embed])]);
  expect(directive(policy!, 'object-src')).toEqual(["'none'"]);
  expect(directive(policy!, 'base-uri')).toEqual(["'self'"]);
  expect(directive(policy!, 'form-action')).toEqual(["'self'"]);
});

test('the server sends the same policy as a header, and forbids other sites from framing the pages', async ({ request }) => {
  const meta = policyOf(readBuilt('/'))!;
  const headers = readFileSync(join(DIST, '_headers'), 'utf8');
  expect(headers).toContain(`Content-Security-Policy: ${meta}; frame-ancestors 'none'`);
  for (const path of ['/', '/kontakt/', '/finns-inte/']) {
    const response = await request.get(path);
    expect(response.headers()['content-security-policy'], path).toBe(`${meta}; frame-ancestors 'none'`);
    expect(response.headers()['referrer-policy'], path).toBe('no-referrer');
  }
});

test('code slipped into a page is blocked by the policy', async ({ page }) => {
  await page.goto('/');
  const blocked = page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        document.addEventListener('securitypolicyviolation', (event) => resolve(event.effectiveDirective), { once: true });
        const script = document.createElement('script');
        script.textContent = 'window.injected = true';
        document.body.append(script);
      }),
  );
  expect(await blocked).toBe('script-src-elem');
  expect(await page.evaluate(() => 'injected' in window)).toBe(false);
});

/** Elements that make the browser load something. */
const LOADING = new Set(['script', 'link', 'img', 'source', 'iframe', 'video', 'audio', 'embed', 'object']);
/** Links that only name an address (for search engines and feeds); the browser loads nothing from them. */
const NAMING = new Set(['canonical', 'alternate', 'sitemap']);

test('no page loads fonts, scripts, styles, images or frames from another site', () => {
  const external = /^(https?:)?\/\//i;
  const problems: string[] = [];
  for (const path of allPages()) {
    const html = readBuilt(path);
    for (const { name, attributes } of findElements(html, (tag) => LOADING.has(tag.name))) {
      if (name === 'link' && NAMING.has(attributes.rel ?? '')) continue;
      // A srcset is a list of candidates, each an address and its width or density.
      const candidates = attributes.srcset?.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]) ?? [];
      for (const url of [attributes.src, attributes.href, attributes.data, ...candidates]) if (url && external.test(url)) problems.push(`${path}: <${name}> loads ${url}`);
    }
  }
  // Styles are inline in each page; any stylesheet file is checked too.
  for (const path of allPages()) {
    const html = readBuilt(path);
    const files = attributesOf(html, 'link')
      .map((link) => link.href ?? '')
      .filter((href) => /^\/_astro\/.+\.css$/.test(href));
    const sheets = files.map((file) => readFileSync(join(DIST, file), 'utf8'));
    const css = inlineCode(html).styles.concat(sheets).join('\n');
    for (const [, url] of css.matchAll(/url\(\s*["']?([^"')]+)/g)) if (external.test(url!)) problems.push(`${path}: style url(${url})`);
    if (/@import/.test(css)) problems.push(`${path}: @import in styles`);
  }
  expect(problems, problems.join('\n')).toEqual([]);
});
