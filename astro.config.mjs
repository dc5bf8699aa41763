// @ts-check
// Builds send nothing anywhere. Every Astro command (build, dev, check, preview, however it is
// started) reads this file before it would report telemetry, including a failed build's error.
process.env.ASTRO_TELEMETRY_DISABLED = '1';
import { defineConfig } from 'astro/config';
import node from '@astrojs/node';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import csp from './src/integrations/csp';
import { embeddedImages } from './src/data/embedded-images';
import serving, { onlyPages } from './src/integrations/serving';
import routes from './src/integrations/routes';
import preview from './src/preview/integration';
import { scriptUrl } from './src/integrations/script-url';

// The public address the site is deployed at: used for canonical URLs, Open Graph, the sitemap
// and printed pages. A build from a real Sanity project is a deployment, so it must be named.
if (process.env.SANITY_PROJECT_ID?.trim() && !process.env.SITE_URL?.trim()) {
  throw new Error(
    'SITE_URL is not set. A build from a Sanity project needs the public address it will be served at (for example SITE_URL=https://stodlinjen.se, or http://127.0.0.1:4321 to preview).',
  );
}
const site = process.env.SITE_URL?.trim() || 'https://stodlinjen.example';

// The draft preview (npm run build:preview) is the same project rendered on request by a Node
// server, into its own directory. Everything else here describes the public, fully static build.
const previewBuild = process.env.PREVIEW_BUILD === '1';

export default defineConfig({
  site,
  ...(previewBuild
    ? { output: 'server', adapter: node({ mode: 'standalone' }), outDir: 'dist-preview', integrations: [routes({ onRequest: true }), react(), preview()] }
    : {
        output: 'static',
        // csp() hashes the final HTML, after every other integration has written it; serving()
        // then writes the host files from csp()'s headers. The search index is built after this
        // process exits (src/build/build.ts, `npm run build`).
        integrations: [routes({ onRequest: false }), react(), sitemap({ serialize: onlyPages }), csp(), serving()],
      }),
  trailingSlash: 'always',
  // The stylesheet (about 7 KB gzip) goes inline: on a slow mobile connection the extra round
  // trip of a render-blocking request costs more than re-sending it with each page.
  build: { inlineStylesheets: 'always' },
  image: {
    // Live-mode images are fetched from Sanity's CDN at build time and served from this site,
    // so visitors' browsers never contact a third party.
    remotePatterns: [{ protocol: 'https', hostname: 'cdn.sanity.io' }],
  },
  vite: {
    plugins: [tailwindcss(), embeddedImages(), scriptUrl()],
  },
});
