// Serves the built site as a plain static host does: directory index files, the 404 page with
// status 404, and the headers from dist/_headers (the format Netlify and Cloudflare Pages read).
// `npm start` serves the site with it, and the browser tests their build.
// Usage: node src/dev/static-server.ts <dir> <port>
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/** Parses a _headers file: a path pattern line, then indented "Name: value" lines. */
async function loadHeaders(root: string): Promise<Array<{ pattern: RegExp; headers: Record<string, string> }>> {
  const rules: Array<{ pattern: RegExp; headers: Record<string, string> }> = [];
  let text: string;
  try {
    text = await readFile(join(root, '_headers'), 'utf8');
  } catch {
    return rules;
  }
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line))
      rules.push({
        pattern: new RegExp(
          `^${line
            .trim()
            .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
            .replace(/\*/g, '.*')}$`,
        ),
        headers: {},
      });
    else if (rules.length) {
      const at = line.indexOf(':');
      rules.at(-1)!.headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}

export async function serveStatic(dir: string, port: number): Promise<Server> {
  const root = resolve(dir);
  const rules = await loadHeaders(root);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path: string;
    try {
      path = normalize(decodeURIComponent(url.pathname));
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (path.includes('..')) path = '/';
    let file = join(root, path);
    let status = 200;
    try {
      if ((await stat(file)).isDirectory()) {
        if (!path.endsWith('/')) {
          res.writeHead(301, { location: `${path}/${url.search}` });
          return res.end();
        }
        file = join(file, 'index.html');
      }
      await stat(file);
    } catch {
      // The nearest 404.html up the path, as Cloudflare Pages finds it (/en/x/ → /en/404.html).
      const folders = path.split('/').slice(1, -1);
      const candidates = folders.map((_, index) => join(root, ...folders.slice(0, folders.length - index), '404.html'));
      file =
        (
          await Promise.all(
            candidates.map((candidate) =>
              stat(candidate).then(
                () => candidate,
                () => null,
              ),
            ),
          )
        ).find(Boolean) ?? join(root, '404.html');
      status = 404;
    }
    try {
      const body = await readFile(file);
      const headers: Record<string, string> = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
      for (const rule of rules) if (rule.pattern.test(path)) Object.assign(headers, rule.headers);
      res.writeHead(status, headers);
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not found');
    }
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  return server;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const [dir = 'dist', port = '4321'] = process.argv.slice(2);
  await serveStatic(dir, Number(port));
  console.log(`Serving ${dir} at http://127.0.0.1:${port}/`);
}
