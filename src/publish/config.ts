// The publish worker's settings, all from the environment (documented in docs/publishing.md),
// read through one schema: what each variable must be is said once, next to it, and every problem
// is reported at once, each naming its variable.
import { resolve } from 'node:path';
import { z } from 'astro/zod';
import { must, parseWithFriendlyErrors, sentence, type Problem } from '../lib/friendly-errors.ts';

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

/** Every problem with the environment, each a sentence naming its variable. */
export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(problems.join('\n'));
    this.problems = problems;
  }
}

type Env = Record<string, string | undefined>;

/** A value as one word for /bin/sh. */
export const shellQuote = (value: string) => `'${value.replace(/'/g, `'\\''`)}'`;

// Long enough that guessing is hopeless, and what an Authorization header can carry as it is.
const TOKEN = /^[A-Za-z0-9._~+/=-]{32,}$/;
const ORIGIN = /^https?:\/\/[^/]+$/;
/** Never repeated in a message: the log may be read by more people than the secrets. */
const SECRETS = new Set<PropertyKey>(['SANITY_WEBHOOK_SECRET', 'PUBLISH_STATUS_TOKEN']);

// Each message below says what the variable must be; a problem's sentence names it and the value that came.
// A blank line in an environment file means unset, as a missing one does.
const setValue = (value: unknown) => (typeof value === 'string' ? value.trim() || undefined : value);
const required = (hint: string) => z.preprocess(setValue, z.string(must(hint)));
const optional = z.preprocess(setValue, z.string().optional());
const wholeNumber = (value: number) => Number.isInteger(value) && value >= 0;
const number = (fallback: number, rule: string, valid: (value: number) => boolean) =>
  z.preprocess(
    setValue,
    z
      .string()
      .refine((raw) => Number.isFinite(Number(raw)) && valid(Number(raw)), must(rule))
      .transform(Number)
      .default(fallback),
  );
const MILLISECONDS = 'a whole number of milliseconds';
const always = { when: () => true };

const envSchema = z
  .object({
    SANITY_WEBHOOK_SECRET: required('use the secret you gave the webhook in Sanity (manage → API → Webhooks)'),
    PUBLISH_ROOT: required('the directory the web server serves from (the worker creates builds/ and the `current` symlink there)'),
    PUBLISH_HOST: optional,
    PUBLISH_PORT: number(8787, 'a port number (0 picks a free one)', (value) => wholeNumber(value) && value < 65536),
    PUBLISH_BUILD_COMMAND: optional,
    PUBLISH_PROJECT_DIR: optional,
    PUBLISH_AFTER_SWITCH: optional,
    // Blank: no browser may read the status.
    PUBLISH_STUDIO_ORIGIN: z
      .string()
      .default('http://localhost:3333')
      .transform((list) =>
        list
          .split(',')
          .map((origin) => origin.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.string().regex(ORIGIN, must('an origin (scheme and host, no path), e.g. https://stodlinjen.sanity.studio')))),
    PUBLISH_STATUS_TOKEN: z.preprocess(setValue, z.string().regex(TOKEN, must('at least 32 characters of letters, digits and ._~+/=- (e.g. openssl rand -hex 32)')).optional()),
    PUBLISH_STATUS_PUBLIC: z.preprocess(setValue, z.enum(['0', '1'], must('1 (the status is public) or unset')).optional()),
    PUBLISH_DEBOUNCE_MS: number(2000, MILLISECONDS, wholeNumber),
    PUBLISH_MAX_WAIT_MS: number(30_000, MILLISECONDS, wholeNumber),
    PUBLISH_MIN_KEPT_RATIO: number(0.5, 'between 0 and 1', (value) => value >= 0 && value <= 1),
    PUBLISH_MIN_PAGE_RATIO: z.preprocess(
      setValue,
      z.custom<undefined>(
        (value) => value === undefined,
        sentence(
          'PUBLISH_MIN_PAGE_RATIO is no longer read: the unpublish guard counts each language\'s articles, pages and topics. Use PUBLISH_MIN_KEPT_RATIO (docs/publishing.md, "Unpublishing much at once").',
        ),
      ),
    ),
    PUBLISH_KEEP_BUILDS: number(3, 'a whole number, at least 1', (value) => Number.isInteger(value) && value >= 1),
    PUBLISH_BUILD_TIMEOUT_MS: number(15 * 60_000, MILLISECONDS, (value) => wholeNumber(value) && value > 0),
  })
  // Who may read GET /status is a choice made once: told even when other variables are wrong.
  .refine((env) => !(env.PUBLISH_STATUS_TOKEN && env.PUBLISH_STATUS_PUBLIC === '1'), {
    ...sentence('PUBLISH_STATUS_TOKEN and PUBLISH_STATUS_PUBLIC=1 are both set: choose one (the token, unless the status is meant to be public).'),
    ...always,
  })
  .refine((env) => env.PUBLISH_STATUS_TOKEN || env.PUBLISH_STATUS_PUBLIC === '1', {
    ...sentence(
      'GET /status is not protected: set PUBLISH_STATUS_TOKEN (openssl rand -hex 32; the Studio sends it as SANITY_STUDIO_PUBLISH_STATUS_TOKEN), or PUBLISH_STATUS_PUBLIC=1 to let anyone who reaches the worker read it.',
    ),
    ...always,
  });

/** `PUBLISH_ROOT is not set: …`, `PUBLISH_PORT="http" is not valid: it must be …`. */
function inEnglish({ path: [variable, entry], expected, input }: Problem): string {
  const name = String(variable);
  if (input === undefined) return `${name} is not set: ${expected}.`;
  const value = SECRETS.has(name) ? '' : entry === undefined ? `="${String(input)}"` : `: "${String(input)}"`;
  return `${name}${value} is not valid: it must be ${expected}.`;
}

export function configFromEnv(env: Env = process.env, cwd = process.cwd()): PublishConfig {
  const parsed = parseWithFriendlyErrors(envSchema, env, inEnglish);
  if (!parsed.ok) throw new ConfigError(parsed.errors);
  const settings = parsed.data;
  return {
    secret: settings.SANITY_WEBHOOK_SECRET,
    root: resolve(cwd, settings.PUBLISH_ROOT),
    host: settings.PUBLISH_HOST ?? '127.0.0.1',
    port: settings.PUBLISH_PORT,
    // `npm run build`'s script itself (npm's own start-up cost a second or two per publish), run
    // by the Node that runs the worker, whatever PATH the process manager gives.
    buildCommand: settings.PUBLISH_BUILD_COMMAND ?? `${shellQuote(process.execPath)} src/build/build.ts`,
    projectDir: resolve(cwd, settings.PUBLISH_PROJECT_DIR ?? '.'),
    afterSwitchCommand: settings.PUBLISH_AFTER_SWITCH ?? null,
    studioOrigins: settings.PUBLISH_STUDIO_ORIGIN,
    statusToken: settings.PUBLISH_STATUS_TOKEN ?? null,
    statusPublic: settings.PUBLISH_STATUS_PUBLIC === '1',
    debounceMs: settings.PUBLISH_DEBOUNCE_MS,
    maxWaitMs: settings.PUBLISH_MAX_WAIT_MS,
    minKeptRatio: settings.PUBLISH_MIN_KEPT_RATIO,
    keepBuilds: settings.PUBLISH_KEEP_BUILDS,
    buildTimeoutMs: settings.PUBLISH_BUILD_TIMEOUT_MS,
  };
}
