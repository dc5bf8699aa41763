// The site's content, loaded once per build through the source switch and checked. Pages get
// everything from here and never talk to Sanity themselves.
import { ARTICLE_AUDIENCES, ARTICLE_KINDS } from '../lib/article-kinds';
import type { ARTICLES_QUERY_RESULT, PAGES_QUERY_RESULT, SETTINGS_QUERY_RESULT, TOPICS_QUERY_RESULT, TRANSLATIONS_QUERY_RESULT } from '../sanity.types';
import { assertUniqueSlugs, reportOverdueReviews, withoutStrayBidiDeep, withPages, type Named } from './clean';
import { ARTICLES_QUERY, PAGES_QUERY, SETTINGS_QUERY, TOPICS_QUERY, TRANSLATIONS_QUERY } from './queries';
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
import { isLocale, LOCALES, type Locale } from '../i18n/locales';
import { alternatesOf, inKnownLanguage, linkTranslations, pathOf, versionIn, type Alternate, type Translatable } from './translations';

type RawSite = NonNullable<SETTINGS_QUERY_RESULT['site']>;
type RawContact = NonNullable<SETTINGS_QUERY_RESULT['contact']>;

export type { Alternate } from './translations';
type InLanguage = { language: Locale; /** The same text in the site's other languages, where it exists. */ translations: Alternate[] };

export type Topic = Omit<Named<TOPICS_QUERY_RESULT[number]>, 'language'> & InLanguage;
export type TopicLink = { _id: string; title: string; slug: string };
type RawArticle = ARTICLES_QUERY_RESULT[number];
/**
 * A text and the language it is written in. It differs from the page's where a translation is
 * missing and Swedish stands in; pages then mark it as Swedish (TextIn.astro), so a screen reader
 * reads it with a Swedish voice and right-to-left text keeps it whole.
 */
export type TextIn = { text: string; locale: Locale };
/** Who reviewed an article: their title in the article's language, or in Swedish where it has none. */
export type Reviewer = { name: string | null; professionalTitle: TextIn | null };
type ReadArticle = Omit<RawArticle, 'reviewedBy'> & { reviewedBy: Reviewer | null };
export type ArticleCard = Omit<Named<NonNullable<NonNullable<RawArticle['related']>[number]>>, 'topics' | 'language'> & { language: Locale; topics: TopicLink[] };
export type Article = Omit<Named<ReadArticle>, 'topics' | 'related' | 'language'> & InLanguage & { topics: TopicLink[]; related: ArticleCard[] };
export type Page = Omit<Named<PAGES_QUERY_RESULT[number]>, 'language'> & InLanguage;

/** A link to a page; `path` is its address (easy-read Swedish links to the Swedish page where it has no own version). */
export type PageLink = { title: string; slug: string; path: string; language: Locale };
/** Settings fields that hold one text per language (internationalized arrays), resolved for one language. */
type SiteTexts = 'tagline' | 'description' | 'crisisSearchTerms' | 'searchSynonyms';
export type SiteSettings = Omit<RawSite, SiteTexts | 'siteName' | 'quickExitUrl' | 'aboutPage' | 'privacyPage' | 'accessibilityPage' | 'safeBrowsingPage'> & {
  siteName: string;
  tagline: string | null;
  description: string | null;
  quickExitUrl: string;
  crisisSearchTerms: string[];
  /** Everyday words for the words the texts use, for search (entries without a term or synonyms left out). */
  searchSynonyms: Array<{ term: string; synonyms: string[] }>;
  /** The settings' pages in this language (their translation); null where none is published. */
  aboutPage: PageLink | null;
  privacyPage: PageLink | null;
  accessibilityPage: PageLink | null;
  safeBrowsingPage: PageLink | null;
};
type ContactTexts = 'statusOpenText' | 'statusBusyText' | 'statusClosedText' | 'statusUnavailableText' | 'counsellingNote' | 'counsellingLanguages';
type RawException = NonNullable<RawContact['openingHoursExceptions']>[number];
export type ContactSettings = Omit<RawContact, ContactTexts | 'phoneNumber' | 'openingHours' | 'openingHoursExceptions' | 'chatEnabled' | 'timeZone'> & {
  phoneNumber: string;
  chatEnabled: boolean;
  timeZone: string;
  openingHours: NonNullable<RawContact['openingHours']>;
  openingHoursExceptions: Array<Omit<RawException, 'note'> & { note: string | null }>;
  statusOpenText: string | null;
  statusBusyText: string | null;
  statusClosedText: string | null;
  statusUnavailableText: string | null;
  /** The languages counsellors speak: `always`, or only `whenAvailable` (a counsellor who speaks it is on duty). */
  counsellingLanguages: Array<{ language: string; availability: 'always' | 'whenAvailable' }>;
  /** The visitor text saying which languages the counselling is in, in this page's language. */
  counsellingNote: string | null;
};

