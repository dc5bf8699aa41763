// The draft preview, as an editor and as a stranger meet it: the built preview server
// (dist-preview/) on a free port, over a copy of the embedded dataset or the Content Lake
// stand-in, next to the public site (dist/, served by Playwright's web server).
import { expect, test, type APIRequestContext } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { appendFileSync, copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadEmbeddedDataset } from '../../src/data/embedded';
import { DEFAULT_DATASET_FILE } from '../../src/data/source';
import { articlePath } from '../../src/lib/routes';
import { startContentLake } from '../support/content-lake';
import { startPreviewServer, type PreviewServer } from '../support/preview-server';
import { buildEnv } from './build-env.mjs';
import { readBuilt } from './pages';

const SECRET = 'e2e-local-preview-secret-0123456789';
const BANNER = 'Förhandsvisning – inte publicerat';
const DRAFTED = '/artiklar/nar-du-kanner-dig-ensam/';
// Only in the draft of that article (the published summary says something else).
const DRAFT_TEXT = 'inte minst under helger';
const enableLink = (server: PreviewServer, secret: string, path = '/') =>
  `${server.url}/_preview/enable/?sanity-preview-secret=${encodeURIComponent(secret)}&sanity-preview-pathname=${encodeURIComponent(path)}`;

/** Starts a session with the request context (its cookie jar keeps the session cookie). */
async function enable(request: APIRequestContext, server: PreviewServer, secret: string, path = '/') {
  return request.get(enableLink(server, secret, path), { maxRedirects: 0 });
}

// A body of one paragraph: documents without one are left out of the site, drafts too.
const BODY = [{ _key: 'b1', _type: 'block', style: 'normal', markDefs: [], children: [{ _key: 's1', _type: 'span', marks: [], text: 'Vila är också något du gör för dig själv.' }] }];

