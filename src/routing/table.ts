// Every public address of the site, in one table: page kind × language version × pagination, built
// from the address rules (src/lib/routes.ts) and the content. The static build renders each route
// (routing/StaticRoute.astro), the draft preview looks one up per request (routing/RequestRoute.astro),
// and the redirects, the build report, the sitemap and the publish checks read the same routes.
import type { Page as Paged } from 'astro';
import type { Article, LocaleContent, Page, SafetyPlan, SiteContent, Topic } from '../data/content';
import type { Redirect } from '../data/redirects';
import { LOCALES, LOCALE_INFO, localeFromPath, type Locale } from '../i18n/locales';
import { TOPIC_PAGE_SIZE, pagedPath } from '../lib/pagination';
import { isForRelativesOnly, type Section } from '../lib/article-kinds';
import { FIXED_PAGES, articlePath, fixedPagePath, homePath, notFoundPath, pagePath, topicPath } from '../lib/routes';

/** The same page in another language version. */
export type RouteAlternate = { locale: Locale; path: string };

type Base = {
  path: string;
  locale: Locale;
  /** This page in the site's other language versions (empty where there is none). */
  alternates: RouteAlternate[];
};

export type Route =
  | (Base & { kind: 'home' | 'contact' | 'search' })
  | (Base & { kind: 'section'; section: Section })
  | (Base & { kind: 'article'; article: Article })
  | (Base & { kind: 'topic'; topic: Topic; page: Paged<Article> })
  | (Base & { kind: 'page'; page: Page })
  | (Base & { kind: 'safetyPlan'; plan: SafetyPlan })
  | (Base & { kind: 'planTogether'; plan: SafetyPlan & { together: NonNullable<SafetyPlan['together']> } })
  | (Base & { kind: 'notFound' })
  | (Base & { kind: 'moved'; redirect: Redirect });

export type RouteKind = Route['kind'];

/** Splits `items` into pages of `size`, addressed from `first` (/amnen/somn/, /amnen/somn/2/, …); one page even when empty. */
export function paginate<T>(items: readonly T[], size: number, first: string): Array<Paged<T>> {
  const lastPage = Math.max(1, Math.ceil(items.length / size));
  const at = (pageNumber: number) => pagedPath(first, pageNumber);
  return Array.from({ length: lastPage }, (_, index) => {
    const currentPage = index + 1;
    const start = index * size;
    const end = Math.min(start + size, items.length);
    return {
      data: items.slice(start, end),
      start,
      end: Math.max(start, end - 1),
      size,
      total: items.length,
      currentPage,
      lastPage,
      url: {
        current: at(currentPage),
        prev: currentPage > 1 ? at(currentPage - 1) : undefined,
        next: currentPage < lastPage ? at(currentPage + 1) : undefined,
        first: currentPage > 1 ? at(1) : undefined,
        last: currentPage < lastPage ? at(lastPage) : undefined,
      },
    };
  });
}

/** A topic's articles as its pages list them: texts for the visitor first, then those for relatives, so each heading appears once in the run of pages. */
export function topicArticles(topic: Pick<Topic, '_id'>, articles: readonly Article[]): Article[] {
  const inTopic = articles.filter((article) => article.topics.some((link) => link._id === topic._id));
  return [...inTopic.filter((article) => !isForRelativesOnly(article.audience)), ...inTopic.filter((article) => isForRelativesOnly(article.audience))];
}

type Documents = Pick<LocaleContent, 'locale' | 'articles' | 'topics' | 'pages'> & Partial<Pick<LocaleContent, 'safetyPlan'>>;

/** A language version's crisis plan page and the relatives' guide to it, where it has them. */
function planRoutes(plan: SafetyPlan | null | undefined, locale: Locale): Route[] {
  if (!plan) return [];
  const { together } = plan;
  return [
    { kind: 'safetyPlan', plan, path: plan.path, locale, alternates: plan.translations },
    ...(together ? [{ kind: 'planTogether' as const, plan: { ...plan, together }, path: together.path, locale, alternates: together.translations }] : []),
  ];
}

