// Before any component renders, the middleware gives the page its language version's interface
// texts, from the address alone. It imports `astro:middleware`, so this test also proves that unit
// tests run with Astro's own Vite setup (tests/vitest.config.ts).
import { describe, expect, it } from 'vitest';
import { onRequest } from '../../../src/middleware';

async function localsFor(path: string, locals: Partial<App.Locals> = {}) {
  const context = { url: new URL(path, 'https://stodlinjen.example'), locals };
  await onRequest(context as unknown as Parameters<typeof onRequest>[0], async () => new Response());
  return context.locals;
}

describe('every page speaks its address’s language', () => {
  it('gives each language version its own interface texts, Arabic right to left', async () => {
    const seen = await Promise.all(['/kontakt/', '/lattlast/kontakt/', '/en/contact/', '/ar/contact/'].map(async (path) => (await localsFor(path)).ui));
    expect(seen.map((ui) => [ui?.locale, ui?.dir])).toEqual([
      ['sv', 'ltr'],
      ['sv-lattlast', 'ltr'],
      ['en', 'ltr'],
      ['ar', 'rtl'],
    ]);
    expect(seen[2]!.t('site.breadcrumbs')).not.toBe(seen[0]!.t('site.breadcrumbs'));
  });

  it('marks a public page as no preview, and leaves a preview the preview middleware set as it is', async () => {
    expect((await localsFor('/')).preview).toBe(false);
    expect((await localsFor('/', { preview: true })).preview).toBe(true);
  });
});
