// The checks the accessibility statement lists as run automatically. The suite tags each test that
// proves one with its id (tests/e2e/a11y-support.ts); the statement names them from the UI catalog
// (`a11y.check.<id>`) in the page's language; a green run records which of them passed
// (src/lib/test-record.ts), and the statement shows that record for builds of the code it tested.

export const ACCESSIBILITY_CHECKS = ['axe', 'reflow', 'textSpacing', 'reducedMotion', 'focusVisible', 'forcedColours', 'quickExitFirst', 'landmarks', 'print', 'keyboard', 'quickExitKeys'] as const;

export type AccessibilityCheck = (typeof ACCESSIBILITY_CHECKS)[number];
