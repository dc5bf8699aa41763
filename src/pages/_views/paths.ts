// The dynamic routes' entries, one function per page kind, called by each language's route file
// (src/pages/ for Swedish, lattlast/, en/, ar/) with its locale: one route logic for all languages.
import type { PaginateFunction } from 'astro';
import { getContent, type Article, type Page, type Topic } from '../../data/content';
import type { Locale } from '../../i18n/locales';
import { TOPIC_PAGE_SIZE } from '../../lib/pagination';
import { topicPath } from '../../lib/routes';

export type ArticleProps = { article: Article };
export type PageProps = { page: Page };
export type TopicProps = { topic: Topic; firstPage: string; page: import('astro').Page<Article> };

export async function articlePaths(locale: Locale) {
  const { articles } = await getContent(locale);
  return articles.map((article) => ({ params: { slug: article.slug }, props: { article } satisfies ArticleProps }));
}

export async function pagePaths(locale: Locale) {
  const { pages } = await getContent(locale);
  return pages.map((page) => ({ params: { slug: page.slug }, props: { page } satisfies PageProps }));
}

/** A topic's articles, TOPIC_PAGE_SIZE a page: texts for the visitor first, then those for relatives, so each heading appears once in the run of pages. */
export async function topicPaths(locale: Locale, paginate: PaginateFunction) {
  const { topics, articles } = await getContent(locale);
  return topics.flatMap((topic) => {
    const inTopic = articles.filter((article) => article.topics.some((link) => link._id === topic._id));
    const ordered = [...inTopic.filter((article) => article.audience !== 'relatives'), ...inTopic.filter((article) => article.audience === 'relatives')];
    return paginate(ordered, { pageSize: TOPIC_PAGE_SIZE, params: { slug: topic.slug }, props: { topic, firstPage: topicPath(topic.slug, locale) } });
  });
}
