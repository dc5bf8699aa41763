// Every page of the site comes from one route table (src/routing/table.ts) through one route: the
// public build renders the table ahead of time, the draft preview looks an address up on each
// request. One of the two route files is injected for the whole address space.
import type { AstroIntegration } from 'astro';

export default function routes({ onRequest }: { onRequest: boolean }): AstroIntegration {
  return {
    name: 'stodlinjen:routes',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        injectRoute({
          pattern: '/[...slug]',
          entrypoint: new URL(onRequest ? '../routing/RequestRoute.astro' : '../routing/StaticRoute.astro', import.meta.url),
          prerender: !onRequest,
        });
      },
    },
  };
}
