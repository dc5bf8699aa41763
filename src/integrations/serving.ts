// Everything a host needs besides the pages, after the build (listed after csp(), whose headers
// it reuses): caching rules in _headers, _redirects for Netlify and Cloudflare Pages, and the
// nginx include `_nginx/site.conf` with the same headers and real 301/302 redirects. The stub
// pages at old addresses, for hosts without redirects, are ordinary pages (the route table's
// `moved` routes, src/views/MovedView.astro).
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtContent } from '../data/build-scope';
import { routeTable } from '../routing/table';
import { LOCALES, LOCALE_INFO } from '../i18n/locales';
import { NGINX_INCLUDE, nginxInclude, parseHeaders, redirectsFile, siteWideHeaders, withCachingHeaders } from '../lib/serving-config';

// Each language version's 404 page: Astro writes the route /en/404/ as en/404/index.html; hosts
// look for en/404.html (404.html at the root), so it is moved there after the build.
const NOT_FOUND_PREFIXES = LOCALES.map((locale) => LOCALE_INFO[locale].prefix);

let listed: Promise<Set<string>> | undefined;

/** For @astrojs/sitemap's `serialize`: only the route table's pages are listed, not old addresses or the 404 pages. */
export async function onlyPages<T extends { url: string }>(item: T): Promise<T | undefined> {
  listed ??= builtContent().then((content) => new Set(routeTable(content).flatMap((route) => (route.kind === 'moved' || route.kind === 'notFound' ? [] : [decodeURIComponent(route.path)]))));
  return (await listed).has(decodeURIComponent(new URL(item.url).pathname)) ? item : undefined;
}

export default function serving(): AstroIntegration {
  return {
    name: 'stodlinjen:serving',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const { redirects } = await builtContent();
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
        const notFoundPrefixes: string[] = [];
        for (const prefix of NOT_FOUND_PREFIXES) {
          const built = join(root, prefix, '404', 'index.html');
          if (!existsSync(built)) continue;
          await rename(built, join(root, prefix, '404.html'));
          await rm(join(root, prefix, '404'), { recursive: true });
          if (prefix) notFoundPrefixes.push(prefix);
        }
        if (!existsSync(join(root, '404.html'))) throw new Error('The site has no 404 page (404.html): hosts would answer a missing address without the help contacts.');
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
