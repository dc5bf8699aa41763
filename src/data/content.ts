// The site's content, loaded once per build through the source switch and checked: every language
// version's settings, contact settings, articles, topics, pages and crisis plan, and the redirects. Pages get it
// through the route table (src/routing/) and never talk to Sanity themselves.
import type {
  ARTICLES_QUERY_RESULT,
  CONTENT_UPDATED_QUERY_RESULT,
  PAGES_QUERY_RESULT,
  SAFETY_PLANS_QUERY_RESULT,
  SETTINGS_QUERY_RESULT,
  TOPICS_QUERY_RESULT,
  TRANSLATIONS_QUERY_RESULT,
} from '../sanity.types';
import { testRunFor, type TestRun } from '../lib/test-record';
import { LOCALES, LOCALE_INFO, type Locale } from '../i18n/locales';
import { RESERVED_PAGE_SLUGS } from '../lib/routes';
import { todayIn } from '../lib/today';
import { pageRoutes, routeTitle } from '../routing/table';
import { buildScope } from './build-scope';
import { assertUniqueSlugs, reportOverdueReviews, withoutStrayBidiDeep, withPages } from './clean';
import { checkServiceOverrides, contactSettings, type ContactSettings } from './contact-settings';
import { linksIn, readArticle, readPage, readTopic, withBodies, withoutDeadLinks, type Article, type ArticleCard, type Page, type Topic } from './documents';
import { ARTICLES_QUERY, CONTENT_UPDATED_QUERY, PAGES_QUERY, SAFETY_PLANS_QUERY, SETTINGS_QUERY, TOPICS_QUERY, TRANSLATIONS_QUERY } from './queries';
import { loadRedirects, type Redirect } from './redirects';
import { plansByLocale, readSafetyPlan, type SafetyPlan } from './safety-plan';
import { ContentError, consoleReport, type ContentReport } from './report';
import { siteSettings, type PageLink, type SiteSettings } from './settings';
import { createRunner, sourceFromEnv, type QueryRunner } from './source';
import { alternatesOf, inKnownLanguage, linkTranslations, pathOf, versionIn, type Translatable } from './translations';

export type { ContactSettings } from './contact-settings';
export type { Alternate, Article, ArticleCard, Page, Reviewer, TextIn, Topic, TopicLink } from './documents';
export type { Redirect } from './redirects';
export type { PlanTogether, SafetyPlan, SafetyPlanStep } from './safety-plan';
export type { PageLink, SiteSettings } from './settings';

/** One language version of the site: what its pages show. */
export type LocaleContent = {
  locale: Locale;
  site: SiteSettings;
  contact: ContactSettings;
  topics: Topic[];
  articles: Article[];
  pages: Page[];
  /** The crisis plan's texts in this language version; null where it has no plan page. */
  safetyPlan: SafetyPlan | null;
  /** Old addresses (in every language), each leading to a live page in one hop. */
  redirects: Redirect[];
  /** When the content last changed (the newest `_updatedAt`), null when no document says. */
  updatedAt: string | null;
  /** What the build knows of the tests of its code version (the public build only: src/lib/test-record.ts). */
  testRun?: TestRun;
};

/** The whole site: every language version, and the redirects, which are the same for all. */
export type SiteContent = {
  locales: Record<Locale, LocaleContent>;
  redirects: Redirect[];
  updatedAt: string | null;
};

