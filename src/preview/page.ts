// The preview's rules over a rendered page (the banner and `noindex` are the layout's, see
// BaseLayout.astro): a Content-Security-Policy header computed from the page itself that lets only
// this origin and the Studio that opened the preview frame it, and the public build's rule for
// inline scripts: only the scripts the build wrote may run.
import { inlineCode } from '../build/html.ts';
import { buildPolicy, unexpectedCode } from '../integrations/csp';
import { contactOrigins } from '../lib/contact-origins';
import type { ContactSettings } from '../data/content';

/**
 * What keeps a page from being previewed as it would be published: inline scripts the build did
 * not write, event handler attributes, JSON blocks that are not JSON (the public build stops on
 * all of them). [] when nothing.
 */
export function scriptProblems(html: string, known: ReadonlySet<string>): string[] {
  return unexpectedCode(inlineCode(html), known).map((problem) => problem.message);
}

/**
 * The policy for one preview page: the public policy's rules over this page's inline code, framed
 * only by `frameAncestors`. Only scripts in `known` are hashed, so one the build did not write
 * never runs, even in a page that was not checked with scriptProblems first.
 */
export function previewPolicy(html: string, contact: ContactSettings, frameAncestors: string[], known: ReadonlySet<string>): string {
  const origins = contactOrigins(contact);
  const found = inlineCode(html);
  const scripts = found.scripts.filter((code) => known.has(code.trim()));
  const policy = buildPolicy({ ...found, scripts, embedOrigin: origins.embed, statusOrigin: origins.status, wasm: false });
  return `${policy}; frame-ancestors ${["'self'", ...frameAncestors].join(' ')}`;
}

/** Headers every preview response carries, a refusal included: never cached, never indexed. */
export const PREVIEW_HEADERS: Readonly<Record<string, string>> = {
  'Cache-Control': 'no-store',
  'X-Robots-Tag': 'noindex, nofollow',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
};
