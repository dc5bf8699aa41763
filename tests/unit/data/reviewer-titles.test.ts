// A reviewer's professional title is kept per language in the person document. An article shows
// the title in its own language; where that language has none, the Swedish title stands in and
// says it is Swedish, so the page can mark it (lang="sv", and dir="ltr" on Arabic pages).
import { describe, expect, it } from 'vitest';
import { loadContent, type Reviewer } from '../../../src/data/content';
import { collectingReport } from '../../../src/data/report';
import { embeddedRunner } from '../../../src/data/source';
import { loadEmbeddedDataset, type SanityDocument } from '../../../src/data/embedded';
import { uiFor } from '../../../src/i18n';
import { languageMarks, LOCALES, type Locale } from '../../../src/i18n/locales';
import { reviewerParts } from '../../../src/components/content/review-line';

const paragraph = { _key: 'p', _type: 'block', style: 'normal', markDefs: [], children: [{ _key: 's', _type: 'span', text: 'Text.', marks: [] }] };
const title = (language: string, value: unknown) => ({ _key: language, _type: 'internationalizedArrayStringValue', language, value });

function article(language: Locale, person = 'person-a'): SanityDocument {
  return {
    _id: `article-${language}-${person}`,
    _type: 'article',
    language,
    title: 'Titel',
    slug: { _type: 'slug', current: `titel-${person}` },
    summary: 'En sammanfattning.',
    body: [paragraph],
    reviewedBy: { _type: 'reference', _ref: person },
  };
}

async function reviewerIn(locale: Locale, professionalTitle: unknown) {
  const report = collectingReport();
  const person = { _id: 'person-a', _type: 'person', name: 'Anna Lindqvist', professionalTitle };
  const content = await loadContent(embeddedRunner(async () => [person, article(locale)]), report, '2026-11-23');
  const [only] = content.locales[locale].articles;
  return { reviewer: only!.reviewedBy, warnings: report.warnings.filter((warning) => warning.docId === 'person-a') };
}

const ALL = [title('sv', 'Leg. psykolog'), title('en', 'Licensed psychologist'), title('ar', 'أخصائية نفسية مرخّصة')];

describe("a reviewer's title in the article's language", () => {
  it('shows each language its own title, without warnings', async () => {
    for (const [locale, text] of [['sv', 'Leg. psykolog'], ['en', 'Licensed psychologist'], ['ar', 'أخصائية نفسية مرخّصة']] as const) {
      const { reviewer, warnings } = await reviewerIn(locale, ALL);
      expect(reviewer).toEqual({ name: 'Anna Lindqvist', professionalTitle: { text, locale } });
      expect(warnings).toEqual([]);
    }
  });

  it('shows the Swedish title, said to be Swedish, where the article\'s language has none, and warns naming the person and the field', async () => {
    for (const locale of ['en', 'ar'] as const) {
      const { reviewer, warnings } = await reviewerIn(locale, [title('sv', 'Leg. psykolog')]);
      expect(reviewer?.professionalTitle).toEqual({ text: 'Leg. psykolog', locale: 'sv' });
      expect(warnings).toEqual([{ docId: 'person-a', field: 'professionalTitle', message: `has no ${locale} version; ${locale} pages show the Swedish one, marked as Swedish` }]);
    }
  });

  it('gives easy-read Swedish the Swedish title without a warning', async () => {
    const { reviewer, warnings } = await reviewerIn('sv-lattlast', ALL);
    expect(reviewer?.professionalTitle).toEqual({ text: 'Leg. psykolog', locale: 'sv' });
    expect(warnings).toEqual([]);
  });

  it('reads a title stored as plain text, from before titles had language versions, as Swedish', async () => {
    expect((await reviewerIn('sv', 'Leg. psykolog')).reviewer?.professionalTitle).toEqual({ text: 'Leg. psykolog', locale: 'sv' });
    const { reviewer, warnings } = await reviewerIn('ar', 'Leg. psykolog');
    expect(reviewer?.professionalTitle).toEqual({ text: 'Leg. psykolog', locale: 'sv' });
    expect(warnings).toContainEqual(expect.objectContaining({ docId: 'person-a', field: 'professionalTitle' }));
  });

  it('treats a language added in the Studio but left empty as missing', async () => {
    const { reviewer } = await reviewerIn('en', [title('sv', 'Leg. psykolog'), title('en', '  ')]);
    expect(reviewer?.professionalTitle).toEqual({ text: 'Leg. psykolog', locale: 'sv' });
  });

  it('shows the name alone when no language has a title, and names the person\'s field of the wrong kind', async () => {
    expect((await reviewerIn('en', [title('en', '')])).reviewer).toEqual({ name: 'Anna Lindqvist', professionalTitle: null });
    const { reviewer, warnings } = await reviewerIn('en', [title('en', { text: 'x' })]);
    expect(reviewer?.professionalTitle).toBeNull();
    expect(warnings).toContainEqual(expect.objectContaining({ docId: 'person-a', field: 'professionalTitle[en]' }));
  });
});