/** Runs every query and checks the results. `today` (YYYY-MM-DD) decides which reviews are overdue. */
export async function loadContent(run: QueryRunner, report: ContentReport, today: string): Promise<SiteContent> {
  const [settings, rawTopics, rawArticles, rawPages, rawTranslations, rawUpdatedAt, rawPlans] = withoutStrayBidiDeep(
    await Promise.all([
      run<SETTINGS_QUERY_RESULT>(SETTINGS_QUERY),
      run<TOPICS_QUERY_RESULT>(TOPICS_QUERY),
      run<ARTICLES_QUERY_RESULT>(ARTICLES_QUERY),
      run<PAGES_QUERY_RESULT>(PAGES_QUERY),
      run<TRANSLATIONS_QUERY_RESULT>(TRANSLATIONS_QUERY),
      run<CONTENT_UPDATED_QUERY_RESULT>(CONTENT_UPDATED_QUERY),
      run<SAFETY_PLANS_QUERY_RESULT>(SAFETY_PLANS_QUERY),
    ]),
  );
  const updatedAt = typeof rawUpdatedAt === 'string' && !Number.isNaN(Date.parse(rawUpdatedAt)) ? rawUpdatedAt : null;

  const allTopics = withPages(
    inKnownLanguage(
      rawTopics.map((topic) => readTopic(topic, report)),
      report,
    ),
    report,
  );
  const allPages = withBodies(
    withPages(
      inKnownLanguage(
        rawPages.map((page) => readPage(page, report)),
        report,
      ),
      report,
    ),
    report,
  );
  const allArticles = withBodies(
    withPages(
      inKnownLanguage(
        rawArticles.map((article) => readArticle(article, report)),
        report,
      ),
      report,
    ),
    report,
  );
  // Slugs are unique per type and language: /artiklar/somn/ and /lattlast/artiklar/somn/ are two addresses.
  assertUniqueSlugs(allTopics, 'topic');
  assertUniqueSlugs(allPages, 'page');
  assertUniqueSlugs(allArticles, 'article');
  for (const page of allPages) {
    if (RESERVED_PAGE_SLUGS.has(page.slug))
      throw new ContentError(`Page "${page._id}" uses the slug "${page.slug}", which the site reserves for its own pages. Choose another slug.`, [{ documentId: page._id, field: 'slug' }]);
  }
  reportOverdueReviews(allArticles, today, report);
  const allPlans = inKnownLanguage(rawPlans, report).flatMap((plan) => readSafetyPlan(plan, report) ?? []);
  const plans = plansByLocale(allPlans, report);

  const docs = new Map<string, Translatable>([
    ...allTopics.map((doc) => [doc._id, { _id: doc._id, _type: 'topic', language: doc.language, slug: doc.slug, title: doc.title }] as const),
    ...allPages.map((doc) => [doc._id, { _id: doc._id, _type: 'page', language: doc.language, slug: doc.slug, title: doc.title }] as const),
    ...allArticles.map((doc) => [doc._id, { _id: doc._id, _type: 'article', language: doc.language, slug: doc.slug, title: doc.title }] as const),
    // Plans have no slug (one page per language); they are here so the links between their translations are checked.
    ...allPlans.map((doc) => [doc._id, { _id: doc._id, _type: 'safetyPlan', language: doc.language, slug: '', title: doc.title }] as const),
  ]);
  const sets = linkTranslations(rawTranslations, docs, report);

  const topics: Topic[] = allTopics.map((topic) => ({ ...topic, translations: alternatesOf(topic, sets) }));
  const pages: Page[] = allPages.map((page) => ({ ...page, translations: alternatesOf(page, sets) }));
  const topicById = new Map(topics.map((topic) => [topic._id, { _id: topic._id, title: topic.title, slug: topic.slug }]));
  const withTopics = allArticles.map((article) => {
    if (!article.reviewedBy?.name) report.warn(article._id, 'reviewedBy', 'is missing or unpublished; the review line shows no reviewer');
    if (!article.summary?.trim()) report.warn(article._id, 'summary', 'is missing; the page has no summary or meta description of its own');
    return { ...article, topics: linksIn(article.topics, article.language, topicById, docs, sets, article._id, 'topics', report) };
  });
  // Related articles are shown as their own checked documents, never as the raw reference.
  const cards = new Map<string, ArticleCard>(
    withTopics.map(({ _id, language, title, slug, summary, audience, kind, sensitive, topics: links }) => [_id, { _id, language, title, slug, summary, audience, kind, sensitive, topics: links }]),
  );
  const articles: Article[] = withTopics.map((article) => ({
    ...article,
    translations: alternatesOf(article, sets),
    related: linksIn(article.related, article.language, cards, docs, sets, article._id, 'related', report),
  }));

  // Every address a page of this build is served at (every language), with its title where it has one.
  const live = new Map(
    LOCALES.flatMap((locale) =>
      pageRoutes({
        locale,
        articles: articles.filter((article) => article.language === locale),
        topics: topics.filter((topic) => topic.language === locale),
        pages: pages.filter((page) => page.language === locale),
        safetyPlan: plans[locale],
      }).map((route) => [route.path, routeTitle(route)] as const),
    ),
  );
  const paths = new Set(live.keys());
  const redirects = await loadRedirects(run, live, report);
  const contactIn = contactSettings(settings.contact, report);
  const pageIn =
    (locale: Locale) =>
    (id: string): PageLink | undefined => {
      const reworded = LOCALE_INFO[locale].rewords as Locale | undefined;
      const version = versionIn(id, locale, docs, sets) ?? (reworded ? versionIn(id, reworded, docs, sets) : undefined);
      return version?._type === 'page' ? { title: version.title, slug: version.slug, path: pathOf(version), language: version.language } : undefined;
    };
  const locales = Object.fromEntries(
    LOCALES.map((locale): [Locale, LocaleContent] => [
      locale,
      {
        locale,
        site: siteSettings(
          settings.site,
          locale,
          pageIn(locale),
          pages.some((page) => page.language === locale),
          report,
        ),
        contact: contactIn(locale),
        topics: topics.filter((topic) => topic.language === locale),
        articles: articles.filter((article) => article.language === locale).map((article) => withoutDeadLinks(article, paths)),
        pages: pages.filter((page) => page.language === locale).map((page) => withoutDeadLinks(page, paths)),
        safetyPlan: withoutDeadPlanLinks(plans[locale], paths),
        redirects,
        updatedAt,
      },
    ]),
  ) as Record<Locale, LocaleContent>;
  return { locales, redirects, updatedAt };
}

