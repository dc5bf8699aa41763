// `npm run build`: the whole site in two processes, one after the other. First `astro build`
// (pages, images, sitemap, CSP, _headers) in its own Node process; when it has exited and given
// its memory back, this process builds the search index over the written HTML, then the search
// vocabulary next to it. Holding Astro and the indexer at once made the build's peak memory their
// sum (3.8 GB at 10,000 articles).
//
//   node src/build/build.ts [--outDir <dir>] [other `astro build` flags]
//
// Exits non-zero on any failure of either step, so a publish never ships a site without search.
import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildSearchIndex } from './search-index.ts';
import { writeBrotliCopies } from './brotli-copies.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

/**
 * The output directory (absolute; `dist` by default, like Astro's) and the flags passed on to
 * `astro build`, from `--outDir <dir>` or `--outDir=<dir>`.
 */
export function parseArgs(argv: string[], cwd: string): { outDir: string; astroArgs: string[] } {
  const astroArgs: string[] = [];
  let outDir = 'dist';
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--outDir') {
      const value = argv[i + 1];
      if (!value || value.startsWith('--')) throw new Error('--outDir needs a directory, e.g. --outDir /srv/site/builds/next');
      outDir = value;
      i += 1;
    } else if (arg.startsWith('--outDir=')) {
      outDir = arg.slice('--outDir='.length);
      if (!outDir) throw new Error('--outDir needs a directory, e.g. --outDir=/srv/site/builds/next');
    } else astroArgs.push(arg);
  }
  return { outDir: resolve(cwd, outDir), astroArgs };
}

function astroBuild(args: string[]): Promise<void> {
  // The public build is never the draft preview's server build, whatever the shell has set.
  const { PREVIEW_BUILD: _preview, ...env } = process.env;
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [ASTRO, 'build', ...args], { cwd: ROOT, stdio: 'inherit', env });
    child.on('error', fail);
    child.on('close', (code, signal) => (code === 0 ? done() : fail(new Error(`astro build failed (${signal ? `killed by ${signal}` : `exit ${code}`})`))));
  });
}

/**
 * The search page's vocabulary for typo tolerance, written into the index directory. Run after
 * Pagefind has exited, so its memory never adds to Pagefind's. The module is TypeScript shared with
 * the search page and its tests; Vite's module runner (Astro's own) loads it here.
 */
async function writeVocabulary(outDir: string): Promise<{ words: number; shards: number; ms: number }> {
  const started = performance.now();
  // Imported only now: Vite would otherwise sit in this process's memory while Pagefind runs.
  const { runnerImport } = await import('vite');
  // Typed here, not by importing the module's types: that would pull the Vite-side code into the
  // check of the code Node runs as it is (tsconfig.node.json).
  const { module } = await runnerImport<{ writeSearchVocabulary(siteDir: string, indexDir: string): Promise<{ words: number; shards: number }> }>(
    join(ROOT, 'src', 'integrations', 'search-vocabulary.ts'),
    { root: ROOT, configFile: false, logLevel: 'error' },
  );
  const { words, shards } = await module.writeSearchVocabulary(outDir, join(outDir, 'pagefind'));
  return { words, shards, ms: performance.now() - started };
}

/** A step's end, as a time and in seconds since the build script's process started; the benchmark reads these lines for the build's phases. */
const phase = (name: string) => console.log(`[build] ${name} at ${new Date().toISOString()} (${(performance.now() / 1000).toFixed(1)} s)`);

async function main() {
  const { outDir, astroArgs } = parseArgs(process.argv.slice(2), process.cwd());
  phase('started');
  await astroBuild([...astroArgs, '--outDir', outDir]);
  phase('astro build done');
  const { pageCount, ms } = await buildSearchIndex(outDir);
  console.log(`[search-index] Indexed ${pageCount} HTML files in ${(ms / 1000).toFixed(1)} s`);
  phase('search index done');
  const copies = await writeBrotliCopies(outDir);
  if (!copies.length) throw new Error(`Pagefind wrote none of the files the nginx include sends as brotli into ${join(outDir, 'pagefind')}: has its layout changed?`);
  phase('brotli copies done');
  const vocabulary = await writeVocabulary(outDir);
  console.log(`[search-index] Vocabulary of ${vocabulary.words} words in ${vocabulary.shards} shards in ${(vocabulary.ms / 1000).toFixed(1)} s`);
  phase('vocabulary done');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    await main();
  } catch (error) {
    console.error(`\nBuild failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
