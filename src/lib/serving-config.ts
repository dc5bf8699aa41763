// What a host needs besides the pages, generated from one set of facts: the headers the build
// wrote into _headers (security headers and the Content-Security-Policy, src/integrations/csp.ts),
// which files are safe to cache for ever, and the redirects. Written as _headers and _redirects
// (Netlify, Cloudflare Pages) and as an nginx server-level include. Plain functions, unit-tested.

export type HeaderRule = { pattern: string; headers: Array<[name: string, value: string]> };

export type ServedRedirect = { from: string; to: string; status: 301 | 302 };

/** The folder the nginx include is written to, inside the build; nginx refuses to serve it. */
export const NGINX_DIR = '_nginx';
export const NGINX_INCLUDE = `${NGINX_DIR}/site.conf`;

/**
 * Folders whose files have content hashes in their names (Astro's bundles, Pagefind's index
 * chunks): a changed file gets a new name, so browsers may keep these for a year without asking.
 */
const HASHED_FOLDERS = ['/_astro/', '/pagefind/fragment/', '/pagefind/index/', '/pagefind/filter/'] as const;
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Pages and every unhashed file: browsers ask each time (cheaply, with ETag), so a publish shows at once. */
const REVALIDATE = 'no-cache';

/**
 * Files every first search loads, which the build also writes as brotli (`<file>.br`, from
 * src/build/brotli-copies.ts): Pagefind's WebAssembly and its list of pages (gzip as Pagefind
 * writes them), and its script (plain, so also written as `<file>.gz` for browsers without
 * brotli). The nginx include sends a browser the smallest copy it accepts, with each kind's type.
 */
export const BROTLI_COPIES = [
  { files: /^\/pagefind\/(wasm\.[a-z-]+\.pagefind|pagefind\.[a-z0-9_-]+\.pf_meta)$/, type: 'application/octet-stream' },
  { files: /^\/pagefind\/pagefind\.js$/, type: 'text/javascript' },
] as const;
const BROTLI_ENCODING = 'br';
export const BROTLI_SUFFIX = `.${BROTLI_ENCODING}`;
export const GZIP_SUFFIX = '.gz';
/** Whether the build writes brotli (and for a plain file, gzip) copies of the file at this site path. */
export const hasBrotliCopy = (path: string): boolean => BROTLI_COPIES.some(({ files }) => files.test(path));

/** Files the build writes for hosts, never for visitors. */
const HOST_FILES = ['/_headers', '/_redirects'] as const;

/** Parses the _headers format: a path pattern line, then indented "Name: value" lines. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const at = line.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || at < 0) throw new Error(`_headers: "${line.trim()}" is not under a path or has no "Name: value"`);
    rule.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
  }
  return rules;
}

const CACHE_MARK = '# Caching (written by src/integrations/serving.ts)';

/** _headers with the hashed folders' caching first, keeping every other block as it is. */
export function withCachingHeaders(existing: string): string {
  // Our block is always first and ends at the first blank line.
  const others = existing.startsWith(CACHE_MARK) ? existing.slice(existing.indexOf('\n\n') + 2) : existing;
  const block = [CACHE_MARK, ...HASHED_FOLDERS.flatMap((folder) => [`${folder}*`, `  Cache-Control: ${IMMUTABLE}`])].join('\n');
  return `${block}\n\n${others.trimStart()}`;
}

/**
 * _redirects for Netlify and Cloudflare Pages. Both serve these addresses' static stub pages
 * otherwise; Cloudflare applies redirects before files, Netlify only when forced ("301!"), a
 * form Cloudflare rejects, so `force` is for Netlify builds alone.
 */
export function redirectsFile(redirects: readonly ServedRedirect[], { force = false, notFoundPrefixes = [] as readonly string[] } = {}): string {
  const lines = redirects.map(({ from, to, status }) => `${from} ${to} ${status}${force ? '!' : ''}`);
  // Cloudflare Pages answers a missing address with the nearest 404.html up its path by itself;
  // Netlify serves only the root one unless told, and these rules apply only where no file matches.
  const notFound = force ? notFoundPrefixes.map((prefix) => `${prefix}/* ${prefix}/404.html 404`) : [];
  return ['# Redirects (written by src/integrations/serving.ts from the redirect documents)', ...lines, ...notFound].join('\n') + '\n';
}

/** A string nginx reads literally: double-quoted, with quotes and backslashes escaped. */
const quoted = (text: string) => `"${text.replace(/[\\"]/g, (c) => `\\${c}`)}"`;

