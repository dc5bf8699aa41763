// Shared by the safety, privacy, accessibility and keyboard suites: the settings the site was
// built from, the built pages split into groups for parallel workers, and small page helpers.
import { expect, type Locator, type Page, type Request, type Response, type TestDetails } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import type { AccessibilityCheck } from '../../src/components/safety/accessibility-record';
import { loadContent } from '../../src/data/content';
import { localeFromPath, type Locale } from '../../src/i18n/locales';
import { collectingReport } from '../../src/data/report';
import { createRunner, sourceFromEnv } from '../../src/data/source';
import { builtPages, DIST } from './pages';

/** The annotation a test carries when it proves one of the checks the accessibility statement lists. */
export const STATEMENT_CHECK = 'tillgänglighetskontroll';

/** Test details naming the statement check the test proves (its text per language: `a11y.check.<id>` in the UI catalogs). */
export const statementCheck = (check: AccessibilityCheck): TestDetails => ({ annotation: { type: STATEMENT_CHECK, description: check } });

/** Every built page, read when the suite is collected so tests can be split into groups. */
export function allPages(): string[] {
  if (!existsSync(DIST)) throw new Error('No built site in dist/: build it first (see tests/e2e/build-env.mjs).');
  return builtPages();
}

const catalog = (name: string): Record<string, string> => JSON.parse(readFileSync(new URL(`../../src/i18n/${name}.json`, import.meta.url), 'utf8'));
const CATALOGS: Record<Locale, Record<string, string>> = { sv: catalog('sv'), 'sv-lattlast': { ...catalog('sv'), ...catalog('sv-lattlast') }, en: catalog('en'), ar: catalog('ar') };

/** A language version's UI texts, as the pages show them (read from the catalogs: test files load no JSON modules). */
export function uiTexts(locale: Locale) {
  const texts = CATALOGS[locale];
  return {
    texts,
    t(key: string) {
      if (!(key in texts)) throw new Error(`No UI text "${key}" for ${locale}`);
      return texts[key]!;
    },
  };
}

/** The UI texts of the page at `path`, in its language version's words (names of landmarks and controls). */
export const uiAt = (path: string) => uiTexts(localeFromPath(path));

/** Splits the pages into `count` groups of about equal size, so workers can share them. */
export function pageGroups(count: number): string[][] {
  const pages = allPages();
  return Array.from({ length: count }, (_, group) => pages.filter((_, index) => index % count === group));
}

let content: ReturnType<typeof loadContent> | undefined;

/** The site and contact settings of one language version exactly as its pages got them (same source switch, same clean-up). */
export async function settings(locale: Locale = 'sv') {
  content ??= loadContent(createRunner(sourceFromEnv()), collectingReport(), new Date().toISOString().slice(0, 10));
  const { site, contact } = (await content).locales[locale];
  return { site, contact };
}

/** Presses Tab until `target` has focus; fails after `max` presses. */
export async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let presses = 0; presses < max; presses += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
  }
  throw new Error(`Tab never reached ${target} in ${max} presses`);
}

/** Lets the quick exit reach its neutral address without any request leaving the machine. */
export async function interceptNeutralSite(page: Page, url: string, status = 200): Promise<void> {
  await page.route(`${new URL(url).origin}/**`, (route) =>
    route.fulfill(status === 204 ? { status } : { status, contentType: 'text/html', body: '<!doctype html><title>Väder</title><h1>Väder</h1>' }),
  );
}

/**
 * Waits until the page's scripts have run. They load after the first paint (src/scripts/page.ts),
 * so right after a page has loaded the quick exit and the chat entries may still be plain links.
 */
export async function pageScripts(page: Page): Promise<void> {
  await page.waitForFunction(() => 'stodlinjenQuickExit' in window);
}

/**
 * Opens `path` and returns the JavaScript it ran before any interaction: each script file as
 * served (by path), the code of its inline scripts (not JSON data blocks), and every address it
 * requested. Counted once the page's scripts, which load after the first paint, have run and the
 * network is quiet.
 */
export async function scriptsOnLoad(page: Page, path: string): Promise<{ files: Map<string, Buffer>; inline: string[]; requests: string[] }> {
  const files = new Map<string, Promise<Buffer>>();
  const requests: string[] = [];
  const request = (sent: Request) => requests.push(sent.url());
  const response = (answer: Response) => {
    if (/javascript/.test(answer.headers()['content-type'] ?? '')) files.set(new URL(answer.url()).pathname, answer.body());
  };
  page.on('request', request);
  page.on('response', response);
  await page.goto(path);
  await pageScripts(page);
  await page.waitForLoadState('networkidle');
  page.off('request', request);
  page.off('response', response);
  const inline = await page.$$eval('script:not([src])', (elements) => elements.filter((script) => !/json/.test(script.getAttribute('type') ?? '')).map((script) => script.textContent ?? ''));
  return { files: new Map(await Promise.all([...files].map(async ([file, body]) => [file, await body] as const))), inline, requests };
}

/** The quick exit button: the first thing on every page. */
export const quickExit = (page: Page) => page.locator('[data-quick-exit]');

export async function expectFocused(locator: Locator, message?: string): Promise<void> {
  await expect.poll(() => locator.evaluate((element) => element === document.activeElement), { message }).toBe(true);
}
