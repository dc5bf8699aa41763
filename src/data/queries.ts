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
      _type == "internalLink" => { "target": reference->{ _type, "slug": slug.current, title } }
    }
  },
  _type == "figure" => {
    ...,
    "image": asset->{ _id, url, "path": path, "width": metadata.dimensions.width, "height": metadata.dimensions.height }
  }
}`;

const TOPIC_LINK = /* groq */ `{ _id, title, "slug": slug.current }`;

// What a list of articles shows of each; the article page asks for these and more.
const ARTICLE_CARD_FIELDS = /* groq */ `
  _id,
  title,
  "slug": slug.current,
  summary,
  audience,
  kind,
  sensitive,
  "topics": topics[]->${TOPIC_LINK}`;

const ARTICLE_CARD = /* groq */ `{${ARTICLE_CARD_FIELDS}
}`;

// Settings texts are kept per language (shape: sanity/README.md); the Swedish site reads the Swedish ones.
export const SETTINGS_QUERY = defineQuery(`{
  "site": *[_id == "siteSettings"][0]{
    siteName,
    "tagline": tagline[language == "sv"][0].value,
    "description": description[language == "sv"][0].value,
    quickExitUrl,
    "crisisSearchTerms": crisisSearchTerms[language == "sv"][0].value,
    "searchSynonyms": searchSynonyms[language == "sv"][0].value[]{ term, synonyms },
    accessibility,
    "aboutPage": aboutPage->{ title, "slug": slug.current },
    "privacyPage": privacyPage->{ title, "slug": slug.current },
    "accessibilityPage": accessibilityPage->{ title, "slug": slug.current },
    "safeBrowsingPage": safeBrowsingPage->{ title, "slug": slug.current }
  },
  "contact": *[_id == "contactSettings"][0]{
    phoneNumber,
    chatEnabled,
    chatEmbedUrl,
    chatStatusUrl,
    timeZone,
    openingHours[]{ day, opens, closes },
    openingHoursExceptions[]{ date, closed, opens, closes, "note": note[language == "sv"][0].value },
    "statusOpenText": statusOpenText[language == "sv"][0].value,
    "statusBusyText": statusBusyText[language == "sv"][0].value,
    "statusClosedText": statusClosedText[language == "sv"][0].value,
    "statusUnavailableText": statusUnavailableText[language == "sv"][0].value
  }
}`);

export const TOPICS_QUERY = defineQuery(`*[_type == "topic"] | order(order asc, title asc){
  _id,
  language,
  title,
  "slug": slug.current,
  description
}`);

export const ARTICLES_QUERY = defineQuery(`*[_type == "article"] | order(title asc){${ARTICLE_CARD_FIELDS},
  language,
  _updatedAt,
  contentNote,
  searchKeywords,
  lastReviewed,
  nextReview,
  "reviewedBy": reviewedBy->{ name, professionalTitle },
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

// Old addresses and where they lead; the build checks them (src/data/redirects.ts).
export const REDIRECTS_QUERY = defineQuery(`*[_type == "redirect"] | order(from asc){
  _id,
  from,
  toPath,
  permanent,
  "toDocumentRef": toDocument._ref,
  "toDocument": toDocument->{ _id, _type, title, "slug": slug.current }
}`);
