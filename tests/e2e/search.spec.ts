// Site search in a real browser against the built Pagefind index of the embedded dataset: the
// query set with expected top results and its recall, everyday words, slips and sentences, filters,
// the crisis help box (on a phone's first screen), history, privacy (no Pagefind request before
// the visitor types a query), keyboard use, 320 px and axe.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type ElementHandle, type Page } from '@playwright/test';
import { CRISIS_ARTICLES } from '../../src/scripts/search/query';
import { DIST, readBuilt } from './pages';
import { elementsOf, inside } from '../support/html';
import { pagefindFragments } from '../support/pagefind';
import { onTheWire } from '../bench/search.mjs';

const ANXIETY = ['/artiklar/vad-ar-angest/', '/artiklar/fragor-och-svar-om-angest/', '/artiklar/att-stotta-en-van-med-angest/'];
const PANIC = '/artiklar/panikattacker-och-panikangest/';
const SLEEP = '/artiklar/nar-du-sover-daligt/';
const CRISIS_QUERIES = ['ta mitt liv', 'självmord', 'vill dö', 'hon har tagit sitt liv', 'skar mig igår', 'vill inte vakna imorgon', 'want to die'];
const DEPRESSION = ['/artiklar/att-stotta-nagon-som-har-depression/', '/artiklar/fragor-och-svar-om-depression/', '/artiklar/nedstamdhet-eller-depression/'];
const SLEEP_ALL = [SLEEP, '/artiklar/fragor-och-svar-om-somn/', '/artiklar/kvallsrutin-for-battre-somn/'];
const SUICIDAL_THOUGHTS = ['/artiklar/fragor-och-svar-om-sjalvmordstankar/', '/artiklar/att-fraga-rakt-om-sjalvmordstankar/', '/artiklar/om-du-tanker-pa-att-ta-ditt-liv/'];
const STRESS = ['/artiklar/nar-stressen-tar-over/', '/artiklar/utmattning-tecken-att-ta-pa-allvar/'];
const LONELY = '/artiklar/nar-du-kanner-dig-ensam/';
const GRIEF = ['/artiklar/att-leva-med-sorg/', '/artiklar/sorg-efter-nagon-som-tagit-sitt-liv/', '/artiklar/nar-livet-vands-upp-och-ner/'];
const TEENAGER = '/artiklar/nar-ditt-barn-eller-din-tonaring-mar-daligt/';
const RELATIVES = [
  '/artiklar/nar-du-ar-orolig-for-att-nagon-ska-ta-sitt-liv/',
  '/artiklar/vanliga-fragor-fran-anhoriga/',
  '/artiklar/att-prata-med-nagon-som-mar-daligt/',
  '/artiklar/ta-hand-om-dig-sjalv-som-anhorig/',
  '/artiklar/samtalsstod-for-anhoriga/',
  '/artiklar/att-satta-granser-som-anhorig/',
];
const CRISIS_PLAN = '/artiklar/gor-en-egen-krisplan/';
// What a first search on the embedded dataset's site may fetch as production sends it (the build's
// brotli copies to a browser that accepts brotli, gzip where a host compresses): 108.9 KB on
// 2026-12-05 (119 KB before the brotli copies), of which Pagefind's script and WebAssembly are 62 KB.
const FIRST_SEARCH_KB = 115;

