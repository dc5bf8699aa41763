// What the accessibility statement says about the automated test suite. The suite tags each test
// that proves a statement check with its id (tests/e2e/a11y-support.ts); the statement lists the
// checks from the UI catalog (`a11y.check.<id>`) in the page's language. Whether the suite passed
// for this build is written into the built pages after a full green run
// (src/build/accessibility-record.mjs), matched by the build id every page of one build shares.
import { randomBytes } from 'node:crypto';

export const ACCESSIBILITY_CHECKS = [
  'axe',
  'reflow',
  'textSpacing',
  'reducedMotion',
  'focusVisible',
  'forcedColours',
  'quickExitFirst',
  'landmarks',
  'print',
  'keyboard',
  'quickExitKeys',
] as const;

export type AccessibilityCheck = (typeof ACCESSIBILITY_CHECKS)[number];

const BUILD_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

/** This build's id: `BUILD_ID` from the environment (a release's own name), or the build's start time and a random suffix. */
function buildId(env: NodeJS.ProcessEnv): string {
  const given = env.BUILD_ID?.trim();
  if (given) {
    if (!BUILD_ID.test(given)) throw new Error(`BUILD_ID "${given.slice(0, 80)}" is not a build id: letters, digits and . _ : - only, at most 64 characters`);
    return given;
  }
  return `${new Date().toISOString().slice(0, 19)}Z-${randomBytes(3).toString('hex')}`;
}

/** Evaluated once per build process, so every page of a build carries the same id. */
export const BUILD = buildId(process.env);
