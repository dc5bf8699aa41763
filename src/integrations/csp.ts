// Content-Security-Policy for the static build. Astro's own `security.csp` cannot be used with
// <ClientRouter />, so after the build this hashes the inline <script>s and <style>s on every
// page and writes ONE policy, the same everywhere (ClientRouter keeps the first page's policy
// for the whole visit). It goes into each page as a <meta> and into dist/_headers (the format
// Netlify and Cloudflare Pages read) together with what only a header can say (frame-ancestors).
//
// Only scripts the build itself wrote are hashed: the compiled <script> blocks of the site's own
// components, collected from the client bundle as Astro inlines them, and their
// <script is:inline> blocks as written in src/. Any other inline script in
// a page (one smuggled in through content, a template mistake) fails the build, naming the page,
// instead of being blessed by the policy. JSON data blocks (`type="application/ld+json"`) are
// never executed, so they are not in script-src; they must parse as JSON or the build fails too.
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtContent } from '../data/build-scope';
import { contactOrigins } from '../lib/contact-origins';

type InlineSources = { scripts: string[]; dataBlocks: string[]; styles: string[]; styleAttributes: string[] };

export type PolicyInput = Omit<InlineSources, 'dataBlocks'> & {
  /** The contact service's origins (see src/lib/contact-origins.ts). */
  embedOrigin: string | null;
  statusOrigin: string | null;
  /** Pagefind's search runs WebAssembly, which script-src must allow by name. */
  wasm: boolean;
};

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const unique = (values: Array<string | null>) => [...new Set(values.filter((value): value is string => !!value))];

