// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';

// The public address the site is deployed at: used for canonical URLs, Open Graph and the sitemap.
const site = process.env.SITE_URL ?? 'https://stodlinjen.example';

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  integrations: [react(), sitemap()],
  image: {
    // Live-mode images are fetched from Sanity's CDN at build time and served from this site,
    // so visitors' browsers never contact a third party.
    remotePatterns: [{ protocol: 'https', hostname: 'cdn.sanity.io' }],
  },
  vite: {
    plugins: [tailwindcss()],
  },
});
