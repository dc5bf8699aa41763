// Brotli copies of the files every first search loads (src/lib/serving-config.ts's BROTLI_COPIES):
// Pagefind's WebAssembly and list of pages, which grows with the site (one entry per page), and
// its script. Pagefind writes the first two gzip; brotli sends the same bytes in about a quarter
// less (the list at 10,000 articles: 78.6 KB → 57.2 KB). A gzip file's copy holds what it holds,
// unpacked and packed again, and Pagefind's script reads a file the browser has already unpacked
// as it is. A plain file (the script) also gets a gzip copy, for browsers without brotli. The
// nginx include sends them; hosts that cannot choose a file by Accept-Encoding send the files as
// Pagefind wrote them.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gunzip, gzip } from 'node:zlib';
import { BROTLI_SUFFIX, GZIP_SUFFIX, hasBrotliCopy } from '../lib/serving-config.ts';

const [toBrotli, toGzip, fromGzip] = [promisify(brotliCompress), promisify(gzip), promisify(gunzip)];
const isGzip = (bytes: Buffer) => bytes[0] === 0x1f && bytes[1] === 0x8b;

/** Writes the copies beside each of `siteDir`'s files in `folder` that BROTLI_COPIES names; returns their site paths. */
export async function writeBrotliCopies(siteDir: string, folder = 'pagefind'): Promise<string[]> {
  const paths = (await readdir(join(siteDir, folder))).map((name) => `/${folder}/${name}`).filter(hasBrotliCopy);
  await Promise.all(
    paths.map(async (path) => {
      const file = join(siteDir, path);
      const bytes = await readFile(file);
      let plain = bytes;
      if (isGzip(bytes)) {
        try {
          plain = await fromGzip(bytes);
        } catch (error) {
          throw new Error(`${file} cannot be unpacked (${error instanceof Error ? error.message : error}), so no brotli copy can be made of it: rebuild the search index`, { cause: error });
        }
      } else {
        await writeFile(`${file}${GZIP_SUFFIX}`, await toGzip(plain, { level: constants.Z_BEST_COMPRESSION }));
      }
      const params = { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: plain.length };
      await writeFile(`${file}${BROTLI_SUFFIX}`, await toBrotli(plain, { params }));
    }),
  );
  return paths;
}
