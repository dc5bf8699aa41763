// The site's content, loaded once per build through the source switch and checked. Pages get
// everything from here and never talk to Sanity themselves.
import type { ARTICLES_QUERY_RESULT, PAGES_QUERY_RESULT, SETTINGS_QUERY_RESULT, TOPICS_QUERY_RESULT } from '../sanity.types';
import { assertUniqueSlugs, reportOverdueReviews, resolvedLinks, withPages, type Named } from './clean';
import { ARTICLES_QUERY, PAGES_QUERY, SETTINGS_QUERY, TOPICS_QUERY } from './queries';
import { ContentError, consoleReport, type ContentReport } from './report';
import { recordBuildContent, recordBuildError } from './build-report';
import { liveAddresses, loadRedirects, type Redirect } from './redirects';
import { createRunner, sourceFromEnv, type QueryRunner } from './source';
import { requestContent } from './request-scope';
import { isAlwaysOpen, weeklyHours } from '../lib/opening-hours';
import { RESERVED_PAGE_SLUGS } from '../lib/routes';

type RawSite = NonNullable<SETTINGS_QUERY_RESULT['site']>;
type RawContact = NonNullable<SETTINGS_QUERY_RESULT['contact']>;

export type Topic = Named<TOPICS_QUERY_RESULT[number]>;
export type TopicLink = { _id: string; title: string; slug: string };
type RawArticle = ARTICLES_QUERY_RESULT[number];
export type ArticleCard = Named<NonNullable<NonNullable<RawArticle['related']>[number]>> & { topics: TopicLink[] };
export type Article = Omit<Named<RawArticle>, 'topics' | 'related'> & { topics: TopicLink[]; related: ArticleCard[] };
export type Page = Named<PAGES_QUERY_RESULT[number]>;

export type PageLink = { title: string; slug: string };
export type SiteSettings = Omit<RawSite, 'siteName' | 'quickExitUrl' | 'crisisSearchTerms' | 'searchSynonyms' | 'aboutPage' | 'privacyPage' | 'accessibilityPage' | 'safeBrowsingPage'> & {
  siteName: string;
  quickExitUrl: string;
  crisisSearchTerms: string[];
  /** Everyday words for the words the texts use, for search (entries without a term or synonyms left out). */
  searchSynonyms: Array<{ term: string; synonyms: string[] }>;
  aboutPage: PageLink | null;
  privacyPage: PageLink | null;
  accessibilityPage: PageLink | null;
  safeBrowsingPage: PageLink | null;
};
export type ContactSettings = Omit<RawContact, 'phoneNumber' | 'openingHours' | 'openingHoursExceptions' | 'chatEnabled' | 'timeZone'> & {
  phoneNumber: string;
  chatEnabled: boolean;
  timeZone: string;
  openingHours: NonNullable<RawContact['openingHours']>;
  openingHoursExceptions: NonNullable<RawContact['openingHoursExceptions']>;
  /** Whether the regular week is open around the clock; only then may a page say "Dygnet runt". */
  alwaysOpen: boolean;
};

export type SiteContent = {
  site: SiteSettings;
  contact: ContactSettings;
  topics: Topic[];
  articles: Article[];
  pages: Page[];
  /** Old addresses, each leading to a live page in one hop. */
  redirects: Redirect[];
};

