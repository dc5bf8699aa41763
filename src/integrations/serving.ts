// Everything a host needs besides the pages, after the build (listed after csp(), whose headers
// it reuses): caching rules in _headers, _redirects for Netlify and Cloudflare Pages, and the
// nginx include `_nginx/site.conf` with the same headers and real 301/302 redirects. The stub
// pages at old addresses, for hosts without redirects, are ordinary pages (src/pages/[...moved].astro).
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getContent } from '../data/content';
import { LOCALES, LOCALE_INFO } from '../i18n/locales';
import { NGINX_INCLUDE, nginxInclude, parseHeaders, redirectsFile, siteWideHeaders, withCachingHeaders } from '../lib/serving-config';

/** For @astrojs/sitemap's `serialize`: old addresses are not pages of the site. */
export async function leaveOutMovedAddresses<T extends { url: string }>(item: T): Promise<T | undefined> {
  const { redirects } = await getContent();
  const path = decodeURIComponent(new URL(item.url).pathname);
  return redirects.some((redirect) => decodeURIComponent(redirect.from) === path) ? undefined : item;
}

export default function serving(): AstroIntegration {
  return {
    name: 'stodlinjen:serving',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const { redirects } = await getContent();
        for (const redirect of redirects) {
          if (!existsSync(join(root, decodeURIComponent(redirect.from), 'index.html'))) throw new Error(`The page for the old address ${redirect.from} (redirect "${redirect._id}") was not built.`);
        }

        const headersFile = join(root, '_headers');
        const headersText = withCachingHeaders(existsSync(headersFile) ? await readFile(headersFile, 'utf8') : '');
        await writeFile(headersFile, headersText);
        const headers = siteWideHeaders(parseHeaders(headersText));
        if (!headers.some(([name]) => name.toLowerCase() === 'content-security-policy')) {
          throw new Error('_headers has no Content-Security-Policy for every path: list serving() after csp() in astro.config.mjs.');
        }

        // Each language version has its own 404 page (/en/404.html), for the addresses under its prefix.
        const notFoundPrefixes = LOCALES.map((locale) => LOCALE_INFO[locale].prefix).filter((prefix) => prefix && existsSync(join(root, prefix, '404.html')));
        // Netlify's own builds set NETLIFY=true; set it when building elsewhere for Netlify.
        await writeFile(join(root, '_redirects'), redirectsFile(redirects, { force: process.env.NETLIFY === 'true', notFoundPrefixes }));
        const include = join(root, NGINX_INCLUDE);
        await mkdir(dirname(include), { recursive: true });
        await writeFile(include, nginxInclude({ headers, redirects, notFoundPrefixes }));
        logger.info(`${redirects.length} redirects in _redirects and ${NGINX_INCLUDE}, with ${headers.length} security headers`);
      },
    },
  };
}