/** One language version of the site: what its pages show. */
export type LocaleContent = {
  locale: Locale;
  site: SiteSettings;
  contact: ContactSettings;
  topics: Topic[];
  articles: Article[];
  pages: Page[];
  /** Old addresses (in every language), each leading to a live page in one hop. */
  redirects: Redirect[];
};

/** The whole site: every language version, and the redirects, which are the same for all. */
export type SiteContent = {
  locales: Record<Locale, LocaleContent>;
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
  counsellingLanguages: [{ language: 'sv', availability: 'always' }],
  counsellingNote: null,
};

/** A list of language versions: every item an object with a `language`, or of the plugin's `internationalizedArray…Value` type. */
const isVersionList = (value: unknown): value is unknown[] =>
  Array.isArray(value) &&
  value.length > 0 &&
  value.every((item) => item && typeof item === 'object' && !Array.isArray(item) && ('language' in item || String((item as { _type?: unknown })._type).startsWith('internationalizedArray')));

/** A translated field's value for one language, the field it was read from, and the language it is in. */
type Found = { value: unknown; field: string; locale: Locale };

/** An item left empty in the Studio (a language added, nothing written) is no version of the text. */
const isEmptyVersion = (value: unknown) => value == null || (typeof value === 'string' && !value.trim());

/**
 * One language's value of a translated field: a list of `{ language, value }` (the
 * internationalized-array plugin's shape). Easy-read Swedish falls back to Swedish. English and
 * Arabic pages show another language's text only where `orSwedish` allows Swedish to stand in
 * (with a warning; `locale` then says "sv", so the page marks it); otherwise the field is read as
 * absent, with a warning. A plain value, as stored before the field had language versions, is the
 * Swedish value.
 */
function localized(value: unknown, locale: Locale, docId: string, field: string, report: ContentReport, { orSwedish = false } = {}): Found {
  if (value == null) return { value: null, field, locale };
  let swedish: Found;
  if (isVersionList(value)) {
    const versions = new Map<string, unknown>();
    value.forEach((item: unknown, index) => {
      const entry = item && typeof item === 'object' ? (item as { language?: unknown; value?: unknown }) : null;
      if (typeof entry?.language !== 'string') report.warn(docId, `${field}[${index}]`, 'has no language; left out');
      else if (!versions.has(entry.language) && !isEmptyVersion(entry.value)) versions.set(entry.language, entry.value);
    });
    if (versions.has(locale)) return { value: versions.get(locale), field: `${field}[${locale}]`, locale };
    if (!versions.has('sv')) {
      if (versions.size) report.warn(docId, field, `has no ${locale} version; ${locale} pages leave it out`);
      return { value: null, field, locale };
    }
    swedish = { value: versions.get('sv'), field: `${field}[sv]`, locale: 'sv' };
  } else swedish = { value, field, locale: 'sv' };
  if (locale === 'sv' || locale === 'sv-lattlast') return swedish;
  report.warn(docId, field, orSwedish ? `has no ${locale} version; ${locale} pages show the Swedish one, marked as Swedish` : `has no ${locale} version; ${locale} pages leave it out`);
  return orSwedish ? swedish : { value: null, field, locale };
}

/** The text `localized` found, with the language it is written in; null where there is none. */
function textIn(found: Found, f: FieldReader): TextIn | null {
  const text = f.text(found.value, found.field)?.trim();
  return text ? { text, locale: found.locale } : null;
}

type SettingsPageField = 'aboutPage' | 'privacyPage' | 'accessibilityPage' | 'safeBrowsingPage';

