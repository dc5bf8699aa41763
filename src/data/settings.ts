// The site settings, read for one language version: its texts in that language, and the settings'
// pages (about, privacy, …) as that language's versions of them.
import type { SETTINGS_QUERY_RESULT } from '../sanity.types';
import type { Locale } from '../i18n/locales';
import type { ContentReport } from './report';
import { fieldsOf } from './shape';
import { localized } from './localized';
import { COMPLIANCE_STATUSES } from '../lib/compliance';

type RawSite = NonNullable<SETTINGS_QUERY_RESULT['site']>;

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

// A neutral page for the quick exit, used only when the settings have none that works.
const FALLBACK_EXIT_URL = 'https://www.smhi.se/';

type SettingsPageField = 'aboutPage' | 'privacyPage' | 'accessibilityPage' | 'safeBrowsingPage';

/**
 * The site settings in one language. The settings name their pages (about, privacy, …) once, in
 * Swedish; each language links to that page's version in its own language.
 */
export function siteSettings(raw: SETTINGS_QUERY_RESULT['site'], locale: Locale, pageIn: (id: string) => PageLink | undefined, inUse: boolean, report: ContentReport): SiteSettings {
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
    complianceStatus: f.oneOf(status.complianceStatus, 'accessibility.complianceStatus', COMPLIANCE_STATUSES) ?? undefined,
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
