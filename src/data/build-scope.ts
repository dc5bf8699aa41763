// What one build process shares. Astro loads the data modules twice in a build: bundled for the
// pages, and with astro.config for the integrations that run after the pages (the
// Content-Security-Policy and the host files). The integrations must use the content the pages
// were built from, not load it again, and every warning must reach one build report: so this one
// object lives on globalThis. Nothing else in the site does.
import type { SiteContent } from './content';
import { buildReportWriter, type BuildReportWriter } from './build-report';

type BuildScope = {
  /** The content the pages load (getSiteContent). */
  content?: Promise<SiteContent>;
  /** The report for the publish worker, where BUILD_REPORT_FILE names one. */
  report: BuildReportWriter | null;
};

const KEY = Symbol.for('stodlinjen.build');
const global = globalThis as typeof globalThis & { [KEY]?: BuildScope };

export function buildScope(): BuildScope {
  if (global[KEY]) return global[KEY];
  const file = process.env.BUILD_REPORT_FILE?.trim();
  const report = file ? buildReportWriter(file) : null;
  // Warnings from rendering come after content loading: written when the build process ends.
  if (report) process.on('exit', () => report.flush());
  global[KEY] = { report };
  return global[KEY];
}

/** The content the pages of this build were rendered from; for the steps that run after them. */
export function builtContent(): Promise<SiteContent> {
  const { content } = buildScope();
  if (!content) throw new Error('No page of this build loaded the content: the build steps after the pages have nothing to work from.');
  return content;
}
