// What the search page's script needs from the build, for the page's language: every text from the
// locale's UI catalog, the editors' crisis terms and everyday words for that language, the scripts
// the other languages' built-in crisis terms are written in (so the page fetches them only for a
// query in such a script; its own language's load with the search, src/scripts/search/crisis-check.ts),
// the topic and kind labels, which index and vocabulary to search and, on the Swedish pages, which
// version. The built-in terms stay out of the page: its HTML must fit the first round trip.
// The page passes it in `data-search-config`; search-page.ts reads it.
import { articleAudienceLabels, articleKindLabels, type ArticleAudience, type ArticleKind } from '../../lib/article-kinds';
import type { Ui } from '../../i18n';
import { CRISIS_FLOORS } from '../../lib/crisis-floor';
import type { HelpContactId } from '../contact/help-contacts';
import type { SearchConfig } from '../../scripts/search-page';
import { scriptsOf, type Script } from '../../scripts/search/crisis-check';
import { crisisFloorUrl } from '../../scripts/search/crisis-files';
import type { QueryLanguage } from '../../scripts/search/query';
import type { Version } from '../../scripts/search/engine';

/** What the configuration reads from the page's content (the data layer's lists for the page's locale). */
export type SearchContent = {
  site: { crisisSearchTerms: readonly string[]; searchSynonyms: ReadonlyArray<{ term: string; synonyms: readonly string[] }> };
  topics: ReadonlyArray<{ slug: string; title: string }>;
};

const INDEX_LANGUAGES: readonly QueryLanguage[] = ['sv', 'en', 'ar'];

/** The index a page searches: its `<html lang>`, as Pagefind splits the index. */
export function indexLanguage(ui: Pick<Ui, 'lang' | 'locale'>): QueryLanguage {
  const language = INDEX_LANGUAGES.find((candidate) => candidate === ui.lang);
  if (!language) throw new Error(`The search page for locale "${ui.locale}" has <html lang="${ui.lang}">, which has no search index (one of ${INDEX_LANGUAGES.join(', ')})`);
  return language;
}

/**
 * Easy-read Swedish shares the Swedish index: its search shows easy-read pages first and then the
 * other Swedish ones; the Swedish search leaves easy-read pages out (they repeat its own texts).
 */
export function searchVersion(ui: Pick<Ui, 'locale'>): Version {
  if (ui.locale === 'sv-lattlast') return 'easyReadFirst';
  return ui.locale === 'sv' ? 'standard' : 'all';
}

/** The search page's configuration for the page's locale. */
export function searchConfig(ui: Ui, content: SearchContent): SearchConfig {
  return {
    language: indexLanguage(ui),
    version: searchVersion(ui),
    crisisTerms: [...content.site.crisisSearchTerms],
    crisisFloorUrl: crisisFloorUrl(indexLanguage(ui)),
    crisisScripts: Object.fromEntries(INDEX_LANGUAGES.filter((language) => language !== indexLanguage(ui)).map((language) => [language, floorScripts(language)])),
    synonyms: content.site.searchSynonyms.map((entry) => ({ term: entry.term, synonyms: [...entry.synonyms] })),
    audiences: articleAudienceLabels(ui),
    kinds: searchKinds(ui),
    topics: Object.fromEntries(content.topics.map((topic) => [topic.slug, topic.title])),
    text: {
      count: ui.pluralForms('search.count'),
      none: ui.t('search.countNone'),
      forQuery: ui.t('search.forQuery'),
      crisis: ui.t('search.crisisStatus'),
      searching: ui.t('search.searching'),
      failed: ui.t('search.failed'),
    },
  };
}

/** The scripts a language's built-in crisis terms are written in: a query in none of them cannot match one. */
function floorScripts(language: QueryLanguage): Script[] {
  return [...scriptsOf(CRISIS_FLOORS[language].join(' '))];
}

/** The kinds of text the search can be narrowed to, with their labels (the page's kind filter lists them too). */
export function searchKinds(ui: Ui): Record<string, string> {
  return articleKindLabels(ui);
}

/**
 * The ways to get help the crisis box lists on the search page, in this order, per locale. Swedish:
 * the line (which counsels in Swedish), its chat, Självmordslinjen, 112. English: 112 first (it
 * always answers, in English too), then the line (in Swedish, and in English when a counsellor who
 * speaks it is on duty), Självmordslinjen (in Swedish) and 1177. Arabic: 112 and 1177 first, where
 * an interpreter can be asked for, then the line, whose counselling is in Swedish.
 */
export const CRISIS_CONTACTS: Record<Ui['locale'], readonly HelpContactId[]> = {
  sv: ['phone', 'chat', 'suicideLine', 'emergency'],
  'sv-lattlast': ['phone', 'chat', 'suicideLine', 'emergency'],
  en: ['emergency', 'phone', 'suicideLine', 'healthcare'],
  ar: ['emergency', 'healthcare', 'phone'],
};

const CRISIS_AUDIENCE_ORDER: readonly ArticleAudience[] = ['self', 'both', 'relatives'];
const CRISIS_KIND_ORDER: readonly ArticleKind[] = ['selfHelp', 'exercise', 'guidance', 'qa'];

/**
 * Where an article on suicide or self-harm stands among those a crisis query leads with, after the
 * ones its own words found: texts for the person who is struggling first (most crisis queries are
 * their own; a relative's names the relative and finds the relatives' texts by its words), then
 * those for both, then the relatives'; within each, self-help, the exercise (the crisis plan),
 * guidance, questions and answers. Two digits, so it sorts the same as text and as a number.
 */
export function crisisRank(audience: string | null | undefined, kind: string | null | undefined): string {
  const place = <T extends string>(order: readonly T[], value: string | null | undefined) => {
    const index = order.indexOf(value as T);
    return index < 0 ? order.length : index;
  };
  return `${place(CRISIS_AUDIENCE_ORDER, audience) + 1}${place(CRISIS_KIND_ORDER, kind)}`;
}