describe('the embedded dataset', () => {
  it('gives every reviewer named on an English or Arabic article a title in that language', async () => {
    const docs = await loadEmbeddedDataset('sanity/dataset/data.ndjson');
    const report = collectingReport();
    const content = await loadContent(embeddedRunner(async () => docs), report, '2026-11-23');
    const titles: Array<[Locale, Reviewer | null]> = (['en', 'ar'] as const).flatMap((locale) => content.locales[locale].articles.map((a): [Locale, Reviewer | null] => [locale, a.reviewedBy]));
    expect(titles.length).toBeGreaterThan(30);
    for (const [locale, reviewer] of titles) expect(reviewer?.professionalTitle?.locale, `${reviewer?.name} on a ${locale} article`).toBe(locale);
    expect(report.warnings.filter((warning) => warning.docId.startsWith('person-'))).toEqual([]);
  });
});

describe('marking a text that is not in the page\'s language', () => {
  it('marks Swedish on English pages with lang, and on Arabic pages with lang and direction', () => {
    expect(languageMarks('sv', 'en')).toEqual({ lang: 'sv' });
    expect(languageMarks('sv', 'ar')).toEqual({ lang: 'sv', dir: 'ltr' });
    expect(languageMarks('ar', 'sv')).toEqual({ lang: 'ar', dir: 'rtl' });
  });

  it('leaves text in the page\'s language unmarked, easy-read Swedish being Swedish', () => {
    for (const locale of LOCALES) expect(languageMarks(locale, locale)).toBeNull();
    expect(languageMarks('sv', 'sv-lattlast')).toBeNull();
  });

  it('cuts the review line at the name and the title, in the order the page\'s catalog puts them', () => {
    const swedishTitle = { text: 'Leg. psykolog', locale: 'sv' } as const;
    expect(reviewerParts(uiFor('ar'), { name: 'Anna Lindqvist', professionalTitle: swedishTitle })).toEqual([
      { text: 'مراجعة النص: ' },
      { name: 'Anna Lindqvist' },
      { text: '، ' },
      { title: swedishTitle },
    ]);
    expect(reviewerParts(uiFor('en'), { name: 'Anna Lindqvist', professionalTitle: null })).toEqual([{ text: 'Reviewed by ' }, { name: 'Anna Lindqvist' }]);
    // Easy-read words the line the same way with a title and without.
    expect(reviewerParts(uiFor('sv-lattlast'), { name: 'Anna Lindqvist', professionalTitle: null })).toEqual([{ text: 'Kontrollerad av ' }, { name: 'Anna Lindqvist' }]);
    expect(reviewerParts(uiFor('en'), { name: null, professionalTitle: swedishTitle })).toEqual([]);
  });
});