const decodeAttribute = (value: string) =>
  value.replace(/&(quot|#34|#39|apos|lt|gt|amp);/g, (_, name: string) => ({ quot: '"', '#34': '"', '#39': "'", apos: "'", lt: '<', gt: '>', amp: '&' })[name]!);

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;
const STYLE_ATTRIBUTE = /<[a-z][^\s>]*\s[^>]*?\bstyle\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;

const JSON_TYPE = /^application\/(ld\+)?json$/;

/** The `type` of a script element, lower-cased; '' when absent (classic JavaScript). */
const scriptType = (attributes: string) => (/\btype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attributes)?.slice(1).find((v) => v !== undefined) ?? '').trim().toLowerCase();

/** Every inline script, style element and style attribute in a page, as the browser hashes them. */
export function inlineSources(html: string): InlineSources {
  const scripts: string[] = [];
  const dataBlocks: string[] = [];
  for (const [, attributes, body] of html.matchAll(SCRIPT)) {
    if (/\bsrc\s*=/i.test(attributes!)) continue;
    // JSON data blocks are never executed; anything else might be (classic, module, importmap, …).
    if (JSON_TYPE.test(scriptType(attributes!))) dataBlocks.push(body!);
    else scripts.push(body!);
  }
  const styles = [...html.matchAll(STYLE)].map(([, body]) => body!);
  const markup = html.replace(SCRIPT, '').replace(STYLE, '');
  const styleAttributes = [...markup.matchAll(STYLE_ATTRIBUTE)].map(([, double, single]) => decodeAttribute(double ?? single ?? ''));
  return { scripts, dataBlocks, styles, styleAttributes };
}

/** What is wrong with a page's inline scripts, given the scripts the build wrote; [] when nothing. */
export function unexpectedScripts(found: InlineSources, known: ReadonlySet<string>): string[] {
  const problems = found.scripts.filter((code) => !known.has(code.trim())).map((code) => `an inline script the build did not write: ${JSON.stringify(code.trim().slice(0, 120))}`);
  for (const data of found.dataBlocks) {
    try {
      JSON.parse(data);
    } catch {
      problems.push(`a JSON script block that is not JSON: ${JSON.stringify(data.trim().slice(0, 120))}`);
    }
  }
  return problems;
}

const INLINE_SCRIPT = /<script\b([^>]*\bis:inline\b[^>]*)>([\s\S]*?)<\/script\s*>/gi;

/**
 * The `<script is:inline>` blocks of the site's own components, which Astro copies into pages
 * as written (trimmed here, as the pages' scripts are compared trimmed). One with `define:vars`
 * is changed per page, so it is not taken for the build's own and fails the build if used.
 */
async function inlineComponentScripts(srcDir: string): Promise<string[]> {
  const files = await filesEndingWith(srcDir, '.astro');
  const sources = await Promise.all(files.map((file) => readFile(file, 'utf8')));
  return sources.flatMap((source) => [...source.matchAll(INLINE_SCRIPT)].filter(([, attributes]) => !/define:vars/.test(attributes!)).map(([, , body]) => body!.trim()));
}

/**
 * Collects the compiled code of the site's own component scripts (`<script>` in .astro files)
 * from the client bundle, as Astro inlines it (trimmed), before Astro's own plugin takes the
 * inlined ones out of the bundle.
 */
function componentScripts(known: Set<string>): Plugin {
  return {
    name: 'stodlinjen:csp-known-scripts',
    generateBundle: {
      order: 'pre',
      handler(_options, bundle) {
        for (const output of Object.values(bundle)) {
          if (output.type === 'chunk' && /\/src\/[^?]*\.astro\?astro&type=script\b/.test(output.facadeModuleId ?? '')) known.add(output.code.trim());
        }
      },
    },
  };
}

/** The policy for every page. `header` adds what a <meta> policy cannot carry. */
export function buildPolicy(input: PolicyInput, { header = false } = {}): string {
  const styleHashes = unique(input.styles.map(sha256));
  const attributeHashes = unique(input.styleAttributes.map(sha256));
  const directives: Array<[string, ...string[]]> = [
    ['default-src', "'self'"],
    ['script-src', "'self'", ...(input.wasm ? ["'wasm-unsafe-eval'"] : []), ...unique(input.scripts.map(sha256))],
    // Style attributes are allowed one by one ('unsafe-hashes'), never wholesale ('unsafe-inline').
    ['style-src', "'self'", ...styleHashes, ...(attributeHashes.length ? ["'unsafe-hashes'", ...attributeHashes] : [])],
    ['img-src', "'self'", 'data:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'", ...unique([input.statusOrigin, input.embedOrigin])],
    ['frame-src', input.embedOrigin ?? "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['object-src', "'none'"],
    ...(header ? [['frame-ancestors', "'none'"] as [string, string]] : []),
  ];
  return directives.map((parts) => parts.join(' ')).join('; ');
}

const META = /<meta\s+http-equiv=["']?content-security-policy["']?[^>]*>/gi;

/**
 * Puts the policy into a page's <head>: right after <meta charset> (which must stay within the
 * first 1024 bytes), before anything that loads or runs.
 */
function withPolicyMeta(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">`;
  const clean = html.replace(META, '');
  const charset = /<meta\s+charset=["']?[\w-]+["']?\s*\/?>/i.exec(clean);
  if (charset) return clean.slice(0, charset.index + charset[0].length) + meta + clean.slice(charset.index + charset[0].length);
  const head = /<head\b[^>]*>/i.exec(clean);
  if (!head) throw new Error('A built page has no <head>; the Content-Security-Policy cannot be added.');
  return clean.slice(0, head.index + head[0].length) + meta + clean.slice(head.index + head[0].length);
}

const HEADERS_MARK = '# Security headers (written by src/integrations/csp.ts)';

/** dist/_headers with our block for every path, keeping whatever else is already there. */
function withSecurityHeaders(existing: string, policy: string): string {
  // Our block is always written last, so everything before its mark belongs to someone else.
  const others = existing.split(HEADERS_MARK)[0]!.trimEnd();
  const block = [
    HEADERS_MARK,
    '/*',
    `  Content-Security-Policy: ${policy}`,
    '  Referrer-Policy: no-referrer',
    '  X-Content-Type-Options: nosniff',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=(), browsing-topics=()',
  ].join('\n');
  return `${others ? `${others}\n\n` : ''}${block}\n`;
}

async function filesEndingWith(dir: string, suffix: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((entry) => (entry.isDirectory() ? filesEndingWith(join(dir, entry.name), suffix) : Promise.resolve(entry.name.endsWith(suffix) ? [join(dir, entry.name)] : []))));
  return nested.flat();
}

/** Whether pages load Pagefind, whose index may be written after this hook runs. */
async function usesPagefind(root: string, pagesMention: boolean): Promise<boolean> {
  if (pagesMention || existsSync(join(root, 'pagefind'))) return true;
  const bundles = await filesEndingWith(join(root, '_astro'), '.js');
  return (await Promise.all(bundles.map((file) => readFile(file, 'utf8')))).some((code) => code.includes('/pagefind/'));
}

/** Pages are read a batch at a time: at 10,000 pages, all of them at once would hold gigabytes. */
const BATCH = 200;
// The pages are read and rewritten as Latin-1: the patterns looked for are ASCII, which match the
// same bytes either way, and one-byte strings make them several times faster than UTF-8's two-byte
// strings (Swedish letters) over 10,000 pages; a Latin-1 round trip writes the bytes back unchanged.
const AS_BYTES = 'latin1';
/** A string read as Latin-1, as the UTF-8 text its bytes are (for hashing and comparing). */
const asText = (bytes: string) => Buffer.from(bytes, AS_BYTES).toString('utf8');

async function inBatches(files: string[], work: (file: string) => Promise<void>): Promise<void> {
  for (let start = 0; start < files.length; start += BATCH) await Promise.all(files.slice(start, start + BATCH).map(work));
}

/**
 * Fills `known` with the scripts the build writes: the `is:inline` ones now, the compiled ones
 * when the client bundle is written (through the returned Vite plugin). The public build and the
 * draft preview's build (src/preview/integration.ts) measure pages against the same set.
 */
export async function collectKnownScripts(srcDir: URL, known: Set<string>): Promise<Plugin> {
  for (const code of await inlineComponentScripts(fileURLToPath(srcDir))) known.add(code);
  return componentScripts(known);
}

export default function csp(): AstroIntegration {
  const known = new Set<string>();
  return {
    name: 'stodlinjen:csp',
    hooks: {
      'astro:config:setup': async ({ config, updateConfig }) => {
        updateConfig({ vite: { plugins: [await collectKnownScripts(config.srcDir, known)] } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = await filesEndingWith(root, '.html');
        // Every page gets the same policy, so only the distinct inline sources matter.
        const scripts = new Set<string>();
        const styles = new Set<string>();
        const styleAttributes = new Set<string>();
        let pagesMentionPagefind = false;
        const refused: string[] = [];
        await inBatches(files, async (file) => {
          const html = await readFile(file, AS_BYTES);
          const bytes = inlineSources(html);
          const found = { scripts: bytes.scripts.map(asText), dataBlocks: bytes.dataBlocks.map(asText), styles: bytes.styles.map(asText), styleAttributes: bytes.styleAttributes.map(asText) };
          for (const problem of unexpectedScripts(found, known)) refused.push(`${relative(root, file)}: ${problem}`);
          found.scripts.forEach((code) => scripts.add(code));
          found.styles.forEach((code) => styles.add(code));
          found.styleAttributes.forEach((code) => styleAttributes.add(code));
          pagesMentionPagefind ||= html.includes('/pagefind/');
        });
        if (refused.length) {
          throw new Error(`Pages contain scripts the Content-Security-Policy will not allow; the build stops:\n${refused.slice(0, 20).map((line) => `  - ${line}`).join('\n')}${refused.length > 20 ? `\n  … and ${refused.length - 20} more` : ''}`);
        }
        // The pages' own content (already loaded for them): the policy names what the chat uses.
        const origins = contactOrigins((await builtContent()).locales.sv.contact);
        const input: PolicyInput = {
          scripts: [...scripts],
          styles: [...styles],
          styleAttributes: [...styleAttributes],
          embedOrigin: origins.embed,
          statusOrigin: origins.status,
          wasm: await usesPagefind(root, pagesMentionPagefind),
        };
        const policy = buildPolicy(input);
        // The policy is ASCII (hashes, and origins as URLs give them); anything else is written as text.
        const encoding = /^[\x20-\x7e]*$/.test(policy) ? AS_BYTES : 'utf8';
        await inBatches(files, async (file) => writeFile(file, withPolicyMeta(await readFile(file, encoding), policy), encoding));
        const headersFile = join(root, '_headers');
        const existing = existsSync(headersFile) ? await readFile(headersFile, 'utf8') : '';
        await writeFile(headersFile, withSecurityHeaders(existing, buildPolicy(input, { header: true })));
        logger.info(`Content-Security-Policy on ${files.length} pages (${input.scripts.length} inline scripts hashed); contact service: ${origins.embed ?? 'none'}`);
      },
    },
  };
}
