// The settings singletons keep visitor texts per language (the internationalized-array plugin's
// shape); these tests hold the embedded dataset to that shape and to the GROQ that picks a language.
import { readFileSync } from 'node:fs';
import { evaluate, parse } from 'groq-js';
import { describe, expect, it } from 'vitest';
import { parseNdjson } from '../../../src/data/embedded';
import { crisisWords } from '../../../src/lib/crisis';
import { CONTENT_LANGUAGES, languageList, missingLanguages, type LocalizedItem } from '../../../sanity/lib/languages';

const docs = parseNdjson(readFileSync(new URL('../../../sanity/dataset/data.ndjson', import.meta.url), 'utf8'), 'data.ndjson');
const site = docs.find((doc) => doc._id === 'siteSettings') as unknown as Record<string, LocalizedItem[]>;
const contact = docs.find((doc) => doc._id === 'contactSettings') as unknown as Record<string, unknown>;

const TRANSLATED: Array<[Record<string, unknown>, string, string]> = [
  [site, 'tagline', 'String'],
  [site, 'description', 'Text'],
  [site, 'crisisSearchTerms', 'SearchTerms'],
  [site, 'searchSynonyms', 'SearchSynonyms'],
  [contact, 'statusOpenText', 'String'],
  [contact, 'statusBusyText', 'String'],
  [contact, 'statusClosedText', 'String'],
  [contact, 'statusUnavailableText', 'String'],
  [contact, 'counsellingNote', 'Text'],
];

const valueIn = (items: unknown, language: string) => (items as LocalizedItem[]).find((item) => item.language === language)?.value;

describe('settings texts in the embedded dataset', () => {
  it.each(TRANSLATED.map(([doc, field, kind]) => [field, doc, kind] as const))('%s holds one value per language, in Swedish, English and Arabic at least', (field, doc, kind) => {
    const items = doc[field] as LocalizedItem[];
    expect(Array.isArray(items)).toBe(true);
    for (const item of items) {
      expect(item).toEqual({ _key: item.language, _type: `internationalizedArray${kind}Value`, language: item.language, value: item.value });
      expect(CONTENT_LANGUAGES.map(({ id }) => id)).toContain(item.language);
    }
    expect(new Set(items.map((item) => item.language)).size).toBe(items.length);
    expect(missingLanguages(items)).toEqual([]);
  });

  it('keeps the opening-hours exception note per language too', () => {
    const [exception] = contact.openingHoursExceptions as Array<{ note: LocalizedItem[] }>;
    expect(missingLanguages(exception!.note)).toEqual([]);
    expect(valueIn(exception!.note, 'en')).toBe('We are open as usual on Christmas Eve');
  });

  it('promises counselling in Swedish always and in English only when a counsellor who speaks it is on duty', () => {
    expect(contact.counsellingLanguages).toEqual([
      { _key: 'sv', _type: 'counsellingLanguage', language: 'sv', availability: 'always' },
      { _key: 'en', _type: 'counsellingLanguage', language: 'en', availability: 'whenAvailable' },
    ]);
    expect(valueIn(contact.counsellingNote, 'en')).toMatch(/Swedish.*English is on duty/s);
    // Arabic visitors are told the line speaks Swedish, where to get an interpreter, and 112.
    const arabic = valueIn(contact.counsellingNote, 'ar') as string;
    expect(arabic).toContain('السويدية');
    expect(arabic).toContain('مترجم');
    expect(arabic).toContain('1177');
    expect(arabic).toContain('112');
  });

  it('lists Arabic crisis words with and without hamza and vowel marks, which search reads as the same words', () => {
    const arabic = valueIn(site.crisisSearchTerms, 'ar') as string[];
    expect(arabic).toEqual(expect.arrayContaining(['أريد أن أموت', 'اريد ان اموت', 'أُرِيدُ أَنْ أَمُوت', 'إيذاء النفس', 'ايذاء النفس', 'انتحار']));
    expect(crisisWords('أُرِيدُ أَنْ أَمُوت')).toEqual(crisisWords('اريد ان اموت'));
    const english = valueIn(site.crisisSearchTerms, 'en') as string[];
    expect(english).toEqual(expect.arrayContaining(['suicide', 'kill myself', 'want to die', 'self harm']));
  });

  it('gives English and Arabic search their own everyday words, each word the texts use once', () => {
    for (const language of ['sv', 'en', 'ar']) {
      const entries = valueIn(site.searchSynonyms, language) as Array<{ _type: string; term: string; synonyms: string[] }>;
      expect(entries.length).toBeGreaterThan(5);
      expect(entries.every((entry) => entry._type === 'searchSynonym' && entry.synonyms.length > 0)).toBe(true);
      expect(new Set(entries.map((entry) => entry.term)).size).toBe(entries.length);
    }
  });
});

describe('picking one language in GROQ, as docs/content-and-languages.md documents it', () => {
  const query = `*[_id == "siteSettings"][0]{
    "tagline": coalesce(tagline[language == $locale][0].value, tagline[language == "sv"][0].value),
    "description": coalesce(description[language == $locale][0].value, description[language == "sv"][0].value),
    "synonyms": coalesce(searchSynonyms[language == $locale][0].value, searchSynonyms[language == "sv"][0].value)[]{ term, synonyms }
  }`;
  const run = async (locale: string) => (await evaluate(parse(query), { dataset: docs, params: { locale } })).get();

  it('gives each language its own text, and Lättläst the Swedish where it has none of its own', async () => {
    const sv = await run('sv');
    const easy = await run('sv-lattlast');
    const en = await run('en');
    const ar = await run('ar');
    expect(sv.tagline).toBe('Stöd dygnet runt när livet känns tungt');
    expect(easy.tagline).toBe('Stöd dygnet runt när du mår dåligt');
    expect(easy.description).toBe(sv.description);
    expect(easy.synonyms).toEqual(sv.synonyms);
    expect(en.tagline).toBe('Support around the clock when life feels heavy');
    expect(ar.tagline).toMatch(/^[\u0600-\u06FF\s]+$/);
    expect(en.synonyms[0]).toEqual({ term: 'depression', synonyms: ['depressed', 'feeling low', 'feeling down', 'low mood'] });
  });
});

describe('missing translations', () => {
  it('counts a blank text or an empty list as missing, and names the languages in Swedish', () => {
    const items: LocalizedItem[] = [
      { _key: 'sv', language: 'sv', value: 'Hej' },
      { _key: 'en', language: 'en', value: '   ' },
      { _key: 'ar', language: 'ar', value: [] },
      { _key: 'sv-lattlast', language: 'sv-lattlast', value: 'Hej' },
    ];
    expect(missingLanguages(items)).toEqual(['en', 'ar']);
    expect(missingLanguages(undefined)).toEqual(['sv', 'en', 'ar']);
    expect(languageList(['en', 'ar'])).toBe('engelska och arabiska');
    expect(languageList(['sv', 'en', 'ar'])).toBe('svenska, engelska och arabiska');
  });
});
