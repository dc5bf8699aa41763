import { defineConfig, devices } from '@playwright/test';
import { SITE_ORIGIN, SITE_PORT } from './e2e/build-env.mjs';

// Debian's Chromium where .ci/toolchain found one (no browser downloads on CI machines),
// otherwise Playwright's own browser, so the suite also runs on a laptop.
const executablePath = process.env.PLAYWRIGHT_CHROMIUM || undefined;
const args = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'];

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  // Two workers share two cores with a browser each: allow for a loaded machine.
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  // The last one records a fully passing accessibility suite for the accessibility statement.
  reporter: [['list'], ['json'], ['./support/a11y-last-pass-reporter.ts']],
  use: {
    baseURL: SITE_ORIGIN,
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    trace: 'off',
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: { executablePath, args } } }],
  webServer: {
    // The built site (npm test builds it first), served as a static host would.
    command: `node ../src/dev/static-server.ts ../dist ${SITE_PORT}`,
    url: `${SITE_ORIGIN}/`,
    // Never another process's server (say `npm start`'s): its site may be built differently.
    reuseExistingServer: false,
  },
});
