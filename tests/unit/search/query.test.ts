import { describe, expect, it } from 'vitest';
import { editDistance, fold, keptWords, planQuery, plannedWords, queryWords, runPlan, shardKey, Vocabulary, withoutCorrections, type Hit, type SynonymEntry } from '../../../src/scripts/search/query';

// Words as the build writes them, most frequent first.
const VOCABULARY = new Vocabulary([
  'du',
  'och',
  'att',
  'som',
  'om',
  'på',
  'jag',
  'min',
  'vän',
  'ångest',
  'ångesten',
  'oro',
  'orolig',
  'depression',
  'deprimerad',
  'sömn',
  'sova',
  'sover',
  'panikattack',
  'panikattacker',
  'partner',
  'tonåring',
  'tonåringar',
  'attack',
  'attacker',
  'stress',
  'natten',
  'självmordstankar',
  'hur',
  'vet',
  'är',
]);
const SYNONYMS: SynonymEntry[] = [
  { term: 'depression', synonyms: ['deppig', 'deprimerad'] },
  { term: 'vän', synonyms: ['kompis', 'polare'] },
  { term: 'partner', synonyms: ['sambo', 'pojkvän'] },
  { term: 'tonåring', synonyms: ['tonårsbarn'] },
  { term: 'mår dåligt', synonyms: ['mår skit'] },
];

const queries = (query: string) => planQuery(query, SYNONYMS, VOCABULARY).groups.map((group) => group.alternatives.map((alternative) => alternative.query));

describe('words and distances', () => {
  it('folds case and diacritics and splits on anything but letters and digits; quotes never matter', () => {
    expect(fold('Ångest')).toBe('angest');
    expect(queryWords('  "Ångest" på NATTEN? ')).toEqual(['ångest', 'på', 'natten']);
    expect(queryWords('”ångest”')).toEqual(['ångest']);
  });

  it('counts a swap of two letters as one slip', () => {
    expect(editDistance('angset', 'angest')).toBe(1);
    expect(editDistance('panikatack', 'panikattack')).toBe(1);
    expect(editDistance('sömn', 'sömn')).toBe(0);
    expect(editDistance('xqzvwblorpf', 'angest')).toBe(3);
  });

  it('shards by folded first letter', () => {
    expect(shardKey('Ångest')).toBe('a');
    expect(shardKey('örat')).toBe('o');
    expect(shardKey('ßeta')).toBe('_');
  });
});

describe('the vocabulary', () => {
  it('knows its words, diacritics or not, and their starts from four letters on', () => {
    expect(VOCABULARY.knows('angest')).toBe(true);
    expect(VOCABULARY.knows('pani')).toBe(true);
    expect(VOCABULARY.knows('pan')).toBe(false);
    expect(VOCABULARY.knows('ångset')).toBe(false);
  });

  it('corrects one or two slips to the most frequent close word, never a short word', () => {
    expect(VOCABULARY.correct('ångset')).toBe('ångest');
    expect(VOCABULARY.correct('angset')).toBe('ångest');
    expect(VOCABULARY.correct('panikatack')).toBe('panikattack');
    expect(VOCABULARY.correct('deprsesion')).toBe('depression');
    expect(VOCABULARY.correct('sjalvmordstnkar')).toBe('självmordstankar');
    expect(VOCABULARY.correct('xqzvwblorpf')).toBeUndefined();
    expect(VOCABULARY.correct('oo')).toBeUndefined();
  });

  it('splits a compound it lacks into two words it has, with or without a joining s', () => {
    expect(VOCABULARY.split('ångestattack')).toEqual(['ångest', 'attack']);
    expect(VOCABULARY.split('sömnsattacker')).toEqual(['sömn', 'attacker']);
    expect(VOCABULARY.split('xqzvattack')).toBeUndefined();
  });
});

