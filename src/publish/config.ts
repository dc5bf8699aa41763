// The publish worker's settings, all from the environment (documented in the README, "Publishing").
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
  /** Run after each switch, e.g. `nginx -s reload`; optional. */
  afterSwitchCommand: string | null;
  /** Origins (the Studio's) allowed to read the status from a browser. */
  studioOrigins: string[];
  debounceMs: number;
  maxWaitMs: number;
  /** A new build with fewer pages than this share of the live one is not published. */
  minPageRatio: number;
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

export function configFromEnv(env: Env = process.env, cwd = process.cwd()): PublishConfig {
  const secret = env.SANITY_WEBHOOK_SECRET?.trim();
  if (!secret) throw new ConfigError('SANITY_WEBHOOK_SECRET is not set: use the secret you gave the webhook in Sanity (manage → API → Webhooks).');
  const root = env.PUBLISH_ROOT?.trim();
  if (!root) throw new ConfigError('PUBLISH_ROOT is not set: the directory the web server serves from (the worker creates builds/ and the `current` symlink there).');
  const origins = (env.PUBLISH_STUDIO_ORIGIN ?? 'http://localhost:3333').split(',').map((origin) => origin.trim()).filter(Boolean);
  for (const origin of origins) {
    if (!/^https?:\/\/[^/]+$/.test(origin)) throw new ConfigError(`PUBLISH_STUDIO_ORIGIN: "${origin}" is not an origin (scheme and host, no path), e.g. https://stodlinjen.sanity.studio.`);
  }
  const integer = (value: number) => Number.isInteger(value) && value >= 0;
  return {
    secret,
    root: resolve(cwd, root),
    host: env.PUBLISH_HOST?.trim() || '127.0.0.1',
    port: number(env, 'PUBLISH_PORT', 8787, (value) => integer(value) && value < 65536, 'a port number (0 picks a free one)'),
    // `npm run build`'s script itself: npm's own start-up cost a second or two per publish.
    buildCommand: env.PUBLISH_BUILD_COMMAND?.trim() || 'node src/build/build.mjs',
    projectDir: resolve(cwd, env.PUBLISH_PROJECT_DIR?.trim() || '.'),
    afterSwitchCommand: env.PUBLISH_AFTER_SWITCH?.trim() || null,
    studioOrigins: origins,
    debounceMs: number(env, 'PUBLISH_DEBOUNCE_MS', 2000, integer, 'a whole number of milliseconds'),
    maxWaitMs: number(env, 'PUBLISH_MAX_WAIT_MS', 30_000, integer, 'a whole number of milliseconds'),
    minPageRatio: number(env, 'PUBLISH_MIN_PAGE_RATIO', 0.5, (value) => value >= 0 && value <= 1, 'between 0 and 1'),
    keepBuilds: number(env, 'PUBLISH_KEEP_BUILDS', 3, (value) => Number.isInteger(value) && value >= 1, 'a whole number, at least 1'),
    buildTimeoutMs: number(env, 'PUBLISH_BUILD_TIMEOUT_MS', 15 * 60_000, (value) => integer(value) && value > 0, 'a whole number of milliseconds'),
  };
}
