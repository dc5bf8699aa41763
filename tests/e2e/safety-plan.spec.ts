// "Min krisplan": a crisis plan a visitor fills in on the page, in every language version, that
// never leaves their device. Each journey records every request the page makes and every storage
// API it could write to: while a plan is written, printed, saved and opened again there is none.
import { expect, test, type Page } from '@playwright/test';
import { appendFileSync, copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { buildEnv, SITE_ORIGIN } from './build-env.mjs';
import { startPreviewServer } from '../support/preview-server';
import { DEFAULT_DATASET_FILE } from '../../src/data/source';
import { parseNdjson } from '../../src/data/embedded';
import { interceptNeutralSite, quickExit, scriptsOnLoad, settings, uiTexts } from './a11y-support';
import { axeProblems } from './page-checks';
import { builtPages, readBuilt } from './pages';
import { LOCALE_INFO, LOCALES, type Locale } from '../../src/i18n/locales';
import { articlePath, audiencePath, contactPath, safetyPlanPath, searchPath } from '../../src/lib/routes';
import { findElements } from '../../src/build/html.ts';
import { telHref } from '../../src/lib/phone';
import { SAFETY_PLAN_STEPS } from '../../src/lib/safety-plan';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const BUDGET = 6 * 1024;

/** Every storage API a page could keep something in, watched from the document's first line. */
function watchStorage() {
  const writes: string[] = [];
  Object.assign(window, { __writes: writes });
  for (const method of ['setItem', 'removeItem', 'clear'] as const) {
    const original = Storage.prototype[method] as (...args: unknown[]) => unknown;
    Storage.prototype[method] = function (this: Storage, ...args: unknown[]) {
      writes.push(`${this === localStorage ? 'localStorage' : 'sessionStorage'}.${method}`);
      return original.apply(this, args);
    } as never;
  }
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
  Object.defineProperty(Document.prototype, 'cookie', {
    get: cookie.get,
    set(value: string) {
      writes.push(`cookie ${value}`);
      cookie.set!.call(this, value);
    },
  });
  const open = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (this: IDBFactory, ...args: Parameters<IDBFactory['open']>) {
    writes.push(`indexedDB.open ${args[0]}`);
    return open.apply(this, args);
  };
  const cache = CacheStorage.prototype.open;
  CacheStorage.prototype.open = function (this: CacheStorage, name: string) {
    writes.push(`caches.open ${name}`);
    return cache.call(this, name);
  };
}

/** What the page kept: the recorded writes and whatever each storage API holds now. */
async function kept(page: Page): Promise<string[]> {
  const inPage = await page.evaluate(async () => {
    const found = [...(window as unknown as { __writes: string[] }).__writes];
    if (localStorage.length) found.push(`localStorage holds ${localStorage.length} items`);
    if (sessionStorage.length) found.push(`sessionStorage holds ${sessionStorage.length} items`);
    if (document.cookie) found.push(`document.cookie is "${document.cookie}"`);
    for (const database of await indexedDB.databases()) found.push(`IndexedDB holds ${database.name}`);
    for (const name of await caches.keys()) found.push(`Cache Storage holds ${name}`);
    return found;
  });
  return [...inPage, ...(await page.context().cookies()).map((cookie) => `cookie ${cookie.name}`)];
}

/** Records every request; `after()` lists those made once the page had loaded. */
function recordRequests(page: Page) {
  const requests: string[] = [];
  let loaded = -1;
  page.on('request', (request) => requests.push(`${request.method()} ${request.url()}`));
  return {
    loaded: () => (loaded = requests.length),
    all: () => requests,
    after: () => requests.slice(loaded).filter((request) => !/^GET blob:/.test(request)),
  };
}

const ui = (locale: Locale) => uiTexts(locale);
const step = (page: Page, id: string) => page.locator(`[data-plan-step="${id}"]`);
const fields = (page: Page, id: string) => step(page, id).locator('textarea');
const values = (page: Page, id: string) => fields(page, id).evaluateAll((list) => list.map((field) => (field as HTMLTextAreaElement).value));
const allValues = async (page: Page) => Object.fromEntries(await Promise.all(SAFETY_PLAN_STEPS.map(async (id) => [id, await values(page, id)] as const)));
const status = (page: Page) => page.locator('[data-plan-status]');

/** Something to write in each step in each language, with a number the page must keep in order. */
const ENTRIES: Record<'sv' | 'ar', (id: string) => [string, string]> = {
  sv: (id) => [`Första i ${id}`, `Andra i ${id}: ring 1177 om det behövs`],
  ar: (id) => [`الأول في ${id}`, `الثاني في ${id}: اتصل بالرقم 1177 عند الحاجة`],
};

/** Writes two entries in every step by keyboard, after what a step starts with (the help contacts): "add a line", then type. */
async function fillPlan(page: Page, locale: 'sv' | 'ar') {
  for (const id of SAFETY_PLAN_STEPS) {
    const [first, second] = ENTRIES[locale](id);
    const start = fields(page, id).first();
    if (await start.inputValue())
      await step(page, id)
        .getByRole('button', { name: ui(locale).t('safetyPlan.add') })
        .press('Enter');
    else await start.click();
    await page.keyboard.type(first);
    await step(page, id)
      .getByRole('button', { name: ui(locale).t('safetyPlan.add') })
      .press('Enter');
    await expect(fields(page, id).last()).toBeFocused();
    await page.keyboard.type(second);
  }
}

const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

test.describe('a crisis plan on the device only', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(watchStorage);
  });

  for (const locale of ['sv', 'ar'] as const) {
    const path = safetyPlanPath(locale);
    test(`in ${LOCALE_INFO[locale].name}: filled in every step, printed on one A4 page, saved and opened again, with no request and nothing stored`, async ({ page }) => {
      const t = ui(locale).t;
      const network = recordRequests(page);
      await page.goto(path, { waitUntil: 'networkidle' });
      network.loaded();
      const initial = await allValues(page);
      const { contact } = await settings(locale);

      // The professionals step starts with the ways to get help, from the contact settings.
      expect(initial.professionals.some((entry) => entry.includes(contact.phoneNumber))).toBe(true);
      expect(initial.professionals.some((entry) => entry.includes('112'))).toBe(true);
      await fillPlan(page, locale);
      const written = await allValues(page);
      for (const id of SAFETY_PLAN_STEPS) expect(written[id]!.slice(-2)).toEqual(ENTRIES[locale](id));
      expect(written.professionals!.slice(0, -2)).toEqual(initial.professionals);

      // Print: the page's language and direction, the entries and the help numbers, nothing to click, one A4 page.
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('html')).toHaveAttribute('dir', LOCALE_INFO[locale].dir);
      for (const id of SAFETY_PLAN_STEPS) {
        for (const text of ENTRIES[locale](id)) await expect(step(page, id).locator('.plan-print-text', { hasText: text.split(':')[0]! })).toBeVisible();
      }
      await expect(page.locator('main textarea:visible, main button:visible, main input:visible')).toHaveCount(0);
      await expect(page.locator('.plan-help a[href="tel:112"]')).toBeVisible();
      await expect(page.locator(`.plan-help a[href="${telHref(contact.phoneNumber)}"]`)).toBeVisible();
      await expect(step(page, 'copingAlone').locator('.plan-print-text [dir="ltr"]', { hasText: '1177' })).toBeVisible();
      expect(pdfPages(await page.pdf({ format: 'A4' })), 'printed pages').toBe(1);
      await page.emulateMedia({ media: 'screen' });

      // Save as a web page and as text: made here, under a name that says nothing.
      const saved: Record<string, string> = {};
      for (const [kind, label, ending] of [
        ['html', 'safetyPlan.saveHtml', 'html'],
        ['text', 'safetyPlan.saveText', 'txt'],
      ] as const) {
        const download = page.waitForEvent('download');
        await page.getByRole('button', { name: t(label) }).click();
        const file = await download;
        expect(file.suggestedFilename()).toBe(`${t('safetyPlan.defaultFileName')}.${ending}`);
        saved[kind] = (await file.path())!;
      }
      const html = readFileSync(saved.html!, 'utf8');
      expect(html).toContain(`<html lang="${LOCALE_INFO[locale].lang}" dir="${LOCALE_INFO[locale].dir}">`);
      expect(html).not.toMatch(/<script|src=/);
      for (const id of SAFETY_PLAN_STEPS) expect(html).toContain(`data-step="${id}"`);
      await expect(status(page)).toContainText(`${t('safetyPlan.defaultFileName')}.txt`);

      // Open them again, by the file picker and by dropping the file on the page: what was written comes back.
      await fields(page, 'reasons').first().fill('');
      await step(page, 'warningSigns')
        .getByRole('button', { name: t('safetyPlan.remove') })
        .first()
        .click();
      await page.locator('[data-plan-open]').setInputFiles(saved.html!);
      await expect(status(page)).toHaveText(t('safetyPlan.opened'));
      const afterHtml = await allValues(page);
      await fields(page, 'askForHelp').first().fill('');
      const text = readFileSync(saved.text!, 'utf8');
      await page.locator('[data-plan-drop]').evaluate((zone, content) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([content], 'anything.txt', { type: 'text/plain' }));
        zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }, text);
      await expect(fields(page, 'askForHelp').first()).toHaveValue(written.askForHelp![0]!);
      const afterText = await allValues(page);
      const trimmed = (plan: Record<string, string[]>) => Object.fromEntries(Object.entries(plan).map(([id, entries]) => [id, entries.map((entry) => entry.trim()).filter(Boolean)]));
      expect(trimmed(afterHtml)).toEqual(trimmed(written));
      expect(trimmed(afterText)).toEqual(trimmed(written));

      expect(network.after(), 'requests while writing, printing, saving and opening').toEqual([]);
      for (const request of network.all()) expect(request, 'only the page and its own files').toMatch(new RegExp(`^GET (${SITE_ORIGIN}/|blob:)`));
      expect(await kept(page), 'what the page kept').toEqual([]);
      expect(new URL(page.url()).pathname + new URL(page.url()).search + new URL(page.url()).hash).toBe(path);
    });
  }

  test('adding, moving and removing lines by keyboard keeps focus where the visitor is, and says what happened', async ({ page }) => {
    const t = ui('sv').t;
    await page.goto(safetyPlanPath('sv'));
    const warning = step(page, 'warningSigns');
    await fields(page, 'warningSigns').first().fill('Ett');
    for (const text of ['Två', 'Tre']) {
      await warning.getByRole('button', { name: t('safetyPlan.add') }).press('Enter');
      await expect(status(page)).toHaveText(t('safetyPlan.added'));
      await page.keyboard.type(text);
    }
    await expect(warning.locator('label')).toHaveText(['Rad 1', 'Rad 2', 'Rad 3']);
    await expect(fields(page, 'warningSigns').nth(1)).toHaveAccessibleName('Rad 2');

    // Move the first line down twice with the same button, which stays focused.
    await fields(page, 'warningSigns').first().focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const down = warning.getByRole('button', { name: t('safetyPlan.moveDown') }).first();
    await expect(down).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(status(page)).toHaveText('Raden är nu nummer 2 av 3.');
    await page.keyboard.press('Enter');
    await expect(status(page)).toHaveText('Raden är nu nummer 3 av 3.');
    expect(await values(page, 'warningSigns')).toEqual(['Två', 'Tre', 'Ett']);
    expect(await page.evaluate(() => document.activeElement?.closest('li')?.querySelector('textarea')?.value)).toBe('Ett');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    expect(await values(page, 'warningSigns')).toEqual(['Två', 'Ett', 'Tre']);

    // Removing a line moves focus to the next one (or the one before, the last time to "add a line").
    await warning
      .locator('.plan-entry')
      .nth(1)
      .getByRole('button', { name: t('safetyPlan.remove') })
      .press('Enter');
    await expect(status(page)).toHaveText(t('safetyPlan.removed'));
    await expect(fields(page, 'warningSigns').nth(1)).toBeFocused();
    await warning
      .locator('.plan-entry')
      .nth(1)
      .getByRole('button', { name: t('safetyPlan.remove') })
      .press('Enter');
    await expect(fields(page, 'warningSigns').first()).toBeFocused();
    // With one line left there is nothing to move.
    await expect(warning.getByRole('button', { name: t('safetyPlan.moveUp') })).toHaveCount(0);
    await warning.getByRole('button', { name: t('safetyPlan.remove') }).press('Enter');
    await expect(warning.getByRole('button', { name: t('safetyPlan.add') })).toBeFocused();
    await expect(fields(page, 'warningSigns')).toHaveCount(0);
    // Each step is a group named by its visible heading, its fields real text areas.
    await expect(page.getByRole('group', { name: /Mina varningstecken/ })).toBeVisible();
  });

  for (const [how, leave] of [
    ['the button', (page: Page) => quickExit(page).click()],
    [
      'Shift three times',
      async (page: Page) => {
        for (let press = 0; press < 3; press += 1) await page.keyboard.press('Shift');
      },
    ],
    ['the chat', (page: Page) => page.evaluate(() => document.dispatchEvent(new CustomEvent('stodlinjen:leave')))],
  ] as const) {
    test(`the quick exit by ${how} wipes the plan before it leaves, never asks, and Back does not bring the plan back`, async ({ page }) => {
      const { site } = await settings();
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.type());
        void dialog.accept();
      });
      await page.goto(audiencePath('self'));
      await page.getByRole('link', { name: ui('sv').t('safetyPlan.link') }).click();
      await expect(page).toHaveURL(new RegExp(`${safetyPlanPath('sv')}$`));
      await fillPlan(page, 'sv');
      // The neutral site answers 204 first, so the page stays and can be inspected as the quick exit left it.
      await interceptNeutralSite(page, site.quickExitUrl, 204);
      const left = page.waitForRequest(site.quickExitUrl);
      await leave(page);
      await left;
      expect(await page.locator('[data-plan-step] textarea').evaluateAll((list) => list.map((field) => (field as HTMLTextAreaElement).value).join(''))).not.toMatch(/Första|Andra/);

      await page.unrouteAll();
      await interceptNeutralSite(page, site.quickExitUrl);
      await page.goto(safetyPlanPath('sv'));
      await fillPlan(page, 'sv');
      await leave(page);
      await page.waitForURL(site.quickExitUrl);
      await page.goBack();
      await page.waitForLoadState();
      expect(dialogs, 'the quick exit never asks').toEqual([]);
      const text = await page.locator('body').innerText();
      expect(text).not.toContain('Första i');
      expect(await page.locator('[data-plan-step] textarea').evaluateAll((list) => list.map((field) => (field as HTMLTextAreaElement).value).join(''))).not.toMatch(/Första|Andra/);
    });
  }

  test('Back to the plan after leaving by a link never shows it again, from the back/forward cache either', async ({ playwright }) => {
    // Playwright turns the back/forward cache off by default; a real browser keeps pages in it.
    const browser = await playwright.chromium.launch({ ...test.info().project.use.launchOptions, ignoreDefaultArgs: ['--disable-back-forward-cache'] });
    const page = await (await browser.newContext({ baseURL: SITE_ORIGIN })).newPage();
    try {
      await page.goto(safetyPlanPath('sv'));
      await fillPlan(page, 'sv');
      await page.getByRole('button', { name: ui('sv').t('safetyPlan.saveText') }).click();
      await page.evaluate(() => addEventListener('pageshow', (event) => Object.assign(window, { __fromCache: event.persisted })));
      await page
        .getByRole('navigation', { name: ui('sv').t('site.breadcrumbs') })
        .getByRole('link', { name: ui('sv').t('site.home') })
        .click();
      await page.waitForURL('/');
      // A page restored from the cache fires no load event: wait only for the history step.
      await page.goBack({ waitUntil: 'commit' });
      await expect(page).toHaveURL(new RegExp(`${safetyPlanPath('sv')}$`));
      await expect.poll(() => page.evaluate(() => (window as unknown as { __fromCache?: boolean }).__fromCache), { message: 'the page came back from the back/forward cache' }).toBe(true);
      await expect(fields(page, 'warningSigns')).toHaveCount(1);
      await expect(fields(page, 'warningSigns').first()).toHaveValue('');
      expect((await allValues(page)).reasons).toEqual(['']);
      expect(await page.locator('body').innerText()).not.toContain('Första i');
      await expect(page.locator('textarea[autocomplete="off"]')).toHaveCount(await page.locator('textarea').count());
    } finally {
      await browser.close();
    }
  });

  test('leaving another way with lines not yet printed or saved asks once; once saved, it does not', async ({ page }) => {
    const dialogs: string[] = [];
    await page.goto(safetyPlanPath('sv'));
    // Typed as a person types: browsers ask only on a page the visitor has interacted with.
    await fields(page, 'reasons').first().click();
    await page.keyboard.type('Min katt');
    page.once('dialog', (dialog) => {
      dialogs.push(dialog.type());
      void dialog.dismiss();
    });
    await page
      .getByRole('link', { name: ui('sv').t('site.home') })
      .first()
      .click();
    await expect.poll(() => dialogs).toEqual(['beforeunload']);
    await expect(page).toHaveURL(new RegExp(`${safetyPlanPath('sv')}$`));
    await expect(fields(page, 'reasons').first()).toHaveValue('Min katt');

    await page.getByRole('button', { name: ui('sv').t('safetyPlan.saveHtml') }).click();
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.type());
      void dialog.accept();
    });
    await page
      .getByRole('link', { name: ui('sv').t('site.home') })
      .first()
      .click();
    await page.waitForURL('/');
    expect(dialogs).toEqual(['beforeunload']);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const locale of ['sv', 'ar'] as const) {
    test(`in ${LOCALE_INFO[locale].name} the plan is a blank form to print and fill in by hand, the help numbers in it`, async ({ page }) => {
      const t = ui(locale).t;
      await page.goto(safetyPlanPath(locale));
      await expect(page.getByText(t('safetyPlan.noScript'))).toBeVisible();
      await expect(page.locator('main textarea, main button:visible, main input:visible')).toHaveCount(0);
      await expect(page.locator('[data-plan-step]')).toHaveCount(SAFETY_PLAN_STEPS.length);
      for (const id of SAFETY_PLAN_STEPS) {
        await expect(step(page, id).locator('h2')).toBeVisible();
        await expect(step(page, id).locator('.plan-explanation')).toBeVisible();
        await expect(step(page, id).locator('.plan-blank li').first()).toBeVisible();
      }
      await expect(step(page, 'warningSigns').locator('.plan-examples li').first()).toBeVisible();
      const prefilled = step(page, 'professionals').locator('[data-plan-prefilled]');
      for (const number of ['90390', '90101', '1177', '112']) await expect(prefilled.locator(`a[href="tel:${number}"]`).first()).toBeVisible();
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.plan-help a[href="tel:112"]')).toBeVisible();
      await expect(step(page, 'reasons').locator('.plan-blank li').first()).toBeVisible();
      expect(pdfPages(await page.pdf({ format: 'A4' })), 'printed pages').toBe(1);
    });
  }
});

