import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repeatedTermProblem, searchWordProblem } from '../../../sanity/lib/search-words';

// The synonym list the embedded dataset ships.
const settings = readFileSync(new URL('../../../sanity/dataset/data.ndjson', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as { _id: string; searchSynonyms?: Array<{ language: string; value: Array<{ term: string; synonyms: string[] }> }> })
  .find((document) => document._id === 'siteSettings')!;
/** One language's list (the settings keep one per language). */
const listFor = (language: string) => settings.searchSynonyms?.find((item) => item.language === language)?.value ?? [];

describe('search words editors keep in siteSettings.searchSynonyms', () => {
  it('accepts one to three words of letters, digits and hyphens', () => {
    for (const word of ['deppig', 'in i väggen', 'self-harm', 'Självmordstankar', '4-6']) expect(searchWordProblem(word), word).toBeUndefined();
  });

  it('rejects empty words, punctuation and long phrases with a Swedish message naming the word', () => {
    expect(searchWordProblem('  ')).toBe('Skriv ett ord.');
    expect(searchWordProblem('deppig, ledsen')).toBe('”deppig, ledsen” ska vara ett till tre ord, utan skiljetecken.');
    expect(searchWordProblem('när allt känns tungt')).toMatch(/ett till tre ord/);
  });

  it('rejects a term listed twice, whatever its case', () => {
    expect(repeatedTermProblem([{ term: 'Depression' }, { term: 'vän' }, { term: 'depression ' }])).toBe('”depression ” står två gånger. Samla alla vardagsord för det i en rad.');
    expect(repeatedTermProblem([{ term: 'depression' }, {}, { term: 'vän' }])).toBeUndefined();
  });

  it('the embedded dataset ships a valid starting list with the everyday words people use', () => {
    const entries = listFor('sv');
    expect(entries.length).toBeGreaterThanOrEqual(10);
    expect(repeatedTermProblem(entries)).toBeUndefined();
    for (const entry of entries) for (const word of [entry.term, ...entry.synonyms]) expect(searchWordProblem(word), word).toBeUndefined();
    const everyday = (term: string) => entries.find((entry) => entry.term === term)?.synonyms ?? [];
    expect(everyday('depression')).toEqual(expect.arrayContaining(['deppig', 'deprimerad']));
    expect(everyday('vän')).toContain('kompis');
    expect(everyday('partner')).toEqual(expect.arrayContaining(['sambo', 'pojkvän']));
    expect(everyday('tonåring')).toContain('tonårsbarn');
  });

  it('the embedded dataset ships English and Arabic lists too, each without a term twice', () => {
    for (const language of ['en', 'ar']) {
      const entries = listFor(language);
      expect(entries.length, language).toBeGreaterThanOrEqual(5);
      expect(repeatedTermProblem(entries), language).toBeUndefined();
    }
    expect(listFor('en').find((entry) => entry.term === 'depression')?.synonyms).toContain('depressed');
    expect(listFor('ar').find((entry) => entry.term === 'قلق')?.synonyms).toContain('توتر');
  });
});
