// `import address from './some-script.ts?script-url'`: the address of that module, built as a
// chunk of its own by the site's client build (with its imports, its own dynamic imports and
// Astro's virtual modules), for a page to import by that address when it chooses:
// `import(/* @vite-ignore */ address)`. A page script that holds nothing but such an address is
// small enough for Astro to inline, so no request for the module starts until the page asks for it
// (after the first paint, say). A plain dynamic import would not do: it keeps Astro from inlining
// the script and makes Vite move its preload helper into a chunk of its own.
import { isAbsolute, relative } from 'node:path';
import type { Plugin } from 'vite';

const QUERY = '?script-url';
const PREFIX = '\0script-url:';

export function scriptUrl(): Plugin {
  let serving = false;
  let root = '';
  return {
    name: 'stodlinjen:script-url',
    enforce: 'pre',
    configResolved(config) {
      serving = config.command === 'serve';
      root = config.root;
    },
    async resolveId(source, importer) {
      if (!source.endsWith(QUERY)) return null;
      const resolved = await this.resolve(source.slice(0, -QUERY.length), importer, { skipSelf: true });
      if (!resolved) throw new Error(`${source} (imported by ${importer}) is not a file`);
      return `${PREFIX}${resolved.id}`;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length);
      // The dev server serves every source module at its path under the root.
      if (serving) return `export default ${JSON.stringify(isAbsolute(file) ? `/${relative(root, file)}` : file)};`;
      // Its exports are kept; modules it shares with other chunks may join it (and be imported from
      // it), rather than be split into a file of their own that would cost one more request in a row.
      const reference = this.emitFile({ type: 'chunk', id: file, preserveSignature: 'allow-extension' });
      return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
    },
  };
}
