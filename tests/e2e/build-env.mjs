// The environment the browser journeys build and run with: the chat points at the stand-in
// contact service (a test double) instead of the real one. The test runner picks free ports
// and passes them in TEST_SITE_PORT / TEST_STANDIN_PORT, so the suite runs while `npm start`
// holds its own ports; the defaults differ from `npm start`'s for a hand-run Playwright.
import { fileURLToPath } from 'node:url';

export const STANDIN_PORT = Number(process.env.TEST_STANDIN_PORT || 4410);
export const SITE_PORT = Number(process.env.TEST_SITE_PORT || 4331);
export const STANDIN_ORIGIN = `http://127.0.0.1:${STANDIN_PORT}`;
export const SITE_ORIGIN = `http://127.0.0.1:${SITE_PORT}`;

export const buildEnv = {
  CHAT_EMBED_URL: `${STANDIN_ORIGIN}/chat/embed`,
  CHAT_STATUS_URL: `${STANDIN_ORIGIN}/status`,
  // The suite's builds never read a record of an earlier green run (a second `npm test` would
  // find the first one's): they say what a build of untested code says.
  ACCESSIBILITY_RECORD_FILE: fileURLToPath(new URL('./no-accessibility-record.json', import.meta.url)),
};
