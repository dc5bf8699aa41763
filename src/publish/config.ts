// The publish worker's settings, all from the environment (documented in docs/publishing.md).
import { resolve } from 'node:path';

export type PublishConfig = {
  /** The secret set on the webhook in Sanity's manage UI. */
  secret: string;
  /** Holds builds/<id>/ (each a complete site), `current` (a symlink to the live one), and private state. */
  root: string;
  host: string;
  port: number;
  /** Run in `projectDir` with ` --outDir <fresh dir>` appended, and BUILD_REPORT_FILE set. */
  buildCommand: string;
  projectDir: string;
  /** Run after each switch, e.g. a reload of nginx; optional. */
  afterSwitchCommand: string | null;
  /** Origins (the Studio's) allowed to read the status from a browser. */
  studioOrigins: string[];
  /** The bearer token GET /status requires; null only when the status is public by choice. */
  statusToken: string | null;
  /** PUBLISH_STATUS_PUBLIC=1: anyone who reaches the worker may read the status. */
  statusPublic: boolean;
  debounceMs: number;
  maxWaitMs: number;
  /** A build keeping fewer than this share of a language's articles, pages or topics of the live build is not published. */
  minKeptRatio: number;
  /** Complete builds kept on disk, the live one included (older ones allow a manual rollback). */
  keepBuilds: number;
  buildTimeoutMs: number;
};

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

function number(env: Env, name: string, fallback: number, valid: (value: number) => boolean, rule: string): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || !valid(value)) throw new ConfigError(`${name}="${raw}" is not valid: it must be ${rule}.`);
  return value;
}

/** A value as one word for /bin/sh. */
export const shellQuote = (value: string) => `'${value.replace(/'/g, `'\\''`)}'`;

// Long enough that guessing is hopeless, and what an Authorization header can carry as it is.
const TOKEN = /^[A-Za-z0-9._~+/=-]{32,}$/;

function statusAccess(env: Env): { statusToken: string | null; statusPublic: boolean } {
  const token = env.PUBLISH_STATUS_TOKEN?.trim() || null;
  const open = env.PUBLISH_STATUS_PUBLIC?.trim() ?? '';
  if (!['', '0', '1'].includes(open)) throw new ConfigError(`PUBLISH_STATUS_PUBLIC="${open}" is not valid: it must be 1 (the status is public) or unset.`);
  const statusPublic = open === '1';
  if (token && !TOKEN.test(token)) throw new ConfigError('PUBLISH_STATUS_TOKEN is not valid: it must be at least 32 characters of letters, digits and ._~+/=- (e.g. openssl rand -hex 32).');
  if (token && statusPublic) throw new ConfigError('PUBLISH_STATUS_TOKEN and PUBLISH_STATUS_PUBLIC=1 are both set: choose one (the token, unless the status is meant to be public).');
  if (!token && !statusPublic) {
    throw new ConfigError('GET /status is not protected: set PUBLISH_STATUS_TOKEN (openssl rand -hex 32; the Studio sends it as SANITY_STUDIO_PUBLISH_STATUS_TOKEN), or PUBLISH_STATUS_PUBLIC=1 to let anyone who reaches the worker read it.');
  }
  return { statusToken: token, statusPublic };
}

export function configFromEnv(env: Env = process.env, cwd = process.cwd()): PublishConfig {
  const secret = env.SANITY_WEBHOOK_SECRET?.trim();
  if (!secret) throw new ConfigError('SANITY_WEBHOOK_SECRET is not set: use the secret you gave the webhook in Sanity (manage → API → Webhooks).');
  const root = env.PUBLISH_ROOT?.trim();
  if (!root) throw new ConfigError('PUBLISH_ROOT is not set: the directory the web server serves from (the worker creates builds/ and the `current` symlink there).');
  const origins = (env.PUBLISH_STUDIO_ORIGIN ?? 'http://localhost:3333').split(',').map((origin) => origin.trim()).filter(Boolean);
  for (const origin of origins) {
    if (!/^https?:\/\/[^/]+$/.test(origin)) throw new ConfigError(`PUBLISH_STUDIO_ORIGIN: "${origin}" is not an origin (scheme and host, no path), e.g. https://stodlinjen.sanity.studio.`);
  }
  if (env.PUBLISH_MIN_PAGE_RATIO?.trim()) {
    throw new ConfigError('PUBLISH_MIN_PAGE_RATIO is no longer read: the unpublish guard counts each language\'s articles, pages and topics. Use PUBLISH_MIN_KEPT_RATIO (docs/publishing.md, "Unpublishing much at once").');
  }
  const integer = (value: number) => Number.isInteger(value) && value >= 0;
  return {
    secret,
    root: resolve(cwd, root),
    host: env.PUBLISH_HOST?.trim() || '127.0.0.1',
    port: number(env, 'PUBLISH_PORT', 8787, (value) => integer(value) && value < 65536, 'a port number (0 picks a free one)'),
    // `npm run build`'s script itself (npm's own start-up cost a second or two per publish), run
    // by the Node that runs the worker, whatever PATH the process manager gives.
    buildCommand: env.PUBLISH_BUILD_COMMAND?.trim() || `${shellQuote(process.execPath)} src/build/build.mjs`,
    projectDir: resolve(cwd, env.PUBLISH_PROJECT_DIR?.trim() || '.'),
    afterSwitchCommand: env.PUBLISH_AFTER_SWITCH?.trim() || null,
    studioOrigins: origins,
    ...statusAccess(env),
    debounceMs: number(env, 'PUBLISH_DEBOUNCE_MS', 2000, integer, 'a whole number of milliseconds'),
    maxWaitMs: number(env, 'PUBLISH_MAX_WAIT_MS', 30_000, integer, 'a whole number of milliseconds'),
    minKeptRatio: number(env, 'PUBLISH_MIN_KEPT_RATIO', 0.5, (value) => value >= 0 && value <= 1, 'between 0 and 1'),
    keepBuilds: number(env, 'PUBLISH_KEEP_BUILDS', 3, (value) => Number.isInteger(value) && value >= 1, 'a whole number, at least 1'),
    buildTimeoutMs: number(env, 'PUBLISH_BUILD_TIMEOUT_MS', 15 * 60_000, (value) => integer(value) && value > 0, 'a whole number of milliseconds'),
  };
}