test.describe('accessible in every language', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(AXE_SOURCE);
  });

  for (const locale of LOCALES) {
    test(`axe finds no WCAG 2.2 AA problem on the empty and the filled plan in ${LOCALE_INFO[locale].name}, in light and dark mode, and it fits 320 px and 200 % zoom`, async ({ page }) => {
      await page.goto(safetyPlanPath(locale));
      const problems: string[] = (await axeProblems(page)).map((problem) => `empty: ${problem}`);
      for (const id of SAFETY_PLAN_STEPS) {
        await fields(page, id).first().fill(`${id} 1177`);
        await step(page, id)
          .getByRole('button', { name: ui(locale).t('safetyPlan.add') })
          .click();
        await fields(page, id)
          .last()
          .fill(`${id} ${'och mer text '.repeat(12)}`);
      }
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        problems.push(...(await axeProblems(page)).map((problem) => `filled, ${colorScheme}: ${problem}`));
      }
      // 320 px wide, and 1280 px at 200 % zoom (640 CSS px): nothing wider than the screen.
      for (const width of [320, 640]) {
        await page.setViewportSize({ width, height: 700 });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) problems.push(`${overflow} px wider than a ${width} px screen`);
      }
      expect(problems, problems.join('\n')).toEqual([]);
    });
  }
});