// The recall query set: what people type, and the texts any of which answers it. A query counts
// as found when one of its texts is among the first five results.
const RECALL_SET: Array<[kind: string, query: string, expected: string[]]> = [
  ['inflection', 'ångesten', ANXIETY],
  ['inflection', 'panikattacken', [PANIC]],
  ['inflection', 'sover', SLEEP_ALL],
  ['inflection', 'stressad', STRESS],
  ['inflection', 'sörjer', GRIEF],
  ['inflection', 'deprimerade', DEPRESSION],
  ['inflection', 'ensamheten', [LONELY]],
  ['inflection', 'krisplanen', [CRISIS_PLAN]],
  ['inflection', 'andningsövningen', ['/artiklar/andas-lugnt-4-6/']],
  ['compound', 'panikångest', [PANIC]],
  ['compound', 'ångestattack', [...ANXIETY, PANIC]],
  ['compound', 'sömnproblem', SLEEP_ALL],
  ['compound', 'sömnsvårigheter', SLEEP_ALL],
  ['compound', 'självmordstankar', SUICIDAL_THOUGHTS],
  ['compound', 'tonårsbarn', [TEENAGER]],
  ['compound', 'oroslåda', ['/artiklar/oroslada-och-orostid/']],
  ['compound', 'muskelavslappning', ['/artiklar/progressiv-muskelavslappning/']],
  ['compound', 'självskadebeteende', ['/artiklar/nar-du-far-impulser-att-skada-dig-sjalv/']],
  ['question', 'Hur vet jag om min vän är deprimerad?', DEPRESSION],
  ['question', 'orolig för min sambo', RELATIVES],
  ['question', 'vad gör man vid en panikattack', [PANIC]],
  ['question', 'hur kan jag sova bättre', SLEEP_ALL],
  ['question', 'vad händer när man ringer 112', ['/artiklar/vad-hander-nar-du-ringer-112-eller-soker-psykiatrisk-akut/']],
  ['question', 'hur pratar jag med mitt barn om psykisk ohälsa', ['/artiklar/att-prata-med-barn-om-psykisk-ohalsa/', TEENAGER]],
  ['question', 'vad är skillnaden mellan nedstämdhet och depression', DEPRESSION],
  ['question', 'min vän vill inte ha hjälp', ['/artiklar/nar-nagon-inte-vill-ha-hjalp/']],
  ['question', 'kan man fråga någon om självmordstankar', SUICIDAL_THOUGHTS],
  ['question', 'jag känner mig så ensam', [LONELY]],
  ['question', 'Varför får jag ångest på natten?', [...ANXIETY, SLEEP]],
  ['question', 'min mamma är deprimerad', DEPRESSION],
  ['question', 'min dotter skär sig', ['/artiklar/nar-du-far-impulser-att-skada-dig-sjalv/', TEENAGER]],
  ['question', 'tankar på att dö', SUICIDAL_THOUGHTS],
  ['question', 'hur hjälper jag en vän med ångest', ANXIETY],
  ['question', 'vad ska jag säga till någon som mår dåligt', RELATIVES],
  ['everyday', 'deppig', DEPRESSION],
  ['everyday', 'hjärtklappning', [PANIC]],
  ['everyday', 'stöd för anhöriga', RELATIVES],
  ['everyday', 'akutpsykiatri', ['/artiklar/vad-hander-nar-du-ringer-112-eller-soker-psykiatrisk-akut/']],
  ['everyday', 'min kompis mår dåligt', [...RELATIVES, '/artiklar/att-stotta-en-van-med-angest/']],
  ['everyday', 'pojkvän', RELATIVES],
  ['everyday', 'utbränd', STRESS],
  ['everyday', 'gått in i väggen', STRESS],
  ['everyday', 'tonåren', [TEENAGER]],
  ['everyday', 'insomni', SLEEP_ALL],
  ['misspelling', 'ångset', ANXIETY],
  ['misspelling', 'panikatack', [PANIC]],
  ['misspelling', 'depresion', DEPRESSION],
  ['misspelling', 'självmordstankr', SUICIDAL_THOUGHTS],
  ['misspelling', 'somnproblem', SLEEP_ALL],
  ['misspelling', 'stresss', STRESS],
  ['misspelling', 'ensamhett', [LONELY]],
  ['misspelling', 'utmatning', STRESS],
  ['misspelling', 'krisplam', [CRISIS_PLAN]],
  ['misspelling', '"ångest"', ANXIETY],
  ['english', 'anxiety', ANXIETY],
  ['english', 'panic attack', [PANIC]],
  ['english', 'depression', DEPRESSION],
  ['english', 'sleep', SLEEP_ALL],
  ['english', 'burnout', STRESS],
  ['english', 'lonely', [LONELY]],
  ['english', 'grief', GRIEF],
  ['english', 'self harm', ['/artiklar/nar-du-far-impulser-att-skada-dig-sjalv/']],
  ['english', 'worried about my son', [...RELATIVES, TEENAGER]],
  ['english', 'how to help a friend with anxiety', ANXIETY],
];

