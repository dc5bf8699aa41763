// The chat with a counsellor, end to end: a visitor on the built site, a counsellor on the
// stand-in contact service (a test double on the fixed port the build points at). One file, run
// in order, because every test shares that one stand-in.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { startStandin, type Standin } from '../../src/dev/contact-service-standin/server.ts';
import { interceptNeutralSite, pageScripts, quickExit, settings, tabTo } from './a11y-support';
import { STANDIN_ORIGIN, STANDIN_PORT } from './build-env.mjs';
import { builtPages } from './pages';

test.describe.configure({ mode: 'serial' });

const ARTICLE = '/artiklar/att-prata-med-nagon-som-mar-daligt/';
const EMBED = `${STANDIN_ORIGIN}/chat/embed`;

let standin: Standin;

type SessionRow = { id: string; state: 'queued' | 'connected' | 'ended'; ended: boolean; reason?: string; messages: number };
const sessions = async (): Promise<SessionRow[]> => (await fetch(`${STANDIN_ORIGIN}/__control/sessions`)).json() as Promise<SessionRow[]>;

test.beforeAll(async () => {
  standin = await startStandin({ port: STANDIN_PORT });
});
test.afterAll(async () => {
  await standin?.close();
});
test.beforeEach(async () => {
  await fetch(`${STANDIN_ORIGIN}/__control/reset`, { method: 'POST' });
});

// The entry in the article itself ("Vill du prata med någon?"), next to the phone number.
const entry = (page: Page) => page.getByRole('main').getByRole('link', { name: 'Chatta med en rådgivare' });
const panel = (page: Page) => page.getByRole('dialog', { name: 'Chatta med en rådgivare' });
const panelStatus = (page: Page) => panel(page).getByRole('status');
const frameElement = (page: Page) => page.locator('iframe[title="Chattsamtal med en rådgivare"]');
const chat = (page: Page) => page.frameLocator('iframe[title="Chattsamtal med en rådgivare"]');

