// What makes a rendered page a preview page, and nothing else: the banner (a named region, so
// screen readers find and announce it, first in the page), `noindex`, and a Content-Security-Policy
// header computed from the page itself that lets only this origin and the Studio that opened the
// preview frame it. The page's own markup is the public page's, from the same components, and
// the public build's rule for inline scripts holds: only the scripts the build wrote may run.
import { buildPolicy, inlineSources, unexpectedScripts } from '../integrations/csp';
import { t } from '../i18n';
import { contactOrigins } from '../lib/contact-origins';
import type { ContactSettings } from '../data/content';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// Colours from the site's tokens (help-ink on help reaches 4.5:1 in both schemes).
const BANNER_STYLE = `<style data-preview-banner>.preview-banner{background:var(--color-help);color:var(--color-help-ink);border-bottom:4px solid var(--color-help-ink);padding:.75rem 1rem;text-align:center}.preview-banner p{margin:0 auto;max-width:42rem}</style>`;

function bannerHtml(): string {
  return `<section class="preview-banner" aria-label="${escape(t('preview.banner'))}" data-preview-banner><p><strong>${escape(t('preview.banner'))}</strong>. ${escape(t('preview.bannerText'))}</p></section>`;
}

/** The rendered public page with the banner first in <body>, its style and `noindex` in <head>. */
export function asPreviewPage(html: string): string {
  const body = /<body\b[^>]*>/i.exec(html);
  const headEnd = html.search(/<\/head\s*>/i);
  if (!body || headEnd < 0 || headEnd > body.index) throw new Error('A preview page needs a <head> and a <body>.');
  const robots = /<meta\s+name=["']?robots["']?/i.test(html) ? '' : '<meta name="robots" content="noindex">';
  const at = body.index + body[0].length;
  return `${html.slice(0, headEnd)}${robots}${BANNER_STYLE}${html.slice(headEnd, at)}${bannerHtml()}${html.slice(at)}`;
}

/**
 * What keeps a page from being previewed as it would be published: inline scripts the build did
 * not write, JSON blocks that are not JSON (the public build stops on both). [] when nothing.
 */
export function scriptProblems(html: string, known: ReadonlySet<string>): string[] {
  return unexpectedScripts(inlineSources(html), known);
}

/**
 * The policy for one preview page: the public policy's rules over this page's inline code, framed
 * only by `frameAncestors`. Only scripts in `known` are hashed, so one the build did not write
 * never runs, even in a page that was not checked with scriptProblems first.
 */
export function previewPolicy(html: string, contact: ContactSettings, frameAncestors: string[], known: ReadonlySet<string>): string {
  const origins = contactOrigins(contact);
  const found = inlineSources(html);
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
