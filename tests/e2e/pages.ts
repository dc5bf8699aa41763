// Every page the build produced, as site paths: the suites that must cover "every built page"
// read this list rather than a hand-picked sample.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' || entry.name === '_astro' ? [] : walk(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

export function builtHtmlFiles(): string[] {
  return walk(DIST).sort();
}

/** "/artiklar/x/" for dist/artiklar/x/index.html; "/404.html" for the 404 page. */
export function builtPages(): string[] {
  return builtHtmlFiles().map((file) => `/${relative(DIST, file).split('\\').join('/')}`.replace(/index\.html$/, ''));
}

export function readBuilt(path: string): string {
  return readFileSync(join(DIST, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
}
