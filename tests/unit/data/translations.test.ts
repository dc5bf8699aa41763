// Language versions: each language gets its own texts and settings, and the versions of one text
// find each other through translation.metadata. Bad links are left out, naming document and field.
import { describe, expect, it } from 'vitest';
import type { SanityDocument } from '../../../src/data/embedded';
import {
  article as published,
  contactSettingsDocument,
  load as loadOnly,
  page as pageDoc,
  ref,
  reference,
  siteSettings,
  topic as topicDoc,
  translationMetadata as metadata,
  versions,
} from '../../support/fixtures';

// A language version of a text: its id, language and slug.
const article = (id: string, language: string, slug: string, fields: Record<string, unknown> = {}) => published(id, { language, slug: { current: slug }, ...fields });
const topic = (id: string, language: string, slug: string) => topicDoc(id, { language, slug: { current: slug } });
const page = (id: string, language: string, slug: string) => pageDoc(id, { language, slug: { current: slug } });

const base: SanityDocument[] = [
  topic('topic-oro', 'sv', 'oro'),
  topic('topic-oro__en', 'en', 'worry'),
  page('page-om', 'sv', 'om-oss'),
  page('page-om__en', 'en', 'about'),
  siteSettings({
    tagline: versions({ sv: 'Stöd dygnet runt', en: 'Support around the clock' }),
    crisisSearchTerms: versions({ sv: ['självmord'], en: ['suicide'] }, 'internationalizedArraySearchTermsValue'),
    aboutPage: reference('page-om'),
  }),
  contactSettingsDocument({
    statusOpenText: versions({ sv: 'Vi svarar nu', en: 'We are answering now' }),
    openingHoursExceptions: [{ _key: 'x', date: '2026-12-24', closed: false, opens: '10:00', closes: '22:00', note: versions({ sv: 'Julafton', en: 'Christmas Eve' }) }],
    counsellingLanguages: [
      { _key: 'sv', language: 'sv', availability: 'always' },
      { _key: 'en', language: 'en', availability: 'whenAvailable' },
    ],
    counsellingNote: versions({ sv: 'Samtalen är på svenska.', en: 'Counselling is in Swedish, and in English when a counsellor who speaks it is available.', ar: 'الاستشارة باللغة السويدية.' }),
  }),
];

const load = (documents: SanityDocument[]) => loadOnly([...base, ...documents], { today: '2026-11-28' });