const panelAxe = (page: Page) => new AxeBuilder({ page }).include('[data-chat-host]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();

async function send(page: Page, text: string) {
  await chat(page).getByLabel('Ditt meddelande').fill(text);
  await chat(page).getByRole('button', { name: 'Skicka' }).click();
}

/** A counsellor on the stand-in's own page: takes the next visitor and answers. */
async function counsellorFor(page: Page) {
  const counsellor = await page.context().newPage();
  await counsellor.goto(`${STANDIN_ORIGIN}/counsellor`);
  await counsellor.getByRole('button', { name: 'Ta nästa i kön' }).click();
  const reply = async (text: string) => {
    await counsellor.getByRole('textbox', { name: /^Svar till besökare/ }).fill(text);
    await counsellor.getByRole('button', { name: 'Skicka' }).click();
  };
  return { counsellor, reply };
}

async function openChatInQueue(page: Page, path = ARTICLE) {
  await page.goto(path);
  await pageScripts(page);
  await entry(page).click();
  await expect(panelStatus(page)).toHaveText(/Du är nummer 1 i kön/);
}

test('a visitor opens the chat from an article, waits in the queue, reads the reply and keeps the same conversation on the next article', async ({ page }) => {
  const embedLoads: string[] = [];
  const blocked: string[] = [];
  page.on('request', (request) => {
    if (request.url().startsWith(EMBED) && request.resourceType() === 'document') embedLoads.push(request.url());
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) blocked.push(message.text());
  });
  standin.setMode('busy');
  await page.goto(ARTICLE);
  await pageScripts(page);
  await entry(page).click();

  const dialog = panel(page);
  await expect(dialog).toBeFocused();
  await expect(panelStatus(page)).toHaveText('Du är nummer 6 i kön. Beräknad väntetid: cirka 18 minuter.');
  await expect(dialog.getByRole('link', { name: 'Ring Stödlinjen på 90 390' })).toBeVisible();
  await expect(dialog.getByRole('link', { name: 'ring 112' })).toBeVisible();
  standin.setMode('normal'); // the five ahead leave: the position updates
  await expect(panelStatus(page)).toHaveText('Du är nummer 1 i kön. Beräknad väntetid: cirka 3 minuter.');

  await send(page, 'Hej. Jag orkar inte riktigt längre.');
  const { counsellor, reply } = await counsellorFor(page);
  await expect(panelStatus(page)).toHaveText('En rådgivare har svarat. Ni chattar nu.');
  await expect(counsellor.getByText('Hej. Jag orkar inte riktigt längre.')).toBeVisible();
  await reply('Hej, vad bra att du skriver. Jag finns här.');
  await expect(chat(page).getByText('Hej, vad bra att du skriver. Jag finns här.')).toBeVisible();

  // Marks on the frame element and inside the framed page: a reload would lose both.
  await frameElement(page).evaluate((frame) => (frame.dataset.testMark = 'same-frame'));
  const frame = page.frames().find((f) => f.url().startsWith(EMBED))!;
  await frame.evaluate(() => ((window as unknown as { testMark: string }).testMark = 'same-document'));
  const [session] = await sessions();
  const firstTitle = await page.getByRole('heading', { level: 1 }).textContent();

  await page.getByRole('region', { name: 'Läs också' }).getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(firstTitle!);
  await expect(page).not.toHaveURL(new RegExp(`${ARTICLE}$`));
  // The new page's heading has focus, so reading starts there.
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

  await expect(frameElement(page)).toHaveAttribute('data-test-mark', 'same-frame');
  expect(await frame.evaluate(() => (window as unknown as { testMark?: string }).testMark)).toBe('same-document');
  await expect(chat(page).getByText('Hej. Jag orkar inte riktigt längre.')).toBeVisible();
  await expect(chat(page).getByText('Hej, vad bra att du skriver. Jag finns här.')).toBeVisible();

  await send(page, 'Jag läser vidare här medan vi pratar.');
  await expect(counsellor.getByText('Jag läser vidare här medan vi pratar.')).toBeVisible();
  // Back goes through the router too: still the same frame.
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstTitle!);
  await expect(frameElement(page)).toHaveAttribute('data-test-mark', 'same-frame');

  expect(embedLoads).toHaveLength(1);
  expect(await sessions()).toEqual([expect.objectContaining({ id: session!.id, state: 'connected', messages: 3 })]);
  expect(blocked).toEqual([]);
});

test('nothing reaches the contact service and nothing is stored until the visitor opens the chat; React loads only on the way to it', async ({ page }) => {
  const toService: string[] = [];
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.url().startsWith(STANDIN_ORIGIN)) toService.push(request.url());
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto(ARTICLE, { waitUntil: 'networkidle' });
  const loadedScripts = scripts.length;

  await entry(page).hover();
  await expect.poll(() => scripts.length).toBeGreaterThan(loadedScripts);
  await page.waitForLoadState('networkidle');
  expect(toService).toEqual([]);
  expect(await page.evaluate(() => [sessionStorage.length, localStorage.length, document.cookie])).toEqual([0, 0, '']);

  await entry(page).click();
  await expect(panelStatus(page)).toHaveText(/Du är nummer 1 i kön/);
  expect(toService[0]).toBe(`${STANDIN_ORIGIN}/status`);
  // Started: now the session id is kept for this tab only, to survive a reload.
  const [session] = await sessions();
  expect(await page.evaluate(() => sessionStorage.getItem('stodlinjen.chatt'))).toBe(session!.id);
});