test.describe('the draft preview of the embedded dataset', () => {
  test.describe.configure({ mode: 'serial' });
  let server: PreviewServer;

  test.beforeAll(async () => {
    server = await startPreviewServer({ ...buildEnv, PREVIEW_SECRET: SECRET });
  });
  test.afterAll(() => server?.close());

  test('without the secret every address answers 401, with no content, not cached and not indexed', async ({ request }) => {
    const wrong = await enable(request, server, 'not-the-secret-0123456789');
    expect(wrong.status()).toBe(401);
    expect(wrong.headers()['set-cookie']).toBeUndefined();
    for (const path of ['/', DRAFTED, '/kontakt/', '/finns-inte/', '/_preview/enable', '/_image?href=/favicon.svg']) {
      const response = await request.get(`${server.url}${path}`, { maxRedirects: 0 });
      expect(response.status(), path).toBe(401);
      const body = await response.text();
      expect(body).not.toContain('Stödlinjen');
      expect(body).not.toContain('90 390');
      expect(response.headers()['cache-control']).toBe('no-store');
      expect(response.headers()['x-robots-tag']).toContain('noindex');
    }
    // A forged or altered session cookie opens nothing either.
    const forged = await request.get(`${server.url}${DRAFTED}`, { headers: { cookie: 'stodlinjen_preview=eyJlIjo5OTk5OTk5OTk5LCJzIjpudWxsfQ.AAAA' } });
    expect(forged.status()).toBe(401);
  });

  test('an editor with the preview link sees the draft under the banner, its scripts allowed by the policy; the public site does not show it', async ({ page }) => {
    // Recorded from before any of the page's own code runs: what the page's policy refused.
    await page.addInitScript(() => {
      const refused: string[] = ((window as unknown as { refused: string[] }).refused = []);
      document.addEventListener('securitypolicyviolation', (event) => refused.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    const response = await page.goto(enableLink(server, SECRET, DRAFTED));
    expect(new URL(page.url()).pathname).toBe(DRAFTED);
    const headers = response!.headers();
    expect(headers['cache-control']).toBe('no-store');
    expect(headers['x-robots-tag']).toContain('noindex');
    await expect(page.getByRole('region', { name: BANNER })).toBeVisible();
    await expect(page.getByRole('region', { name: BANNER })).toContainText(BANNER);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await expect(page.getByText(DRAFT_TEXT)).toBeVisible();
    // The quick exit is still the first thing Tab reaches: the banner holds nothing focusable.
    await page.keyboard.press('Tab');
    await expect(page.locator('[data-quick-exit]')).toBeFocused();
    expect(headers['content-security-policy']).toMatch(/script-src 'self' 'sha256-/);
    expect(await page.evaluate(() => (window as unknown as { refused: string[] }).refused)).toEqual([]);
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`)).toEqual([]);

    await page.goto(DRAFTED);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('När du känner dig ensam');
    await expect(page.getByText(DRAFT_TEXT)).toHaveCount(0);
    await expect(page.getByRole('region', { name: BANNER })).toHaveCount(0);
  });

  test('an address with no page answers 404 in the preview too, with the banner', async ({ page }) => {
    await page.goto(enableLink(server, SECRET, '/'));
    const response = await page.goto(`${server.url}/artiklar/finns-inte/`);
    expect(response!.status()).toBe(404);
    await expect(page.getByRole('region', { name: BANNER })).toBeVisible();
  });

  test('an old address in the preview goes on to its page, as the hosts answer it', async ({ request }) => {
    await enable(request, server, SECRET);
    const temporary = await request.get(`${server.url}/hjalp-nu/`, { maxRedirects: 0 });
    expect(temporary.status()).toBe(302);
    expect(temporary.headers().location).toBe('/kontakt/');
    const permanent = await request.get(`${server.url}/artiklar/angest/`, { maxRedirects: 0 });
    expect(permanent.status()).toBe(301);
    expect(permanent.headers().location).toBe('/artiklar/vad-ar-angest/');
    expect(permanent.headers()['cache-control']).toBe('no-store');
    expect((await request.get(`${server.url}/gammal/adress/som/inte/finns/`)).status()).toBe(404);
  });

  test('a published article previews exactly as the public page, apart from what makes it a preview', async ({ page }) => {
    // An article with a figure, topics and related articles, none of them drafted.
    const path = '/artiklar/andas-lugnt-4-6/';
    await page.goto(enableLink(server, SECRET, path));
    const preview = await (await page.request.get(`${server.url}${path}`)).text();
    const normalise = (html: string) =>
      html
        // What the preview adds: the banner and `noindex`.
        .replace(/<section [^>]*data-preview-banner[^>]*>[\s\S]*?<\/section>/, '')
        .replace('<meta name="robots" content="noindex">', '')
        // The public policy covers the whole site and is written into each page after the build;
        // the preview sends its own, for the page it renders, as a header.
        .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
        // Images: the public build writes optimised files (/_astro/<name>.<hash>.webp), the preview
        // optimises on request (/_image/?href=/_astro/<name>.<hash>.png&w=…): same image, same
        // sizes and srcset widths, so both become the image's name.
        .replace(/\/_astro\/([\w-]+)\.[\w-]+\.webp/g, 'IMG:$1')
        .replace(/\/_image\/?\?href=%2F_astro%2F([\w-]+)\.[^"\s,]+/g, 'IMG:$1');
    expect(preview).toContain(BANNER);
    expect(normalise(preview)).toBe(normalise(readBuilt(path)));
    // The images the preview optimises on request reach the editor (the session covers them too).
    await page.goto(`${server.url}${path}`);
    const image = page.locator('figure img').first();
    await image.scrollIntoViewIfNeeded();
    await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth)).toBeGreaterThan(0);
  });
});

test.describe('a draft written while the preview runs', () => {
  test.describe.configure({ mode: 'serial' });
  let server: PreviewServer;
  let dir: string;

  test.beforeAll(async () => {
    // A copy of the dataset to add a draft to. (Its figures are left out with a warning: the
    // embedded images are known by their place in the repository.)
    dir = mkdtempSync(join(tmpdir(), 'stodlinjen-preview-'));
    copyFileSync(DEFAULT_DATASET_FILE, join(dir, 'data.ndjson'));
    server = await startPreviewServer({ ...buildEnv, PREVIEW_SECRET: SECRET, EMBEDDED_DATASET: join(dir, 'data.ndjson') });
  });
  test.afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('a draft created while the preview runs shows on the next request, and never on the public site', async ({ page, request }) => {
    const dataset = join(dir, 'data.ndjson');
    appendFileSync(
      dataset,
      `\n${JSON.stringify({
        _id: 'drafts.article-e2e-nytt-utkast',
        _type: 'article',
        title: 'Ett nytt utkast om vila',
        slug: { _type: 'slug', current: 'ett-nytt-utkast-om-vila' },
        audience: 'self',
        kind: 'selfHelp',
        summary: 'Ett utkast som ingen besökare ser ännu.',
        body: BODY,
      })}\n`,
    );
    await page.goto(enableLink(server, SECRET, '/artiklar/ett-nytt-utkast-om-vila/'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ett nytt utkast om vila');
    await expect(page.getByRole('region', { name: BANNER })).toBeVisible();
    expect((await request.get('/artiklar/ett-nytt-utkast-om-vila/')).status()).toBe(404);
  });

  test("a draft that takes another article's address stops the preview with a message naming both", async ({ request }) => {
    appendFileSync(
      join(dir, 'data.ndjson'),
      `${JSON.stringify({ _id: 'drafts.article-e2e-krock', _type: 'article', title: 'Samma adress', slug: { _type: 'slug', current: 'vad-ar-angest' }, audience: 'self', kind: 'selfHelp', body: BODY })}\n`,
    );
    await enable(request, server, SECRET);
    const response = await request.get(`${server.url}/artiklar/vad-ar-angest/`);
    expect(response.status()).toBe(500);
    const message = await response.text();
    expect(message).toContain('article-e2e-krock');
    expect(message).toContain('article-vad-ar-angest');
    expect(response.headers()['cache-control']).toBe('no-store');
  });
});

test.describe('the draft preview of a Sanity project, opened from the Studio', () => {
  test.describe.configure({ mode: 'serial' });
  const TOKEN = 'skPreviewViewerToken0123456789abcdefNeverShipped';
  const STUDIO = 'https://studio.stodlinjen.test';
  const handshake = 'presentation-secret-0123456789';
  let lake: Awaited<ReturnType<typeof startContentLake>>;
  let server: PreviewServer;

  test.beforeAll(async () => {
    const documents = await loadEmbeddedDataset(DEFAULT_DATASET_FILE);
    const secretDoc = (id: string, secret: string, updatedAt: Date) => ({
      _id: id,
      _type: 'sanity.previewUrlSecret',
      _updatedAt: updatedAt.toISOString(),
      secret,
      source: 'presentation',
      studioUrl: `${STUDIO}/`,
      userId: 'editor',
    });
    // What the Presentation tool writes before it opens the preview; one written two hours ago has expired.
    documents.push(secretDoc('sanity-preview-url-secret.fresh', handshake, new Date()), secretDoc('sanity-preview-url-secret.old', 'expired-secret-0123456789', new Date(Date.now() - 2 * 3600_000)));
    lake = await startContentLake(documents);
    // PREVIEW_SECRET is set too, to show it does not open a live preview: only the handshake does.
    server = await startPreviewServer({
      ...buildEnv,
      SANITY_PROJECT_ID: 'test',
      SANITY_DATASET: 'production',
      SANITY_API_HOST: lake.url,
      SANITY_API_READ_TOKEN: TOKEN,
      PREVIEW_SECRET: SECRET,
      SITE_URL: 'https://stodlinjen.test',
    });
  });
  test.afterAll(async () => {
    await server?.close();
    await lake?.close();
  });

  test('an unknown, expired or local secret is refused with 401 and no session', async ({ request }) => {
    for (const secret of ['not-a-handshake-secret', 'expired-secret-0123456789', SECRET, '']) {
      const response = await enable(request, server, secret, DRAFTED);
      expect(response.status(), secret).toBe(401);
      expect(response.headers()['set-cookie']).toBeUndefined();
    }
    expect((await request.get(`${server.url}${DRAFTED}`)).status()).toBe(401);
  });

  test("the Studio's handshake opens the page with drafts, framable by that Studio only, the token never in a response", async ({ request }) => {
    const before = lake.requests.length;
    const started = await enable(request, server, handshake, `${DRAFTED}?sanity-preview-perspective=drafts`);
    expect(started.status()).toBe(303);
    expect(started.headers().location).toBe(DRAFTED);
    expect(started.headers()['set-cookie']).toMatch(/^stodlinjen_preview=[^;]+; Path=\/; Max-Age=\d+; HttpOnly; SameSite=Lax$/);
    const response = await request.get(`${server.url}${DRAFTED}`);
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(html).toContain(DRAFT_TEXT);
    expect(html).toContain(BANNER);
    expect(response.headers()['content-security-policy']).toMatch(new RegExp(`frame-ancestors 'self' ${STUDIO.replace(/\./g, '\\.')}$`));
    expect(html).not.toContain(TOKEN);
    expect(html).not.toContain(TOKEN.slice(0, 20));
    // The secret was checked with the raw perspective and the content read with drafts, both with the token.
    const asked = lake.requests.slice(before);
    expect(new Set(asked.map((r) => r.perspective))).toEqual(new Set(['raw', 'drafts']));
    for (const r of asked) expect(r.authorization).toBe(`Bearer ${TOKEN}`);
  });

  test('a draft the Studio saves shows in the preview on the next request and stays off the public site', async ({ request }) => {
    await enable(request, server, handshake);
    const slug = 'ett-utkast-fran-studion';
    const saved = await request.post(`${lake.url}/v2025-02-19/data/mutate/production`, {
      headers: { authorization: `Bearer ${TOKEN}` },
      data: {
        mutations: [
          {
            create: {
              _id: 'drafts.article-fran-studion',
              _type: 'article',
              title: 'Ett utkast från Studion',
              slug: { _type: 'slug', current: slug },
              audience: 'relatives',
              kind: 'guidance',
              summary: 'Sparat i Studion men inte publicerat.',
              body: BODY,
            },
          },
        ],
      },
    });
    expect(saved.ok()).toBe(true);
    const response = await request.get(`${server.url}${articlePath(slug)}`);
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(html).toContain('Ett utkast från Studion');
    expect(html).toContain(BANNER);
    expect((await request.get(articlePath(slug))).status()).toBe(404);
  });
});
