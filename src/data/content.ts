// The site's content, loaded once per build through the source switch and checked. Pages get
// everything from here and never talk to Sanity themselves.
import type { ARTICLES_QUERY_RESULT, PAGES_QUERY_RESULT, SETTINGS_QUERY_RESULT, TOPICS_QUERY_RESULT } from '../sanity.types';
import { assertUniqueSlugs, reportOverdueReviews, resolvedLinks, withoutStrayBidiDeep, withPages, type Named } from './clean';
import { ARTICLES_QUERY, PAGES_QUERY, SETTINGS_QUERY, TOPICS_QUERY } from './queries';
import { ContentError, consoleReport, type ContentReport } from './report';
import { recordBuildContent, recordBuildError } from './build-report';
import { liveAddresses, loadRedirects, type Redirect } from './redirects';
import { createRunner, sourceFromEnv, type QueryRunner } from './source';
import { fieldsOf, type FieldReader } from './shape';
import { isServiceAddress } from '../lib/contact-origins';
import { requestContent } from './request-scope';
import { isCalendarDate, isTime, isTimeRange, isTimeZone, isWeekday, repeatedDates } from '../lib/opening-hours-rules';
import { isPhoneNumber } from '../lib/phone';
import { hrefFor, RESERVED_PAGE_SLUGS, type LinkTarget } from '../lib/routes';
import { todayIn } from '../lib/today';

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
const FALLBACK_EXIT_URL = 'https://www.smhi.se/';
const FALLBACK_CONTACT: ContactSettings = {
  phoneNumber: '90 390',
  chatEnabled: false,
  chatEmbedUrl: null,
  chatStatusUrl: null,
  timeZone: 'Europe/Stockholm',
  openingHours: (['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const).map((day) => ({ day, opens: '00:00', closes: '24:00' })),
  openingHoursExceptions: [],
  statusOpenText: null,
  statusBusyText: null,
  statusClosedText: null,
  statusUnavailableText: null,
};

const pageLink = (raw: unknown, f: FieldReader, field: string): { title: string | null; slug: string | null } | null => {
  const link = f.object(raw, field);
  return link && { title: f.text(link.title, `${field}.title`), slug: f.text(link.slug, `${field}.slug`) };
};

function siteSettings(raw: SETTINGS_QUERY_RESULT['site'], pageIds: Map<string, PageLink>, report: ContentReport): SiteSettings {
  if (!raw) report.warn('siteSettings', '(document)', 'is missing; defaults are used');
  const f = fieldsOf('siteSettings', report);
  const page = (field: 'aboutPage' | 'privacyPage' | 'accessibilityPage' | 'safeBrowsingPage'): PageLink | null => {
    const link = pageLink(raw?.[field], f, field);
    if (link?.slug && [...pageIds.values()].some((p) => p.slug === link.slug)) return { title: link.title?.trim() || link.slug, slug: link.slug };
    report.warn('siteSettings', field, 'does not point at a published page; the link is left out');
    return null;
  };
  let quickExitUrl = f.text(raw?.quickExitUrl, 'quickExitUrl') ?? FALLBACK_EXIT_URL;
  if (!/^https?:\/\//.test(quickExitUrl)) {
    report.warn('siteSettings', 'quickExitUrl', `"${quickExitUrl}" is not a web address; ${FALLBACK_EXIT_URL} is used`);
    quickExitUrl = FALLBACK_EXIT_URL;
  }
  const status = f.object(raw?.accessibility, 'accessibility');
  const accessibility: SiteSettings['accessibility'] = status && {
    _type: 'accessibilityStatus',
    organisationName: f.text(status.organisationName, 'accessibility.organisationName') ?? undefined,
    serviceName: f.text(status.serviceName, 'accessibility.serviceName') ?? undefined,
    complianceStatus: f.oneOf(status.complianceStatus, 'accessibility.complianceStatus', ['helt', 'delvis', 'inte'] as const) ?? undefined,
    assessedOn: f.date(status.assessedOn, 'accessibility.assessedOn') ?? undefined,
    updatedOn: f.date(status.updatedOn, 'accessibility.updatedOn') ?? undefined,
  };
  return {
    ...raw,
    tagline: f.text(raw?.tagline, 'tagline'),
    description: f.text(raw?.description, 'description'),
    accessibility,
    siteName: f.text(raw?.siteName, 'siteName')?.trim() || 'Stödlinjen',
    quickExitUrl,
    crisisSearchTerms: f.texts(raw?.crisisSearchTerms, 'crisisSearchTerms'),
    searchSynonyms: f.list(raw?.searchSynonyms, 'searchSynonyms').flatMap((item, index) => {
      const entry = f.object(item, `searchSynonyms[${index}]`);
      const term = entry && f.text(entry.term, `searchSynonyms[${index}].term`)?.trim();
      const words = entry ? f.texts(entry.synonyms, `searchSynonyms[${index}].synonyms`).filter((word) => word.trim() !== '') : [];
      return term && words.length ? [{ term, synonyms: words }] : [];
    }),
    aboutPage: page('aboutPage'),
    privacyPage: page('privacyPage'),
    accessibilityPage: page('accessibilityPage'),
    safeBrowsingPage: page('safeBrowsingPage'),
  };
}

const stated = (value: unknown) => (value === undefined || value === null ? 'is missing' : `${JSON.stringify(value)} is not`);

/**
 * The contact settings every page shows (phone number, opening hours, the chat). Unlike other
 * content nothing is left out here: a wrong number or an unreadable schedule would go out on
 * every page as a wrong tel: link or a day shown as closed, so each problem is collected and the
 * build stops, naming every field.
 */
function contactSettings(raw: SETTINGS_QUERY_RESULT['contact'], report: ContentReport): ContactSettings {
  if (!raw) {
    report.warn('contactSettings', '(document)', 'is missing; the national number and 24/7 hours are shown');
    return FALLBACK_CONTACT;
  }
  const problems: string[] = [];
  const fields: string[] = [];
  const problem = (field: string, message: string) => {
    problems.push(`contactSettings.${field} ${message}`);
    fields.push(field);
  };
  const f = fieldsOf('contactSettings', report);

  if (!isPhoneNumber(raw.phoneNumber)) problem('phoneNumber', `${stated(raw.phoneNumber)} a phone number: digits, grouped with spaces or hyphens, e.g. "90 390"`);
  if (raw.chatEnabled != null && typeof raw.chatEnabled !== 'boolean') problem('chatEnabled', `${stated(raw.chatEnabled)} true or false`);
  for (const field of ['chatEmbedUrl', 'chatStatusUrl'] as const) {
    if (raw[field] == null) {
      if (raw.chatEnabled === true) report.warn('contactSettings', field, 'is missing; the chat stays off unless CHAT_EMBED_URL and CHAT_STATUS_URL are set');
    } else if (!isServiceAddress(raw[field])) problem(field, `${stated(raw[field])} an https:// address (http:// only for this machine)`);
  }
  if (raw.timeZone != null && !isTimeZone(raw.timeZone)) problem('timeZone', `${stated(raw.timeZone)} a time zone such as "Europe/Stockholm"`);

  const times = (entry: Record<string, unknown>, field: string) => {
    if (!isTime(entry.opens)) problem(`${field}.opens`, `${stated(entry.opens)} a time HH:MM from 00:00 to 23:59`);
    if (!isTime(entry.closes, { endOfDay: true })) problem(`${field}.closes`, `${stated(entry.closes)} a time HH:MM from 00:00 to 24:00`);
    else if (isTime(entry.opens) && !isTimeRange(entry.opens, entry.closes)) problem(field, `opens and closes at the same time (${entry.opens}); use 00:00–24:00 for the whole day`);
  };
  // Entries that are not objects are reported here; the others keep their index in the list.
  const entries = (value: unknown, field: string): Array<Record<string, unknown> | null> =>
    (Array.isArray(value) ? value : []).map((entry, index) => {
      if (entry && typeof entry === 'object' && !Array.isArray(entry)) return entry as Record<string, unknown>;
      problem(`${field}[${index}]`, 'is not an entry with a day and times');
      return null;
    });

  if (!Array.isArray(raw.openingHours) || raw.openingHours.length === 0) problem('openingHours', 'is missing, empty or not a list: the weekly schedule is needed');
  entries(raw.openingHours, 'openingHours').forEach((entry, index) => {
    if (!entry) return;
    if (!isWeekday(entry.day)) problem(`openingHours[${index}].day`, `${stated(entry.day)} a weekday (monday … sunday)`);
    times(entry, `openingHours[${index}]`);
  });
  const exceptions = entries(raw.openingHoursExceptions, 'openingHoursExceptions');
  exceptions.forEach((entry, index) => {
    if (!entry) return;
    const field = `openingHoursExceptions[${index}]`;
    if (!isCalendarDate(entry.date)) problem(`${field}.date`, `${stated(entry.date)} a date YYYY-MM-DD`);
    if (entry.closed != null && typeof entry.closed !== 'boolean') problem(`${field}.closed`, `${stated(entry.closed)} true or false`);
    if (entry.closed !== true) times(entry, field);
    if (entry.note != null && typeof entry.note !== 'string') problem(`${field}.note`, `${stated(entry.note)} text`);
  });
  for (const { index, first } of repeatedDates(exceptions)) problem(`openingHoursExceptions[${index}].date`, `repeats the date of openingHoursExceptions[${first}] (${String(exceptions[index]!.date)}); keep one`);

  if (problems.length) {
    throw new ContentError(
      `contactSettings cannot be used: every page shows its phone number and opening hours, so the build stops.\n${problems.map((line) => `  - ${line}`).join('\n')}`,
      fields.map((field) => ({ documentId: 'contactSettings', field })),
    );
  }
  const openingHours = raw.openingHours!;
  return {
    ...raw,
    chatEmbedUrl: raw.chatEmbedUrl ?? null,
    chatStatusUrl: raw.chatStatusUrl ?? null,
    statusOpenText: f.text(raw.statusOpenText, 'statusOpenText'),
    statusBusyText: f.text(raw.statusBusyText, 'statusBusyText'),
    statusClosedText: f.text(raw.statusClosedText, 'statusClosedText'),
    statusUnavailableText: f.text(raw.statusUnavailableText, 'statusUnavailableText'),
    phoneNumber: raw.phoneNumber!.trim(),
    chatEnabled: raw.chatEnabled ?? false,
    timeZone: raw.timeZone ?? FALLBACK_CONTACT.timeZone,
    openingHours,
    openingHoursExceptions: raw.openingHoursExceptions ?? [],
  };
}

const AUDIENCES = ['self', 'relatives', 'both'] as const;
const KINDS = ['selfHelp', 'exercise', 'guidance', 'qa'] as const;

/** An article's fields, each of the kind the pages expect (see shape.ts). */
function readArticle(raw: RawArticle, report: ContentReport): RawArticle {
  const f = fieldsOf(raw._id, report);
  // A stored value of another kind may have meant "yes": the content note is then still shown.
  const sensitive = raw.sensitive == null || typeof raw.sensitive === 'boolean' ? (raw.sensitive ?? null) : true;
  if (sensitive === true && raw.sensitive !== true) report.warn(raw._id, 'sensitive', `is ${JSON.stringify(raw.sensitive)}, not true or false; the article is treated as sensitive`);
  const reviewer = f.object(raw.reviewedBy, 'reviewedBy');
  return {
    ...raw,
    title: f.text(raw.title, 'title'),
    slug: f.text(raw.slug, 'slug'),
    summary: f.text(raw.summary, 'summary'),
    audience: f.oneOf(raw.audience, 'audience', AUDIENCES),
    kind: f.oneOf(raw.kind, 'kind', KINDS),
    sensitive,
    contentNote: f.text(raw.contentNote, 'contentNote'),
    searchKeywords: f.texts(raw.searchKeywords, 'searchKeywords'),
    lastReviewed: f.date(raw.lastReviewed, 'lastReviewed'),
    nextReview: f.date(raw.nextReview, 'nextReview'),
    reviewedBy: reviewer && { name: f.text(reviewer.name, 'reviewedBy.name'), professionalTitle: f.text(reviewer.professionalTitle, 'reviewedBy.professionalTitle') },
    // GROQ gives null for a list field that holds something else, so "missing" covers both.
    topics: f.list(raw.topics, 'topics', { required: true }) as RawArticle['topics'],
    related: f.list(raw.related, 'related') as RawArticle['related'],
  };
}

function readPage(raw: PAGES_QUERY_RESULT[number], report: ContentReport): PAGES_QUERY_RESULT[number] {
  const f = fieldsOf(raw._id, report);
  return { ...raw, title: f.text(raw.title, 'title'), slug: f.text(raw.slug, 'slug'), summary: f.text(raw.summary, 'summary') };
}

function readTopic(raw: TOPICS_QUERY_RESULT[number], report: ContentReport): TOPICS_QUERY_RESULT[number] {
  const f = fieldsOf(raw._id, report);
  return { ...raw, title: f.text(raw.title, 'title'), slug: f.text(raw.slug, 'slug'), description: f.text(raw.description, 'description') };
}

/** Keeps documents whose body has something to show; a page without its text is not published. */
function withBodies<T extends { _id: string; body?: unknown }>(docs: T[], report: ContentReport): T[] {
  return docs.filter((doc) => {
    const blocks = Array.isArray(doc.body) ? doc.body.filter((block) => block && typeof block === 'object' && typeof (block as { _type?: unknown })._type === 'string') : [];
    if (blocks.length) return true;
    report.warn(doc._id, 'body', 'is missing, empty or not a list of blocks; the document is skipped');
    return false;
  });
}

/**
 * Internal links whose target exists but has no page in this build (skipped for a missing title
 * or body) lose their target, so the renderer reports them and keeps the text without a dead link.
 */
function withoutDeadLinks<T extends { body?: unknown }>(doc: T, paths: ReadonlySet<string>): T {
  if (!Array.isArray(doc.body)) return doc;
  const body = doc.body.map((block: unknown) => {
    const defs = (block as { markDefs?: unknown })?.markDefs;
    if (!Array.isArray(defs)) return block;
    const live = defs.map((def: { _type?: unknown; target?: LinkTarget | null } | null) => {
      const href = def?._type === 'internalLink' && def.target && typeof def.target.slug === 'string' ? hrefFor(def.target) : undefined;
      return href && !paths.has(href) ? { ...def, target: null } : def;
    });
    return live.some((def, index) => def !== defs[index]) ? { ...(block as object), markDefs: live } : block;
  });
  return { ...doc, body };
}

/** Runs every query and checks the results. `today` (YYYY-MM-DD) decides which reviews are overdue. */
export async function loadContent(run: QueryRunner, report: ContentReport, today: string): Promise<SiteContent> {
  const [settings, rawTopics, rawArticles, rawPages] = withoutStrayBidiDeep(
    await Promise.all([
      run<SETTINGS_QUERY_RESULT>(SETTINGS_QUERY),
      run<TOPICS_QUERY_RESULT>(TOPICS_QUERY),
      run<ARTICLES_QUERY_RESULT>(ARTICLES_QUERY),
      run<PAGES_QUERY_RESULT>(PAGES_QUERY),
    ]),
  );

  const topics = withPages(rawTopics.map((topic) => readTopic(topic, report)), report);
  assertUniqueSlugs(topics, 'topic');
  const pages = withBodies(withPages(rawPages.map((page) => readPage(page, report)), report), report);
  assertUniqueSlugs(pages, 'page');
  for (const page of pages) {
    if (RESERVED_PAGE_SLUGS.has(page.slug)) throw new ContentError(`Page "${page._id}" uses the slug "${page.slug}", which the site reserves for its own pages. Choose another slug.`, [{ documentId: page._id, field: 'slug' }]);
  }
  const named = withBodies(withPages(rawArticles.map((article) => readArticle(article, report)), report), report);
  assertUniqueSlugs(named, 'article');
  reportOverdueReviews(named, today, report);

  const topicIds = new Set(topics.map((topic) => topic._id));
  const topicLinks = (list: RawArticle['topics'], docId: string): TopicLink[] =>
    resolvedLinks(list, topicIds, docId, 'topics', report).map((topic) => {
      const own = topics.find((known) => known._id === topic._id)!;
      return { _id: own._id, title: own.title, slug: own.slug };
    });
  const withTopics = named.map((article) => {
    if (!article.reviewedBy?.name) report.warn(article._id, 'reviewedBy', 'is missing or unpublished; the review line shows no reviewer');
    if (!article.summary?.trim()) report.warn(article._id, 'summary', 'is missing; the page has no summary or meta description of its own');
    return { ...article, topics: topicLinks(article.topics, article._id) };
  });
  // Related articles are shown as their own checked documents, never as the raw reference.
  const cards = new Map<string, ArticleCard>(
    withTopics.map(({ _id, title, slug, summary, audience, kind, sensitive, topics: links }) => [_id, { _id, title, slug, summary, audience, kind, sensitive, topics: links }]),
  );
  const articles: Article[] = withTopics.map((article) => ({
    ...article,
    related: resolvedLinks(article.related, new Set(cards.keys()), article._id, 'related', report).map((link) => cards.get(link._id)!),
  }));

  const pageLinks = new Map(pages.map((page) => [page._id, { title: page.title, slug: page.slug }]));
  const live = liveAddresses({ articles, topics, pages });
  const paths = new Set(live.keys());
  const redirects = await loadRedirects(run, live, report);
  return {
    site: siteSettings(settings.site, pageLinks, report),
    contact: contactSettings(settings.contact, report),
    topics,
    articles: articles.map((article) => withoutDeadLinks(article, paths)),
    pages: pages.map((page) => withoutDeadLinks(page, paths)),
    redirects,
  };
}

// Held on globalThis, not in this module: the build loads this module twice (once bundled for the
// pages, once for the integrations in astro.config), and both must share one fetch of the content.
const CACHE = Symbol.for('stodlinjen.content');
const store = globalThis as typeof globalThis & { [CACHE]?: Promise<SiteContent> };

/** The deployment's overrides of the contact service's addresses must be usable too, or the build stops. */
export function checkServiceOverrides(env: Record<string, string | undefined> = process.env): void {
  for (const name of ['CHAT_EMBED_URL', 'CHAT_STATUS_URL'] as const) {
    const value = env[name]?.trim();
    if (value && !isServiceAddress(value)) throw new ContentError(`${name} "${value}" is not an https:// address (http:// only for this machine); fix it or unset it to use contactSettings.`);
  }
}

/** The build's content, from the source the environment selects; loaded once per build process. */
export function getContent(): Promise<SiteContent> {
  // The draft preview renders on request, with content loaded for each request.
  const scoped = requestContent();
  if (scoped) return scoped;
  store[CACHE] ??= (async () => {
    checkServiceOverrides();
    const source = sourceFromEnv();
    const started = performance.now();
    const content = await loadContent(createRunner(source), consoleReport(), todayIn()).catch((error: unknown) => {
      recordBuildError(error);
      throw error;
    });
    recordBuildContent(content);
    const from = source.mode === 'embedded' ? `the embedded dataset ${source.file}` : `Sanity project ${source.projectId}/${source.dataset}`;
    // The benchmark reads this line to report data loading time.
    console.info(`[content] loaded ${content.articles.length} articles, ${content.topics.length} topics, ${content.pages.length} pages from ${from} in ${Math.round(performance.now() - started)} ms (at ${new Date().toISOString()})`);
    return content;
  })();
  return store[CACHE];
}
