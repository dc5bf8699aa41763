// A reviewer's professional title is kept per language in the person document. An article shows
// the title in its own language; where that language has none, the Swedish title stands in and
// says it is Swedish, so the page can mark it (lang="sv", and dir="ltr" on Arabic pages).
import { describe, expect, it } from 'vitest';
import type { Reviewer } from '../../../src/data/content';
import { loadEmbeddedDataset } from '../../../src/data/embedded';
import { uiFor } from '../../../src/i18n';
import { languageMarks, LOCALES, type Locale } from '../../../src/i18n/locales';
import { reviewerParts } from '../../../src/components/content/review-line';
import { article, load, person, versions } from '../../support/fixtures';

async function reviewerIn(locale: Locale, professionalTitle: unknown) {
  const { content, warnings } = await load([person('person-a', { name: 'Anna Lindqvist', professionalTitle }), article(`article-${locale}`, { language: locale })]);
  const [only] = content.locales[locale].articles;
  return { reviewer: only!.reviewedBy, warnings: warnings.filter((warning) => warning.docId === 'person-a') };
}

const ALL = versions({ sv: 'Leg. psykolog', en: 'Licensed psychologist', ar: 'أخصائية نفسية مرخّصة' });

describe("a reviewer's title in the article's language", () => {
  it('shows each language its own title, without warnings', async () => {
    for (const [locale, text] of [
      ['sv', 'Leg. psykolog'],
      ['en', 'Licensed psychologist'],
      ['ar', 'أخصائية نفسية مرخّصة'],
    ] as const) {
      const { reviewer, warnings } = await reviewerIn(locale, ALL);
      expect(reviewer).toEqual({ name: 'Anna Lindqvist', professionalTitle: { text, locale } });
      expect(warnings).toEqual([]);
    }
  });

  it("shows the Swedish title, said to be Swedish, where the article's language has none, and warns naming the person and the field", async () => {
    for (const locale of ['en', 'ar'] as const) {
      const { reviewer, warnings } = await reviewerIn(locale, versions({ sv: 'Leg. psykolog' }));
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
    const { reviewer } = await reviewerIn('en', versions({ sv: 'Leg. psykolog', en: '  ' }));
    expect(reviewer?.professionalTitle).toEqual({ text: 'Leg. psykolog', locale: 'sv' });
  });

  it("shows the name alone when no language has a title, and names the person's field of the wrong kind", async () => {
    expect((await reviewerIn('en', versions({ en: '' }))).reviewer).toEqual({ name: 'Anna Lindqvist', professionalTitle: null });
    const { reviewer, warnings } = await reviewerIn('en', versions({ en: { text: 'x' } }));
    expect(reviewer?.professionalTitle).toBeNull();
    expect(warnings).toContainEqual(expect.objectContaining({ docId: 'person-a', field: 'professionalTitle[en]' }));
  });
});

describe('the embedded dataset', () => {
  it('gives every reviewer named on an English or Arabic article a title in that language', async () => {
    const { content, warnings } = await load(await loadEmbeddedDataset('sanity/dataset/data.ndjson'));
    const titles: Array<[Locale, Reviewer | null]> = (['en', 'ar'] as const).flatMap((locale) => content.locales[locale].articles.map((a): [Locale, Reviewer | null] => [locale, a.reviewedBy]));
    expect(titles.length).toBeGreaterThan(30);
    for (const [locale, reviewer] of titles) expect(reviewer?.professionalTitle?.locale, `${reviewer?.name} on a ${locale} article`).toBe(locale);
    expect(warnings.filter((warning) => warning.docId.startsWith('person-'))).toEqual([]);
  });
});

describe("marking a text that is not in the page's language", () => {
  it('marks Swedish on English pages with lang, and on Arabic pages with lang and direction', () => {
    expect(languageMarks('sv', 'en')).toEqual({ lang: 'sv' });
    expect(languageMarks('sv', 'ar')).toEqual({ lang: 'sv', dir: 'ltr' });
    expect(languageMarks('ar', 'sv')).toEqual({ lang: 'ar', dir: 'rtl' });
  });

  it("leaves text in the page's language unmarked, easy-read Swedish being Swedish", () => {
    for (const locale of LOCALES) expect(languageMarks(locale, locale)).toBeNull();
    expect(languageMarks('sv', 'sv-lattlast')).toBeNull();
  });

  it("cuts the review line at the name and the title, in the order the page's catalog puts them", () => {
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
