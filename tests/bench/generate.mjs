// Generates a dataset of N articles in the embedded export format, for benchmarks: every
// generated article is a copy of a real one from the bundled dataset (realistic Swedish text
// and every block type), with its own id, slug, title and related links.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

const SOURCE = resolve(process.env.BENCH_SOURCE ?? 'sanity/dataset/data.ndjson');

export function generateDataset(count, outFile) {
  const docs = readFileSync(SOURCE, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
  const published = docs.filter((doc) => !doc._id.startsWith('drafts.'));
  const templates = published.filter((doc) => doc._type === 'article');
  const others = published.filter((doc) => doc._type !== 'article');
  // Asset pointers are relative to the export's folder: point them back at the bundled images.
  const imagesDir = relative(dirname(resolve(outFile)), resolve('sanity/dataset'));
  const rebase = (line) => line.replaceAll('image@file://./', `image@file://${imagesDir}/`);

  const lines = others.map((doc) => rebase(JSON.stringify(doc)));
  for (let i = 0; i < count; i += 1) {
    const template = templates[i % templates.length];
    const n = Math.floor(i / templates.length);
    const id = n === 0 ? template._id : `${template._id}-${n}`;
    const related = [1, 2, 3].map((step) => {
      const j = (i + step * 7) % count;
      const t = templates[j % templates.length];
      const m = Math.floor(j / templates.length);
      return { _key: `r${step}`, _type: 'reference', _ref: m === 0 ? t._id : `${t._id}-${m}` };
    });
    const article = {
      ...template,
      _id: id,
      title: n === 0 ? template.title : `${template.title} (${n + 1})`,
      slug: { _type: 'slug', current: n === 0 ? template.slug.current : `${template.slug.current}-${n}` },
      related,
    };
    lines.push(rebase(JSON.stringify(article)));
  }
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, `${lines.join('\n')}\n`);
  return { articles: count, documents: lines.length };
}
