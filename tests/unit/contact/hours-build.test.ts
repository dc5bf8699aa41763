// A whole site built from contact settings whose schedule is not 24/7 (weekday evenings): what the
// pages say without JavaScript never claims the chat or phone is open "now" or "dygnet runt".
// The embedded dataset's own schedule is 24/7; the browser journeys cover that one.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findElements } from '../../../src/build/html.ts';
import { loadEmbeddedDataset } from '../../../src/data/embedded';
import { DEFAULT_DATASET_FILE } from '../../../src/data/source';
import { WEEKDAYS } from '../../../src/lib/opening-hours-rules';
import { startContentLake } from '../../support/content-lake';
import { textOf } from '../../support/html';
import { buildEnv } from '../../e2e/build-env.mjs';

const EVENINGS = WEEKDAYS.slice(0, 5).map((day, i) => ({ _key: `k${i}`, _type: 'openingHoursDay', day, opens: '18:00', closes: '23:00' }));
let lake: Awaited<ReturnType<typeof startContentLake>>;
let out: string;

beforeAll(async () => {
  const documents = (await loadEmbeddedDataset(DEFAULT_DATASET_FILE)).map((doc) => (doc._type === 'contactSettings' ? { ...doc, openingHours: EVENINGS, openingHoursExceptions: [] } : doc));
  lake = await startContentLake(documents);
  out = mkdtempSync(join(tmpdir(), 'stodlinjen-hours-'));
});
afterAll(async () => {
  await lake?.close();
  rmSync(out, { recursive: true, force: true });
});

const page = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');
/** The paragraph right after a page's heading: its intro. */
function introOf(html: string): string {
  const elements = findElements(html, () => true);
  const heading = elements.find((element) => element.name === 'h1');
  const next = heading && elements.find((element) => element.start >= heading.end);
  return next?.name === 'p' ? next.text : '';
}

it('with a weekday-evening schedule, no built page says the line is open now or around the clock', { timeout: 180_000 }, async () => {
  const { EMBEDDED_DATASET: _ignored, ...env } = process.env;
  const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], {
    env: { ...env, ...buildEnv, SANITY_PROJECT_ID: 'test', SANITY_DATASET: 'production', SANITY_API_HOST: lake.url, SITE_URL: 'https://stodlinjen.test' },
  });
  let log = '';
  child.stdout.on('data', (chunk) => (log += chunk));
  child.stderr.on('data', (chunk) => (log += chunk));
  const status = await new Promise<number | null>((done) => child.on('close', done));
  expect(status, log.slice(-4000)).toBe(0);

  // The audience sections' intros point to the hours instead of promising "dygnet runt".
  for (const path of ['jag-mar-daligt', 'jag-ar-orolig-for-nagon']) {
    const intro = introOf(page(path));
    expect(intro, path).toContain('Öppettiderna står på kontaktsidan');
    expect(intro, path).not.toMatch(/dygnet runt|alltid/i);
  }

  // The chat's state as built: the hours, never the editors' "open" text.
  const article = page('artiklar/att-prata-med-nagon-som-mar-daligt');
  const [state] = findElements(article, (tag) => tag.name === 'span' && 'data-chat-state' in tag.attributes);
  expect(state?.attributes['data-chat-state']).toBe('scheduled');
  expect(state?.text).toBe('Chattens öppettider: måndag–fredag: 18:00–23:00. Lördag–söndag: stängt.');
  const openText = 'Chatten är öppen. Du kan skriva till en rådgivare nu.';
  for (const path of ['', 'kontakt', 'artiklar/att-prata-med-nagon-som-mar-daligt']) {
    const html = page(path);
    expect(textOf(html).includes(openText), `${path || '/'} shows "${openText}"`).toBe(false);
    expect(findElements(html, (tag) => tag.attributes['data-chat-state'] === 'open').length > 0, `${path || '/'} is built as open`).toBe(false);
  }

  // The phone's hours on the start and contact pages are the week, not "Dygnet runt".
  for (const path of ['', 'kontakt']) {
    const words = textOf(page(path));
    expect(words.includes('Måndag–fredag: 18:00–23:00. Lördag–söndag: stängt'), `${path || '/'} gives the phone's hours`).toBe(true);
    expect(words.includes('Dygnet runt'), `${path || '/'} says "Dygnet runt"`).toBe(false);
  }
});
