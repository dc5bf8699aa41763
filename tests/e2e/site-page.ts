// One browser page per worker, reused across every URL the worker checks: opening a context and a
// page for each test cost more than most checks. axe is loaded into every document by an init
// script (sent to the browser once per worker, not once per check), and the colour schemes,
// widths and motion settings are emulated on the page already loaded instead of loading it again.
import { test as base, type Browser, type BrowserContext, type Page, type WorkerInfo } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const PHONE = { width: 320, height: 568 };
export const DESKTOP = { width: 1280, height: 800 };

/** What a test asks of the shared page before it checks: media, width, and how new the document must be. */
export interface Visit {
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
  forcedColors?: 'active' | 'none';
  /** `new`: load it again in any case; `untouched`: a document nobody has focused or changed yet (loaded again unless it is one). */
  document?: 'new' | 'untouched';
  /** The test only reads the page: it focuses, types and changes nothing, so an untouched document stays untouched. */
  readOnly?: boolean;
  waitUntil?: 'load' | 'networkidle';
}

/** The document each page shows and whether a test may have focused or changed something in it. */
const shown = new WeakMap<Page, { path: string; untouched: boolean }>();

/**
 * Shows `path` in `page` with the given emulation, loading it only when another document is on
 * screen or the test needs a newer one. Every setting is applied each time, so a test never
 * inherits the previous test's dark mode or width.
 */
export async function visit(page: Page, path: string, visit: Visit = {}): Promise<void> {
  await page.setViewportSize(visit.viewport ?? DESKTOP);
  await page.emulateMedia({ media: 'screen', colorScheme: visit.colorScheme ?? 'light', reducedMotion: visit.reducedMotion ?? 'no-preference', forcedColors: visit.forcedColors ?? 'none' });
  const current = shown.get(page);
  const stale = current?.path !== path || visit.document === 'new' || (visit.document === 'untouched' && !current.untouched);
  if (stale) await page.goto(path, { waitUntil: visit.waitUntil ?? 'load' });
  // A reused document is shown as a new one would be: at the top, nothing focused (what axe finds
  // partly hidden under the sticky header depends on where the page is scrolled).
  else
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
  shown.set(page, { path, untouched: (stale || current.untouched) && !!visit.readOnly });
}

/** Records every storage write and policy violation from a document's first line, for the privacy check. */
function recordStorageAndPolicy() {
  const writes: string[] = [];
  const violated: string[] = [];
  Object.assign(window, { __storageWrites: writes, __cspViolations: violated });
  for (const method of ['setItem', 'removeItem', 'clear'] as const) {
    const original = Storage.prototype[method] as (...args: unknown[]) => unknown;
    Storage.prototype[method] = function (this: Storage, ...args: unknown[]) {
      writes.push(`${method}(${args.map(String).join(', ')})`);
      return original.apply(this, args);
    } as never;
  }
  document.addEventListener('securitypolicyviolation', (event) => violated.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'}`));
}

/** A context with the project's settings (address, locale, time zone, device), as Playwright's own `page` gets them. */
async function openPage(browser: Browser, worker: WorkerInfo): Promise<{ context: BrowserContext; page: Page }> {
  const { baseURL, locale, timezoneId, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch } = worker.project.use;
  const context = await browser.newContext({ baseURL, locale, timezoneId, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch });
  await context.addInitScript(AXE_SOURCE);
  await context.addInitScript(recordStorageAndPolicy);
  return { context, page: await context.newPage() };
}

export const test = base.extend<object, { sitePage: Page }>({
  sitePage: [
    async ({ browser }, use, worker) => {
      const { context, page } = await openPage(browser, worker);
      await use(page);
      await context.close();
    },
    { scope: 'worker' },
  ],
});