describe('language versions', () => {
  it('each language gets only its own articles, and the settings in its own words', async () => {
    const { content } = await load([article('article-somn', 'sv', 'somn'), article('article-somn__en', 'en', 'sleep', { topics: [ref('topic-oro__en')] })]);
    expect(content.locales.sv.articles.map((a) => a._id)).toEqual(['article-somn']);
    expect(content.locales.en.articles.map((a) => a._id)).toEqual(['article-somn__en']);
    expect(content.locales.ar.articles).toEqual([]);
    expect(content.locales.en.site.tagline).toBe('Support around the clock');
    expect(content.locales.en.site.crisisSearchTerms).toEqual(['suicide']);
    expect(content.locales.en.contact.statusOpenText).toBe('We are answering now');
    expect(content.locales.en.contact.openingHoursExceptions[0]!.note).toBe('Christmas Eve');
    expect(content.locales.ar.contact.counsellingNote).toBe('الاستشارة باللغة السويدية.');
    expect(content.locales.en.contact.counsellingLanguages).toEqual([
      { language: 'sv', availability: 'always' },
      { language: 'en', availability: 'whenAvailable' },
    ]);
    // Easy-read Swedish falls back to Swedish; Arabic never shows another language's text.
    expect(content.locales['sv-lattlast'].site.tagline).toBe('Stöd dygnet runt');
    expect(content.locales.ar.site.tagline).toBeNull();
  });

  it('links the versions of one text both ways, each with its address in its language', async () => {
    const { content, warnings } = await load([
      article('article-somn', 'sv', 'somn'),
      article('article-somn__en', 'en', 'sleep'),
      article('article-somn__lattlast', 'sv-lattlast', 'somn'),
      metadata('translation-article-somn', 'article', [
        ['sv', 'article-somn'],
        ['en', 'article-somn__en'],
        ['sv-lattlast', 'article-somn__lattlast'],
      ]),
      metadata('translation-page-om', 'page', [
        ['sv', 'page-om'],
        ['en', 'page-om__en'],
      ]),
    ]);
    expect(content.locales.sv.articles[0]!.translations).toEqual([
      { locale: 'sv-lattlast', path: '/lattlast/artiklar/somn/', title: 'Titel article-somn__lattlast' },
      { locale: 'en', path: '/en/articles/sleep/', title: 'Titel article-somn__en' },
    ]);
    expect(content.locales.en.articles[0]!.translations.map((alt) => alt.path)).toEqual(['/artiklar/somn/', '/lattlast/artiklar/somn/']);
    expect(content.locales.sv.pages[0]!.translations.map((alt) => alt.path)).toEqual(['/en/about/']);
    // The settings name the Swedish about page; English pages link its English version.
    expect(content.locales.en.site.aboutPage).toMatchObject({ slug: 'about', path: '/en/about/', language: 'en' });
    expect(content.locales.sv.site.aboutPage).toMatchObject({ slug: 'om-oss', path: '/om-oss/' });
    expect(warnings.filter((w) => w.docId.startsWith('translation-'))).toEqual([]);
  });

  it("a translated article pointing at a Swedish topic is listed under that topic's own translation", async () => {
    const { content } = await load([
      article('article-somn__en', 'en', 'sleep', { topics: [ref('topic-oro')] }),
      metadata('translation-topic-oro', 'topic', [
        ['sv', 'topic-oro'],
        ['en', 'topic-oro__en'],
      ]),
    ]);
    expect(content.locales.en.articles[0]!.topics.map((link) => link._id)).toEqual(['topic-oro__en']);
  });

  it('leaves out a document in a language the site does not have, naming its _id and language', async () => {
    const { content, warnings } = await load([article('article-somn__de', 'de', 'schlaf'), article('article-somn', 'sv', 'somn')]);
    expect(Object.values(content.locales).flatMap((locale) => locale.articles.map((a) => a._id))).toEqual(['article-somn']);
    expect(warnings).toContainEqual({ docId: 'article-somn__de', field: 'language', message: expect.stringContaining('"de" is not one of the site\'s languages') });
  });

  it('leaves out metadata entries that cannot be right, naming the metadata document and entry, and keeps the rest of the set', async () => {
    const { content, warnings } = await load([
      article('article-somn', 'sv', 'somn'),
      article('article-somn__en', 'en', 'sleep'),
      article('article-somn__ar', 'ar', 'sleep'),
      metadata('translation-article-somn', 'article', [
        ['sv', 'article-somn'],
        ['en', 'article-somn__en'],
        ['en', 'article-somn__ar'], // listed as English, but the document is Arabic
        ['sv-lattlast', 'article-gone'], // missing
      ]),
    ]);
    expect(warnings).toContainEqual({ docId: 'translation-article-somn', field: 'translations[2].language', message: expect.stringMatching(/is en, but .*"article-somn__ar", is in ar/) });
    expect(warnings).toContainEqual({ docId: 'translation-article-somn', field: 'translations[3].value', message: expect.stringContaining('"article-gone", which is missing') });
    expect(content.locales.sv.articles[0]!.translations.map((alt) => alt.locale)).toEqual(['en']);
    expect(content.locales.ar.articles[0]!.translations).toEqual([]);
  });

  it('links neither of two documents claiming the same language in one set, naming both', async () => {
    const { content, warnings } = await load([
      article('article-somn', 'sv', 'somn'),
      article('article-somn__en', 'en', 'sleep'),
      article('article-sleep-2__en', 'en', 'sleep-two'),
      metadata('translation-article-somn', 'article', [
        ['sv', 'article-somn'],
        ['en', 'article-somn__en'],
        ['en', 'article-sleep-2__en'],
      ]),
    ]);
    expect(warnings).toContainEqual({
      docId: 'translation-article-somn',
      field: 'translations[2].value',
      message: expect.stringMatching(/"article-sleep-2__en" and "article-somn__en".*both its en version/),
    });
    expect(content.locales.sv.articles[0]!.translations).toEqual([]);
    expect(content.locales.en.articles.every((a) => a.translations.length === 0)).toBe(true);
  });

  it('allows one slug in two languages, and stops the build on one slug twice in one language', async () => {
    const { content } = await load([article('article-somn', 'sv', 'somn'), article('article-somn__lattlast', 'sv-lattlast', 'somn')]);
    expect(content.locales['sv-lattlast'].articles[0]!.slug).toBe('somn');
    await expect(load([article('article-a__en', 'en', 'sleep'), article('article-b__en', 'en', 'sleep')])).rejects.toThrow(/Duplicate slug "sleep" for article in language "en"/);
  });
});
