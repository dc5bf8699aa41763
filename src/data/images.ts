// Figures in Portable Text, made ready for the page: embedded images are local files that
// Astro optimises; live images are built with @sanity/image-url and fetched at build time,
// so a visitor's browser only ever loads images from this site.
import { getImage } from 'astro:assets';
import type { ImageMetadata } from 'astro';
import { createImageUrlBuilder } from '@sanity/image-url';
import { fileURLToPath } from 'node:url';
import localImages from 'virtual:stodlinjen/embedded-images';

const builder = createImageUrlBuilder({ projectId: process.env.SANITY_PROJECT_ID ?? 'embedded', dataset: process.env.SANITY_DATASET ?? 'embedded' });

const WIDTHS = [480, 800, 1200];
const SIZES = '(min-width: 44rem) 42rem, 100vw';

/** An image ready for an `<img>`: its optimised file, the sizes to pick from, and its shape. */
export type RenderedImage = { src: string; srcset?: string; sizes?: string; width: number; height: number };

export type FigureAsset = { _id: string; url: string | null; width: number | null; height: number | null };

async function renderOne(asset: FigureAsset): Promise<RenderedImage | undefined> {
  // A reference to something that is not an image asset comes back with fields of other kinds.
  const { url, width: fullWidth, height: fullHeight } = asset;
  if (typeof url !== 'string' || typeof fullWidth !== 'number' || typeof fullHeight !== 'number' || !(fullWidth > 0 && fullHeight > 0)) return undefined;
  if (url.startsWith('file:')) {
    const meta: ImageMetadata | undefined = localImages[fileURLToPath(url)];
    if (!meta) return undefined;
    const image = await getImage({ src: meta, widths: WIDTHS.filter((w) => w <= meta.width), sizes: SIZES, format: 'webp' });
    return { src: image.src, srcset: image.srcSet.attribute, sizes: SIZES, width: meta.width, height: meta.height };
  }
  const width = Math.min(fullWidth, 1200);
  const height = Math.round((fullHeight / fullWidth) * width);
  const src = builder.image(asset._id).width(width).auto('format').url();
  const image = await getImage({ src, width, height, format: 'webp' });
  return { src: image.src, width, height };
}

/** Optimised images for every figure in a body, by asset id; missing ones are simply absent. */
export async function renderFigures(body: unknown): Promise<Map<string, RenderedImage>> {
  const out = new Map<string, RenderedImage>();
  if (!Array.isArray(body)) return out;
  for (const block of body) {
    const asset = (block as { _type?: string; image?: FigureAsset | null })?._type === 'figure' ? (block as { image?: FigureAsset | null }).image : null;
    if (typeof asset?._id !== 'string' || out.has(asset._id)) continue;
    const rendered = await renderOne(asset);
    if (rendered) out.set(asset._id, rendered);
  }
  return out;
}