// The polite live region (role=status) that announces the result count.
const status = (page: Page) => page.locator('[data-search-status][role="status"]');
const resultsRegion = (page: Page) => page.getByRole('region', { name: 'Det här hittade vi' });
const resultLinks = (page: Page) => resultsRegion(page).getByRole('listitem').getByRole('heading', { level: 3 }).getByRole('link');
const crisisBox = (page: Page) => page.getByRole('region', { name: 'Du behöver inte vara ensam med det här' });
const queryBox = (page: Page) => page.getByRole('searchbox', { name: 'Vad vill du läsa om?' });

/** The number of results the status announces (the list itself shows them a page at a time). */
async function count(page: Page): Promise<number> {
  await expect(status(page)).toContainText(/\d+ träff/);
  return Number((await status(page).textContent())!.match(/(\d+) träff/)![1]);
}

async function hrefs(page: Page): Promise<string[]> {
  return resultLinks(page).evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

/** Opens a deep link and waits for the announced result count. */
async function open(page: Page, search: string) {
  await page.goto(`/sok/?${search}`);
  await expect(status(page)).toContainText(/träff/);
}

/** Collects every Pagefind request the page makes (script, WebAssembly, index, fragments). */
function pagefindRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/pagefind/')) seen.push(request.url());
  });
  return seen;
}

