// The search page checks queries against its own language's crisis terms, which load with the
// search, and fetches another language's only for a query written in that language's script.
// These tests hold it to the same answers as a check with every language's terms, on every
// language's query sets (the crisis phrases and the everyday ones near them), from every search page.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { uiFor } from '../../../src/i18n';
import { LOCALES } from '../../../src/i18n/locales';
import { CRISIS_FLOORS, crisisMatcher } from '../../../src/lib/crisis-floor';
import { searchConfig } from '../../../src/components/search/search-config';
import { CrisisCheck } from '../../../src/scripts/search/crisis-check';
import { crisisFloorFile } from '../../../src/scripts/search/crisis-files';
import * as sets from './query-sets';

const QUERIES = [...new Set(Object.values(sets).filter(Array.isArray).flat() as string[])];
const content = { site: { crisisSearchTerms: [], searchSynonyms: [] }, topics: [] };
const everyLanguage = crisisMatcher([]);

/** Serves each language's terms as the build writes them, and records what was fetched. */
function serveFloors(): string[] {
  const fetched: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    fetched.push(url);
    const language = Object.keys(CRISIS_FLOORS).find((candidate) => url.endsWith(`/${crisisFloorFile(candidate)}`));
    return language ? new Response(JSON.stringify(CRISIS_FLOORS[language as keyof typeof CRISIS_FLOORS])) : new Response('', { status: 404 });
  });
  return fetched;
}

afterEach(() => vi.unstubAllGlobals());

describe('the search page’s crisis check', () => {
  it('has a few thousand queries of every language to check', () => {
    expect(QUERIES.length).toBeGreaterThan(1000);
    expect(QUERIES.some((query) => /[\u0600-\u06FF]/.test(query))).toBe(true);
  });

  for (const locale of LOCALES) {
    it(`on the ${locale} search page answers every query set as a check with every language's terms does`, async () => {
      serveFloors();
      const config = searchConfig(uiFor(locale), content);
      // Queries that need the same lists share a page that loaded them for the first of them.
      const groups = Map.groupBy(QUERIES, (query) => new CrisisCheck(config).languagesFor(query).sort().join());
      const differs: string[] = [];
      for (const queries of groups.values()) {
        const check = new CrisisCheck(config);
        await check.loadFor(queries[0]!);
        for (const query of queries) if (check.isCrisis(query) !== everyLanguage(query)) differs.push(query);
      }
      expect(differs).toEqual([]);
    }, 30_000);
  }

  it('fetches the page language’s terms, and another language’s only for a query in its script', async () => {
    const fetched = serveFloors();
    const files = () => fetched.map((url) => url.split('/').pop()).sort();
    const arabicPage = new CrisisCheck(searchConfig(uiFor('ar'), content));
    await arabicPage.loadFor('أريد أن أموت');
    expect(files()).toEqual([crisisFloorFile('ar')]);
    expect(arabicPage.isCrisis('أريد أن أموت')).toBe(true);
    await arabicPage.loadFor('want to die');
    expect(files()).toEqual([crisisFloorFile('ar'), crisisFloorFile('en'), crisisFloorFile('sv')]);

    fetched.length = 0;
    const swedishPage = new CrisisCheck(searchConfig(uiFor('sv'), content));
    await swedishPage.loadFor('jag vill dö');
    expect(swedishPage.isCrisis('jag vill dö')).toBe(true);
    expect(swedishPage.isCrisis('أريد أن أموت')).toBe(false);
    await swedishPage.loadFor('أريد أن أموت');
    expect(files()).toEqual([crisisFloorFile('ar'), crisisFloorFile('en'), crisisFloorFile('sv')]);
    expect(swedishPage.isCrisis('أريد أن أموت')).toBe(true);
  });

  it('takes the page language’s terms from a fetch the page already started', async () => {
    const fetched = serveFloors();
    const check = new CrisisCheck(searchConfig(uiFor('en'), content), Promise.resolve(new Response(JSON.stringify(CRISIS_FLOORS.en))));
    await check.loadFor('i want to die');
    expect(check.isCrisis('i want to die')).toBe(true);
    expect(fetched.map((url) => url.split('/').pop())).toEqual([crisisFloorFile('sv')]);
  });

  it('tries a list that failed to load again with the next query that needs it', async () => {
    let fail = true;
    vi.stubGlobal('fetch', async (url: string) =>
      url.endsWith(crisisFloorFile('ar')) ? new Response(JSON.stringify(CRISIS_FLOORS.ar)) : fail ? new Response('', { status: 503 }) : new Response(JSON.stringify(CRISIS_FLOORS.en)),
    );
    const check = new CrisisCheck(searchConfig(uiFor('ar'), content));
    await check.loadFor('i want to kill myself');
    expect(check.isCrisis('i want to kill myself')).toBe(false);
    fail = false;
    await check.loadFor('i want to kill myself');
    expect(check.isCrisis('i want to kill myself')).toBe(true);
  });
});