/** The routes of one language version's pages: its fixed pages, articles, pages, crisis plan and topics (paginated). Moved and missing addresses are not pages. */
export function pageRoutes({ locale, articles, topics, pages, safetyPlan }: Documents, locales: readonly Locale[] = LOCALES): Route[] {
  const others = locales.filter((other) => other !== locale);
  const fixed = FIXED_PAGES.map((entry): Route => ({
    ...entry,
    path: fixedPagePath(entry, locale),
    locale,
    alternates: others.map((other) => ({ locale: other, path: fixedPagePath(entry, other) })),
  }));
  const documents = (translations: ReadonlyArray<{ locale: Locale; path: string }>) => translations.map(({ locale: other, path }) => ({ locale: other, path }));
  return [
    ...fixed,
    ...articles.map((article): Route => ({ kind: 'article', article, path: articlePath(article.slug, locale), locale, alternates: documents(article.translations) })),
    ...pages.map((page): Route => ({ kind: 'page', page, path: pagePath(page.slug, locale), locale, alternates: documents(page.translations) })),
    ...planRoutes(safetyPlan, locale),
    ...topics.flatMap((topic) =>
      paginate(topicArticles(topic, articles), TOPIC_PAGE_SIZE, topicPath(topic.slug, locale)).map((page): Route => ({
        kind: 'topic',
        topic,
        page,
        path: page.url.current,
        locale,
        alternates: page.currentPage > 1 ? [] : documents(topic.translations),
      })),
    ),
  ];
}

/** Every route of the site: each language version's pages, its 404 page, and the old addresses that lead on. */
export function routeTable(content: SiteContent): Route[] {
  const locales = Object.keys(content.locales) as Locale[];
  return [
    ...locales.flatMap((locale) => pageRoutes(content.locales[locale], locales)),
    ...locales.map((locale): Route => ({ kind: 'notFound', path: notFoundPath(locale), locale, alternates: [] })),
    ...content.redirects.map((redirect): Route => ({ kind: 'moved', redirect, path: redirect.from, locale: localeFromPath(redirect.from), alternates: [] })),
  ];
}

/** The route at `path` (an address with its trailing slash, as the site writes them). */
export function findRoute(table: readonly Route[], path: string): Route | undefined {
  return table.find((route) => route.path === path);
}

/** A route's title where a document gives it one (the redirects name their targets by it). */
export function routeTitle(route: Route): string | null {
  if (route.kind === 'article') return route.article.title;
  if (route.kind === 'page') return route.page.title;
  if (route.kind === 'safetyPlan') return route.plan.title;
  if (route.kind === 'planTogether') return route.plan.together.title;
  if (route.kind === 'topic' && route.page.currentPage === 1) return route.topic.title;
  return null;
}

/**
 * The language switcher's links on `route`'s page: every version named in itself, leading to this
 * page's version in that language or to that version's start page, the current one marked. A 404
 * page is served at whatever address was missing, so its own language leads to its start page.
 */
export function languageLinks(route: Pick<Route, 'kind' | 'path' | 'locale' | 'alternates'>, locales: readonly Locale[] = LOCALES) {
  return locales.map((locale) => {
    const current = locale === route.locale;
    const here = route.kind === 'notFound' ? homePath(locale) : route.path;
    return { locale, info: LOCALE_INFO[locale], current, path: current ? here : (route.alternates.find((alternate) => alternate.locale === locale)?.path ?? homePath(locale)) };
  });
}

/** The `[...slug]` parameter for a route's address: decoded, since hosts look for the file where the address is after decoding (/om%C3%A5/ → omå/). */
export const slugParam = (path: string): string | undefined => decodeURIComponent(path.slice(1, -1)) || undefined;
