import { describe, expect, it } from 'vitest';
import { checkCatalog, uiFor } from '../../../src/i18n';
import { LOCALES, LOCALE_INFO, localeFromPath } from '../../../src/i18n/locales';
import sv from '../../../src/i18n/sv.json';

const swedish = sv as Record<string, string>;
const without = (key: string) => Object.fromEntries(Object.entries(swedish).filter(([k]) => k !== key));

describe('every language speaks with its own complete catalog', () => {
  it('loads a catalog for every language version, each answering in its own words', () => {
    for (const locale of LOCALES) expect(uiFor(locale).t('site.skipLink')).toBeTruthy();
    expect(uiFor('en').t('site.skipLink')).toBe('Skip to content');
    expect(uiFor('ar').t('site.skipLink')).not.toBe(uiFor('sv').t('site.skipLink'));
    expect(uiFor('ar').dir).toBe('rtl');
    expect(uiFor('en').dir).toBe('ltr');
  });

  it('fails the build naming the catalog and the key when a translation is missing', () => {
    expect(() => checkCatalog('en.json', 'en', without('site.skipLink'))).toThrow(/en\.json[\s\S]*"site\.skipLink" is missing/);
  });

  it('refuses keys Swedish does not have, empty strings and changed placeholders', () => {
    expect(() => checkCatalog('en.json', 'en', { ...swedish, 'site.typo': 'x' })).toThrow(/"site\.typo" is not a key of sv\.json/);
    expect(() => checkCatalog('en.json', 'en', { ...swedish, 'site.home': ' ' })).toThrow(/"site\.home" is not a non-empty string/);
    expect(() => checkCatalog('en.json', 'en', { ...swedish, 'help.phoneLabel': 'Call us on {number}' })).toThrow(/"help\.phoneLabel" has placeholders \{number\}, Swedish has \{phone\}/);
  });

  it('lets easy-read Swedish reword only some strings', () => {
    expect(() => checkCatalog('sv-lattlast.json', 'sv', { 'site.home': 'Start' }, { partial: true })).not.toThrow();
    expect(() => checkCatalog('sv-lattlast.json', 'sv', { 'site.hem': 'Start' }, { partial: true })).toThrow(/"site\.hem"/);
  });
});

describe('the address decides the language', () => {
  it('reads the language version from the path prefix, Swedish at the root', () => {
    expect(localeFromPath('/')).toBe('sv');
    expect(localeFromPath('/artiklar/vad-ar-angest/')).toBe('sv');
    expect(localeFromPath('/en/')).toBe('en');
    expect(localeFromPath('/en/articles/what-is-anxiety/')).toBe('en');
    expect(localeFromPath('/ar/articles/suicidal-thoughts/')).toBe('ar');
    expect(localeFromPath('/lattlast/artiklar/vad-ar-angest/')).toBe('sv-lattlast');
    // A Swedish page whose slug merely starts with a prefix's letters stays Swedish.
    expect(localeFromPath('/english-page/')).toBe('sv');
    expect(localeFromPath('/arbete/')).toBe('sv');
  });

  it('names every language in itself, with distinct hreflang tags', () => {
    expect(LOCALE_INFO.ar.name).toBe('العربية');
    expect(new Set(LOCALES.map((l) => LOCALE_INFO[l].hreflang)).size).toBe(LOCALES.length);
  });

  it('formats dates in the page language without hand-written month names', () => {
    expect(uiFor('sv').date('2026-03-14')).toBe('14 mars 2026');
    expect(uiFor('en').date('2026-03-14')).toBe('14 March 2026');
    expect(uiFor('ar').date('2026-03-14')).toMatch(/14.*2026/);
  });
});

describe('plural catalogs', () => {
  const reference = { 'demo.count.one': '1 sak', 'demo.count.other': '{count} saker' };

  it('requires every form the language uses: Arabic needs six, Swedish two', () => {
    expect(() => checkCatalog('ar.json', 'ar', { 'demo.count.one': 'x', 'demo.count.other': '{count} y' }, { reference })).toThrow(
      /"demo\.count\.few" is missing[\s\S]*"demo\.count\.many" is missing[\s\S]*"demo\.count\.two" is missing[\s\S]*"demo\.count\.zero" is missing/,
    );
    expect(() => checkCatalog('en.json', 'en', { 'demo.count.one': 'x', 'demo.count.other': '{count} y', 'demo.count.few': 'z' }, { reference })).toThrow(/en has no plural category "few"/);
    expect(() => checkCatalog('en.json', 'en', { 'demo.count.one': 'x', 'demo.count.other': '{count} {unit}' }, { reference })).toThrow(/\{unit\}/);
  });

  it('says "about 2 minutes" in the form each language needs for the number', () => {
    expect(uiFor('sv').plural('exercise.duration', 1)).toBe('Tar ungefär 1 minut');
    expect(uiFor('sv').plural('exercise.duration', 5)).toBe('Tar ungefär 5 minuter');
    expect(uiFor('en').plural('exercise.duration', 1)).toBe('Takes about 1 minute');
    const ar = uiFor('ar');
    expect(ar.plural('exercise.duration', 2)).toBe(ar.pluralForms('exercise.duration').two);
    expect(ar.plural('exercise.duration', 3)).toContain('3');
    expect(ar.plural('exercise.duration', 11)).toBe(ar.pluralForms('exercise.duration').many!.replace('{count}', '11'));
  });
});
