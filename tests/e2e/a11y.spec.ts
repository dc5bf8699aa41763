// Accessibility checks of the site as a whole: the printed article and the accessibility statement.
// The per-page checks (axe, reflow, text spacing, motion, forced colours, focus, keyboard order,
// landmarks) run once per built page in every-page.spec.ts. A test that carries
// `statementCheck(...)` proves a check the accessibility statement lists.
import { expect, test } from '@playwright/test';
import { quickExit, settings, statementCheck } from './a11y-support';

test('an article prints with its title, text, page address and help contacts, without menus, and in dark ink even in dark mode', statementCheck('print'), async ({ page }) => {
  const { contact } = await settings();
  await page.goto('/artiklar/att-prata-med-nagon-som-mar-daligt/');
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('main .body-text p').first()).toBeVisible();
  await expect(page.getByText(/^Sidans adress: https?:\/\/.+\/artiklar\/att-prata-med-nagon-som-mar-daligt\/$/)).toBeVisible();
  await expect(page.getByText(`Ring Stödlinjen på ${contact.phoneNumber}`).last()).toBeVisible();
  await expect(page.getByText(/Vid akut fara: ring 112/).last()).toBeVisible();
  for (const chrome of [
    quickExit(page),
    page.getByRole('navigation', { name: 'Huvudmeny' }),
    page.getByRole('navigation', { name: 'Du är här' }),
    page.getByRole('search'),
    page.getByRole('complementary', { name: 'Prata med någon nu' }),
  ]) {
    await expect(chrome).toBeHidden();
  }
  const ink = await page
    .locator('main .body-text p')
    .first()
    .evaluate((element) => getComputedStyle(element).color);
  const [r, g, b] = ink.match(/\d+/g)!.map(Number);
  expect(r! + g! + b!, `body text prints dark (${ink})`).toBeLessThan(200);
});

test('the accessibility statement has every part DIGG requires and lists the automated checks', async ({ page }) => {
  const { site } = await settings();
  expect(site.accessibilityPage).not.toBeNull();
  await page.goto(`/${site.accessibilityPage!.slug}/`);
  const main = page.getByRole('main');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(site.accessibilityPage!.title);
  const text = (await main.textContent()) ?? '';
  expect(text).toContain(site.accessibility!.serviceName!);
  expect(text).toContain(site.accessibility!.organisationName!);
  const statuses = ['helt förenlig', 'delvis förenlig', 'inte förenlig'].filter((status) => text.includes(status));
  expect(statuses, 'exactly one compliance status').toHaveLength(1);
  await expect(main.locator('a[href="https://www.digg.se/tdosanmalan"]')).toHaveCount(1);
  await expect(main.locator('a[href^="mailto:"]').first()).toBeVisible();
  for (const part of [/Innehåll som inte är tillgängligt/i, /9 §/, /12 §/, /Hur vi testat/i, /Så testar vi automatiskt/]) expect(text).toMatch(part);
  await expect(main.getByText(/^Bedömningen gjordes/)).toBeVisible();
  await expect(main.getByText(/^Redogörelsen uppdaterades senast/)).toBeVisible();
});
