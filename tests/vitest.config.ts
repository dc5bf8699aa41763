import { getViteConfig } from 'astro/config';
import { defineConfig } from 'vitest/config';

/** Tests that render .astro components with Astro's Container API. */
const COMPONENT_TESTS = 'tests/unit/**/*.astro.test.ts';

export default defineConfig({
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], exclude: [COMPONENT_TESTS] } },
      // Components need Astro's own Vite setup (its compiler and the project's plugins); the other
      // tests run without it, as fast as before. No dev toolbar: it would mark up every element.
      getViteConfig({ test: { name: 'components', include: [COMPONENT_TESTS] } }, { devToolbar: { enabled: false } }),
    ],
  },
});
