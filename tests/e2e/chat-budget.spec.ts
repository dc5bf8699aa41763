// The chat must not cost readers anything: before a visitor reaches for it, an article page runs
// at most 4 KB (gzip) of JavaScript in total, none of it React, and asks the contact service
// nothing. Measured in the browser, so every script counts: external, preloaded, imported, inline.
import { expect, test } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { scriptsOnLoad } from './a11y-support';
import { STANDIN_ORIGIN } from './build-env.mjs';
import { builtPages } from './pages';

const BUDGET = 4 * 1024;
// Strings every React DOM build carries, minified or not.
const REACT_MARKERS = ['__REACT_DEVTOOLS_GLOBAL_HOOK__', 'react.transitional.element', 'reactjs.org/docs/error-decoder', 'react.dev/errors/'];

const articles = builtPages().filter((path) => path.startsWith('/artiklar/'));

test('the budget covers the Swedish articles', () => {
  expect(articles.length).toBeGreaterThan(10);
});

for (const path of articles) {
  test(`${path} ships at most 4 KB of JavaScript (gzip), no React and no request to the contact service before the visitor reaches for the chat`, async ({ page }) => {
    const { files, inline, requests } = await scriptsOnLoad(page, path);
    const toService = requests.filter((address) => address.startsWith(STANDIN_ORIGIN));
    const bodies = [...files.values(), ...inline.map((code) => Buffer.from(code))];
    const gzip = bodies.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0);
    test.info().annotations.push({ type: 'measured', description: `${gzip} B gzip in ${bodies.length} scripts` });

    expect(gzip, 'JavaScript before interaction').toBeLessThanOrEqual(BUDGET);
    for (const body of bodies) {
      const text = body.toString('utf8');
      expect(
        REACT_MARKERS.filter((marker) => text.includes(marker)),
        'React loaded before interaction',
      ).toEqual([]);
    }
    expect(toService, 'requests to the contact service').toEqual([]);
  });
}
