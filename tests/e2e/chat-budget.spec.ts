// The chat must not cost readers anything: before a visitor reaches for it, an article page runs
// at most 4 KB (gzip) of JavaScript in total, none of it React, and asks the contact service
// nothing. Measured in the browser, so every script counts: external, preloaded, imported, inline.
import { expect, test } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { STANDIN_ORIGIN } from './build-env.mjs';
import { builtPages } from './pages';

const BUDGET = 4 * 1024;
// Strings every React DOM build carries, minified or not.
const REACT_MARKERS = ['__REACT_DEVTOOLS_GLOBAL_HOOK__', 'react.transitional.element', 'reactjs.org/docs/error-decoder', 'react.dev/errors/'];

test('an article page ships at most 4 KB of JavaScript (gzip), no React and no request to the contact service before the visitor reaches for the chat', async ({ page }) => {
  const articles = builtPages().filter((path) => path.startsWith('/artiklar/'));
  expect(articles.length).toBeGreaterThan(10);
  const report: string[] = [];
  for (const path of articles) {
    const scripts = new Map<string, Buffer>();
    const toService: string[] = [];
    const onResponse = async (response: import('@playwright/test').Response) => {
      const type = response.headers()['content-type'] ?? '';
      if (/javascript/.test(type)) scripts.set(response.url(), await response.body());
    };
    const onRequest = (request: import('@playwright/test').Request) => {
      if (request.url().startsWith(STANDIN_ORIGIN)) toService.push(request.url());
    };
    page.on('response', onResponse);
    page.on('request', onRequest);
    await page.goto(path, { waitUntil: 'networkidle' });
    page.off('response', onResponse);
    page.off('request', onRequest);

    const inline = await page.$$eval('script:not([src])', (elements) =>
      elements.filter((script) => !/json/.test(script.getAttribute('type') ?? '')).map((script) => script.textContent ?? ''),
    );
    const bodies = [...scripts.values(), ...inline.map((code) => Buffer.from(code))];
    const gzip = bodies.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0);
    report.push(`${path}: ${gzip} B gzip in ${bodies.length} scripts`);

    expect(gzip, `${path}: JavaScript before interaction`).toBeLessThanOrEqual(BUDGET);
    for (const body of bodies) {
      const text = body.toString('utf8');
      expect(REACT_MARKERS.filter((marker) => text.includes(marker)), `${path}: React loaded before interaction`).toEqual([]);
    }
    expect(toService, `${path}: requests to the contact service`).toEqual([]);
  }
  test.info().annotations.push({ type: 'measured', description: report[0]! });
});
