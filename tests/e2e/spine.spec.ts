import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './pages';

test('a visitor goes from the start page to their section, an article, a related article and its topic', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page
    .getByRole('main')
    .getByRole('link', { name: /Jag mår dåligt/ })
    .click();
  await expect(page).toHaveURL(/\/jag-mar-daligt\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'För dig som mår dåligt' })).toBeVisible();

  await page.getByRole('main').getByRole('heading', { level: 3 }).first().getByRole('link').click();
  await expect(page).toHaveURL(/\/artiklar\/[a-z0-9-]+\/$/);
  const firstTitle = await page.getByRole('heading', { level: 1 }).textContent();
  await expect(page.getByText(/Senast granskad/)).toBeVisible();

  const related = page.getByRole('region', { name: 'Läs också' });
  await related.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/artiklar\/[a-z0-9-]+\/$/);
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(firstTitle ?? '');

  await page.getByRole('navigation', { name: 'Ämnen' }).getByRole('link').first().click();
  await expect(page).toHaveURL(/\/amnen\/[a-z0-9-]+\/$/);
  // The topic lists its articles, under headings for each audience.
  await expect(page.getByRole('main').getByRole('heading', { level: 3 }).getByRole('link').first()).toHaveAttribute('href', /^\/artiklar\//);
});

test('a relative finds guidance through "Jag är orolig för någon"', async ({ page }) => {
  await page.goto('/');
  await page
    .getByRole('main')
    .getByRole('link', { name: /Jag är orolig för någon/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'För dig som är orolig för någon' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: /Att prata med någon som mår dåligt/ })).toBeVisible();
});

test('a draft’s text appears nowhere in the built site', () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk(DIST);
  expect(files.length).toBeGreaterThan(50);
  for (const file of files) {
    const text = readFileSync(file).toString('latin1') + readFileSync(file, 'utf8');
    expect(text.includes('UTKAST-MARKÖR'), file).toBe(false);
    if (file.endsWith('.html')) expect(text.includes('drafts.'), file).toBe(false);
  }
});

test('a sensitive article opens with its content note and a help box with contacts', async ({ page }) => {
  await page.goto('/artiklar/nar-du-ar-orolig-for-att-nagon-ska-ta-sitt-liv/');
  const note = page.getByRole('note').filter({ hasText: 'Innehållsvarning' });
  await expect(note).toBeVisible();
  const helpBox = page.locator('.help-box').first();
  await expect(helpBox).toBeVisible();
  await expect(helpBox.locator('a[href="tel:90390"]')).toBeVisible();
  await expect(helpBox).toContainText('Vid akut fara: ring 112');
});

test('an article shows who reviewed it and when it is next reviewed', async ({ page }) => {
  await page.goto('/artiklar/att-prata-med-nagon-som-mar-daligt/');
  await expect(page.getByText(/^Granskad av .+, .+/)).toBeVisible();
  await expect(page.getByText('Senast granskad:')).toBeVisible();
  await expect(page.getByText('Nästa granskning:')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Du är här' })).toBeVisible();
});

test('pages have a title, a description from the summary, a canonical address and Open Graph', async ({ page }) => {
  await page.goto('/artiklar/att-prata-med-nagon-som-mar-daligt/');
  await expect(page).toHaveTitle(/Att prata med någon som mår dåligt \| Stödlinjen/);
  const description = await page.locator('meta[name="description"]').getAttribute('content');
  expect(description?.length).toBeGreaterThan(30);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/artiklar\/att-prata-med-nagon-som-mar-daligt\/$/);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', description!);
  const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
  expect(sitemap).toContain('/artiklar/att-prata-med-nagon-som-mar-daligt/</loc>');
});

test('the 404 page helps: contacts and topics', async ({ page }) => {
  const response = await page.goto('/finns-inte/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeVisible();
  await expect(page.getByRole('main').locator('a[href="tel:90390"]')).toBeVisible();
  await expect(page.getByRole('main').locator('a[href^="/amnen/"]').first()).toBeVisible();
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the whole journey works as plain HTML: sections, articles, contact page, search form', async ({ page }) => {
    await page.goto('/');
    await page
      .getByRole('main')
      .getByRole('link', { name: /Jag mår dåligt/ })
      .click();
    await page.getByRole('main').getByRole('heading', { level: 3 }).first().getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('.body-text p').first()).toBeVisible();
    await page.getByRole('link', { name: 'Chatta med en rådgivare' }).first().click();
    await expect(page).toHaveURL(/\/kontakt\/$/);
    await expect(page.getByRole('heading', { name: 'Öppettider', exact: true })).toBeVisible();
    await page.getByRole('searchbox', { name: 'Sök' }).fill('sömn');
    await page.getByRole('searchbox', { name: 'Sök' }).press('Enter');
    await expect(page).toHaveURL(/\/sok\/\?q=s%C3%B6mn$/);
    await expect(page.getByRole('main').locator('a[href^="/amnen/"]').first()).toBeVisible();
  });
});