/** The headers for every path, from the `/*` rules of _headers. */
export function siteWideHeaders(rules: readonly HeaderRule[]): Array<[string, string]> {
  return rules.filter((rule) => rule.pattern === '/*').flatMap((rule) => rule.headers.filter(([name]) => name.toLowerCase() !== 'cache-control'));
}

/**
 * The nginx include, for inside a `server {}` block whose `root` is the build directory. nginx
 * drops a level's add_header lines wherever a nested level has its own, so every header is
 * added once, at server level, and locations only choose the Cache-Control value.
 */
export function nginxInclude({
  headers,
  redirects,
  notFoundPrefixes = [],
}: {
  headers: ReadonlyArray<[string, string]>;
  redirects: readonly ServedRedirect[];
  notFoundPrefixes?: readonly string[];
}): string {
  // nginx expands $variables inside strings and has no escape for "$".
  for (const [name, value] of headers) if (/[$\n]/.test(name + value)) throw new Error(`The header ${name} cannot be written for nginx: it contains "$" or a line break.`);
  const lines = [
    '# Generated by src/integrations/serving.ts for this build; regenerated by every build.',
    '# Include inside a server block whose root is the build directory (docs/hosting.md, "nginx").',
    'index index.html;',
    '# Redirects and the trailing-slash redirect name only the path, whatever host and port nginx sits behind.',
    'absolute_redirect off;',
    'charset utf-8;',
    '# Answers do not name the nginx version.',
    'server_tokens off;',
    '',
    '# Security headers, the same as in _headers (Content-Security-Policy from src/integrations/csp.ts).',
    ...headers.map(([name, value]) => `add_header ${name} ${quoted(value)} always;`),
    '',
    '# Caching: hashed files for a year, everything else revalidated on each visit.',
    `set $stodlinjen_cache_control ${quoted(REVALIDATE)};`,
    'add_header Cache-Control $stodlinjen_cache_control always;',
    ...HASHED_FOLDERS.map((folder) => `location ^~ ${folder} { set $stodlinjen_cache_control ${quoted(IMMUTABLE)}; }`),
    '',
    '# Brotli copies: a browser that accepts brotli gets the .br the build wrote beside each of these',
    '# files, a quarter smaller than the gzip one Pagefind wrote; any other gets that, or the .gz copy',
    '# of a plain file.',
    'set $stodlinjen_brotli "";',
    `if ($http_accept_encoding ~ "\\b${BROTLI_ENCODING}\\b") { set $stodlinjen_brotli ${BROTLI_ENCODING}; }`,
    'set $stodlinjen_content_encoding "";',
    'set $stodlinjen_vary "";',
    '# An empty value adds no header.',
    'add_header Content-Encoding $stodlinjen_content_encoding always;',
    'add_header Vary $stodlinjen_vary always;',
    ...BROTLI_COPIES.flatMap(({ files, type }) => [
      `location ~ ${quoted(files.source)} {`,
      '  set $stodlinjen_content_encoding $stodlinjen_brotli;',
      '  set $stodlinjen_vary Accept-Encoding;',
      `  default_type ${type};`,
      // Never packed again on the fly: a gzip copy (for a plain file) is sent as the build wrote it.
      '  gzip off;',
      '  gzip_static on;',
      '  try_files $uri.$stodlinjen_brotli $uri =404;',
      '}',
    ]),
    '',
    '# The 404 page, with the help contacts, for every address the site does not have; under a',
    "# language version's prefix, that language's 404 page.",
    'error_page 404 /404.html;',
    ...notFoundPrefixes.map((prefix) => `location ^~ ${prefix}/ { error_page 404 ${prefix}/404.html; try_files $uri $uri/ =404; }`),
    '',
    '# Files for hosts, not visitors.',
    ...HOST_FILES.map((file) => `location = ${file} { return 404; }`),
    `location ^~ /${NGINX_DIR}/ { return 404; }`,
    '',
    '# Old addresses: real redirects, with and without the trailing slash.',
    ...redirects.flatMap(({ from, to, status }) => {
      // nginx matches locations against the decoded path.
      const path = decodeURIComponent(from);
      return [path, path.slice(0, -1)].map((variant) => `location = ${quoted(variant)} { return ${status} ${to}; }`);
    }),
    '',
    'location / { try_files $uri $uri/ =404; }',
  ];
  return `${lines.join('\n')}\n`;
}
