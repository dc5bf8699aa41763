// Runs Debian's nginx (installed by .ci/toolchain) over a built site, as production serves it:
// the build's own include (_nginx/site.conf) inside a server block whose root is the site, or
// server blocks given as text (the ones docs/publishing/ ships, through shippedServerBlock()).
// Not a daemon; its own prefix, pid and logs in a temporary directory; free ports on 127.0.0.1.
// `root` may be a symlink (a publish worker's `current`): after switching it, reload() makes
// nginx read the new build's include.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { freePort } from './free-port.mjs';

const INCLUDE = '_nginx/site.conf';

/** The nginx binary: NGINX_BIN, else the first on PATH or in /usr/sbin (where Debian puts it). */
export function nginxBinary() {
  if (process.env.NGINX_BIN) return process.env.NGINX_BIN;
  for (const dir of [...(process.env.PATH ?? '').split(':'), '/usr/sbin', '/usr/local/sbin']) {
    if (dir && existsSync(join(dir, 'nginx'))) return join(dir, 'nginx');
  }
  throw new Error('nginx is not installed: run the tests through .ci/toolchain (npm test), or apt-get install nginx, or set NGINX_BIN.');
}

/** The MIME types file next to the binary's compiled-in nginx.conf (/etc/nginx/mime.types on Debian). */
function mimeTypesFile(binary) {
  const version = spawnSync(binary, ['-V'], { encoding: 'utf8' });
  const confPath = /--conf-path=(\S+)/.exec(`${version.stderr}${version.stdout}`)?.[1] ?? '/etc/nginx/nginx.conf';
  const file = join(dirname(confPath), 'mime.types');
  if (!existsSync(file)) throw new Error(`nginx's MIME types file ${file} is missing`);
  return file;
}

/**
 * A server block shipped in docs/publishing/, as a test can run it: the paths under
 * `/srv/stodlinjen/site` moved to `root`, every `listen` replaced by one plain-HTTP listen on
 * 127.0.0.1:`port` and the certificate lines left out (tests have no certificate), and the
 * worker's address `http://127.0.0.1:8787` replaced by `workerUrl` when given. Everything else is
 * used as shipped; a shipped file that no longer has what is replaced fails loudly.
 * @param {string} file @param {{ root?: string, port: number, workerUrl?: string }} options
 */
export function shippedServerBlock(file, { root, port, workerUrl }) {
  let text = readFileSync(file, 'utf8');
  const replace = (pattern, replacement) => {
    if (!pattern.test(text)) throw new Error(`${file} no longer matches ${pattern}: update tests/support/nginx.mjs with it`);
    text = text.replace(pattern, replacement);
  };
  replace(/^(\s*)listen [^;]+;\n(\s*listen [^;]+;\n)*/m, `$1listen 127.0.0.1:${port};\n`);
  replace(/^\s*ssl_certificate(_key)?\s[^;]+;\n/gm, '');
  if (root) replace(/\/srv\/stodlinjen\/site/g, root);
  if (workerUrl) replace(/http:\/\/127\.0\.0\.1:8787/g, workerUrl);
  return text;
}

function configuration({ servers, prefix, mimeTypes }) {
  const temp = (name) => join(prefix, 'temp', name);
  // As root, workers would run as "nobody" and could not read a build in a private temp directory.
  const user = process.getuid?.() === 0 ? 'user root;' : '';
  return `# Written by tests/support/nginx.mjs
daemon off;
master_process on;
worker_processes 1;
pid ${join(prefix, 'nginx.pid')};
error_log ${join(prefix, 'error.log')} notice;
${user}
events { worker_connections 256; }
http {
  include ${mimeTypes};
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  client_body_temp_path ${temp('body')};
  proxy_temp_path ${temp('proxy')};
  fastcgi_temp_path ${temp('fastcgi')};
  uwsgi_temp_path ${temp('uwsgi')};
  scgi_temp_path ${temp('scgi')};
${servers}
}
`;
}

const siteServer = (root, port) => `server {
    listen 127.0.0.1:${port};
    server_name localhost;
    root ${root};
    include ${join(root, INCLUDE)};
}`;

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

function accepts(port) {
  return new Promise((done) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}

/**
 * Starts nginx serving `root` with the include the build wrote there, or running `servers`
 * (server blocks as text; it waits for each of their `listen` ports).
 * @param {{ root: string, port?: number } | { servers: string }} options
 * @returns {Promise<{ url: string, port: number, reload(): Promise<void>, close(): Promise<void> }>}
 */
export async function startNginx(options) {
  let servers;
  let ports;
  if ('servers' in options) {
    servers = options.servers;
    ports = [...servers.matchAll(/listen 127\.0\.0\.1:(\d+);/g)].map((match) => Number(match[1]));
  } else {
    const site = resolve(options.root);
    if (!existsSync(join(site, INCLUDE))) throw new Error(`${join(site, INCLUDE)} is missing: build the site first (npm run build).`);
    ports = [options.port ?? (await freePort())];
    servers = siteServer(site, ports[0]);
  }
  const binary = nginxBinary();
  const prefix = mkdtempSync(join(tmpdir(), 'stodlinjen-nginx-'));
  mkdirSync(join(prefix, 'temp'));
  const conf = join(prefix, 'nginx.conf');
  const errorLog = join(prefix, 'error.log');
  writeFileSync(conf, configuration({ servers, prefix, mimeTypes: mimeTypesFile(binary) }));
  const log = () => (existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : '');
  const args = ['-p', prefix, '-c', conf, '-e', errorLog];

  const test = spawnSync(binary, [...args, '-t'], { encoding: 'utf8' });
  if (test.status !== 0) {
    rmSync(prefix, { recursive: true, force: true });
    throw new Error(`nginx rejects the configuration:\n${test.stderr}`);
  }

  const child = spawn(binary, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise((done) => child.once('exit', (code, signal) => done({ code, signal })));
  let running = true;
  exited.then(() => (running = false));

  while (!(await Promise.all(ports.map(accepts))).every(Boolean)) {
    if (!running) {
      rmSync(prefix, { recursive: true, force: true });
      throw new Error(`nginx stopped on start:\n${stderr}${log()}`);
    }
    await sleep(25);
  }

  const count = (pattern) => (log().match(pattern) ?? []).length;
  const workerStarts = () => count(/start worker process/g);
  const workerExits = () => count(/worker process \d+ exited/g);

  return {
    url: `http://127.0.0.1:${ports[0]}`,
    port: ports[0],
    /** Re-reads the include (and the site root, if it is a symlink that changed). Rejects when nginx refuses the new include. */
    async reload() {
      const checked = spawnSync(binary, [...args, '-t'], { encoding: 'utf8' });
      if (checked.status !== 0) throw new Error(`nginx rejects the new configuration; the old one stays:\n${checked.stderr}`);
      const [started, exited] = [workerStarts(), workerExits()];
      child.kill('SIGHUP');
      // Done when a worker with the new configuration runs and the old one has gone: until then
      // the old worker may still answer (or close) a kept-alive connection with the old site.
      while (workerStarts() <= started || workerExits() <= exited) {
        if (!running) throw new Error(`nginx stopped on reload:\n${stderr}${log()}`);
        await sleep(25);
      }
    },
    async close() {
      if (running) {
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
