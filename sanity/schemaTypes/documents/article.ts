import { defineArrayMember, defineField, defineType } from 'sanity';
import { bodyField, languageField, languageWarning, ok, slugField, summaryField, titleField } from '../shared';
import { checkContentNote, checkReviewDates, checkSensitiveHelpBox, overdueMessage, RELATED_MAX } from '../../lib/rules';
import { isOverdue } from '../../../src/lib/review';
import { ARTICLE_AUDIENCE_KEYS, ARTICLE_AUDIENCES, ARTICLE_KIND_KEYS, ARTICLE_KINDS, isArticleAudience } from '../../../src/lib/article-kinds';
import sv from '../../../src/i18n/sv.json';
import { todayIn } from '../../../src/lib/today';
import { DEFAULT_LANGUAGE, isContentLanguage } from '../../lib/languages';

type ArticleDocument = { sensitive?: boolean; lastReviewed?: string };

const dateOptions = { dateFormat: 'YYYY-MM-DD' };

const SAME_LANGUAGE = `coalesce(language, "${DEFAULT_LANGUAGE}") == $language`;
const languageOf = (document: { [field: string]: unknown }) => ({ language: isContentLanguage(document.language) ? document.language : DEFAULT_LANGUAGE });

export const article = defineType({
  name: 'article',
  title: 'Artikel',
  type: 'document',
  fieldsets: [{ name: 'review', title: 'Granskning', description: 'Vem som har granskat texten och när den ska granskas igen.' }],
  fields: [
    languageField(),
    titleField(),
    slugField(),
    defineField({
      name: 'audience',
      title: 'Målgrupp',
      type: 'string',
      options: { list: ARTICLE_AUDIENCES.map((value) => ({ title: sv[ARTICLE_AUDIENCE_KEYS[value]], value })), layout: 'radio' },
      validation: (rule) => rule.required().error('Välj vem texten är skriven för.'),
    }),
    defineField({
      name: 'kind',
      title: 'Typ av text',
      type: 'string',
      options: { list: ARTICLE_KINDS.map((value) => ({ title: sv[ARTICLE_KIND_KEYS[value]], value })), layout: 'radio', direction: 'horizontal' },
      validation: (rule) => rule.required().error('Välj typ av text.'),
    }),
    summaryField(),
    defineField({
      name: 'sensitive',
      title: 'Känsligt innehåll',
      description: 'Texten handlar om självmord eller självskada. Kräver en innehållsvarning och en hjälpruta bland de tre första blocken.',
      type: 'boolean',
      initialValue: false,
    }),
    defineField({
      name: 'contentNote',
      title: 'Innehållsvarning',
      description: 'Visas före texten, till exempel: ”Den här texten handlar om självmordstankar. Om du behöver prata nu: ring 90 390 eller 112 vid akut fara.”',
      type: 'text',
      rows: 2,
      validation: (rule) => [
        rule.custom((contentNote: string | undefined, { document }) => ok(checkContentNote({ ...(document as ArticleDocument), contentNote }))),
        rule.custom(languageWarning).warning(),
      ],
    }),
    bodyField([(body, { document }) => ok(checkSensitiveHelpBox({ ...(document as ArticleDocument), body }))]),
    defineField({
      name: 'topics',
      title: 'Ämnen',
      type: 'array',
      // Topics of the article's own language: a translation lists the translated topics.
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'topic' }], options: { filter: ({ document }) => ({ filter: SAME_LANGUAGE, params: languageOf(document) }) } })],
      validation: (rule) => [rule.required().min(1).error('Välj minst ett ämne.'), rule.unique().error('Samma ämne är valt två gånger.')],
    }),
    defineField({
      name: 'related',
      title: 'Relaterade artiklar',
      type: 'array',
      of: [
        defineArrayMember({
          type: 'reference',
          to: [{ type: 'article' }],
          options: {
            // An article is not related to itself, and related articles are in its own language.
            filter: ({ document }) => ({
              filter: `!(_id in [$id, "drafts." + $id]) && ${SAME_LANGUAGE}`,
              params: { id: document._id.replace(/^drafts\./, ''), ...languageOf(document) },
            }),
          },
        }),
      ],
      validation: (rule) => [rule.max(RELATED_MAX).error(`Välj högst ${RELATED_MAX} relaterade artiklar.`), rule.unique().error('Samma artikel är vald två gånger.')],
    }),
    defineField({
      name: 'searchKeywords',
      title: 'Sökord',
      description: 'Ord som människor söker med men som kanske inte står i texten, till exempel ”panikångest” eller ”kan inte sova”.',
      type: 'array',
      of: [defineArrayMember({ type: 'string' })],
      options: { layout: 'tags' },
    }),
    defineField({
      name: 'reviewedBy',
      title: 'Granskad av',
      type: 'reference',
      to: [{ type: 'person' }],
      fieldset: 'review',
      validation: (rule) => rule.required().error('Välj vem som har granskat texten.'),
    }),
    defineField({
      name: 'lastReviewed',
      title: 'Senast granskad',
      type: 'date',
      options: dateOptions,
      fieldset: 'review',
      validation: (rule) => rule.required().error('Ange när texten senast granskades.'),
    }),
    defineField({
      name: 'nextReview',
      title: 'Nästa granskning',
      type: 'date',
      options: dateOptions,
      fieldset: 'review',
      validation: (rule) => [
        rule.required().error('Ange när texten ska granskas nästa gång.'),
        rule.custom((nextReview: string | undefined, { document }) => ok(checkReviewDates((document as ArticleDocument).lastReviewed, nextReview))),
        rule.custom((nextReview: string | undefined) => (nextReview && isOverdue(nextReview, todayIn()) ? overdueMessage(nextReview) : true)).warning(),
      ],
    }),
  ],
  orderings: [
    { title: 'Titel', name: 'title', by: [{ field: 'title', direction: 'asc' }] },
    { title: 'Nästa granskning', name: 'nextReview', by: [{ field: 'nextReview', direction: 'asc' }] },
  ],
  preview: {
    select: { title: 'title', language: 'language', audience: 'audience', sensitive: 'sensitive', nextReview: 'nextReview' },
    prepare: ({ title, language, audience, sensitive, nextReview }) => ({
      title,
      subtitle: [language, isArticleAudience(audience) ? sv[ARTICLE_AUDIENCE_KEYS[audience]] : undefined, sensitive ? 'Känslig' : undefined, nextReview ? `Granskas ${nextReview}` : undefined]
        .filter(Boolean)
        .join(' · '),
    }),
  },
});
