// Preloaded (`node --import`) into a process under test: every attempt to reach another machine
// (a name lookup, a socket, fetch) is written to the file named by NETWORK_LOG and refused.
// Connections on this machine (loopback, Unix sockets) are left alone.
import dns from 'node:dns';
import { appendFileSync } from 'node:fs';
import net from 'node:net';

const LOG = process.env.NETWORK_LOG;
const local = (host) => !host || host === 'localhost' || host === '::1' || host === '[::1]' || /^127\./.test(host) || host === '0.0.0.0';
const record = (kind, target) => {
  if (LOG) appendFileSync(LOG, `${kind} ${target} (pid ${process.pid}: ${process.argv.slice(1, 3).join(' ')})\n`);
};
const refused = (target) => Object.assign(new Error(`network access refused under test: ${target}`), { code: 'ECONNREFUSED' });

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  const options = first && typeof first === 'object' ? first : { port: first, host: typeof args[1] === 'string' ? args[1] : undefined };
  if (!options.path && !local(options.host)) {
    const target = `${options.host}:${options.port}`;
    record('connect', target);
    process.nextTick(() => this.destroy(refused(target)));
    return this;
  }
  return connect.apply(this, args);
};

const lookup = dns.lookup;
dns.lookup = function (host, ...rest) {
  if (local(host)) return lookup.call(this, host, ...rest);
  record('lookup', host);
  const callback = rest.at(-1);
  if (typeof callback === 'function') process.nextTick(() => callback(Object.assign(refused(host), { code: 'ENOTFOUND' })));
};
const lookupPromise = dns.promises.lookup;
dns.promises.lookup = async (host, ...rest) => {
  if (local(host)) return lookupPromise(host, ...rest);
  record('lookup', host);
  throw Object.assign(refused(host), { code: 'ENOTFOUND' });
};

const fetch = globalThis.fetch;
globalThis.fetch = async (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  if (!local(url.hostname)) {
    record('fetch', url.href);
    throw new TypeError('fetch failed', { cause: refused(url.href) });
  }
  return fetch(input, init);
};
