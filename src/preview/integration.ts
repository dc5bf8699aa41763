// The draft preview as an Astro integration: registered only by the preview build
// (astro.config.mjs with PREVIEW_BUILD=1), it adds the access gate and frame around every request
// and the handshake route. The public build neither contains nor runs any of it.
//
// It also gives the preview the public build's script rule (src/integrations/csp.ts): the scripts
// the build itself wrote are collected the same way, and only those run in a preview page. The
// compiled ones are known only once the client bundle is written, after the server bundle, so the
// server bundle carries a placeholder that the end of the build replaces with the list.
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectKnownScripts } from '../integrations/csp';
import { PREVIEW_ENABLE_PATH } from '../lib/routes';

const KNOWN_SCRIPTS_MODULE = 'virtual:stodlinjen/preview-known-scripts';
const PLACEHOLDER = '@@STODLINJEN_PREVIEW_KNOWN_SCRIPTS@@';
const PLACEHOLDER_LITERAL = new RegExp(`(["'\`])${PLACEHOLDER}\\1`, 'g');

/** The known scripts as a module exporting their JSON list: the list itself in dev, the placeholder in a build. */
function knownScriptsModule(known: Set<string>): Plugin {
  const resolved = `\0${KNOWN_SCRIPTS_MODULE}`;
  let building = false;
  return {
    name: 'stodlinjen:preview-known-scripts',
    configResolved: (config) => void (building = config.command === 'build'),
    resolveId: (id) => (id === KNOWN_SCRIPTS_MODULE ? resolved : undefined),
    load: (id) => (id === resolved ? `export default ${JSON.stringify(building ? PLACEHOLDER : JSON.stringify([...known]))};` : undefined),
  };
}

/** Writes the list into the server bundle, in place of the placeholder; the build fails if there is none. */
async function fillKnownScripts(serverDir: string, known: Set<string>): Promise<void> {
  const files = (await readdir(serverDir, { recursive: true })).filter((file) => file.endsWith('.mjs')).map((file) => join(serverDir, file));
  let filled = 0;
  for (const file of files) {
    const code = await readFile(file, 'utf8');
    if (!code.includes(PLACEHOLDER)) continue;
    await writeFile(
      file,
      code.replace(PLACEHOLDER_LITERAL, () => JSON.stringify(JSON.stringify([...known]))),
    );
    filled += 1;
  }
  if (!filled) throw new Error(`The preview's server bundle in ${serverDir} has no place for the build's scripts; without them every preview page would be refused.`);
}

export default function preview(): AstroIntegration {
  const known = new Set<string>();
  let serverDir = '';
  return {
    name: 'stodlinjen:preview',
    hooks: {
      'astro:config:setup': async ({ config, addMiddleware, injectRoute, updateConfig }) => {
        updateConfig({ vite: { plugins: [await collectKnownScripts(config.srcDir, known), knownScriptsModule(known)] } });
        addMiddleware({ entrypoint: new URL('./middleware.ts', import.meta.url), order: 'pre' });
        injectRoute({ pattern: PREVIEW_ENABLE_PATH, entrypoint: new URL('./enable.ts', import.meta.url), prerender: false });
      },
      'astro:config:done': ({ config }) => void (serverDir = fileURLToPath(config.build.server)),
      'astro:build:done': () => fillKnownScripts(serverDir, known),
    },
  };
}
