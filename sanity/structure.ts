import type { StructureBuilder, StructureResolver } from 'sanity/structure';
import { apiVersion } from './env';
import { OVERDUE_REVIEW_FILTER } from '../src/lib/review';
import { todayIn } from '../src/lib/today';
import { CONTENT_LANGUAGES, DEFAULT_LANGUAGE } from './lib/languages';

const singleton = (S: StructureBuilder, type: string, title: string) => S.listItem().id(type).title(title).schemaType(type).child(S.document().schemaType(type).documentId(type).title(title));

const articles = (S: StructureBuilder, id: string, title: string, filter: string, params: () => Record<string, unknown> = () => ({})) =>
  S.listItem()
    .id(id)
    .title(title)
    .schemaType('article')
    // A function, so params such as today's date are computed each time the list is opened.
    .child(() => S.documentList().id(id).title(title).schemaType('article').apiVersion(apiVersion).filter(`_type == "article" && ${filter}`).params(params()));

const TYPE_TITLES = { article: 'Artiklar', topic: 'Ämnen', page: 'Sidor', safetyPlan: 'Min krisplan' } as const;

/**
 * A translated type, one list per language (new documents made there get that language), then
 * every document of the type with its language in the preview, and those without a language
 * (an import from before languages) so that someone sets it.
 */
const byLanguage = (S: StructureBuilder, type: keyof typeof TYPE_TITLES) =>
  S.listItem()
    .id(`${type}-by-language`)
    .title(TYPE_TITLES[type])
    .schemaType(type)
    .child(
      S.list()
        .id(`${type}-languages`)
        .title(TYPE_TITLES[type])
        .items([
          ...CONTENT_LANGUAGES.map(({ id, title }) =>
            S.listItem()
              .id(`${type}-${id}`)
              .title(id === DEFAULT_LANGUAGE ? `${title} (huvudspråk)` : title)
              .schemaType(type)
              .child(
                S.documentList()
                  .id(`${type}-${id}`)
                  .title(`${TYPE_TITLES[type]}: ${title}`)
                  .schemaType(type)
                  .apiVersion(apiVersion)
                  .filter('_type == $type && language == $language')
                  .params({ type, language: id })
                  .initialValueTemplates([S.initialValueTemplateItem(`${type}-${id}`)]),
              ),
          ),
          S.divider(),
          S.listItem()
            .id(`${type}-all`)
            .title('Alla språk')
            .schemaType(type)
            .child(
              S.documentTypeList(type)
                .title(`${TYPE_TITLES[type]}: alla språk`)
                .initialValueTemplates(CONTENT_LANGUAGES.map(({ id }) => S.initialValueTemplateItem(`${type}-${id}`))),
            ),
          S.listItem()
            .id(`${type}-no-language`)
            .title('Utan språk')
            .schemaType(type)
            .child(
              S.documentList()
                .id(`${type}-no-language`)
                .title(`${TYPE_TITLES[type]} utan språk`)
                .schemaType(type)
                .apiVersion(apiVersion)
                .filter('_type == $type && !defined(language)')
                .params({ type }),
            ),
        ]),
    );

export const structure: StructureResolver = (S) =>
  S.list()
    .title('Innehåll')
    .items([
      singleton(S, 'siteSettings', 'Webbplatsinställningar'),
      singleton(S, 'contactSettings', 'Kontaktinställningar'),
      S.divider(),
      byLanguage(S, 'article'),
      articles(S, 'articles-self', 'För dig som mår dåligt', 'audience in ["self", "both"]'),
      articles(S, 'articles-relatives', 'För anhöriga', 'audience in ["relatives", "both"]'),
      articles(S, 'articles-overdue', 'Granskning försenad', OVERDUE_REVIEW_FILTER, () => ({ today: todayIn() })),
      S.divider(),
      byLanguage(S, 'topic'),
      byLanguage(S, 'page'),
      byLanguage(S, 'safetyPlan'),
      S.documentTypeListItem('person').title('Personer'),
      S.documentTypeListItem('redirect').title('Omdirigeringar'),
    ]);