test.describe('query set over the embedded dataset', () => {
  // One test per kind of query, so each stays short and a weak kind names itself.
  for (const kind of [...new Set(RECALL_SET.map(([kind]) => kind))]) {
    const set = RECALL_SET.filter(([of]) => of === kind);
    test(`recall@5 over the ${kind} queries is at least 0.85`, async ({ page }) => {
      const missed: string[] = [];
      for (const [, query, expected] of set) {
        await open(page, `q=${encodeURIComponent(query)}`);
        const top = (await hrefs(page)).slice(0, 5);
        if (!top.some((href) => expected.includes(href))) missed.push(`"${query}": ${top.join(' ') || 'no results'}`);
      }
      const recall = (set.length - missed.length) / set.length;
      const report = `${kind}: recall@5 ${recall.toFixed(2)} over ${set.length} queries${missed.length ? `; missed: ${missed.join('; ')}` : ''}`;
      console.log(report);
      test.info().annotations.push({ type: 'recall@5', description: report });
      expect(recall, report).toBeGreaterThanOrEqual(0.85);
    });
  }

  test('a slip is corrected against the index’s own words: the right texts, and "Menade du …?" leads to the word', async ({ page }) => {
    await open(page, 'q=%C3%A5ngset');
    const top = (await hrefs(page)).slice(0, 3);
    expect(
      top.every((href) => ANXIETY.includes(href)),
      top.join(', '),
    ).toBe(true);
    const suggestion = page.getByRole('link', { name: 'ångest', exact: true });
    await expect(page.getByText('Menade du')).toBeVisible();
    await suggestion.click();
    await expect(queryBox(page)).toHaveValue('ångest');
    await expect(page).toHaveURL(/\?q=%C3%A5ngest$/);
    await expect(status(page)).toContainText('för ”ångest”');
    await expect(page.getByText('Menade du')).toBeHidden();
  });

  test('short words never match as prefixes: "ång" finds no unrelated texts, a made-up word finds nothing', async ({ page }) => {
    for (const query of ['ång', 'angxqz']) {
      await open(page, `q=${encodeURIComponent(query)}`);
      await expect(status(page)).toHaveText(`Inga träffar för ”${query}”.`);
      await expect(resultsRegion(page)).toBeHidden();
    }
  });

  test('a quoted single word behaves as the word', async ({ page }) => {
    await open(page, 'q=%C3%A5ngest');
    const plain = await hrefs(page);
    await open(page, `q=${encodeURIComponent('"ångest"')}`);
    expect(await hrefs(page)).toEqual(plain);
  });

  test('a natural sentence that shares a word with a text never ends empty', async ({ page }) => {
    for (const sentence of ['Hur vet jag om min granne är deprimerad på riktigt', 'orolig för min farmor xqzv', 'jag undrar om någon kan hjälpa mig med sömnen']) {
      await open(page, `q=${encodeURIComponent(sentence)}`);
      expect(await count(page), sentence).toBeGreaterThan(0);
      await expect(resultLinks(page).first()).toBeVisible();
    }
    await expect(page.getByText('Ingen text innehöll alla orden')).toBeVisible();
  });

  test('stemming: "ångesten" finds the anxiety articles first', async ({ page }) => {
    await open(page, 'q=ångesten');
    const top = (await hrefs(page)).slice(0, 3);
    expect(top.filter((href) => ANXIETY.includes(href)).length, top.join(', ')).toBeGreaterThanOrEqual(2);
    await expect(resultsRegion(page).locator('mark').first()).toBeVisible();
  });

  for (const query of ['panikångest', 'panikattack']) {
    test(`compounds: "${query}" finds the panic article first`, async ({ page }) => {
      await open(page, `q=${query}`);
      expect((await hrefs(page))[0]).toBe(PANIC);
    });
  }

  test('search keywords: "sova" and "sömnlös" (only a keyword) find the sleep article first', async ({ page }) => {
    await open(page, 'q=sova');
    expect((await hrefs(page))[0]).toBe(SLEEP);
    await open(page, 'q=sömnlös');
    expect((await hrefs(page))[0]).toBe(SLEEP);
  });

  test('the keywords are indexed but neither shown nor read out', async ({ page }) => {
    await page.goto(SLEEP);
    const keywords = page.locator('data[data-pagefind-meta="keywords[value]"]');
    await expect(keywords).toHaveAttribute('value', /sömnlös/);
    await expect(keywords).toBeHidden();
    expect(await page.getByRole('main').ariaSnapshot()).not.toContain('sömnlös');
  });

  test('generic pages are results; lists of links (start, sections, topics, search, 404) never are', async ({ page }) => {
    await open(page, 'q=inkognito');
    expect((await hrefs(page))[0]).toBe('/saker-surfning/');
    for (const query of ['ensamhet', 'anhörig', 'sök', 'sidan finns inte']) {
      await open(page, `q=${encodeURIComponent(query)}`);
      for (const href of await hrefs(page)) {
        expect(href, query).not.toMatch(/^\/(amnen\/.*|sok\/|jag-mar-daligt\/|jag-ar-orolig-for-nagon\/|404\.html)?$/);
      }
    }
  });

  test('a result shows its title, kind, audience and topic', async ({ page }) => {
    await open(page, 'q=sömnlös');
    const first = resultsRegion(page).getByRole('listitem').first();
    await expect(first.getByRole('link')).toHaveText('När du sover dåligt');
    await expect(first).toContainText('Självhjälp · För dig som mår dåligt · Sömn');
  });

  test('the audience filter narrows the results, and only to that audience', async ({ page }) => {
    await open(page, 'q=ångest');
    const all = await count(page);
    await page.getByLabel('Texter för').selectOption({ label: 'För dig som är anhörig' });
    await expect(page).toHaveURL(/malgrupp=relatives/);
    await expect(status(page)).not.toContainText(`${all} träffar`);
    const relatives = await count(page);
    expect(relatives).toBeGreaterThan(0);
    expect(relatives).toBeLessThan(all);
    for (const item of await resultsRegion(page).getByRole('listitem').all()) await expect(item).toContainText(/anhörig/);

    await page.getByLabel('Texter för').selectOption({ label: 'För dig som mår dåligt' });
    await expect(page).toHaveURL(/malgrupp=self/);
    await expect(resultLinks(page).first()).toBeVisible();
    expect(await hrefs(page)).not.toContain('/artiklar/att-stotta-en-van-med-angest/');
  });

  test('the kind filter keeps only that kind of text and lives in the address', async ({ page }) => {
    await open(page, 'q=%C3%A5ngest');
    const all = await count(page);
    await page.getByLabel('Typ av text').selectOption({ label: 'Övning' });
    await expect(page).toHaveURL(/typ=exercise/);
    await expect(status(page)).not.toContainText(`${all} träffar`);
    expect(await count(page)).toBeGreaterThan(0);
    for (const item of await resultsRegion(page).getByRole('listitem').all()) await expect(item).toContainText('Övning');

    await open(page, 'q=s%C3%B6mn&typ=qa');
    await expect(page.getByLabel('Typ av text')).toHaveValue('qa');
    expect((await hrefs(page))[0]).toBe('/artiklar/fragor-och-svar-om-somn/');
    for (const item of await resultsRegion(page).getByRole('listitem').all()) await expect(item).toContainText('Frågor och svar');
    await open(page, 'q=s%C3%B6mn&typ=podcast');
    await expect(page.getByLabel('Typ av text')).toHaveValue('');
  });

  test('the topic filter keeps only that topic', async ({ page }) => {
    await open(page, 'q=sova&amne=somn');
    await expect(page.getByLabel('Ämne')).toHaveValue('somn');
    for (const item of await resultsRegion(page).getByRole('listitem').all()) await expect(item).toContainText('Sömn');
    expect(await hrefs(page)).toContain(SLEEP);
  });
});