// The national support line's real number and a neutral page: used only when the settings
// documents are missing, so a page never goes out without a way to get help.
const FALLBACK_PHONE = '90 390';
const FALLBACK_EXIT_URL = 'https://www.smhi.se/';
const ALWAYS_OPEN = (['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const).map((day) => ({ day, opens: '00:00', closes: '24:00' }));


function siteSettings(raw: SETTINGS_QUERY_RESULT['site'], pageIds: Map<string, PageLink>, report: ContentReport): SiteSettings {
  if (!raw) report.warn('siteSettings', '(document)', 'is missing; defaults are used');
  const page = (field: 'aboutPage' | 'privacyPage' | 'accessibilityPage' | 'safeBrowsingPage'): PageLink | null => {
    const link = raw?.[field];
    if (link?.slug && [...pageIds.values()].some((p) => p.slug === link.slug)) return { title: link.title ?? link.slug, slug: link.slug };
    report.warn('siteSettings', field, 'does not point at a published page; the link is left out');
    return null;
  };
  let quickExitUrl = raw?.quickExitUrl ?? FALLBACK_EXIT_URL;
  if (!/^https?:\/\//.test(quickExitUrl)) {
    report.warn('siteSettings', 'quickExitUrl', `"${quickExitUrl}" is not a web address; ${FALLBACK_EXIT_URL} is used`);
    quickExitUrl = FALLBACK_EXIT_URL;
  }
  return {
    ...raw,
    tagline: raw?.tagline ?? null,
    description: raw?.description ?? null,
    accessibility: raw?.accessibility ?? null,
    siteName: raw?.siteName?.trim() || 'Stödlinjen',
    quickExitUrl,
    crisisSearchTerms: (raw?.crisisSearchTerms ?? []).filter((term): term is string => typeof term === 'string' && term.trim() !== ''),
    searchSynonyms: (raw?.searchSynonyms ?? []).flatMap((entry) => {
      const words = (entry.synonyms ?? []).filter((word): word is string => typeof word === 'string' && word.trim() !== '');
      return typeof entry.term === 'string' && entry.term.trim() && words.length ? [{ term: entry.term.trim(), synonyms: words }] : [];
    }),
    aboutPage: page('aboutPage'),
    privacyPage: page('privacyPage'),
    accessibilityPage: page('accessibilityPage'),
    safeBrowsingPage: page('safeBrowsingPage'),
  };
}

function contactSettings(raw: SETTINGS_QUERY_RESULT['contact'], report: ContentReport): ContactSettings {
  if (!raw) report.warn('contactSettings', '(document)', 'is missing; the national number and 24/7 hours are shown');
  const phoneNumber = raw?.phoneNumber?.trim();
  if (raw && !phoneNumber) report.warn('contactSettings', 'phoneNumber', `is missing; ${FALLBACK_PHONE} is shown`);
  const openingHours = raw?.openingHours?.length ? raw.openingHours : ALWAYS_OPEN;
  if (raw && !raw.openingHours?.length) report.warn('contactSettings', 'openingHours', 'is empty; the line is shown as open around the clock');
  return {
    ...raw,
    chatEmbedUrl: raw?.chatEmbedUrl ?? null,
    chatStatusUrl: raw?.chatStatusUrl ?? null,
    statusOpenText: raw?.statusOpenText ?? null,
    statusBusyText: raw?.statusBusyText ?? null,
    statusClosedText: raw?.statusClosedText ?? null,
    statusUnavailableText: raw?.statusUnavailableText ?? null,
    phoneNumber: phoneNumber || FALLBACK_PHONE,
    chatEnabled: raw?.chatEnabled ?? false,
    timeZone: raw?.timeZone ?? 'Europe/Stockholm',
    openingHours,
    openingHoursExceptions: raw?.openingHoursExceptions ?? [],
    alwaysOpen: isAlwaysOpen(weeklyHours(openingHours)),
  };
}

/** Runs every query and checks the results. `today` (YYYY-MM-DD) decides which reviews are overdue. */
export async function loadContent(run: QueryRunner, report: ContentReport, today: string): Promise<SiteContent> {
  const [settings, rawTopics, rawArticles, rawPages] = await Promise.all([
    run<SETTINGS_QUERY_RESULT>(SETTINGS_QUERY),
    run<TOPICS_QUERY_RESULT>(TOPICS_QUERY),
    run<ARTICLES_QUERY_RESULT>(ARTICLES_QUERY),
    run<PAGES_QUERY_RESULT>(PAGES_QUERY),
  ]);

  const topics = withPages(rawTopics, report);
  assertUniqueSlugs(topics, 'topic');
  const pages = withPages(rawPages, report);
  assertUniqueSlugs(pages, 'page');
  for (const page of pages) {
    if (RESERVED_PAGE_SLUGS.has(page.slug)) throw new ContentError(`Page "${page._id}" uses the slug "${page.slug}", which the site reserves for its own pages. Choose another slug.`, [{ documentId: page._id, field: 'slug' }]);
  }
  const named = withPages(rawArticles, report);
  assertUniqueSlugs(named, 'article');
  reportOverdueReviews(named, today, report);

  const topicIds = new Set(topics.map((topic) => topic._id));
  const articleIds = new Set(named.map((article) => article._id));
  const topicLinks = (list: RawArticle['topics'], docId: string, report: ContentReport): TopicLink[] =>
    resolvedLinks(list, topicIds, docId, 'topics', report).map((topic) => ({ _id: topic._id, title: topic.title ?? topic.slug, slug: topic.slug }));
  const articles: Article[] = named.map((article) => {
    if (!article.reviewedBy?.name) report.warn(article._id, 'reviewedBy', 'is missing or unpublished; the review line shows no reviewer');
    if (!article.summary?.trim()) report.warn(article._id, 'summary', 'is missing; the page has no summary or meta description of its own');
    return {
      ...article,
      topics: topicLinks(article.topics, article._id, report),
      related: resolvedLinks(article.related, articleIds, article._id, 'related', report).map((card) => ({
        ...card,
        title: card.title ?? card.slug,
        // Reported where the related article itself is loaded.
        topics: topicLinks(card.topics, card._id, { warn: () => {} }),
      })),
    };
  });

  const pageLinks = new Map(pages.map((page) => [page._id, { title: page.title, slug: page.slug }]));
  const redirects = await loadRedirects(run, liveAddresses({ articles, topics, pages }), report);
  return {
    site: siteSettings(settings.site, pageLinks, report),
    contact: contactSettings(settings.contact, report),
    topics,
    articles,
    pages,
    redirects,
  };
}

// Held on globalThis, not in this module: the build loads this module twice (once bundled for the
// pages, once for the integrations in astro.config), and both must share one fetch of the content.
const CACHE = Symbol.for('stodlinjen.content');
const store = globalThis as typeof globalThis & { [CACHE]?: Promise<SiteContent> };

/** The build's content, from the source the environment selects; loaded once per build process. */
export function getContent(): Promise<SiteContent> {
  // The draft preview renders on request, with content loaded for each request.
  const scoped = requestContent();
  if (scoped) return scoped;
  store[CACHE] ??= (async () => {
    const source = sourceFromEnv();
    const started = performance.now();
    const content = await loadContent(createRunner(source), consoleReport(), new Date().toISOString().slice(0, 10)).catch((error: unknown) => {
      recordBuildError(error);
      throw error;
    });
    recordBuildContent(content);
    const from = source.mode === 'embedded' ? `the embedded dataset ${source.file}` : `Sanity project ${source.projectId}/${source.dataset}`;
    // The benchmark reads this line to report data loading time.
    console.info(`[content] loaded ${content.articles.length} articles, ${content.topics.length} topics, ${content.pages.length} pages from ${from} in ${Math.round(performance.now() - started)} ms`);
    return content;
  })();
  return store[CACHE];
}
