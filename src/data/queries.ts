// Every GROQ query the site runs, defined once. The same strings run on the embedded dataset
// (groq-js) and on the Content Lake (@sanity/client); TypeGen reads them to type the results.
import { defineQuery } from 'groq';

// Portable Text with references resolved: internal links carry the target's type and slug,
// figures their asset's dimensions and address. Unknown types pass through and are dropped
// (with a warning) by the renderer.
const BODY = /* groq */ `body[]{
  ...,
  _type == "block" => {
    ...,
    markDefs[]{
      ...,
      _type == "internalLink" => { "target": reference->{ _type, "slug": slug.current, title, language } }
    }
  },
  _type == "figure" => {
    ...,
    "image": asset->{ _id, url, "path": path, "width": metadata.dimensions.width, "height": metadata.dimensions.height }
  }
}`;

const TOPIC_LINK = /* groq */ `{ _id, title, "slug": slug.current, language }`;

// What a list of articles shows of each; the article page asks for these and more.
const ARTICLE_CARD_FIELDS = /* groq */ `
  _id,
  language,
  title,
  "slug": slug.current,
  summary,
  audience,
  kind,
  sensitive,
  "topics": topics[]->${TOPIC_LINK}`;

const ARTICLE_CARD = /* groq */ `{${ARTICLE_CARD_FIELDS}
}`;

// Translated settings fields are lists of { language, value } (internationalized arrays); they are
// fetched whole and resolved per language in src/data/content.ts, so one fetch serves every language.
export const SETTINGS_QUERY = defineQuery(`{
  "site": *[_id == "siteSettings"][0]{
    siteName,
    tagline,
    description,
    quickExitUrl,
    crisisSearchTerms,
    searchSynonyms,
    accessibility,
    "aboutPage": aboutPage->{ _id, title, "slug": slug.current },
    "privacyPage": privacyPage->{ _id, title, "slug": slug.current },
    "accessibilityPage": accessibilityPage->{ _id, title, "slug": slug.current },
    "safeBrowsingPage": safeBrowsingPage->{ _id, title, "slug": slug.current }
  },
  "contact": *[_id == "contactSettings"][0]{
    phoneNumber,
    chatEnabled,
    chatEmbedUrl,
    chatStatusUrl,
    timeZone,
    openingHours[]{ day, opens, closes },
    openingHoursExceptions[]{ date, closed, opens, closes, note },
    statusOpenText,
    statusBusyText,
    statusClosedText,
    statusUnavailableText,
    counsellingLanguages[]{ language, availability },
    counsellingNote
  }
}`);

export const TOPICS_QUERY = defineQuery(`*[_type == "topic"] | order(order asc, title asc){
  _id,
  language,
  title,
  "slug": slug.current,
  description
}`);

// The reviewer's title is a list of { language, value }, resolved for the article's language in
// src/data/content.ts (Swedish, marked as such, where the language has none).
export const ARTICLES_QUERY = defineQuery(`*[_type == "article"] | order(title asc){${ARTICLE_CARD_FIELDS},
  _updatedAt,
  contentNote,
  searchKeywords,
  lastReviewed,
  nextReview,
  "reviewedBy": reviewedBy->{ _id, name, professionalTitle },
  "related": related[]->${ARTICLE_CARD},
  ${BODY}
}`);

export const PAGES_QUERY = defineQuery(`*[_type == "page"] | order(title asc){
  _id,
  language,
  _updatedAt,
  title,
  "slug": slug.current,
  summary,
  ${BODY}
}`);

// A crisis plan step's texts, as the editors wrote them for one language.
const PLAN_STEP = /* groq */ `{ heading, explanation, examples }`;

// The crisis plan's texts, one document per language (src/data/safety-plan.ts reads and checks them):
// the plan page's title, introduction and "what is kept" note, each step's texts (the order and the
// steps themselves are the site's, src/lib/safety-plan.ts), and the relatives' guide (its body).
export const SAFETY_PLANS_QUERY = defineQuery(`*[_type == "safetyPlan"] | order(_id asc){
  _id,
  _updatedAt,
  language,
  title,
  intro,
  keptNote,
  warningSigns${PLAN_STEP},
  copingAlone${PLAN_STEP},
  distractions${PLAN_STEP},
  askForHelp${PLAN_STEP},
  professionals${PLAN_STEP},
  saferSurroundings${PLAN_STEP},
  reasons${PLAN_STEP},
  togetherTitle,
  togetherSummary,
  ${BODY}
}`);

// Old addresses and where they lead; the build checks them (src/data/redirects.ts).
export const REDIRECTS_QUERY = defineQuery(`*[_type == "redirect"] | order(from asc){
  _id,
  from,
  toPath,
  permanent,
  "toDocumentRef": toDocument._ref,
  "toDocument": toDocument->{ _id, _type, title, "slug": slug.current, language }
}`);

// The language versions of articles, topics and pages, linked as the document-internationalization
// plugin links them (weak references, one metadata document per set); checked in src/data/translations.ts.
export const TRANSLATIONS_QUERY = defineQuery(`*[_type == "translation.metadata"]{
  _id,
  schemaTypes,
  "translations": translations[]{ _key, language, "ref": value._ref }
}`);

// When the published content last changed: the newest `_updatedAt` of what the site shows. The
// accessibility statement says the content has changed since the tested run when this is newer.
export const CONTENT_UPDATED_QUERY = defineQuery(
  `*[_type in ["article", "topic", "page", "safetyPlan", "person", "siteSettings", "contactSettings", "redirect"] && defined(_updatedAt)] | order(_updatedAt desc)[0]._updatedAt`,
);
