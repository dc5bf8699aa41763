// Lint rules for everything the project writes: code the browser, the build, the worker and the
// Studio run, and the tests. The point is unused and unreachable code and the mistakes TypeScript
// lets through; how code looks is Prettier's (.prettierrc.json), checked separately.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/', 'dist-preview/', '.astro/', '.tools/', 'node_modules/', 'sanity/dist/', 'sanity/.sanity/', 'tests/bench/out/', 'src/sanity.types.ts', 'test-results/', 'playwright-report/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // Unused code is dead code; a leading underscore marks a value taken apart on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      // Non-null assertions state what the code checked a line before; TypeScript cannot see it.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Control characters are matched on purpose: terminal colours in logs, bidi controls and
      // the characters a host's redirect file cannot carry.
      'no-control-regex': 'off',
    },
  },
);
