import type { StructureBuilder, StructureResolver } from 'sanity/structure';
import { apiVersion } from './env';
import { OVERDUE_REVIEW_FILTER } from './lib/rules';
import { todayIn } from '../src/lib/today';

const singleton = (S: StructureBuilder, type: string, title: string) =>
  S.listItem().id(type).title(title).schemaType(type).child(S.document().schemaType(type).documentId(type).title(title));

const articles = (S: StructureBuilder, id: string, title: string, filter: string, params: () => Record<string, unknown> = () => ({})) =>
  S.listItem()
    .id(id)
    .title(title)
    .schemaType('article')
    // A function, so params such as today's date are computed each time the list is opened.
    .child(() => S.documentList().id(id).title(title).schemaType('article').apiVersion(apiVersion).filter(`_type == "article" && ${filter}`).params(params()));

export const structure: StructureResolver = (S) =>
  S.list()
    .title('Innehåll')
    .items([
      singleton(S, 'siteSettings', 'Webbplatsinställningar'),
      singleton(S, 'contactSettings', 'Kontaktinställningar'),
      S.divider(),
      S.documentTypeListItem('article').title('Alla artiklar'),
      articles(S, 'articles-self', 'För dig som mår dåligt', 'audience in ["self", "both"]'),
      articles(S, 'articles-relatives', 'För anhöriga', 'audience in ["relatives", "both"]'),
      articles(S, 'articles-overdue', 'Granskning försenad', OVERDUE_REVIEW_FILTER, () => ({ today: todayIn() })),
      S.divider(),
      S.documentTypeListItem('topic').title('Ämnen'),
      S.documentTypeListItem('page').title('Sidor'),
      S.documentTypeListItem('person').title('Personer'),
      S.documentTypeListItem('redirect').title('Omdirigeringar'),
    ]);