test('a text is found by its own words: what search keeps of a help box is its heading and text, not the contacts and plan link every help box repeats', () => {
  const fragments = pagefindFragments(DIST);
  const count = (text: string, part: string) => text.split(part).length - 1;
  const checked = fragments.flatMap(({ url, content }) => {
    const html = readBuilt(url);
    const page = elementsOf(html, 'main')[0]!.text;
    const boxes = elementsOf(html, 'section').filter((section) => section.attributes.class?.split(' ').includes('help-box'));
    // Each contact (a list item) and the plan's line: Pagefind keeps a block's text whole. The text
    // may say the same words itself ("Vid akut fara: ring 112"), so search may keep them as often
    // as the page says them outside its help boxes, never more.
    const repeated = boxes.flatMap((box) =>
      [...inside(box, elementsOf(html, 'li')), ...inside(box, elementsOf(html, 'p')).filter((line) => 'data-pagefind-ignore' in line.attributes)].map((element) => element.text),
    );
    const inBoxes = (text: string) => repeated.filter((other) => other.includes(text)).length;
    return boxes.map((box) => ({
      url,
      heading: content.includes(inside(box, elementsOf(html, 'h2'))[0]!.text),
      kept: [...new Set(repeated)].filter((text) => count(content, text) > count(page, text) - inBoxes(text)),
    }));
  });
  expect(checked.length, 'the embedded dataset has articles with help boxes').toBeGreaterThan(3);
  expect(checked.filter((box) => !box.heading || box.kept.length)).toEqual([]);
});