test.describe('links to the plan', () => {
  test('the section for the visitor, the contact page and the search page\u2019s crisis box lead to the plan; the relatives\u2019 section to the guide', () => {
    for (const locale of LOCALES) {
      const plan = `href="${safetyPlanPath(locale)}"`;
      for (const path of [audiencePath('self', locale), contactPath(locale), searchPath(locale)]) expect(readBuilt(path), path).toContain(plan);
      expect(readBuilt(audiencePath('relatives', locale))).toMatch(/href="\/(?:[a-z-]+\/)?(krisplan-tillsammans|crisis-plan-together)\/"/);
      expect(readBuilt(searchPath(locale)).split('data-search-crisis')[1]!.split('</section>')[0], 'in the crisis box').toContain(plan);
    }
  });

  test('every sensitive article’s help box ends with the way to the plan in the article’s language', () => {
    const sensitive = parseNdjson(readFileSync(DEFAULT_DATASET_FILE, 'utf8'), 'data.ndjson').filter((doc) => doc._type === 'article' && doc.sensitive === true && !doc._id.startsWith('drafts.'));
    expect(sensitive.length).toBeGreaterThan(0);
    for (const article of sensitive) {
      const locale = article.language as Locale;
      const path = articlePath((article.slug as { current: string }).current, locale);
      const html = readBuilt(path);
      const boxes = findElements(html, (tag) => tag.name === 'section' && (tag.attributes.class ?? '').split(' ').includes('help-box'));
      expect(boxes.length, `${path} has a help box`).toBeGreaterThan(0);
      for (const box of boxes) expect(html.slice(box.start, box.end), `${path}: its help box`).toContain(`href="${safetyPlanPath(locale)}"`);
    }
  });
});

