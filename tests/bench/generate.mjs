// The benchmarks' one dataset generator: N articles in the embedded export format (NDJSON, as
// `sanity dataset export` writes it), derived from the bundled dataset so the bodies are real
// Swedish text with every block type in the proportions editors use them.
//
// Article i is a copy of template i mod 42: the first 42 are the real articles unchanged, later
// copies get their own id, slug and title, internal links and related articles pointing at
// copies of the same round (so the link graph spreads instead of funnelling into 42 pages), and
// one extra paragraph of sentences from other articles with five words of their own, so the
// search index vocabulary grows with the site as a real one's does. Seeded: the same N gives
// the same file, byte for byte.
//
//   node tests/bench/generate.mjs <count> <out.ndjson>
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DATASET_DIR = resolve(ROOT, 'sanity/dataset');
export const SOURCE = resolve(process.env.BENCH_SOURCE ?? resolve(DATASET_DIR, 'data.ndjson'));

/** mulberry32: a small, well-mixed 32-bit PRNG, so every run indexes the same text. */
function seeded(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

// Swedish-looking syllables for each copy's own words (a real site's vocabulary keeps growing:
// names, places, rare terms), instead of 10,000 copies of the same few thousand words.
const ONSETS = ['b', 'd', 'f', 'g', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'st', 'sk', 'tr', 'kl', 'sn', 'fr'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'y', 'å', 'ä', 'ö'];
const CODAS = ['', 'n', 'r', 'l', 'st', 'ng', 'k', 'rt', 'm', 'd'];
const RARE_WORDS_PER_COPY = 5;
const EXTRA_SENTENCES = 3;

const paragraph = (key, text) => ({ _key: key, _type: 'block', style: 'normal', markDefs: [], children: [{ _key: `${key}s`, _type: 'span', text, marks: [] }] });

/**
 * Writes `count` Swedish articles plus the source's other published Swedish documents (topics,
 * persons, pages, settings; no drafts, no other language versions) to `outFile`. Image pointers are rebased onto the bundled images, since
 * export pointers are relative to the export's own folder.
 */
export function generateDataset(count, outFile, { source = SOURCE, seed = 20260101 } = {}) {
  const random = seeded(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const rareWord = () => Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(ONSETS) + pick(VOWELS) + pick(CODAS)).join('');

  const docs = readFileSync(source, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
  // The Swedish site at scale: the other language versions (and the metadata linking them) are left out.
  const swedish = (doc) => !['article', 'topic', 'page'].includes(doc._type) || (doc.language ?? 'sv') === 'sv';
  const published = docs.filter((doc) => !doc._id.startsWith('drafts.') && !doc._id.startsWith('versions.') && swedish(doc) && doc._type !== 'translation.metadata');
  const templates = published.filter((doc) => doc._type === 'article');
  const others = published.filter((doc) => doc._type !== 'article');
  if (!templates.length) throw new Error(`${source} has no published articles to copy`);
  const templateIndex = new Map(templates.map((doc, index) => [doc._id, index]));
  const sentences = templates.flatMap((doc) =>
    (doc.body ?? [])
      .filter((block) => block._type === 'block' && block.style === 'normal' && !block.listItem)
      .flatMap((block) =>
        block.children
          .map((span) => span.text)
          .join('')
          .split(/(?<=[.!?])\s+/),
      )
      .filter((sentence) => sentence.length > 20),
  );

  /** The id of article i: the template's own for the first round, suffixed after that. */
  const idOf = (i) => {
    const round = Math.floor(i / templates.length);
    const id = templates[i % templates.length]._id;
    return round === 0 ? id : `${id}-${round}`;
  };
  /** A reference to template `ref`, moved to the copy in `round` when that copy exists. */
  const sameRound = (ref, round) => {
    const index = templateIndex.get(ref);
    if (index === undefined || round === 0) return ref;
    const target = round * templates.length + index;
    return target < count ? idOf(target) : ref;
  };

  const imagesDir = relative(dirname(resolve(outFile)), DATASET_DIR) || '.';
  const rebase = (json) => json.replaceAll('"image@file://./', `"image@file://${imagesDir}/`);

  const lines = others.map((doc) => rebase(JSON.stringify(doc)));
  for (let i = 0; i < count; i += 1) {
    const template = templates[i % templates.length];
    const round = Math.floor(i / templates.length);
    if (round === 0) {
      lines.push(rebase(JSON.stringify(template)));
      continue;
    }
    const own = Array.from({ length: RARE_WORDS_PER_COPY }, rareWord);
    const extra = Array.from({ length: EXTRA_SENTENCES }, () => pick(sentences)).join(' ');
    const body = JSON.parse(JSON.stringify(template.body ?? []).replace(/"_ref":"([^"]+)"/g, (_, ref) => `"_ref":"${sameRound(ref, round)}"`));
    const related = [1, 2, 3]
      .map((step) => (i + step * 7) % count)
      .filter((j) => j !== i)
      .map((j, index) => ({ _key: `r${index + 1}`, _type: 'reference', _ref: idOf(j) }));
    const article = {
      ...template,
      _id: idOf(i),
      title: `${template.title} (${round + 1})`,
      slug: { _type: 'slug', current: `${template.slug.current}-${round + 1}` },
      body: [...body, paragraph(`bench${i}`, `${extra} ${own.join(', ')}.`)],
      related,
    };
    lines.push(rebase(JSON.stringify(article)));
  }
  mkdirSync(dirname(resolve(outFile)), { recursive: true });
  const text = `${lines.join('\n')}\n`;
  writeFileSync(outFile, text);
  return { articles: count, documents: lines.length, bytes: Buffer.byteLength(text) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const [count = '1000', outFile = resolve(ROOT, `tests/bench/out/data-${count}.ndjson`)] = process.argv.slice(2);
  const result = generateDataset(Number(count), outFile);
  console.log(`Wrote ${result.articles} articles (${result.documents} documents, ${(result.bytes / 1e6).toFixed(1)} MB) to ${relative(process.cwd(), outFile)}`);
}