test.describe('crisis-aware results', () => {
  for (const query of CRISIS_QUERIES.slice(0, 3)) {
    test(`"${query}" shows the help box above the results`, async ({ page }) => {
      await open(page, `q=${encodeURIComponent(query)}`);
      const box = crisisBox(page);
      await expect(box).toBeVisible();
      await expect(box.locator('a[href="tel:90390"]')).toBeVisible();
      await expect(box.locator('a[href="/kontakt/"]')).toBeVisible();
      await expect(box.locator('a[href="tel:90101"]')).toBeVisible();
      await expect(box).toContainText('Vid akut fara: ring 112');
      await expect(status(page)).toContainText(/^Det finns hjälp att få nu/);
      // First in reading order and on screen.
      expect(await box.evaluate((node, results) => !!(node.compareDocumentPosition(results!) & Node.DOCUMENT_POSITION_FOLLOWING), await resultsRegion(page).elementHandle())).toBe(true);
      expect((await box.boundingBox())!.y).toBeLessThan((await resultsRegion(page).boundingBox())!.y);
    });
  }

  test.describe('on a phone (360 × 740)', () => {
    test.use({ viewport: { width: 360, height: 740 } });
    const helpLinks = (page: Page) => ['a[href="tel:90390"]', 'a[href="/kontakt/"]', 'a[href="tel:90101"]', 'a[href="tel:112"]'].map((selector) => crisisBox(page).locator(selector));

    for (const query of CRISIS_QUERIES) {
      test(`"${query}": 90 390, chat, 90101 and 112 are on the first screen, right under the query field and before the results, without the page scrolling`, async ({ page }) => {
        await open(page, `q=${encodeURIComponent(query)}`);
        await expect(crisisBox(page).getByRole('heading', { level: 2 })).toBeInViewport({ ratio: 1 });
        for (const link of helpLinks(page)) await expect(link).toBeInViewport({ ratio: 1 });
        await expect(status(page)).toContainText(/^Det finns hjälp att få nu/);
        expect(await page.evaluate(() => scrollY), 'the page did not scroll').toBe(0);
        const follows = (other: ElementHandle | null) => crisisBox(page).evaluate((box, element) => !!(box.compareDocumentPosition(element!) & Node.DOCUMENT_POSITION_FOLLOWING), other);
        expect(await follows(await page.getByRole('search', { name: 'Sök bland texterna' }).elementHandle()), 'the query field comes first').toBe(false);
        expect(await follows(await page.getByRole('group', { name: 'Visa bara' }).elementHandle()), 'then the filters').toBe(true);
      });
    }

    test('from an article, the search button opens the search page, where a crisis query gets the help on the first screen', async ({ page }) => {
      await page.goto(SLEEP);
      await page.getByRole('search', { name: 'Sök på webbplatsen' }).getByRole('button', { name: 'Sök' }).click();
      await expect(page).toHaveURL(/\/sok\/\?q=$/);
      await queryBox(page).focus();
      await page.keyboard.type('jag vill ta livet av mig');
      await expect(crisisBox(page)).toBeVisible();
      for (const link of helpLinks(page)) await expect(link).toBeInViewport({ ratio: 1 });
      expect(await page.evaluate(() => scrollY), 'the page did not scroll').toBe(0);
    });

    test('typing a crisis query after scrolling down to the search box brings the help into view', async ({ page }) => {
      await page.goto('/sok/');
      await queryBox(page).scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollBy(0, 300));
      await queryBox(page).focus();
      await page.keyboard.type('vill försvinna för alltid');
      await expect(crisisBox(page)).toBeVisible();
      for (const link of helpLinks(page)) await expect(link).toBeInViewport({ ratio: 1 });
    });
  });

  test('typing a crisis query shows the box; an ordinary one does not', async ({ page }) => {
    await page.goto('/sok/');
    await queryBox(page).fill('jag vill inte leva längre');
    await expect(crisisBox(page)).toBeVisible();
    await queryBox(page).fill('sömn');
    await expect(status(page)).toContainText('för ”sömn”');
    await expect(crisisBox(page)).toBeHidden();
  });

  // Whether a result is one of the crisis articles, as the build marked it from the content (the articles' sensitive flag).
  const isCrisisArticle = (href: string) => readBuilt(href).includes(`data-pagefind-sort="${CRISIS_ARTICLES.sort}[value]"`);

  // Acute queries of every kind: not wanting to wake up, an overdose said plainly, English on the
  // Swedish pages, a relative reporting self-harm.
  for (const query of ['vill inte vakna imorgon', 'jag har tagit för många tabletter', 'i want to kill myself', 'min son gör illa sig själv', 'jag vill dö']) {
    test(`"${query}": the help box, and the first results are the crisis articles, never corrected`, async ({ page }) => {
      await open(page, `q=${encodeURIComponent(query)}`);
      await expect(crisisBox(page)).toBeVisible();
      const top = (await hrefs(page)).slice(0, 3);
      expect(top.length, top.join(' ')).toBe(3);
      expect(
        top.filter((href) => !isCrisisArticle(href)),
        top.join(' '),
      ).toEqual([]);
      await expect(page.getByText('Menade du')).toBeHidden();
    });
  }

  test('the crisis articles lead with those for the person who is struggling: thoughts of ending one’s life, self-harm, the crisis plan', async ({ page }) => {
    await open(page, `q=${encodeURIComponent('jag vill dö')}`);
    expect((await hrefs(page)).slice(0, 3).sort()).toEqual(['/artiklar/gor-en-egen-krisplan/', '/artiklar/nar-du-far-impulser-att-skada-dig-sjalv/', '/artiklar/om-du-tanker-pa-att-ta-ditt-liv/']);
  });

  test('a crisis query whose words no Swedish text has still lists the crisis articles under the help box, never "no results"', async ({ page }) => {
    await open(page, `q=${encodeURIComponent('أريد أن أموت')}`);
    await expect(crisisBox(page)).toBeVisible();
    expect(await count(page)).toBeGreaterThan(0);
    expect((await hrefs(page)).every(isCrisisArticle)).toBe(true);
    await expect(page.getByRole('heading', { level: 2, name: 'Vi hittade ingen text om det' })).toBeHidden();
  });

  test('no results: a friendly message, the topics and the ways to get help', async ({ page }) => {
    await open(page, 'q=xqzvwblorpf');
    await expect(status(page)).toHaveText('Inga träffar för ”xqzvwblorpf”.');
    await expect(page.getByRole('heading', { level: 2, name: 'Vi hittade ingen text om det' })).toBeVisible();
    await expect(resultsRegion(page)).toBeHidden();
    await expect(page.getByRole('main').locator('a[href^="/amnen/"]').first()).toBeVisible();
    await expect(page.getByRole('main').locator('a[href="tel:90390"]:visible').first()).toBeVisible();
    await expect(page.getByRole('main').locator('a[href="tel:112"]:visible').first()).toBeVisible();
  });
});

