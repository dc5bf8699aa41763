import { defineType } from 'sanity';
import { bodyField, languageField, slugField, summaryField, titleField } from '../shared';
import { checkPageSlug } from '../../lib/rules';

/** Standalone pages: "Om stödlinjen", "Integritet", "Tillgänglighetsredogörelse", "Säker surfning". */
export const page = defineType({
  name: 'page',
  title: 'Sida',
  type: 'document',
  fields: [languageField(), titleField(), slugField(checkPageSlug), summaryField(), bodyField()],
  preview: { select: { title: 'title', slug: 'slug.current', language: 'language' }, prepare: ({ title, slug, language }) => ({ title, subtitle: [language, slug].filter(Boolean).join(' · ') }) },
});
