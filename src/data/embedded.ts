// The embedded dataset: a Sanity export (data.ndjson + images/) bundled in the repo, loaded the
// way `sanity dataset import` would store it, so the same GROQ runs on it as on the Content Lake.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import sharp, { type Metadata } from 'sharp';

export type SanityDocument = { _id: string; _type: string; [key: string]: unknown };

/** Drafts and release versions are never published content (the `published` perspective). */
export function isPublishedId(id: string): boolean {
  return !id.startsWith('drafts.') && !id.startsWith('versions.');
}

export function parseNdjson(text: string, source: string): SanityDocument[] {
  const docs: SanityDocument[] = [];
  const lineOf = new Map<string, number>();
  text.split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    let doc: unknown;
    try {
      doc = JSON.parse(line);
    } catch (error) {
      throw new Error(`${source}:${index + 1}: not valid JSON (${(error as Error).message})`, { cause: error });
    }
    if (!doc || typeof doc !== 'object' || typeof (doc as SanityDocument)._id !== 'string' || typeof (doc as SanityDocument)._type !== 'string') {
      throw new Error(`${source}:${index + 1}: a document needs string _id and _type`);
    }
    const { _id } = doc as SanityDocument;
    const first = lineOf.get(_id);
    if (first) throw new Error(`${source}:${index + 1}: document "${_id}" appears again (first on line ${first}); each _id must be unique`);
    lineOf.set(_id, index + 1);
    docs.push(doc as SanityDocument);
  });
  return docs;
}

const ASSET_POINTER = /"_sanityAsset"\s*:\s*"image@file:\/\/([^"]+)"/g;

/**
 * The image files an export refers to, as absolute paths: Sanity's export layout keeps them next
 * to data.ndjson (`image@file://./images/x.png`), wherever the export itself is.
 */
export function exportImageFiles(file: string): string[] {
  const dir = dirname(file);
  return [...new Set([...readFileSync(file, 'utf8').matchAll(ASSET_POINTER)].map(([, pointer]) => resolve(dir, pointer!)))];
}

/**
 * Turns export-form asset pointers (`_sanityAsset: "image@file://./images/x.png"`) into asset
 * references plus `sanity.imageAsset` documents, as an import into a real project does.
 * An unreadable image leaves a broken reference, which the content checks report.
 */
async function importAssets(text: string, docs: SanityDocument[], datasetDir: string): Promise<SanityDocument[]> {
  const assetIds = new Map<string, string>();
  const assets: SanityDocument[] = [];
  for (const [, pointer] of text.matchAll(ASSET_POINTER)) {
    if (assetIds.has(pointer!)) continue;
    const asset = await assetFor(resolve(datasetDir, pointer!));
    assetIds.set(pointer!, asset?._id ?? `image-missing-${pointer}`);
    if (asset) assets.push(asset);
  }

  const visit = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(visit);
    if (!value || typeof value !== 'object') return value;
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      const pointer = key === '_sanityAsset' && typeof child === 'string' ? /^image@file:\/\/(.+)$/.exec(child)?.[1] : undefined;
      if (pointer) out.asset = { _type: 'reference', _ref: assetIds.get(pointer) };
      else out[key] = visit(child);
    }
    return out;
  };
  return [...docs.map((doc) => visit(doc) as SanityDocument), ...assets];
}

async function assetFor(file: string): Promise<SanityDocument | undefined> {
  let bytes: Buffer;
  let meta: Metadata;
  try {
    bytes = readFileSync(file);
    meta = await sharp(bytes).metadata();
  } catch (error) {
    console.warn(`[content] embedded image unreadable, skipped: ${file} (${(error as Error).message})`);
    return undefined;
  }
  const { width, height, format } = meta;
  if (!width || !height) return undefined;
  const extension = format === 'jpeg' ? 'jpg' : format;
  const sha1 = createHash('sha1').update(bytes).digest('hex');
  return {
    _id: `image-${sha1}-${width}x${height}-${extension}`,
    _type: 'sanity.imageAsset',
    url: pathToFileURL(file).href,
    path: file,
    extension,
    metadata: { _type: 'sanity.imageMetadata', dimensions: { _type: 'sanity.imageDimensions', width, height, aspectRatio: width / height } },
  };
}

/** Loads an NDJSON export as an import would store it: drafts included, assets as documents. */
export async function loadEmbeddedDataset(file: string): Promise<SanityDocument[]> {
  const text = readFileSync(file, 'utf8');
  return importAssets(text, parseNdjson(text, file), dirname(file));
}
