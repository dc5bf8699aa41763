// What kind of text an article is, and whom it is for: listed once, with the catalog keys of their
// names. The Studio's options, the build's checks, the article cards, the search filters and the
// search index all take them from here. No catalog import here: browser tests load this module
// through the data layer, and Node wants JSON imported with an attribute.
import type { Ui, UiKey } from '../i18n';

export const ARTICLE_KINDS = ['selfHelp', 'exercise', 'guidance', 'qa'] as const;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];

export const ARTICLE_KIND_KEYS = {
  selfHelp: 'kind.selfHelp',
  exercise: 'kind.exercise',
  guidance: 'kind.guidance',
  qa: 'kind.qa',
} as const satisfies Record<ArticleKind, UiKey>;

export const ARTICLE_AUDIENCES = ['self', 'relatives', 'both'] as const;
export type ArticleAudience = (typeof ARTICLE_AUDIENCES)[number];

/** The audiences with a section of their own ("Jag mår dåligt", "Jag är orolig för någon"); "both" appears in each. */
export const SECTIONS = ['self', 'relatives'] as const satisfies readonly ArticleAudience[];
export type Section = (typeof SECTIONS)[number];

/** Each section's words in the catalogs: its menu item, its way in from the start page, its title. */
export const SECTION_KEYS = {
  self: { nav: 'nav.self', route: 'home.routeSelf', routeText: 'home.routeSelfText', title: 'section.self.title', intro: 'section.self.intro' },
  relatives: { nav: 'nav.relatives', route: 'home.routeRelatives', routeText: 'home.routeRelativesText', title: 'section.relatives.title', intro: 'section.relatives.intro' },
} as const satisfies Record<Section, Record<string, UiKey>>;

/** The sections an article is listed in. */
export function audienceSections(audience: ArticleAudience | null | undefined): Section[] {
  if (audience === 'both') return [...SECTIONS];
  return audience ? [audience] : [];
}

/** Whether a list shows the article under the relatives' heading (lists show texts for the visitor first, then those for relatives). */
export const isForRelativesOnly = (audience: ArticleAudience | null | undefined) => audience === 'relatives';

export const ARTICLE_AUDIENCE_KEYS = {
  self: 'audience.self',
  relatives: 'audience.relatives',
  both: 'audience.both',
} as const satisfies Record<ArticleAudience, UiKey>;

export const isArticleKind = (value: unknown): value is ArticleKind => typeof value === 'string' && (ARTICLE_KINDS as readonly string[]).includes(value);
export const isArticleAudience = (value: unknown): value is ArticleAudience => typeof value === 'string' && (ARTICLE_AUDIENCES as readonly string[]).includes(value);

/** Each kind's name in the page's language, in the order above (search filters, cards). */
export const articleKindLabels = (ui: Pick<Ui, 't'>): Record<ArticleKind, string> =>
  Object.fromEntries(ARTICLE_KINDS.map((kind) => [kind, ui.t(ARTICLE_KIND_KEYS[kind])])) as Record<ArticleKind, string>;

/** Each audience's name in the page's language. */
export const articleAudienceLabels = (ui: Pick<Ui, 't'>): Record<ArticleAudience, string> =>
  Object.fromEntries(ARTICLE_AUDIENCES.map((audience) => [audience, ui.t(ARTICLE_AUDIENCE_KEYS[audience])])) as Record<ArticleAudience, string>;