describe('planning a query', () => {
  it('asks short words only as themselves (quoted), longer ones also as prefixes', () => {
    expect(queries('oro sömn')).toEqual([['"oro"'], ['sömn']]);
  });

  it('corrects a slip and suggests the corrected query', () => {
    const plan = planQuery('ångset på natten', SYNONYMS, VOCABULARY);
    expect(plan.groups[0]!.alternatives[0]!.query).toBe('ångest');
    expect(plan.suggestion).toBe('ångest på natten');
    expect(planQuery('ångest på natten', SYNONYMS, VOCABULARY).suggestion).toBeUndefined();
  });

  it('never asks the index about a word it has nothing like', () => {
    const plan = planQuery('xqzvwblorpf', SYNONYMS, VOCABULARY);
    expect(plan.groups).toEqual([{ word: 'xqzvwblorpf', functionWord: false, alternatives: [] }]);
    expect(plan.suggestion).toBeUndefined();
  });

  it('expands everyday words with the synonyms the index has, inflected too', () => {
    expect(queries('deppig')).toEqual([['depression', 'deprimerad']]);
    expect(queries('kompisen')).toEqual([['"vän"']]);
    expect(queries('sambon')).toEqual([['partner']]);
    expect(queries('tonårsbarn')).toEqual([['tonåring']]);
    // Both ways: the word the texts use also finds the everyday words the index has.
    expect(queries('depression')).toEqual([['depression', 'deprimerad']]);
  });

  it('turns a phrase from the list into its term', () => {
    expect(planQuery('mår skit', SYNONYMS, VOCABULARY).groups.map((group) => group.word)).toEqual(['mår dåligt']);
  });

  it('splits compounds into words the index has', () => {
    expect(queries('ångestattack')).toEqual([['ångest'], ['attack']]);
  });

  it('marks Swedish function words', () => {
    expect(
      planQuery('hur vet jag om min vän är deprimerad', SYNONYMS, VOCABULARY)
        .groups.filter((group) => !group.functionWord)
        .map((group) => group.word),
    ).toEqual(['vän', 'deprimerad']);
  });

  it('takes the words as typed when the vocabulary could not load', () => {
    expect(planQuery('ångset', SYNONYMS).groups[0]!.alternatives).toEqual([{ query: 'ångset', weight: 1 }]);
  });

  it('searches a crisis query as typed: no correction, no suggestion', () => {
    const plan = planQuery('ångset på natten', SYNONYMS, VOCABULARY, 'sv', { correct: false });
    expect(plan.suggestion).toBeUndefined();
    expect(plan.groups[0]!.alternatives).toEqual([]);
  });

  it('leaves the words it is told to keep as typed, and corrects the others', () => {
    const keep = keptWords(['tolk'], (word) => word === 'ångset');
    expect(planQuery('ångset', SYNONYMS, VOCABULARY, 'sv', { keep }).suggestion).toBeUndefined();
    expect(planQuery('panikatack', SYNONYMS, VOCABULARY, 'sv', { keep }).suggestion).toBe('panikattack');
  });

  it('marks corrections, so the search can run the words as typed beside them', () => {
    const plan = planQuery('ångset natten', SYNONYMS, VOCABULARY);
    expect(plan.groups[0]!.alternatives).toEqual([{ query: 'ångest', weight: 0.8, corrected: true }]);
    expect(withoutCorrections(plan).groups.map((group) => group.alternatives.map((alternative) => alternative.query))).toEqual([[], ['natten']]);
    expect(withoutCorrections(plan).suggestion).toBeUndefined();
  });

  it('lists every word a plan may ask about, for loading the vocabulary', () => {
    expect(plannedWords('kompis mår skit', SYNONYMS)).toEqual(['kompis', 'vän', 'polare', 'mår', 'dåligt']);
  });
});