/**
 * The site settings in one language. The settings name their pages (about, privacy, …) once, in
 * Swedish; each language links to that page's version in its own language.
 */
function siteSettings(raw: SETTINGS_QUERY_RESULT['site'], locale: Locale, pageIn: (id: string) => PageLink | undefined, inUse: boolean, report: ContentReport): SiteSettings {
  if (!raw && locale === 'sv') report.warn('siteSettings', '(document)', 'is missing; defaults are used');
  const f = fieldsOf('siteSettings', report);
  const text = (field: SiteTexts) => localized(raw?.[field], locale, 'siteSettings', field, report);
  const page = (field: SettingsPageField): PageLink | null => {
    const link = f.object(raw?.[field], field);
    const id = link && typeof link._id === 'string' ? link._id : null;
    const own = id ? pageIn(id) : undefined;
    if (own) return own;
    if (locale === 'sv') report.warn('siteSettings', field, 'does not point at a published page; the link is left out');
    // Only a language version the site has (it publishes pages in it) misses the link.
    else if (id && inUse) report.warn('siteSettings', field, `has no published ${locale} version; ${locale} pages leave the link out`);
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
  const tagline = text('tagline');
  const description = text('description');
  const terms = text('crisisSearchTerms');
  const synonyms = text('searchSynonyms');
  return {
    ...raw,
    tagline: f.text(tagline.value, tagline.field),
    description: f.text(description.value, description.field),
    accessibility,
    siteName: f.text(raw?.siteName, 'siteName')?.trim() || 'Stödlinjen',
    quickExitUrl,
    crisisSearchTerms: f.texts(terms.value, terms.field),
    searchSynonyms: f.list(synonyms.value, synonyms.field).flatMap((item, index) => {
      const entry = f.object(item, `${synonyms.field}[${index}]`);
      const term = entry && f.text(entry.term, `${synonyms.field}[${index}].term`)?.trim();
      const words = entry ? f.texts(entry.synonyms, `${synonyms.field}[${index}].synonyms`).filter((word) => word.trim() !== '') : [];
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
function contactSettings(raw: SETTINGS_QUERY_RESULT['contact'], report: ContentReport): (locale: Locale) => ContactSettings {
  if (!raw) {
    report.warn('contactSettings', '(document)', 'is missing; the national number and 24/7 hours are shown');
    return () => FALLBACK_CONTACT;
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
    if (entry.note != null && typeof entry.note !== 'string' && !Array.isArray(entry.note)) problem(`${field}.note`, `${stated(entry.note)} text`);
  });
  for (const { index, first } of repeatedDates(exceptions)) problem(`openingHoursExceptions[${index}].date`, `repeats the date of openingHoursExceptions[${first}] (${String(exceptions[index]!.date)}); keep one`);

  if (problems.length) {
    throw new ContentError(
      `contactSettings cannot be used: every page shows its phone number and opening hours, so the build stops.\n${problems.map((line) => `  - ${line}`).join('\n')}`,
      fields.map((field) => ({ documentId: 'contactSettings', field })),
    );
  }
  const openingHours = raw.openingHours!;
  const checked = raw;
  const AVAILABILITY = ['always', 'whenAvailable'] as const;
  const counsellingLanguages = f.list(raw.counsellingLanguages, 'counsellingLanguages').flatMap((item, index) => {
    const entry = f.object(item, `counsellingLanguages[${index}]`);
    const language = entry && f.text(entry.language, `counsellingLanguages[${index}].language`);
    const availability = entry && f.oneOf(entry.availability, `counsellingLanguages[${index}].availability`, AVAILABILITY);
    return language && availability ? [{ language, availability }] : [];
  });
  return (locale) => {
    const text = (field: 'statusOpenText' | 'statusBusyText' | 'statusClosedText' | 'statusUnavailableText' | 'counsellingNote') => {
      const found = localized(checked[field], locale, 'contactSettings', field, report);
      return f.text(found.value, found.field);
    };
    return {
      ...checked,
      chatEmbedUrl: checked.chatEmbedUrl ?? null,
      chatStatusUrl: checked.chatStatusUrl ?? null,
      statusOpenText: text('statusOpenText'),
      statusBusyText: text('statusBusyText'),
      statusClosedText: text('statusClosedText'),
      statusUnavailableText: text('statusUnavailableText'),
      counsellingLanguages: counsellingLanguages.length ? counsellingLanguages : FALLBACK_CONTACT.counsellingLanguages,
      counsellingNote: text('counsellingNote'),
      phoneNumber: checked.phoneNumber!.trim(),
      chatEnabled: checked.chatEnabled ?? false,
      timeZone: checked.timeZone ?? FALLBACK_CONTACT.timeZone,
      openingHours,
      openingHoursExceptions: (checked.openingHoursExceptions ?? []).map((exception, index) => {
        const note = localized(exception.note, locale, 'contactSettings', `openingHoursExceptions[${index}].note`, report);
        return { ...exception, note: f.text(note.value, note.field) };
      }),
    };
  };
}

/**
 * The reviewer named on an article in `locale`. Their title is kept per language in the person
 * document; where the article's language has none, the Swedish title stands in (marked as Swedish
 * on the page), since a review line without the reviewer's profession says less than one in Swedish.
 */
function readReviewer(raw: Record<string, unknown>, locale: Locale, articleId: string, report: ContentReport): Reviewer {
  // Problems are the person document's own, named by its id (GROQ gives the id of every person it finds).
  const personId = typeof raw._id === 'string' ? raw._id : null;
  const docId = personId ?? articleId;
  const field = (name: string) => (personId ? name : `reviewedBy.${name}`);
  const f = fieldsOf(docId, report);
  const title = localized(raw.professionalTitle, locale, docId, field('professionalTitle'), report, { orSwedish: true });
  return { name: f.text(raw.name, field('name')), professionalTitle: textIn(title, f) };
}

/** An article's fields, each of the kind the pages expect (see shape.ts). */
function readArticle(raw: RawArticle, report: ContentReport): ReadArticle {
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
    audience: f.oneOf(raw.audience, 'audience', ARTICLE_AUDIENCES),
    kind: f.oneOf(raw.kind, 'kind', ARTICLE_KINDS),
    sensitive,
    contentNote: f.text(raw.contentNote, 'contentNote'),
    searchKeywords: f.texts(raw.searchKeywords, 'searchKeywords'),
    lastReviewed: f.date(raw.lastReviewed, 'lastReviewed'),
    nextReview: f.date(raw.nextReview, 'nextReview'),
    reviewedBy: reviewer && readReviewer(reviewer, isLocale(raw.language) ? raw.language : 'sv', raw._id, report),
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

/**
 * A list of references (topics, related articles) on a document in `locale`, each read as its
 * version in that language: a translated article may still point at the Swedish topic, and is
 * then listed under the topic's own translation. References with no version in the language,
 * or to a document without a page, are left out with a warning.
 */
function linksIn<T>(
  list: ReadonlyArray<{ _id?: string | null } | null> | null | undefined,
  locale: Locale,
  own: ReadonlyMap<string, T>,
  docs: ReadonlyMap<string, Translatable>,
  sets: ReadonlyMap<string, ReadonlyMap<Locale, Translatable>>,
  docId: string,
  field: string,
  report: ContentReport,
): T[] {
  const out: T[] = [];
  const seen = new Set<string>();
  (list ?? []).forEach((item, index) => {
    const id = item?._id;
    const version = id ? versionIn(id, locale, docs, sets) : undefined;
    const target = version && own.get(version._id);
    if (!target) {
      const known = id ? docs.get(id) : undefined;
      report.warn(docId, `${field}[${index}]`, known ? `refers to "${known._id}" (${known.language}), which has no ${locale} version; left out` : 'refers to a document that is missing, unpublished or has no page; left out');
      return;
    }
    if (seen.has(version._id)) return;
    seen.add(version._id);
    out.push(target);
  });
  return out;
}

/** Runs every query and checks the results. `today` (YYYY-MM-DD) decides which reviews are overdue. */
export async function loadContent(run: QueryRunner, report: ContentReport, today: string): Promise<SiteContent> {
  const [settings, rawTopics, rawArticles, rawPages, rawTranslations] = withoutStrayBidiDeep(
    await Promise.all([
      run<SETTINGS_QUERY_RESULT>(SETTINGS_QUERY),
      run<TOPICS_QUERY_RESULT>(TOPICS_QUERY),
      run<ARTICLES_QUERY_RESULT>(ARTICLES_QUERY),
      run<PAGES_QUERY_RESULT>(PAGES_QUERY),
      run<TRANSLATIONS_QUERY_RESULT>(TRANSLATIONS_QUERY),
    ]),
  );

  const allTopics = withPages(inKnownLanguage(rawTopics.map((topic) => readTopic(topic, report)), report), report);
  const allPages = withBodies(withPages(inKnownLanguage(rawPages.map((page) => readPage(page, report)), report), report), report);
  const allArticles = withBodies(withPages(inKnownLanguage(rawArticles.map((article) => readArticle(article, report)), report), report), report);
  // Slugs are unique per type and language: /artiklar/somn/ and /lattlast/artiklar/somn/ are two addresses.
  assertUniqueSlugs(allTopics, 'topic');
  assertUniqueSlugs(allPages, 'page');
  assertUniqueSlugs(allArticles, 'article');
  for (const page of allPages) {
    if (RESERVED_PAGE_SLUGS.has(page.slug)) throw new ContentError(`Page "${page._id}" uses the slug "${page.slug}", which the site reserves for its own pages. Choose another slug.`, [{ documentId: page._id, field: 'slug' }]);
  }
  reportOverdueReviews(allArticles, today, report);

  const docs = new Map<string, Translatable>([
    ...allTopics.map((doc) => [doc._id, { _id: doc._id, _type: 'topic', language: doc.language, slug: doc.slug, title: doc.title }] as const),
    ...allPages.map((doc) => [doc._id, { _id: doc._id, _type: 'page', language: doc.language, slug: doc.slug, title: doc.title }] as const),
    ...allArticles.map((doc) => [doc._id, { _id: doc._id, _type: 'article', language: doc.language, slug: doc.slug, title: doc.title }] as const),
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

  const live = liveAddresses({ articles, topics, pages });
  const paths = new Set(live.keys());
  const redirects = await loadRedirects(run, live, report);
  const contactIn = contactSettings(settings.contact, report);
  const pageIn = (locale: Locale) => (id: string): PageLink | undefined => {
    const version = versionIn(id, locale, docs, sets) ?? (locale === 'sv-lattlast' ? versionIn(id, 'sv', docs, sets) : undefined);
    return version?._type === 'page' ? { title: version.title, slug: version.slug, path: pathOf(version), language: version.language } : undefined;
  };
  const locales = Object.fromEntries(
    LOCALES.map((locale): [Locale, LocaleContent] => [
      locale,
      {
        locale,
        site: siteSettings(settings.site, locale, pageIn(locale), pages.some((page) => page.language === locale), report),
        contact: contactIn(locale),
        topics: topics.filter((topic) => topic.language === locale),
        articles: articles.filter((article) => article.language === locale).map((article) => withoutDeadLinks(article, paths)),
        pages: pages.filter((page) => page.language === locale).map((page) => withoutDeadLinks(page, paths)),
        redirects,
      },
    ]),
  ) as Record<Locale, LocaleContent>;
  return { locales, redirects };
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

/** The whole site's content (every language), from the source the environment selects; loaded once per build process. */
export function getSiteContent(): Promise<SiteContent> {
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
    const all = Object.values(content.locales);
    const count = (kind: 'articles' | 'topics' | 'pages') => all.reduce((sum, locale) => sum + locale[kind].length, 0);
    const perLocale = all.map((locale) => `${locale.locale} ${locale.articles.length}`).join(', ');
    // The benchmark reads this line to report data loading time.
    console.info(`[content] loaded ${count('articles')} articles (${perLocale}), ${count('topics')} topics, ${count('pages')} pages from ${from} in ${Math.round(performance.now() - started)} ms (at ${new Date().toISOString()})`);
    return content;
  })();
  return store[CACHE];
}

/** One language version's content: its articles, topics and pages, and the settings in its language. */
export async function getContent(locale: Locale = 'sv'): Promise<LocaleContent> {
  return (await getSiteContent()).locales[locale];
}
