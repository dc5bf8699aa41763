// "Lyssna" on articles: offered only when the device has its own voice for the page's language
// (`localService`), and then reading with that voice only. The browser's speech synthesis is
// replaced by a recording stand-in before the page loads, so each test decides which voices exist.
import { expect, test, type Page } from '@playwright/test';
import { interceptNeutralSite, quickExit, settings } from './a11y-support';
import { builtPages, readBuilt } from './pages';

type Voice = { name: string; lang: string; localService: boolean; default?: boolean };
type Spoken = { text: string; voice: string | null; lang: string };

const LOCAL_SV: Voice = { name: 'Alva (på enheten)', lang: 'sv-SE', localService: true };
const REMOTE_SV: Voice = { name: 'Molnröst', lang: 'sv-SE', localService: false, default: true };
const LOCAL_EN: Voice = { name: 'Daniel', lang: 'en-GB', localService: true };

const article = () => builtPages().find((path) => path.startsWith('/artiklar/'))!;
const listen = (page: Page) => page.getByRole('button', { name: 'Lyssna' });

/** Speech synthesis with these voices (or none until `later`); what is spoken and done is recorded in the test. */
async function stubSpeech(page: Page, voices: Voice[], { later = false } = {}) {
  const calls: string[] = [];
  const spoken: Spoken[] = [];
  await page.exposeFunction('recordSpeech', (call: string, utterance?: Spoken) => {
    calls.push(call);
    if (utterance) spoken.push(utterance);
  });
  await page.addInitScript(
    ({ voices, later }) => {
      const record = (window as unknown as { recordSpeech: (call: string, utterance?: unknown) => void }).recordSpeech;
      const synth = new EventTarget();
      let list = later ? [] : voices;
      const utterances: EventTarget[] = [];
      class Utterance extends EventTarget {
        voice: { name: string } | null = null;
        lang = '';
        constructor(public text: string) {
          super();
        }
      }
      Object.assign(synth, {
        getVoices: () => list.map((voice) => ({ ...voice, voiceURI: voice.name, default: !!voice.default })),
        speak: (utterance: Utterance) => {
          utterances.push(utterance);
          record('speak', { text: utterance.text, voice: utterance.voice?.name ?? null, lang: utterance.lang });
        },
        pause: () => record('pause'),
        resume: () => record('resume'),
        cancel: () => {
          record('cancel');
          // Also kept in the tab: a call made while the page unloads may never reach the test.
          sessionStorage.setItem('speech-cancels', String(Number(sessionStorage.getItem('speech-cancels')) + 1));
        },
      });
      Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
      Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
      Object.assign(window, {
        speechStub: {
          setVoices(next: typeof voices) {
            list = next;
            synth.dispatchEvent(new Event('voiceschanged'));
          },
          finish: () => utterances.splice(0).forEach((utterance) => utterance.dispatchEvent(new Event('end'))),
        },
      });
      // Voices often arrive after the page has loaded.
      if (later) setTimeout(() => (window as unknown as { speechStub: { setVoices(v: typeof voices): void } }).speechStub.setVoices(voices), 300);
    },
    { voices, later },
  );
  return { calls, spoken };
}

test('with no voice on the device, or only one for another language, there is no "Lyssna" button', async ({ page }) => {
  await stubSpeech(page, [LOCAL_EN]);
  await page.goto(article());
  await expect(page.locator('main h1')).toBeVisible();
  await expect(listen(page)).toHaveCount(0);
  await expect(page.locator('[data-read-aloud]')).toBeHidden();
});

test('with only a remote voice for the language (the text would leave the device), there is no "Lyssna" button', async ({ page }) => {
  const { calls } = await stubSpeech(page, [REMOTE_SV, LOCAL_EN]);
  await page.goto(article());
  await expect(page.locator('main h1')).toBeVisible();
  await expect(listen(page)).toHaveCount(0);
  expect(calls).not.toContain('speak');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the read-aloud controls are not shown at all', async ({ page }) => {
    await page.goto(article());
    await expect(page.locator('[data-read-aloud]')).toBeHidden();
    await expect(listen(page)).toHaveCount(0);
    // Not even hidden ones: text browsers and reader modes ignore `hidden` and would offer them.
    await expect(page.locator('[data-read-aloud] button')).toHaveCount(0);
  });
});

test('no article as served holds a read-aloud button, so a text browser or reader mode offers none that cannot work', () => {
  const articles = builtPages().filter((path) => readBuilt(path).includes('<div data-read-aloud'));
  expect(articles.length).toBeGreaterThan(0);
  const withButtons = articles.filter((path) => {
    const html = readBuilt(path);
    const start = html.indexOf('<div data-read-aloud');
    return /<button\b/.test(html.slice(start, html.indexOf('<template', start)));
  });
  expect(withButtons).toEqual([]);
});

