import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadEmbeddedDataset, parseNdjson } from '../../../src/data/embedded';

describe('the embedded export', () => {
  it('names the line of a document that is not valid JSON', () => {
    expect(() => parseNdjson('{"_id":"a","_type":"x"}\n{oops', 'data.ndjson')).toThrow(/data\.ndjson:2: not valid JSON/);
  });

  it('refuses a document id that appears twice, naming both lines', () => {
    expect(() => parseNdjson('{"_id":"a","_type":"x"}\n\n{"_id":"a","_type":"x"}', 'data.ndjson')).toThrow(/data\.ndjson:3: document "a" appears again \(first on line 1\)/);
  });

  it('imports export-form images as asset documents with their dimensions, as `sanity dataset import` does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'embedded-'));
    copyFileSync('sanity/dataset/images/mjuka-vagor-1200x675.png', join(dir, 'bild.png'));
    writeFileSync(
      join(dir, 'data.ndjson'),
      [
        JSON.stringify({ _id: 'article-a', _type: 'article', body: [{ _key: 'f', _type: 'figure', alt: 'Vågor', _sanityAsset: 'image@file://./bild.png' }] }),
        JSON.stringify({ _id: 'article-b', _type: 'article', body: [{ _key: 'g', _type: 'figure', alt: 'Saknas', _sanityAsset: 'image@file://./finns-inte.png' }] }),
      ].join('\n'),
    );
    const docs = await loadEmbeddedDataset(join(dir, 'data.ndjson'));
    const asset = docs.find((doc) => doc._type === 'sanity.imageAsset')!;
    expect(asset._id).toMatch(/^image-[0-9a-f]{40}-1200x675-png$/);
    expect(asset.metadata).toMatchObject({ dimensions: { width: 1200, height: 675 } });
    const [a, b] = docs as unknown as Array<{ body: Array<Record<string, unknown>> }>;
    expect(a!.body[0]).toEqual({ _key: 'f', _type: 'figure', alt: 'Vågor', asset: { _type: 'reference', _ref: asset._id } });
    // A missing file leaves a reference to nothing, which rendering reports and leaves out.
    expect(b!.body[0]!.asset).toMatchObject({ _type: 'reference' });
    expect(docs.some((doc) => doc._id === (b!.body[0]!.asset as { _ref: string })._ref)).toBe(false);
  });
});
