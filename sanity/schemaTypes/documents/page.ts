import { defineType } from 'sanity';
import { bodyField, slugField, summaryField, titleField } from '../shared';
import { checkPageSlug } from '../../lib/rules';

/** Standalone pages: "Om stödlinjen", "Integritet", "Tillgänglighetsredogörelse", "Säker surfning". */
export const page = defineType({
  name: 'page',
  title: 'Sida',
  type: 'document',
  fields: [titleField(), slugField(checkPageSlug), summaryField(), bodyField()],
  preview: { select: { title: 'title', subtitle: 'slug.current' } },
});