test('a local voice arriving after the page loaded brings the button', async ({ page }) => {
  await stubSpeech(page, [REMOTE_SV, LOCAL_SV], { later: true });
  await page.goto(article());
  await expect(listen(page)).toBeVisible();
});

test('with a local voice the visitor listens to the article with that voice only, pauses, resumes and stops, and hears each change', async ({ page }) => {
  // The remote voice is listed first and is the browser's default: it must never be used.
  const { calls, spoken } = await stubSpeech(page, [REMOTE_SV, LOCAL_SV, LOCAL_EN]);
  await page.goto(article());
  const title = (await page.locator('main h1').textContent())!.trim();
  const status = page.locator('[data-read-aloud] [role="status"]');

  await listen(page).click();
  await expect(status).toHaveText('Texten läses upp.');
  await expect.poll(() => spoken.length).toBeGreaterThan(2);
  // The title comes first (after at most the article's audience label).
  expect(spoken.slice(0, 2).map((utterance) => utterance.text)).toContain(title);
  expect(new Set(spoken.map((utterance) => utterance.voice))).toEqual(new Set([LOCAL_SV.name]));
  expect(new Set(spoken.map((utterance) => utterance.lang))).toEqual(new Set(['sv-SE']));
  // Its own controls and the site's chrome are not read out.
  expect(spoken.map((utterance) => utterance.text)).not.toContain('Lyssna');

  await page.getByRole('button', { name: 'Pausa uppläsningen' }).click();
  await expect(status).toHaveText('Uppläsningen är pausad.');
  expect(calls).toContain('pause');
  await page.getByRole('button', { name: 'Fortsätt uppläsningen' }).click();
  await expect(status).toHaveText('Texten läses upp.');
  expect(calls).toContain('resume');

  const cancels = calls.filter((call) => call === 'cancel').length;
  await page.getByRole('button', { name: 'Sluta läsa upp' }).click();
  await expect(status).toHaveText('Uppläsningen är stoppad.');
  expect(calls.filter((call) => call === 'cancel').length).toBe(cancels + 1);
  await expect(page.getByRole('button', { name: 'Sluta läsa upp' })).toHaveCount(0);
  await expect(listen(page)).toBeFocused();
});

test('reading to the end says so, and a voice that disappears mid-reading stops it instead of another voice taking over', async ({ page }) => {
  const { calls } = await stubSpeech(page, [LOCAL_SV]);
  await page.goto(article());
  const status = page.locator('[data-read-aloud] [role="status"]');
  await listen(page).click();
  await expect(status).toHaveText('Texten läses upp.');
  await page.evaluate(() => (window as unknown as { speechStub: { finish(): void } }).speechStub.finish());
  await expect(status).toHaveText('Hela texten är uppläst.');
  await expect(listen(page)).toBeVisible();

  await listen(page).click();
  await expect(status).toHaveText('Texten läses upp.');
  const cancels = calls.filter((call) => call === 'cancel').length;
  await page.evaluate((remote) => (window as unknown as { speechStub: { setVoices(v: unknown[]): void } }).speechStub.setVoices([remote]), REMOTE_SV);
  await expect(status).toHaveText('Uppläsningen är stoppad.');
  expect(calls.filter((call) => call === 'cancel').length).toBeGreaterThan(cancels);
  await expect(page.locator('[data-read-aloud]')).toBeHidden();
});

test('the quick exit and following a link both stop the reading', async ({ page }) => {
  const { site } = await settings();
  await interceptNeutralSite(page, site.quickExitUrl, 204);
  const { calls } = await stubSpeech(page, [LOCAL_SV]);
  await page.goto(article());
  await listen(page).click();
  await expect(page.getByRole('button', { name: 'Pausa uppläsningen' })).toBeVisible();
  const cancelsInTab = () => page.evaluate(() => Number(sessionStorage.getItem('speech-cancels')));
  let cancels = await cancelsInTab();
  await page.locator('main a[href^="/"]:not([data-chat-entry])').first().click();
  await page.waitForURL((url) => url.pathname !== article());
  expect(await cancelsInTab()).toBeGreaterThan(cancels);

  await page.goto(article());
  await listen(page).click();
  await expect(page.getByRole('button', { name: 'Pausa uppläsningen' })).toBeVisible();
  cancels = calls.filter((call) => call === 'cancel').length;
  const left = page.waitForRequest(site.quickExitUrl);
  await quickExit(page).click();
  await left;
  expect(calls.filter((call) => call === 'cancel').length).toBeGreaterThan(cancels);
});