test.describe('addresses and history', () => {
  test('a deep link searches at once and survives a reload', async ({ page }) => {
    await open(page, 'q=ångest&malgrupp=relatives');
    await expect(queryBox(page)).toHaveValue('ångest');
    await expect(page.getByLabel('Texter för')).toHaveValue('relatives');
    const before = await hrefs(page);
    await page.reload();
    await expect(status(page)).toContainText(/träff/);
    expect(await hrefs(page)).toEqual(before);
  });

  test('Back restores the query and the results, after a result and after another search', async ({ page }) => {
    await page.goto('/sok/');
    await queryBox(page).fill('ångest');
    await queryBox(page).press('Enter');
    await expect(page).toHaveURL(/\?q=%C3%A5ngest$/);
    await expect(status(page)).toContainText('för ”ångest”');
    const anxiety = await hrefs(page);
    expect(anxiety.length).toBeGreaterThan(0);

    await queryBox(page).fill('sömn');
    await queryBox(page).press('Enter');
    await expect(page).toHaveURL(/\?q=s%C3%B6mn$/);
    await expect(status(page)).toContainText('för ”sömn”');
    await resultLinks(page).first().click();
    await expect(page).toHaveURL(/\/artiklar\//);

    await page.goBack();
    await expect(queryBox(page)).toHaveValue('sömn');
    await expect(resultLinks(page).first()).toBeVisible();

    await page.goBack();
    await expect(queryBox(page)).toHaveValue('ångest');
    await expect(status(page)).toContainText('för ”ångest”');
    expect(await hrefs(page)).toEqual(anxiety);
  });

  test('the header search leads to the search page with results', async ({ page }) => {
    await page.goto(SLEEP);
    const header = page.getByRole('search', { name: 'Sök på webbplatsen' });
    await header.getByRole('searchbox').fill('stress');
    await header.getByRole('searchbox').press('Enter');
    await expect(page).toHaveURL(/\/sok\/\?q=stress$/);
    await expect(resultLinks(page).first()).toBeVisible();
  });
});

test.describe('bytes and privacy', () => {
  test('no Pagefind request until the visitor types a query: reaching for the search box loads only the page language’s crisis terms', async ({ page }) => {
    const requests = pagefindRequests(page);
    for (const path of ['/', SLEEP, '/sok/']) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
    }
    await page.getByRole('search', { name: 'Sök på webbplatsen' }).getByRole('searchbox').focus();
    await queryBox(page).focus();
    await page.waitForLoadState('networkidle');
    // The crisis terms come before any query, so the help box never waits on the network.
    expect(requests.map((url) => new URL(url).pathname)).toEqual(['/pagefind/vocabulary/crisis-floor-sv.json']);

    await page.keyboard.type('s');
    await expect.poll(() => requests.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
  });

  test(`a first search fetches only what it needs: Pagefind without its worker, the crisis terms, the vocabulary of its words’ first two letters, at most ${FIRST_SEARCH_KB} KB as production sends it`, async ({
    page,
  }) => {
    const fetched: Array<Promise<{ path: string; bytes: number }>> = [];
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      if (path.startsWith('/pagefind/')) fetched.push(response.body().then((body) => ({ path, bytes: onTheWire(DIST, path, response.headers()['content-type'], body).length })));
    });
    await open(page, 'q=självmord');
    await page.waitForLoadState('networkidle');
    const all = await Promise.all(fetched);
    expect(all.filter(({ path }) => path.includes('worker')).map(({ path }) => path)).toEqual([]);
    expect(all.filter(({ path }) => path.startsWith('/pagefind/vocabulary/')).map(({ path }) => path)).toEqual([
      '/pagefind/vocabulary/crisis-floor-sv.json',
      '/pagefind/vocabulary/crisis-floor-en.json',
      '/pagefind/vocabulary/sv/sj.json',
    ]);
    const bytes = all.reduce((sum, { bytes }) => sum + bytes, 0);
    test.info().annotations.push({ type: 'measured', description: `${(bytes / 1024).toFixed(1)} KB in ${all.length} requests` });
    expect(bytes).toBeLessThanOrEqual(FIRST_SEARCH_KB * 1024);
  });

  test('search runs under the site’s Content-Security-Policy without violations', async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy|Refused to|falling back to main thread/i.test(message.text())) violations.push(message.text());
    });
    await open(page, 'q=oro');
    expect(await hrefs(page)).not.toHaveLength(0);
    expect(violations).toEqual([]);
  });
});

