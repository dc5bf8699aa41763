// What Pagefind keeps of each indexed page, read from a built site's index: its fragment files,
// gzip with Pagefind's signature in front of the JSON.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

const SIGNATURE = 'pagefind_dcd';

export type Fragment = { url: string; content: string; meta: Record<string, string>; filters: Record<string, string[]> };

/** Every page's fragment in `siteDir`'s search index. */
export function pagefindFragments(siteDir: string): Fragment[] {
  const dir = join(siteDir, 'pagefind', 'fragment');
  return readdirSync(dir).map((name) => {
    const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
    if (!text.startsWith(SIGNATURE)) throw new Error(`${join(dir, name)} lacks Pagefind's signature: has its index format changed?`);
    return JSON.parse(text.slice(SIGNATURE.length)) as Fragment;
  });
}
