// Content-Security-Policy for the static build. Astro's own `security.csp` cannot be used with
// <ClientRouter />, so after the build this hashes the inline <script>s and <style>s on every
// page and writes ONE policy, the same everywhere (ClientRouter keeps the first page's policy
// for the whole visit). It goes into each page as a <meta> and into dist/_headers (the format
// Netlify and Cloudflare Pages read) together with what only a header can say (frame-ancestors).
//
// Only scripts the build itself wrote are hashed: the compiled <script> blocks of the site's own
// components, collected from the client bundle as Astro inlines them, and their
// <script is:inline> blocks as written in src/. Any other inline script or event handler
// attribute in a page (one smuggled in through content, a template mistake) fails the build instead
// of being blessed by the policy, naming the page and, where the code is text of the page's
// document (or of another document of its language), that document and field. JSON data blocks
// (`type="application/ld+json"`) are never executed, so they are not in script-src; they must parse
// as JSON or the build fails too. Pages are read with the site's HTML parser (src/build/html.ts),
// so text that only looks like a script (in an attribute, in <title>) is the text it is.
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { escapeHtml, htmlFiles, inlineCode, servedPath, type InlineCode, type StartTag } from '../build/html.ts';
import { buildScope, builtContent } from '../data/build-scope';
import type { SiteContent } from '../data/content';
import { ContentError, type ContentDocumentRef } from '../data/report';
import { contactOrigins } from '../lib/contact-origins';
import { routeTable, type Route } from '../routing/table';

export type PolicyInput = Pick<InlineCode, 'scripts' | 'styles' | 'styleAttributes'> & {
  /** The contact service's origins (see src/lib/contact-origins.ts). */
  embedOrigin: string | null;
  statusOrigin: string | null;
  /** Pagefind's search runs WebAssembly, which script-src must allow by name. */
  wasm: boolean;
};

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const unique = (values: Array<string | null>) => [...new Set(values.filter((value): value is string => !!value))];
const quote = (code: string) => JSON.stringify(code.trim().slice(0, 120));

/** Code in a page that the policy will not run, and the text to look for in the content it may have come from. */
export type CodeProblem = { message: string; code: string };

/** What is wrong with a page's inline code, given the scripts the build wrote; [] when nothing. */
export function unexpectedCode(found: InlineCode, known: ReadonlySet<string>): CodeProblem[] {
  const problems = found.scripts.filter((code) => !known.has(code.trim())).map((code) => ({ message: `an inline script the build did not write: ${quote(code)}`, code }));
  for (const { element, attribute, code } of found.eventHandlers) {
    problems.push({ message: `an event handler attribute (${attribute} on <${element}>), which the build never writes: ${quote(code)}`, code });
  }
  for (const data of found.dataBlocks) {
    try {
      JSON.parse(data);
    } catch {
      problems.push({ message: `a JSON script block that is not JSON: ${quote(data)}`, code: data });
    }
  }
  return problems;
}

/** A document of the content, as a route or a language version holds it. */
type Doc = { _id: string };

/**
 * Where in `value` (a document as the build loaded it) `text` is written: its fields, named as
 * the Studio names them ("summary", "searchKeywords[2]", 'body[_key=="a1"].children[_key=="s1"].text').
 * Another document it refers to (an object with an `_id` of its own) has its own fields.
 */
function fieldsHolding(value: unknown, text: string, path = ''): string[] {
  if (typeof value === 'string') return value.includes(text) ? [path] : [];
  if (!value || typeof value !== 'object' || (path && '_id' in value)) return [];
  if (Array.isArray(value)) {
    return value.flatMap((item: unknown, index) => {
      const key = item && typeof item === 'object' && '_key' in item && typeof item._key === 'string' ? `_key==${JSON.stringify(item._key)}` : String(index);
      return fieldsHolding(item, text, `${path}[${key}]`);
    });
  }
  return Object.entries(value).flatMap(([key, inner]) => fieldsHolding(inner, text, path ? `${path}.${key}` : key));
}

/** The document a route's page shows, where it shows one. */
function documentOf(route: Route): Doc | null {
  if (route.kind === 'article') return route.article;
  if (route.kind === 'page') return route.page;
  if (route.kind === 'topic') return route.topic;
  return null;
}

// Documents named for one piece of code: enough to find it, few enough to read.
const MAX_SOURCES = 5;

/**
 * The documents and fields the code in a page came from: the page's own document where its text
 * holds the code, else the documents of the page's language that do (a list of articles shows
 * their titles and summaries). [] when no content holds it: then the page's template wrote it.
 */
function sourcesOf(code: string, route: Route | undefined, content: SiteContent): ContentDocumentRef[] {
  const text = code.trim();
  if (!text || !route) return [];
  const refs = (doc: Doc) => fieldsHolding(doc, text).map((field) => ({ documentId: doc._id, field }));
  const own = documentOf(route);
  const found = own ? refs(own) : [];
  if (found.length) return found.slice(0, MAX_SOURCES);
  const { articles, pages, topics } = content.locales[route.locale];
  return [...articles, ...pages, ...topics].flatMap(refs).slice(0, MAX_SOURCES);
}

/** Where the policy <meta> goes in a page, and the policies already there, as byte offsets. */
type Placement = { at: number; replaced: Array<[number, number]> };

/**
 * Watches a page's tags for where its policy goes: right after <meta charset> (which must stay
 * within the first 1024 bytes), else at the start of <head>; before anything that loads or runs.
 */
