// The build report: what a build loaded and what was wrong with it, as JSON for the publish
// worker (src/publish/). Written only when BUILD_REPORT_FILE is set: once content loading ends
// (or stops with an error), and again when the build process exits if pages reported more
// warnings while rendering. It lives outside the built site: warnings are for editors, not visitors.
// The listing is written before any page is: when a later step fails, the worker names the
// documents its error mentions (by address, id or title) from it, and it compares what each
// language keeps with the live build's listing before publishing.
import { writeFileSync } from 'node:fs';
import type { SiteContent } from './content';
import { telHref } from '../lib/phone';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/locales';
import { routeTable, type Route } from '../routing/table';
import type { BuildListing, BuildReport, BuildWarning, DocumentRef } from '../lib/build-report-shape.ts';

export type { BuildListing, BuildReport, BuildWarning, DocumentRef };

export type BuildReportWriter = {
  warning(warning: BuildWarning): void;
  content(content: SiteContent): void;
  error(error: unknown): void;
  /** Writes the file if anything changed since the last write. */
  flush(): void;
};

/** Collects one build's report and writes it to `file`. */
export function buildReportWriter(file: string): BuildReportWriter {
  const warnings = new Map<string, BuildWarning>();
  let listing: BuildListing | undefined;
  let failure: { message: string; documents: DocumentRef[] } | undefined;
  let dirty = false;
  const flush = () => {
    if (!dirty || (!listing && !failure)) return;
    const list = [...warnings.values()];
    const report: BuildReport = failure ? { warnings: list, error: failure } : { warnings: list, ...listing! };
    writeFileSync(file, `${JSON.stringify(report, null, 1)}\n`);
    dirty = false;
  };
  return {
    warning(warning) {
      const key = `${warning.documentId}\u0000${warning.field}\u0000${warning.message}`;
      if (warnings.has(key)) return;
      warnings.set(key, warning);
      dirty = true;
    },
    content(content) {
      // What the route table will build: each document at its address, each language's fixed pages.
      const routes = routeTable(content);
      const listed = (route: Route, doc: { _id: string; slug: string; title: string }) => ({ _id: doc._id, slug: doc.slug, language: route.locale, path: route.path, title: doc.title });
      const pathOf = (locale: Locale, kind: Route['kind']) => routes.find((route) => route.locale === locale && route.kind === kind)!.path;
      const { contact } = content.locales[DEFAULT_LOCALE];
      listing = {
        articles: routes.flatMap((route) => (route.kind === 'article' ? [{ ...listed(route, route.article), nextReview: route.article.nextReview ?? null }] : [])),
        pages: routes.flatMap((route) => (route.kind === 'page' ? [listed(route, route.page)] : [])),
        topics: routes.flatMap((route) => (route.kind === 'topic' && route.page.currentPage === 1 ? [listed(route, route.topic)] : [])),
        redirects: content.redirects.map((redirect) => ({ _id: redirect._id, from: redirect.from })),
        safetyPlans: routes.flatMap((route) => {
          if (route.kind === 'safetyPlan') return [{ _id: route.plan._id, language: route.locale, path: route.path, title: route.plan.title }];
          if (route.kind === 'planTogether') return [{ _id: route.plan._id, language: route.locale, path: route.path, title: route.plan.together.title }];
          return [];
        }),
        languages: LOCALES.map((locale) => ({ language: locale, home: pathOf(locale, 'home'), contact: pathOf(locale, 'contact') })),
        contact: { documentId: 'contactSettings', phoneNumber: contact.phoneNumber, tel: telHref(contact.phoneNumber) },
        updatedAt: content.updatedAt,
      };
      dirty = true;
      flush();
    },
    error(error) {
      const documents = (error as { documents?: unknown } | null)?.documents;
      failure = {
        message: error instanceof Error ? error.message : String(error),
        documents: Array.isArray(documents) ? (documents as DocumentRef[]) : [],
      };
      dirty = true;
      flush();
    },
    flush,
  };
}
