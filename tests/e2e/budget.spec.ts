// The page-weight budget for someone on a cheap phone and a weak connection, checked on every
// built page: CSS and HTML in gzip bytes, one render-blocking request at most, images that
// reserve their space and wait until they are needed; and the search page's JavaScript before the
// visitor reaches for the search. (The articles' JavaScript: chat-budget.spec.ts.)
import { expect, test, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { scriptsOnLoad } from './a11y-support';
import { builtPages, DIST, readBuilt } from './pages';
import { LOCALES } from '../../src/i18n/locales';
import { articlePath, searchPath } from '../../src/lib/routes';
import { inlineCode } from '../../src/build/html.ts';
import { attributesOf, contentOf, elementsOf, inside } from '../support/html';

const CSS_BUDGET = 12 * 1024;
const ARTICLE_HTML_BUDGET = 15 * 1024;
const gzip = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
/** The elements named `name` in a page's head. */
const inHead = (html: string, name: string) => inside(elementsOf(html, 'head')[0], elementsOf(html, name));

function localFile(href: string): Buffer {
  const file = join(DIST, new URL(href, 'http://site').pathname);
  expect(existsSync(file), `${href} is in the build`).toBe(true);
  return readFileSync(file);
}

test('every page loads at most 12 KB of CSS (gzip), from at most one stylesheet', () => {
  for (const path of builtPages()) {
    const html = readBuilt(path);
    const sheets = attributesOf(html, 'link').filter((link) => link.rel === 'stylesheet');
    expect(sheets.length, `${path}: stylesheets`).toBeLessThanOrEqual(1);
    const inline = inlineCode(html).styles.join('');
    const bytes = gzip(Buffer.concat([...sheets.map((sheet) => localFile(sheet.href!)), Buffer.from(inline)]));
    expect(bytes, `${path}: CSS gzip bytes`).toBeLessThanOrEqual(CSS_BUDGET);
  }
});

// Each language version's articles: its own words, its own chrome (the Arabic right-to-left), its own budget check.
const ARTICLE_FOLDERS = LOCALES.map((locale) => articlePath('x', locale).slice(0, -'x/'.length));

for (const folder of ARTICLE_FOLDERS) {
  test(`a typical article under ${folder} is at most 15 KB of HTML (gzip), and none is far above it`, () => {
    const sizes = builtPages()
      .filter((path) => path.startsWith(folder) && path !== folder)
      .map((path) => ({ path, bytes: gzip(readBuilt(path)) }))
      .sort((a, b) => a.bytes - b.bytes);
    expect(sizes.length, `articles under ${folder}`).toBeGreaterThan(folder === '/artiklar/' ? 10 : 0);
    const median = sizes[Math.floor(sizes.length / 2)]!;
    expect(median.bytes, `median article ${median.path}`).toBeLessThanOrEqual(ARTICLE_HTML_BUDGET);
    // The longest article may be longer, but navigation chrome must never make it balloon.
    for (const { path, bytes } of sizes) expect(bytes, `${path}: HTML gzip bytes`).toBeLessThanOrEqual(ARTICLE_HTML_BUDGET * 1.5);
  });
}

test('nothing but the one stylesheet blocks rendering: scripts are modules or deferred, no fonts or styles from elsewhere', () => {
  for (const path of builtPages()) {
    const html = readBuilt(path);
    const scripts = inHead(html, 'script').map((script) => script.attributes);
    for (const script of scripts.filter((script) => 'src' in script)) {
      expect(script.type === 'module' || 'defer' in script || 'async' in script, `${path}: ${script.src} blocks rendering`).toBe(true);
    }
    const links = inHead(html, 'link').map((link) => link.attributes);
    expect(
      links.filter((link) => /stylesheet|preload/.test(link.rel ?? '') && /^(https?:)?\/\//.test(link.href ?? '')),
      `${path}: remote styles or fonts`,
    ).toEqual([]);
    const styles = inHead(html, 'style').map((style) => contentOf(html, style));
    expect(styles.join('\n'), `${path}: @import chains delay the first paint`).not.toMatch(/@import/);
  }
});

test('every image reserves its space, is optimised, and below the fold waits until it is needed', async ({ page }) => {
  const withImages = builtPages().filter((path) => elementsOf(readBuilt(path), 'img').length > 0);
  expect(withImages.length).toBeGreaterThan(0);
  for (const path of withImages) {
    for (const image of attributesOf(readBuilt(path), 'img')) {
      expect(Number(image.width) > 0 && Number(image.height) > 0, `${path}: ${image.src} has width and height`).toBe(true);
      expect('alt' in image, `${path}: ${image.src} has alt`).toBe(true);
      if (!image.src!.endsWith('.svg')) expect(image.src, `${path}: modern format`).toMatch(/\.(webp|avif)$/);
    }
  }
  // Lazy only below the fold: a lazy image in the first screen would delay the largest paint.
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of withImages) {
    await page.goto(path);
    const images = await page
      .locator('main img')
      .evaluateAll((elements) => elements.map((img) => ({ src: img.getAttribute('src'), lazy: img.getAttribute('loading') === 'lazy', top: img.getBoundingClientRect().top })));
    for (const image of images) expect(image.lazy, `${path}: ${image.src} at ${Math.round(image.top)} px`).toBe(image.top > 740);
  }
});

const SEARCH_JS_BUDGET = 5 * 1024;

/** Every script the page has run before any interaction, in gzip bytes (level 9), and what else it fetched (by path). */
async function scriptsOf(page: Page, path: string): Promise<{ gzip: number; scripts: number; requests: string[] }> {
  const { files, inline, requests } = await scriptsOnLoad(page, path);
  const all = [...files.values(), ...inline.map((code) => Buffer.from(code))];
  return { gzip: all.reduce((sum, body) => sum + gzip(body), 0), scripts: all.length, requests: requests.map((address) => new URL(address).pathname) };
}

for (const locale of LOCALES) {
  const path = searchPath(locale);
  test(`${path} ships at most 5 KB of JavaScript (gzip) before the visitor reaches for the search, and neither Pagefind nor any crisis list`, async ({ page }) => {
    const { gzip: bytes, scripts, requests } = await scriptsOf(page, path);
    test.info().annotations.push({ type: 'measured', description: `${bytes} B gzip in ${scripts} scripts` });
    expect(bytes, 'JavaScript before the first keystroke').toBeLessThanOrEqual(SEARCH_JS_BUDGET);
    expect(
      requests.filter((request) => request.startsWith('/pagefind/')),
      'Pagefind, vocabulary and crisis lists',
    ).toEqual([]);
  });
}