describe('running a plan', () => {
  // A tiny index: which pages contain which words.
  const PAGES: Record<string, string[]> = {
    depression: ['deprimerad', 'depression', 'hur', 'vet', 'jag', 'om'],
    friend: ['vän', 'hur', 'jag', 'om'],
    both: ['vän', 'depression'],
    sleep: ['sömn', 'natten', 'hur'],
  };
  const search = async (query: string): Promise<Hit[]> => {
    const word = query.replace(/"/g, '');
    return Object.entries(PAGES)
      .filter(([, words]) => words.some((w) => (query.startsWith('"') ? w === word : w.startsWith(word))))
      .map(([id]) => ({ id, score: 1 }));
  };
  const ids = async (query: string) => {
    const ranked = await runPlan(planQuery(query, SYNONYMS, VOCABULARY), search);
    return { ids: ranked.results.map((hit) => hit.id), match: ranked.match };
  };

  it('puts pages with every word first', async () => {
    const { ids: found, match } = await ids('vän depression');
    expect(match).toBe('all');
    expect(found[0]).toBe('both');
    expect(found.slice(1).sort()).toEqual(['depression', 'friend']);
  });

  it('a natural sentence never dead-ends: function words do not have to match, more matching words rank higher', async () => {
    expect(await ids('hur vet jag om min vän är deprimerad')).toEqual({ ids: ['both', 'depression', 'friend'], match: 'content' });
    expect(await ids('orolig för min sömn')).toMatchObject({ ids: ['sleep'], match: 'some' });
  });

  it('a query of function words alone still finds pages with them', async () => {
    expect((await ids('hur')).ids).toEqual(['depression', 'friend', 'sleep']);
  });

  it('finds nothing only when no word is in any page', async () => {
    expect(await ids('xqzvwblorpf')).toEqual({ ids: [], match: 'none' });
    expect(await ids('')).toEqual({ ids: [], match: 'none' });
  });

  it('asks the index once per distinct word', async () => {
    const asked: string[] = [];
    await runPlan(planQuery('vän vän kompis', SYNONYMS, VOCABULARY), async (query) => {
      asked.push(query);
      return [];
    });
    expect(asked).toEqual(['"vän"']);
  });
});

describe('a very large site', () => {
  it('asks a word missing from a cut shard as typed too, since the index may have it', () => {
    const cut = new Vocabulary(['ångest', 'ångesten'], new Set(['a']));
    expect(planQuery('ångset', [], cut).groups[0]!.alternatives.map((alternative) => alternative.query)).toEqual(['ångset', 'ångest']);
    expect(planQuery('avgrundsvrål', [], cut).groups[0]!.alternatives.map((alternative) => alternative.query)).toEqual(['avgrundsvrål']);
    expect(planQuery('ångset', [], new Vocabulary(['ångest'])).groups[0]!.alternatives.map((alternative) => alternative.query)).toEqual(['ångest']);
  });
});

describe('per language', () => {
  // As the build writes the Arabic pages' words: as the pages spell them, most frequent first.
  const ARABIC = new Vocabulary(['في', 'أن', 'الانتحار', 'أفكار', 'القلق', 'قلق', 'مترجم', 'الاكتئاب', 'أريد', 'mind']);
  const ENGLISH = new Vocabulary(['the', 'anxiety', 'sleep', 'sleeping', 'panic', 'attack', 'worried', 'friend', 'lonely', 'loneliness']);
  const arabicQueries = (query: string, synonyms: SynonymEntry[] = []) => planQuery(query, synonyms, ARABIC, 'ar').groups.map((group) => group.alternatives.map((alternative) => alternative.query));

  it('folds Arabic as the crisis check does and shards it by its normalised first letter', () => {
    expect(fold('أَفْكَار')).toBe('افكار');
    expect(queryWords('أُرِيدُ الانتـــحار ١١٢')).toEqual(['اريد', 'الانتحار', '112']);
    expect(shardKey('أفكار')).toBe(shardKey('افكار'));
    expect(shardKey('إيذاء')).toBe('ar-627');
    expect(shardKey('ىى')).toBe('ar-64a');
  });

  it('asks the index in the spellings its pages use, with or without tashkeel and hamza', () => {
    expect(arabicQueries('افكار')).toEqual([['أفكار']]);
    expect(arabicQueries('أَفْكَار')).toEqual([['أفكار']]);
    expect(arabicQueries('اريد')).toEqual([['أريد']]);
    expect(planQuery('افكار', [], ARABIC, 'ar').suggestion).toBeUndefined();
  });

  it('finds a word written with its clitics ("والقلق", "بالانتحار")', () => {
    expect(arabicQueries('والقلق')).toEqual([['القلق']]);
    expect(arabicQueries('بالاكتئاب')).toEqual([['الاكتئاب']]);
  });

  it('drops Arabic function words only when the query has something else', () => {
    const plan = planQuery('ما هو القلق', [], ARABIC, 'ar');
    expect(plan.groups.filter((group) => !group.functionWord).map((group) => group.word)).toEqual(['القلق']);
  });

  it('corrects an Arabic slip into an Arabic word, never a Latin word into the Arabic pages’ few Latin ones', () => {
    expect(planQuery('الاكتءاب', [], ARABIC, 'ar').suggestion).toBe('الاكتئاب');
    expect(planQuery('mynd', [], ARABIC, 'ar').suggestion).toBeUndefined();
  });

  it('corrects in Arabic only where a hamza sits on another seat: one letter more, less or other is another word', () => {
    // victory is not suicide; "I get" is not "he gets"; "her" is not "psychologically".
    expect(new Vocabulary(['الانتحار']).correct('الانتصار')).toBeUndefined();
    expect(new Vocabulary(['يحصل']).correct('أحصل')).toBeUndefined();
    expect(new Vocabulary(['نفسها']).correct('نفسيا')).toBeUndefined();
    expect(new Vocabulary(['كثير']).correct('كثيرا')).toBeUndefined();
    expect(new Vocabulary(['مسؤول']).correct('مسءول')).toBe('مسؤول');
  });

  it('finds a word written with "for the" (لل) as the word with its article', () => {
    expect(arabicQueries('للاكتئاب')).toEqual([['الاكتئاب']]);
  });

  it('keeps an Arabic common word with a clitic as typed', () => {
    const keep = keptWords(['حياتي']);
    expect(keep('وحياتي')).toBe(true);
    expect(keep('حياتي')).toBe(true);
    expect(keep('حياه')).toBe(false);
  });

  it('corrects English slips from the English pages’ words, and leaves Swedish words on the English pages alone', () => {
    expect(planQuery('anxeity', [], ENGLISH, 'en').suggestion).toBe('anxiety');
    expect(planQuery('ångest', [], new Vocabulary(['angst', 'anxiety']), 'en').suggestion).toBeUndefined();
    expect(
      planQuery('how to sleep', [], ENGLISH, 'en')
        .groups.filter((group) => !group.functionWord)
        .map((group) => group.word),
    ).toEqual(['sleep']);
  });

  it('never corrects across scripts', () => {
    expect(new Vocabulary(['anxiety', 'الاكتئاب']).correct('الاكتءاب')).toBe('الاكتئاب');
    expect(new Vocabulary(['قلق']).correct('anxeity')).toBeUndefined();
  });

  it('uses the page language’s everyday words', () => {
    expect(arabicQueries('هم', [{ term: 'القلق', synonyms: ['هم', 'توتر'] }])).toEqual([['القلق']]);
  });
});
