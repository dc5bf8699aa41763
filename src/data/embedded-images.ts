// The embedded export's images for Astro's image pipeline, wherever the export is
// (EMBEDDED_DATASET included): a Vite plugin that serves a module importing each image file the
// export refers to, so src/data/images.ts optimises them like any local image. A glob over one
// folder would find only the bundled dataset's images and silently drop everyone else's.
import { existsSync } from 'node:fs';
import type { Plugin } from 'vite';
import { exportImageFiles } from './embedded';
import { sourceFromEnv } from './source';

const EMBEDDED_IMAGES_MODULE = 'virtual:stodlinjen/embedded-images';
const RESOLVED = `\0${EMBEDDED_IMAGES_MODULE}`;
const IMAGE = /\.(png|jpe?g|webp|gif|avif)$/i;

/** Module source: `export default { "<absolute path>": <ImageMetadata>, … }` for the files that exist. */
function embeddedImagesModule(files: string[]): string {
  const usable = files.filter((file) => IMAGE.test(file) && existsSync(file));
  return [
    ...usable.map((file, index) => `import image${index} from ${JSON.stringify(file)};`),
    `export default {${usable.map((file, index) => `${JSON.stringify(file)}: image${index}`).join(', ')}};`,
  ].join('\n');
}

export function embeddedImages(): Plugin {
  return {
    name: 'stodlinjen:embedded-images',
    resolveId: (id) => (id === EMBEDDED_IMAGES_MODULE ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      const source = sourceFromEnv();
      if (source.mode !== 'embedded') return embeddedImagesModule([]);
      this.addWatchFile(source.file);
      return embeddedImagesModule(exportImageFiles(source.file));
    },
  };
}
