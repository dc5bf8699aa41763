// The draft preview as an Astro integration: registered only by the preview build
// (astro.config.mjs with PREVIEW_BUILD=1), it adds the access gate and frame around every request
// and the handshake route. The public build neither contains nor runs any of it.
import type { AstroIntegration } from 'astro';
import { ENABLE_PATH } from './access';

export default function preview(): AstroIntegration {
  return {
    name: 'stodlinjen:preview',
    hooks: {
      'astro:config:setup': ({ addMiddleware, injectRoute }) => {
        addMiddleware({ entrypoint: new URL('./middleware.ts', import.meta.url), order: 'pre' });
        injectRoute({ pattern: ENABLE_PATH, entrypoint: new URL('./enable.ts', import.meta.url), prerender: false });
      },
    },
  };
}