/** The relatives' guide's links to documents without a page lose their target, as in articles and pages. */
function withoutDeadPlanLinks(plan: SafetyPlan | null, paths: ReadonlySet<string>): SafetyPlan | null {
  if (!plan?.together) return plan;
  return { ...plan, together: { ...plan.together, body: withoutDeadLinks({ body: plan.together.body }, paths).body } };
}

/** The whole site's content (every language), from the source the environment selects; loaded once per build process. */
export function getSiteContent(): Promise<SiteContent> {
  const scope = buildScope();
  scope.content ??= (async () => {
    checkServiceOverrides();
    const source = sourceFromEnv();
    const started = performance.now();
    const content = await loadContent(createRunner(source), consoleReport(), todayIn()).catch((error: unknown) => {
      scope.report?.error(error);
      throw error;
    });
    // What the accessibility statement says about the tests of this code version; a missing or
    // unusable record is a warning, never a failed build.
    const testRun = testRunFor(process.cwd());
    if (testRun.record === null) consoleReport().warn('accessibility-record.json', 'commit', testRun.warning);
    for (const locale of Object.values(content.locales)) locale.testRun = testRun;
    scope.report?.content(content);
    const from = source.mode === 'embedded' ? `the embedded dataset ${source.file}` : `Sanity project ${source.projectId}/${source.dataset}`;
    const all = Object.values(content.locales);
    const count = (kind: 'articles' | 'topics' | 'pages') => all.reduce((sum, locale) => sum + locale[kind].length, 0);
    const perLocale = all.map((locale) => `${locale.locale} ${locale.articles.length}`).join(', ');
    // The benchmark reads this line to report data loading time.
    console.info(
      `[content] loaded ${count('articles')} articles (${perLocale}), ${count('topics')} topics, ${count('pages')} pages from ${from} in ${Math.round(performance.now() - started)} ms (at ${new Date().toISOString()})`,
    );
    return content;
  })();
  return scope.content;
}
