/// <reference types="vitest/config" />
// Unit tests run with the site's own Vite setup (astro.config.mjs, through getViteConfig), so
// modules that import `astro:*` virtual modules, and .astro components rendered with the Container
// API (*.astro.test.ts, tests/support/components.ts), are tested as the build compiles them.
// Node-only and Studio (sanity/) modules run unchanged under it. No dev toolbar: it would mark up
// every element a component renders.
import { getViteConfig } from 'astro/config';

export default getViteConfig({ test: { include: ['tests/unit/**/*.test.ts'] } }, { devToolbar: { enabled: false } });
