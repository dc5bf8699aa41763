import { defineArrayMember, defineType } from 'sanity';

/** One language's list of crisis search words (siteSettings.crisisSearchTerms holds one per language). */
export const searchTerms = defineType({
  name: 'searchTerms',
  title: 'Sökord',
  type: 'array',
  of: [defineArrayMember({ type: 'string' })],
  options: { layout: 'tags' },
});