function placement() {
  let charset: number | null = null;
  let head: number | null = null;
  const replaced: Array<[number, number]> = [];
  return {
    open(tag: StartTag) {
      if (tag.name === 'meta' && tag.attributes.charset !== undefined) charset ??= tag.end;
      else if (tag.name === 'meta' && tag.attributes['http-equiv']?.toLowerCase() === 'content-security-policy') replaced.push([tag.start, tag.end]);
      else if (tag.name === 'head') head ??= tag.end;
    },
    result(): Placement | null {
      const at = charset ?? head;
      return at === null ? null : { at, replaced };
    },
  };
}

/** A page's bytes with the policy <meta> in its place, and no other. */
function withPolicyMeta(bytes: Buffer, { at, replaced }: Placement, meta: Buffer): Buffer {
  const parts: Buffer[] = [];
  let from = 0;
  let inserted = false;
  for (const [start, end] of replaced.toSorted((a, b) => a[0] - b[0])) {
    if (!inserted && at <= start) {
      parts.push(bytes.subarray(from, at), meta);
      from = at;
      inserted = true;
    }
    parts.push(bytes.subarray(from, start));
    from = end;
  }
  if (!inserted) parts.push(bytes.subarray(from, at), meta);
  parts.push(bytes.subarray(inserted ? from : at));
  return Buffer.concat(parts);
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
  const nested = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? filesEndingWith(join(dir, entry.name), suffix) : Promise.resolve(entry.name.endsWith(suffix) ? [join(dir, entry.name)] : []))),
  );
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

async function inBatches(files: string[], work: (file: string) => Promise<void>): Promise<void> {
  for (let start = 0; start < files.length; start += BATCH) await Promise.all(files.slice(start, start + BATCH).map(work));
}

/** The route of each built page, by its file ("artiklar/somn/index.html"). */
function routesByFile(content: SiteContent): Map<string, Route> {
  const decoded = (path: string) => {
    try {
      return decodeURI(path);
    } catch {
      return path;
    }
  };
  return new Map(routeTable(content).map((route) => [decoded(route.path), route]));
}

// Pages a refusal lists: enough to see the pattern, few enough for the log and the status.
const MAX_LISTED = 20;

/** The build's stop for code the policy will not run: every page with its problems, and the documents they came from. */
function refusal(refused: Array<{ file: string; problem: CodeProblem }>, content: SiteContent): ContentError {
  const routes = routesByFile(content);
  const documents = new Map<string, ContentDocumentRef>();
  const lines = refused.map(({ file, problem }) => {
    const sources = sourcesOf(problem.code, routes.get(servedPath(file)), content);
    for (const ref of sources) documents.set(`${ref.documentId}\u0000${ref.field}`, ref);
    const from = sources.length ? ` (from ${sources.map((ref) => `document "${ref.documentId}", field ${ref.field}`).join('; ')})` : '';
    return `  - ${file}: ${problem.message}${from}`;
  });
  const more = lines.length > MAX_LISTED ? `\n  … and ${lines.length - MAX_LISTED} more` : '';
  return new ContentError(`Pages contain scripts the Content-Security-Policy will not allow; the build stops:\n${lines.slice(0, MAX_LISTED).join('\n')}${more}`, [...documents.values()]);
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
        const started = performance.now();
        const root = fileURLToPath(dir);
        const files = htmlFiles(root);
        // Every page gets the same policy, so only the distinct inline sources matter.
        const scripts = new Set<string>();
        const styles = new Set<string>();
        const styleAttributes = new Set<string>();
        const placements = new Map<string, Placement>();
        let pagesMentionPagefind = false;
        const refused: Array<{ file: string; problem: CodeProblem }> = [];
        await inBatches(files, async (file) => {
          // Read as bytes (src/build/html.ts parses them as Latin-1, the faster way), and written back as bytes.
          const bytes = await readFile(join(root, file));
          const place = placement();
          const found = inlineCode(bytes, place);
          const at = place.result();
          if (!at) throw new Error(`${file} has no <head>; the Content-Security-Policy cannot be added.`);
          placements.set(file, at);
          for (const problem of unexpectedCode(found, known)) refused.push({ file, problem });
          found.scripts.forEach((code) => scripts.add(code));
          found.styles.forEach((code) => styles.add(code));
          found.styleAttributes.forEach((code) => styleAttributes.add(code));
          pagesMentionPagefind ||= bytes.includes('/pagefind/');
        });
        if (refused.length) {
          const error = refusal(refused, await builtContent());
          // The publish worker names the documents from the build report.
          buildScope().report?.error(error);
          throw error;
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
        const meta = Buffer.from(`<meta http-equiv="Content-Security-Policy" content="${escapeHtml(policy)}">`);
        await inBatches(files, async (file) => writeFile(join(root, file), withPolicyMeta(await readFile(join(root, file)), placements.get(file)!, meta)));
        const headersFile = join(root, '_headers');
        const existing = existsSync(headersFile) ? await readFile(headersFile, 'utf8') : '';
        await writeFile(headersFile, withSecurityHeaders(existing, buildPolicy(input, { header: true })));
        logger.info(
          `Content-Security-Policy on ${files.length} pages (${input.scripts.length} inline scripts hashed); contact service: ${origins.embed ?? 'none'}; ${((performance.now() - started) / 1000).toFixed(1)} s`,
        );
      },
    },
  };
}
