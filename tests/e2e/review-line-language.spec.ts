// The review line on English and Arabic articles speaks the page's language: the reviewer's title
// is translated, and a title still in Swedish is marked as Swedish (lang="sv", and dir="ltr"
// inside right-to-left text), so a screen reader switches voice and the line keeps its order.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parseNdjson } from '../../src/data/embedded';
import { LOCALE_INFO, localeFromPath } from '../../src/i18n/locales';
import { articlePath } from '../../src/lib/routes';
import { builtPages } from './pages';

/** Every reviewer's Swedish title in the bundled content. */
const swedishTitles = parseNdjson(readFileSync(new URL('../../sanity/dataset/data.ndjson', import.meta.url), 'utf8'), 'data.ndjson')
  .filter((doc) => doc._type === 'person')
  .flatMap((doc) => {
    const title = doc.professionalTitle as string | Array<{ language?: string; value?: string }> | undefined;
    return typeof title === 'string' ? [title] : (title ?? []).filter((item) => item.language === 'sv' && item.value).map((item) => item.value!);
  });
// Words of Swedish professional titles, for a title that is not in the bundled content.
const SWEDISH_TITLE_WORDS = /(?<!\p{L})(?:leg\.|legitimerad|psykolog|läkare|sjuksköterska|kurator|specialist i)(?!\p{L})/iu;

for (const locale of ['en', 'ar'] as const) {
  const { lang, dir } = LOCALE_INFO[locale];
  test(`every ${LOCALE_INFO[locale].name} article names its reviewer's title in ${lang}, or marks a Swedish one as Swedish`, async ({ page }) => {
    expect(swedishTitles.length).toBeGreaterThan(0);
    const articles = articlePath('x', locale).slice(0, -'x/'.length);
    const paths = builtPages().filter((path) => localeFromPath(path) === locale && path.startsWith(articles) && path !== articles && !/\/\d+\/$/.test(path));
    expect(paths.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const path of paths) {
      await page.goto(path);
      const line = page.locator('[data-review-line] p');
      if (!(await line.count())) {
        problems.push(`${path}: no reviewer`);
        continue;
      }
      // Each piece of text with the language and direction it is in.
      const pieces = await line.evaluate((element) => {
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        const out: Array<{ text: string; lang: string; ownDir: string | null }> = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const marked = node.parentElement!.closest('[lang]')!;
          out.push({ text: node.textContent ?? '', lang: marked.getAttribute('lang')!, ownDir: marked === document.documentElement ? null : marked.getAttribute('dir') });
        }
        return out;
      });
      const unmarked = pieces
        .filter((piece) => piece.lang === lang)
        .map((piece) => piece.text)
        .join('');
      const swedish = swedishTitles.find((title) => unmarked.includes(title)) ?? SWEDISH_TITLE_WORDS.exec(unmarked)?.[0];
      if (swedish) problems.push(`${path}: "${swedish}" is Swedish but not marked lang="sv" in "${unmarked}"`);
      for (const piece of pieces.filter((p) => p.lang !== lang)) {
        if (piece.lang !== 'sv') problems.push(`${path}: "${piece.text}" is marked lang="${piece.lang}"`);
        else if (dir === 'rtl' && piece.ownDir !== 'ltr') problems.push(`${path}: the Swedish "${piece.text}" is not isolated left to right (dir="${piece.ownDir}")`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });
}
