import { describe, expect, it } from 'vitest';
import { uiFor } from '../../../src/i18n';
import { LOCALES } from '../../../src/i18n/locales';
import { CRISIS_CONTACTS, crisisRank, indexLanguage, searchConfig, searchVersion } from '../../../src/components/search/search-config';
import { CRISIS_FLOORS } from '../../../src/lib/crisis-floor';

const content = {
  site: { crisisSearchTerms: ['انتحار'], searchSynonyms: [{ term: 'قلق', synonyms: ['توتر'] }] },
  topics: [{ slug: 'anxiety', title: 'القلق' }],
};

describe('the search page configuration', () => {
  it('searches the index of the page’s <html lang>: easy-read Swedish the Swedish one', () => {
    expect(LOCALES.map((locale) => indexLanguage(uiFor(locale)))).toEqual(['sv', 'sv', 'en', 'ar']);
    expect(() => indexLanguage({ lang: 'de', locale: 'sv' })).toThrow(/lang="de".*no search index/);
  });

  it('puts easy-read texts first on the easy-read page and leaves them out of the Swedish one', () => {
    expect(LOCALES.map((locale) => searchVersion(uiFor(locale)))).toEqual(['standard', 'easyReadFirst', 'all', 'all']);
  });

  it('takes every text from the locale’s catalog, with every plural form the language needs', () => {
    const config = searchConfig(uiFor('ar'), content);
    expect(config.text.count).toEqual(uiFor('ar').pluralForms('search.count'));
    expect(Object.keys(config.text.count).sort()).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
    expect(config.text.crisis).toBe(uiFor('ar').t('search.crisisStatus'));
    expect(config.kinds.exercise).toBe(uiFor('ar').t('kind.exercise'));
    expect(Object.keys(searchConfig(uiFor('en'), content).text.count).sort()).toEqual(['one', 'other']);
  });

  it('passes the locale’s crisis terms, everyday words and topics as they are', () => {
    const config = searchConfig(uiFor('ar'), content);
    expect(config.crisisTerms).toEqual(['انتحار']);
    expect(config.synonyms).toEqual([{ term: 'قلق', synonyms: ['توتر'] }]);
    expect(config.topics).toEqual({ anxiety: 'القلق' });
  });

  it('leaves the built-in crisis terms out of the page, and says which scripts the other languages’ are written in', () => {
    const swedish = searchConfig(uiFor('sv-lattlast'), content);
    expect(JSON.stringify(swedish)).not.toContain(CRISIS_FLOORS.sv[0]);
    expect(swedish.crisisScripts).toEqual({ en: ['latin'], ar: expect.arrayContaining(['arabic']) });
    expect(Object.keys(searchConfig(uiFor('ar'), content).crisisScripts).sort()).toEqual(['en', 'sv']);
  });

  it('orders the crisis articles for the person struggling first, then for both, then for relatives; self-help, exercise, guidance, Q&A within each', () => {
    const order = [
      ['relatives', 'qa'],
      ['both', 'guidance'],
      ['self', 'exercise'],
      ['self', 'selfHelp'],
      ['relatives', 'guidance'],
      ['both', 'selfHelp'],
      [null, null],
    ].sort(([a, b], [c, d]) => crisisRank(a, b).localeCompare(crisisRank(c, d)));
    expect(order).toEqual([
      ['self', 'selfHelp'],
      ['self', 'exercise'],
      ['both', 'selfHelp'],
      ['both', 'guidance'],
      ['relatives', 'guidance'],
      ['relatives', 'qa'],
      [null, null],
    ]);
    expect(crisisRank('self', 'selfHelp')).toMatch(/^\d\d$/);
  });

  it('lists 112 first where the line does not counsel in the page’s language, and 1177 with its interpreters', () => {
    expect(CRISIS_CONTACTS.sv[0]).toBe('phone');
    expect(CRISIS_CONTACTS.en).toEqual(['emergency', 'phone', 'suicideLine', 'healthcare']);
    expect(CRISIS_CONTACTS.ar).toEqual(['emergency', 'healthcare', 'phone']);
  });
});