test('the plan\u2019s own JavaScript is at most 6 KB (gzip) and ships only on the plan pages', async ({ page }) => {
  const scriptsOf = async (path: string) => (await scriptsOnLoad(page, path)).files;
  const plan = await scriptsOf(safetyPlanPath('sv'));
  const elsewhere = new Set([...(await scriptsOf('/artiklar/vad-ar-angest/')).keys(), ...(await scriptsOf(searchPath('sv'))).keys()]);
  const own = [...plan].filter(([path]) => !elsewhere.has(path));
  const bytes = own.reduce((sum, [, body]) => sum + gzipSync(body, { level: 9 }).length, 0);
  test.info().annotations.push({ type: 'measured', description: `${bytes} B gzip in ${own.map(([path]) => path).join(', ')}` });
  expect(own.length).toBeGreaterThan(0);
  expect(bytes, 'the plan page\u2019s own JavaScript, gzip').toBeLessThanOrEqual(BUDGET);
  const entry = own.find(([path]) => path.includes('SafetyPlanView'))![0];
  const planPaths = LOCALES.map((locale) => safetyPlanPath(locale));
  const carrying = builtPages().filter((path) => readBuilt(path).includes(entry));
  expect(carrying.sort()).toEqual([...planPaths].sort());
});

test("an editor sees a draft of the plan's texts in the draft preview, at the plan's own address; visitors do not", async ({ page, request }) => {
  const dir = mkdtempSync(join(tmpdir(), 'stodlinjen-plan-preview-'));
  const dataset = join(dir, 'data.ndjson');
  copyFileSync(DEFAULT_DATASET_FILE, dataset);
  const published = parseNdjson(readFileSync(DEFAULT_DATASET_FILE, 'utf8'), 'data.ndjson').find((doc) => doc._id === 'safety-plan')!;
  appendFileSync(
    dataset,
    `\n${JSON.stringify({ ...published, _id: 'drafts.safety-plan', title: 'Min plan för svåra stunder', warningSigns: { ...(published.warningSigns as object), heading: 'Det här märker jag först' } })}\n`,
  );
  const secret = 'e2e-local-preview-secret-0123456789';
  const server = await startPreviewServer({ ...buildEnv, PREVIEW_SECRET: secret, EMBEDDED_DATASET: dataset });
  try {
    const path = safetyPlanPath('sv');
    await page.goto(`${server.url}/_preview/enable/?sanity-preview-secret=${secret}&sanity-preview-pathname=${encodeURIComponent(path)}`);
    expect(new URL(page.url()).pathname).toBe(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Min plan för svåra stunder');
    await expect(step(page, 'warningSigns').getByRole('heading')).toHaveText('1. Det här märker jag först');
    await expect(fields(page, 'warningSigns')).toHaveCount(1);
    expect(await (await request.get(path)).text()).not.toContain('Min plan för svåra stunder');
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