test.describe('keyboard, small screens and accessibility', () => {
  test('keyboard only: from the query to a result', async ({ page }) => {
    await page.goto('/sok/');
    await queryBox(page).focus();
    await page.keyboard.type('panikattack');
    await page.keyboard.press('Enter');
    await expect(resultLinks(page).first()).toBeVisible();
    for (let i = 0; i < 10; i += 1) {
      await page.keyboard.press('Tab');
      if (
        await resultLinks(page)
          .first()
          .evaluate((link) => link === document.activeElement)
      )
        break;
    }
    await expect(resultLinks(page).first()).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${PANIC}$`));
  });

  test('"Visa fler träffar" loads more and moves focus to the first new result', async ({ page }) => {
    await open(page, 'q=du');
    const more = page.getByRole('button', { name: 'Visa fler träffar' });
    await expect(resultLinks(page)).toHaveCount(10);
    await more.click();
    await expect(resultLinks(page).nth(10)).toBeFocused();
  });

  test('works at 320 px: no sideways scrolling, filters and results reachable', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await open(page, 'q=självmord&malgrupp=self');
    await expect(crisisBox(page)).toBeVisible();
    await expect(page.getByLabel('Ämne')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [320, 1280]) {
      test(`axe: results, filters and the help box open, ${colorScheme}, ${width} px`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.setViewportSize({ width, height: 900 });
        await open(page, 'q=självmord&malgrupp=self&amne=sjalvmordstankar');
        await expect(crisisBox(page)).toBeVisible();
        await expect(page.locator('[data-search-filters]')).toBeVisible();
        await expect(resultsRegion(page).locator('mark').first()).toBeVisible();
        const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }
  }

  test('axe: no results, and the page before any search', async ({ page }) => {
    await open(page, 'q=xqzvw');
    const noResults = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(noResults.violations.map((v) => v.id)).toEqual([]);
    await page.goto('/sok/');
    const empty = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(empty.violations.map((v) => v.id)).toEqual([]);
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page lists topics and the ways to get help', async ({ page }) => {
    await page.goto('/sok/?q=ångest');
    await expect(page.locator('[data-search-filters]')).toBeHidden();
    await expect(page.getByRole('main').locator('a[href^="/amnen/"]').first()).toBeVisible();
    await expect(page.getByRole('main').locator('a[href="tel:90390"]:visible').first()).toBeVisible();
  });
});
