// Every page the build produced, as site paths: the suites that must cover "every built page"
// read this list rather than a hand-picked sample.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlFiles, servedPath } from '../../src/build/html.ts';

export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/**
 * Old addresses the build redirects (dist/_redirects). Their stub pages, for hosts without
 * redirects, send the browser on to the new address at once, so a check run there would check
 * the new page half-loaded; the new pages are checked as pages, and serving.spec.ts checks the stubs.
 */
export function movedAddresses(): Set<string> {
  const file = join(DIST, '_redirects');
  const lines = existsSync(file) ? readFileSync(file, 'utf8').split('\n') : [];
  return new Set(lines.filter((line) => line.startsWith('/')).map((line) => decodeURIComponent(line.split(/\s+/)[0]!)));
}

/** "/artiklar/x/" for dist/artiklar/x/index.html; "/404.html" for the 404 page. Old addresses left out. */
export function builtPages(): string[] {
  const moved = movedAddresses();
  return htmlFiles(DIST)
    .map(servedPath)
    .filter((path) => !moved.has(path));
}

export function readBuilt(path: string): string {
  return readFileSync(join(DIST, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
}