test('the panel says open or closed from the schedule in the visitor’s browser, not from when the page was built', async ({ page }) => {
  const toService: string[] = [];
  page.on('request', (request) => {
    if (request.url().startsWith(STANDIN_ORIGIN)) toService.push(request.url());
  });
  // The page as it would have been built with the chat open for one minute a week, long ago.
  await page.route(`**${ARTICLE}`, async (route) => {
    const html = await (await route.fetch()).text();
    const closedSchedule = html.replace(/(data-config=")([^"]*)"/, (_, start: string, json: string) => {
      const config = JSON.parse(json.replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
      config.hours = [{ day: 'monday', opens: '03:00', closes: '03:01' }];
      return `${start}${JSON.stringify(config).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
    });
    await route.fulfill({ body: closedSchedule, contentType: 'text/html' });
  });
  await page.clock.setFixedTime(new Date('2026-11-18T14:00:00+01:00')); // a Wednesday afternoon
  await page.goto(ARTICLE);
  await pageScripts(page);
  await expect(page.getByRole('main').locator('[data-chat-state]')).toHaveAttribute('data-chat-state', 'closed');
  // The editors' closed text, and when the chat opens again: the schedule's next Monday 03:00, in Stockholm time.
  await expect(page.getByRole('main').locator('[data-chat-state]')).toHaveText('Chatten är stängd just nu. Chatten öppnar igen måndag 23 november kl. 03:00.');

  await entry(page).click();
  const dialog = panel(page);
  await expect(dialog.getByText('Chatten öppnar igen måndag 23 november kl. 03:00.')).toBeVisible();
  // The line's phone keeps the same hours, so the panel offers what is open now.
  await expect(dialog.getByRole('heading', { name: 'Öppet just nu' })).toBeVisible();
  await expect(dialog.getByRole('link', { name: 'ring 90101' })).toHaveAttribute('href', 'tel:90101');
  await expect(dialog.getByRole('link', { name: 'ring 1177' })).toHaveAttribute('href', 'tel:1177');
  await expect(dialog.getByRole('link', { name: 'ring 112' })).toHaveAttribute('href', 'tel:112');
  await expect(dialog.getByRole('link', { name: 'Ring Stödlinjen på 90 390' })).toHaveCount(0);
  await expect(dialog.getByRole('heading', { name: 'Öppettider' })).toBeVisible();
  await expect(frameElement(page)).toHaveCount(0);
  expect(toService).toEqual([]);
  expect((await panelAxe(page)).violations).toEqual([]);

  // Later the same day it opens: the state on the page follows without a reload.
  await page.clock.setFixedTime(new Date('2026-11-23T03:00:30+01:00'));
  await page.evaluate(() => document.dispatchEvent(new Event('astro:page-load')));
  await expect(page.getByRole('main').locator('[data-chat-state]')).toHaveAttribute('data-chat-state', 'open');
});

for (const [mode, expected] of [
  ['down', 'Vi kan inte visa chatten just nu.'],
  ['slow', 'Chatten svarar inte just nu.'],
  ['closed', 'Chatten är stängd just nu (testattrapp).'],
] as const) {
  test(`when the contact service is ${mode}, the visitor gets the phone number and opening hours within seconds`, async ({ page }) => {
    standin.setMode(mode);
    await page.goto(ARTICLE);
    await pageScripts(page);
    await pageScripts(page);
    const opened = Date.now();
    await entry(page).click();
    const dialog = panel(page);
    await expect(panelStatus(page)).toContainText(expected, { timeout: 6000 });
    expect(Date.now() - opened).toBeLessThan(6000);
    await expect(dialog.getByRole('link', { name: 'Ring Stödlinjen på 90 390' })).toHaveAttribute('href', 'tel:90390');
    await expect(dialog.getByRole('link', { name: 'ring 112' })).toBeVisible();
    await expect(dialog.getByRole('heading', { name: 'Öppettider' })).toBeVisible();
    await expect(dialog.getByRole('listitem').filter({ hasText: 'Måndag' })).toHaveText('Måndag–söndag: dygnet runt');
    await expect(frameElement(page)).toHaveCount(0);
    expect(await sessions()).toEqual([]);
    // Where trying again can help (the service down or slow), the panel offers it.
    await expect(dialog.getByRole('button', { name: 'Försök igen' })).toHaveCount(mode === 'closed' ? 0 : 1);

    await dialog.getByRole('button', { name: 'Stäng' }).click();
    await expect(dialog).toBeHidden();
    await expect(entry(page)).toBeFocused();
  });
}

test('a chat that stops answering after it opened shows the phone number instead of an empty frame', async ({ page }) => {
  // The status answers, then the chat itself never reports back.
  await page.route(`${EMBED}*`, () => {});
  await page.goto(ARTICLE);
  await pageScripts(page);
  await entry(page).click();
  // A few seconds in, still connecting: the panel says so, next to the phone number and 112.
  await expect(panel(page).getByText('Det tar längre tid än vanligt att ansluta.')).toBeVisible();
  await expect(panelStatus(page)).toHaveText('Ansluter till chatten …');
  await expect(panel(page).getByRole('link', { name: 'Ring Stödlinjen på 90 390' })).toBeVisible();
  await expect(panel(page).getByRole('link', { name: 'ring 112' })).toBeVisible();
  await expect(panelStatus(page)).toContainText('Chatten svarar inte just nu.', { timeout: 12_000 });
  await expect(frameElement(page)).toHaveCount(0);
  await expect(panel(page).getByRole('link', { name: 'Ring Stödlinjen på 90 390' })).toBeVisible();

  // "Försök igen" once the chat answers again: straight into the queue.
  await page.unroute(`${EMBED}*`);
  await panel(page).getByRole('button', { name: 'Försök igen' }).click();
  await expect(panelStatus(page)).toHaveText(/Du är nummer 1 i kön/);
  await expect(panel(page)).toBeFocused();
});

test('minimised, the chat shows and announces how many new messages arrived', async ({ page }) => {
  await openChatInQueue(page);
  const { reply } = await counsellorFor(page);
  await expect(panelStatus(page)).toHaveText('En rådgivare har svarat. Ni chattar nu.');

  await panel(page).getByRole('button', { name: 'Minimera chatten' }).click();
  await expect(panel(page)).toBeHidden();
  await expect(entry(page)).toBeFocused();
  await reply('Är du kvar?');
  await reply('Jag väntar här.');

  const minimised = page.getByRole('complementary', { name: 'Chatta med en rådgivare' });
  await expect(minimised.getByRole('button', { name: 'Visa chatten 2 nya' })).toBeVisible();
  await expect(minimised.getByRole('status')).toHaveText('2 nya meddelanden i chatten');

  await minimised.getByRole('button', { name: 'Visa chatten 2 nya' }).click();
  await expect(panel(page)).toBeFocused();
  await expect(minimised).toHaveCount(0);
  await expect(chat(page).getByText('Jag väntar här.')).toBeVisible();
});

test('"Avsluta chatten" asks once, then ends the session at the contact service and forgets it in the browser', async ({ page }) => {
  await openChatInQueue(page);
  await panel(page).getByRole('button', { name: 'Avsluta chatten' }).click();
  const question = panel(page).getByRole('group', { name: /Vill du avsluta chatten\?/ });
  await expect(question.getByRole('button', { name: 'Ja, avsluta' })).toBeFocused();
  await question.getByRole('button', { name: 'Nej, fortsätt chatta' }).click();
  await expect(question).toHaveCount(0);
  await expect(panel(page).getByRole('button', { name: 'Avsluta chatten' })).toBeFocused();
  expect(await sessions()).toEqual([expect.objectContaining({ state: 'queued' })]);

  await panel(page).getByRole('button', { name: 'Avsluta chatten' }).click();
  await panel(page).getByRole('button', { name: 'Ja, avsluta' }).click();
  await expect(panelStatus(page)).toHaveText('Chatten är avslutad.');
  // Help stays in view after the end, and a new chat is one click away.
  await expect(panel(page).getByRole('link', { name: 'Ring Stödlinjen på 90 390' })).toBeVisible();
  await expect(panel(page).getByRole('link', { name: 'ring 112' })).toBeVisible();
  await expect(panel(page).getByRole('button', { name: 'Starta en ny chatt' })).toBeVisible();
  expect(await sessions()).toEqual([expect.objectContaining({ state: 'ended', reason: 'visitor' })]);
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0);

  await panel(page).getByRole('button', { name: 'Stäng' }).click();
  await expect(panel(page)).toHaveCount(0);
  await expect(entry(page)).toBeFocused();
});

test('the quick exit ends the chat at the contact service, also after reading on to another page', async ({ page }) => {
  const { site } = await settings();
  await interceptNeutralSite(page, site.quickExitUrl);
  await openChatInQueue(page);
  await page.getByRole('region', { name: 'Läs också' }).getByRole('link').first().click();
  await expect(page).not.toHaveURL(new RegExp(`${ARTICLE}$`));
  await expect(frameElement(page)).toHaveCount(1);

  await quickExit(page).click();
  await expect(page).toHaveURL(site.quickExitUrl);
  await expect.poll(sessions).toEqual([expect.objectContaining({ state: 'ended', reason: 'visitor' })]);
});

test('an article reached during a chat offers "Lyssna" as one loaded afresh does', async ({ page }) => {
  // A voice on the device for Swedish (read-aloud.spec.ts stands in for speech synthesis fully).
  await page.addInitScript(() => {
    const synth = Object.assign(new EventTarget(), {
      getVoices: () => [{ name: 'Alva', voiceURI: 'Alva', lang: 'sv-SE', localService: true, default: true }],
      speak: () => undefined,
      cancel: () => undefined,
      pause: () => undefined,
      resume: () => undefined,
    });
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  });
  await openChatInQueue(page);
  await expect(page.getByRole('button', { name: 'Lyssna' })).toBeVisible();
  await page.getByRole('region', { name: 'Läs också' }).getByRole('link').first().click();
  await expect(page).not.toHaveURL(new RegExp(`${ARTICLE}$`));
  // The router showed it: the chat's frame is the same one.
  await expect(frameElement(page)).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Lyssna' })).toBeVisible();
});

test('a reload during a chat comes back to the same conversation', async ({ page }) => {
  await openChatInQueue(page);
  await send(page, 'Sidan laddades om, är du kvar?');
  const [session] = await sessions();
  await page.reload();
  await expect(frameElement(page)).toHaveAttribute('src', new RegExp(`session=${session!.id}`));
  await expect(chat(page).getByText('Sidan laddades om, är du kvar?')).toBeVisible();
  await expect(panelStatus(page)).toHaveText(/^Chatten fortsätter där du var\. Du är nummer 1 i kön/);
  expect(await sessions()).toHaveLength(1);
  // The framed chat leaves announcing its state to the site: one live region, not two.
  await expect(chat(page).getByRole('status')).toHaveCount(0);
});

test('a chat minimised before a reload comes back minimised, and says that it carried on', async ({ page }) => {
  await openChatInQueue(page);
  await panel(page).getByRole('button', { name: 'Minimera chatten' }).click();
  await page.reload();
  const minimised = page.getByRole('complementary', { name: 'Chatta med en rådgivare' });
  await expect(minimised.getByRole('button', { name: 'Visa chatten' })).toBeVisible();
  await expect(minimised.getByRole('status')).toHaveText(/^Chatten fortsätter där du var\. Du är nummer 1 i kön/);
  await expect(panel(page)).toBeHidden();
  expect(await sessions()).toHaveLength(1);

  await minimised.getByRole('button', { name: 'Visa chatten' }).click();
  await expect(panel(page)).toBeFocused();
  await page.reload();
  await expect(panel(page)).toBeVisible();
});

test('when the service has lost the conversation, the panel says so and queues again only when the visitor asks', async ({ page }) => {
  const lost = 'Chattjänsten har inte kvar ert samtal, så det kunde inte fortsätta. Du kan starta en ny chatt och ställa dig i kö igen.';
  // Lost while the page is open.
  await openChatInQueue(page);
  await fetch(`${STANDIN_ORIGIN}/__control/reset`, { method: 'POST' }); // the service forgets every session
  await expect(panelStatus(page)).toHaveText(lost);
  await expect(panel(page).getByRole('button', { name: 'Starta en ny chatt' })).toBeVisible();

  // Lost while the page was away: this tab still holds an id the service no longer knows.
  await page.evaluate(() => sessionStorage.setItem('stodlinjen.chatt', 'forgotten-session-1234'));
  await page.reload();
  await expect(frameElement(page)).toHaveAttribute('src', /session=forgotten-session-1234/);
  await expect(panelStatus(page)).toHaveText('Chattjänsten har inte kvar ert samtal, så det kunde inte fortsätta. Du kan starta en ny chatt och ställa dig i kö igen.');
  await expect(panel(page).getByRole('link', { name: 'Ring Stödlinjen på 90 390' })).toBeVisible();
  await expect(panel(page).getByRole('link', { name: 'ring 112' })).toBeVisible();
  expect(await sessions()).toEqual([]);
  expect(await page.evaluate(() => sessionStorage.getItem('stodlinjen.chatt'))).toBeNull();

  await panel(page).getByRole('button', { name: 'Starta en ny chatt' }).click();
  await expect(panelStatus(page)).toHaveText(/^Du är nummer 1 i kön/);
  expect(await sessions()).toEqual([expect.objectContaining({ state: 'queued' })]);
});

test('when the counsellor ends the chat, the panel says so and keeps the phone number, 112 and a new start in view', async ({ page }) => {
  await openChatInQueue(page);
  const { counsellor } = await counsellorFor(page);
  await expect(panelStatus(page)).toHaveText('En rådgivare har svarat. Ni chattar nu.');
  await counsellor.getByRole('button', { name: 'Avsluta samtalet' }).click();
  await expect(panelStatus(page)).toHaveText('Rådgivaren har avslutat chatten.');
  await expect(panel(page).getByRole('link', { name: 'Ring Stödlinjen på 90 390' })).toBeVisible();
  await expect(panel(page).getByRole('link', { name: 'ring 112' })).toBeVisible();
  await expect(panel(page).getByRole('button', { name: 'Starta en ny chatt' })).toBeVisible();
  await expect(chat(page).getByText('Rådgivaren har avslutat chatten.')).toBeVisible();
  expect((await panelAxe(page)).violations).toEqual([]);
});

test('Shift pressed three times while typing in the chat leaves the page and ends the session', async ({ page }) => {
  const { site } = await settings();
  await interceptNeutralSite(page, site.quickExitUrl);
  await openChatInQueue(page);
  const box = chat(page).getByLabel('Ditt meddelande');
  await box.click();
  await page.keyboard.type('Någon kommer');
  for (let press = 0; press < 3; press += 1) await page.keyboard.press('Shift');
  await page.waitForURL(site.quickExitUrl);
  await expect.poll(sessions).toEqual([expect.objectContaining({ state: 'ended', reason: 'visitor' })]);
  expect(await page.evaluate(() => [sessionStorage.length, localStorage.length])).toEqual([0, 0]);
});

test('the chat’s own exit control and the panel’s quick exit both leave the page and end the session', async ({ page }) => {
  const { site } = await settings();
  await interceptNeutralSite(page, site.quickExitUrl);
  await openChatInQueue(page);
  await chat(page).getByRole('button', { name: 'Lämna sidan snabbt' }).click();
  await page.waitForURL(site.quickExitUrl);
  await expect.poll(sessions).toEqual([expect.objectContaining({ state: 'ended', reason: 'visitor' })]);

  await fetch(`${STANDIN_ORIGIN}/__control/reset`, { method: 'POST' });
  await openChatInQueue(page);
  // Covering the page is the same as the site's own quick exit: everything behind it is hidden.
  await interceptNeutralSite(page, site.quickExitUrl, 204);
  const left = page.waitForRequest(site.quickExitUrl);
  await panel(page).getByRole('button', { name: 'Lämna sidan snabbt' }).click();
  await left;
  await expect(page.locator('.quick-exit-cover')).toBeVisible();
  await expect.poll(sessions).toEqual([expect.objectContaining({ state: 'ended', reason: 'visitor' })]);
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
});

test('with the keyboard only, a visitor opens the chat, writes, minimises with Escape and comes back', async ({ page }) => {
  await page.goto(ARTICLE);
  await pageScripts(page);
  await tabTo(page, entry(page));
  await page.keyboard.press('Enter');
  await expect(panel(page)).toBeFocused();
  await expect(panelStatus(page)).toHaveText(/Du är nummer 1 i kön/);

  // Into the chat: the panel's quick exit and own button, then the framed chat's message box.
  await page.keyboard.press('Tab');
  await expect(panel(page).getByRole('button', { name: 'Lämna sidan snabbt' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(panel(page).getByRole('button', { name: 'Minimera chatten' })).toBeFocused();
  const box = chat(page).getByLabel('Ditt meddelande');
  for (let i = 0; i < 10 && !(await box.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(box).toBeFocused();
  await page.keyboard.type('Jag skriver med tangentbordet.');
  await page.keyboard.press('Enter');
  await expect(chat(page).getByText('Jag skriver med tangentbordet.', { exact: true }).last()).toBeVisible();

  // No trap: Tab leads out of the framed chat to the panel's last button, and on out of the panel.
  await tabTo(page, panel(page).getByRole('button', { name: 'Avsluta chatten' }), 6);
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => !!document.activeElement?.closest('[role="dialog"]'))).toBe(false);

  await tabTo(page, panel(page).getByRole('button', { name: 'Minimera chatten' }));
  await page.keyboard.press('Escape');
  await expect(panel(page)).toBeHidden();
  await expect(entry(page)).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(panel(page)).toBeFocused();
  await expect(chat(page).getByText('Jag skriver med tangentbordet.', { exact: true }).last()).toBeVisible();
});

test('the open panel has no accessibility violations (axe, WCAG 2.2 AA) and fits 320 px and 200 % zoom', async ({ page }) => {
  await openChatInQueue(page);
  expect((await panelAxe(page)).violations).toEqual([]);
  // The question before ending, too.
  await panel(page).getByRole('button', { name: 'Avsluta chatten' }).click();
  expect((await panelAxe(page)).violations).toEqual([]);
  await panel(page).getByRole('button', { name: 'Nej, fortsätt chatta' }).click();

  // 320 CSS px wide (1280 px at 400 %), then 1280 × 720 at 200 %: nothing cut off, everything reachable.
  for (const size of [
    { width: 320, height: 640 },
    { width: 640, height: 360 },
  ]) {
    await page.setViewportSize(size);
    const box = (await panel(page).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(size.width);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
    for (const name of ['Lämna sidan snabbt', 'Minimera chatten', 'Avsluta chatten']) {
      const button = panel(page).getByRole('button', { name });
      await button.scrollIntoViewIfNeeded();
      await expect(button).toBeInViewport();
    }
    // The quick exit stays on top of the panel, never under it.
    const exit = (await quickExit(page).boundingBox())!;
    const onTop = await page.evaluate(([x, y]) => !!document.elementFromPoint(x!, y!)?.closest('[data-quick-exit]'), [exit.x + exit.width / 2, exit.y + exit.height / 2]);
    expect(onTop).toBe(true);
  }
});

// The chat in the page's language: the panel from that language's catalog, the contact service
// told the language (`lang=`), right to left on Arabic pages, and the quick exit from inside.
const firstArticle = (prefix: string) => {
  const path = builtPages().find((candidate) => candidate.startsWith(prefix));
  if (!path) throw new Error(`No built article under ${prefix}`);
  return path;
};

test('on an English article the chat speaks English, tells the contact service the language, and its own quick exit still leaves', async ({ page }) => {
  const { site } = await settings();
  await interceptNeutralSite(page, site.quickExitUrl);
  await page.goto(firstArticle('/en/articles/'));
  await pageScripts(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('main').getByRole('link', { name: 'Chat with a counsellor' }).last().click();

  const dialog = page.getByRole('dialog', { name: 'Chat with a counsellor' });
  await expect(dialog).toBeFocused();
  await expect(dialog).toHaveAttribute('lang', 'en');
  await expect(dialog.getByRole('status')).toHaveText('You are number 1 in the queue. Expected wait: about 3 minutes.');
  await expect(dialog.getByRole('link', { name: 'Call Stödlinjen on 90 390' })).toBeVisible();
  await expect(dialog.getByRole('link', { name: 'call 112' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Leave this page quickly' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Minimise the chat' })).toBeVisible();
  await expect(dialog).not.toContainText(/Chatta|Avsluta|Lämna|kön/);

  const frame = page.locator('iframe[title="Chat conversation with a counsellor"]');
  expect(new URL((await frame.getAttribute('src'))!).searchParams.get('lang')).toBe('en');
  const framed = page.frameLocator('iframe[title="Chat conversation with a counsellor"]');
  await expect(framed.locator('html')).toHaveAttribute('lang', 'en');
  await framed.getByRole('button', { name: 'Leave this page quickly' }).click();
  await page.waitForURL(site.quickExitUrl);
  await expect.poll(sessions).toEqual([expect.objectContaining({ state: 'ended', reason: 'visitor' })]);
});

test('on an Arabic page the chat is in Arabic and mirrored: at the inline end (left), right to left, numbers kept in order; Shift three times inside it still leaves', async ({ page }) => {
  const { site } = await settings();
  await interceptNeutralSite(page, site.quickExitUrl);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(firstArticle('/ar/articles/'));
  await pageScripts(page);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByRole('main').getByRole('link', { name: 'تحدّث عبر الدردشة مع مستشار' }).last().click();

  const dialog = page.getByRole('dialog', { name: 'تحدّث عبر الدردشة مع مستشار' });
  await expect(dialog).toBeFocused();
  await expect(dialog).toHaveAttribute('dir', 'rtl');
  await expect(dialog.getByRole('status')).toHaveText('ترتيبك في قائمة الانتظار: 1. مدة الانتظار المتوقعة: نحو 3 دقائق.');
  // The queue place and the wait are isolated, so they keep their place in right-to-left text.
  await expect(dialog.getByRole('status').locator('bdi')).toHaveText(['1', '3 دقائق']);
  await expect(dialog.getByRole('button', { name: 'غادر الصفحة بسرعة' })).toBeVisible();
  await expect(dialog).not.toContainText(/Chatta|Avsluta|kön|Chat with|Leave this page/);
  // Mirrored: the panel sits in the bottom left corner, its title starts at its right edge.
  const box = (await dialog.boundingBox())!;
  expect(box.x).toBeLessThan(40);
  expect(box.x + box.width).toBeLessThan(1280 / 2);
  const titleBox = (await dialog.getByRole('heading', { level: 2 }).boundingBox())!;
  expect(box.x + box.width - (titleBox.x + titleBox.width)).toBeLessThan(24);
  expect(titleBox.x - box.x).toBeGreaterThan(24);

  const frame = page.locator('iframe[title="الدردشة مع مستشار"]');
  expect(new URL((await frame.getAttribute('src'))!).searchParams.get('lang')).toBe('ar');
  const framed = page.frameLocator('iframe[title="الدردشة مع مستشار"]');
  await expect(framed.locator('html')).toHaveAttribute('dir', 'rtl');
  await framed.getByRole('textbox').click();
  for (let press = 0; press < 3; press += 1) await page.keyboard.press('Shift');
  await page.waitForURL(site.quickExitUrl);
  await expect.poll(sessions).toEqual([expect.objectContaining({ state: 'ended', reason: 'visitor' })]);
});
