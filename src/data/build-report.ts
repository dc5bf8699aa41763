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
import { LOCALES, type Locale } from '../i18n/locales';
import { articlePath, contactPath, homePath, pagePath, topicPath } from '../lib/routes';

export type BuildWarning = { documentId: string; field: string; message: string };
export type DocumentRef = { documentId: string; field: string };
/** A published document: `path` is its address, in its language. */
type Listed = { _id: string; slug: string; language: Locale; path: string; title: string };
export type BuildListing = {
  articles: Array<Listed & { nextReview: string | null }>;
  pages: Listed[];
  topics: Listed[];
  /** The redirect documents the build serves, by their old address. */
  redirects: Array<{ _id: string; from: string }>;
  /** Each language version's crisis plan page and relatives' guide, where it has them (absent in reports of older builds). */
  safetyPlans?: Array<{ _id: string; language: Locale; path: string; title: string }>;
  /** Each language version's start and contact pages. */
  languages: Array<{ language: Locale; home: string; contact: string }>;
  /** The help line every page links to, as the pages write it. */
  contact: { documentId: string; phoneNumber: string; tel: string };
};
export type BuildReport =
  | ({ warnings: BuildWarning[] } & BuildListing)
  | { warnings: BuildWarning[]; error: { message: string; documents: DocumentRef[] } };

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
      const all = LOCALES.map((locale) => content.locales[locale]);
      const { contact } = content.locales.sv;
      listing = {
        articles: all.flatMap(({ locale, articles }) => articles.map((article) => ({ _id: article._id, slug: article.slug, language: locale, path: articlePath(article.slug, locale), title: article.title, nextReview: article.nextReview ?? null }))),
        pages: all.flatMap(({ locale, pages }) => pages.map((page) => ({ _id: page._id, slug: page.slug, language: locale, path: pagePath(page.slug, locale), title: page.title }))),
        topics: all.flatMap(({ locale, topics }) => topics.map((topic) => ({ _id: topic._id, slug: topic.slug, language: locale, path: topicPath(topic.slug, locale), title: topic.title }))),
        redirects: content.redirects.map((redirect) => ({ _id: redirect._id, from: redirect.from })),
        safetyPlans: all.flatMap(({ locale, safetyPlan: plan }) =>
          plan ? [{ _id: plan._id, language: locale, path: plan.path, title: plan.title }, ...(plan.together ? [{ _id: plan._id, language: locale, path: plan.together.path, title: plan.together.title }] : [])] : [],
        ),
        languages: LOCALES.map((locale) => ({ language: locale, home: homePath(locale), contact: contactPath(locale) })),
        contact: { documentId: 'contactSettings', phoneNumber: contact.phoneNumber, tel: telHref(contact.phoneNumber) },
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
