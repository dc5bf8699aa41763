// The worker's settings: required ones named when missing, bad values refused with the rule.
import { describe, expect, it } from 'vitest';
import { ConfigError, configFromEnv } from '../../../src/publish/config';

const TOKEN = 'f00d'.repeat(16);
const base = { SANITY_WEBHOOK_SECRET: 's3cret', PUBLISH_ROOT: 'site', PUBLISH_STATUS_TOKEN: TOKEN };

describe('publish worker configuration', () => {
  it('needs the webhook secret and the site root', () => {
    expect(() => configFromEnv({ PUBLISH_ROOT: 'site', PUBLISH_STATUS_TOKEN: TOKEN })).toThrow(/SANITY_WEBHOOK_SECRET is not set/);
    expect(() => configFromEnv({ SANITY_WEBHOOK_SECRET: 's3cret', PUBLISH_STATUS_TOKEN: TOKEN })).toThrow(/PUBLISH_ROOT is not set/);
  });

  it('has safe defaults; builds run with the Node that runs the worker', () => {
    expect(configFromEnv(base, '/srv/stodlinjen')).toMatchObject({
      root: '/srv/stodlinjen/site',
      host: '127.0.0.1',
      port: 8787,
      buildCommand: `'${process.execPath}' src/build/build.ts`,
      projectDir: '/srv/stodlinjen',
      afterSwitchCommand: null,
      studioOrigins: ['http://localhost:3333'],
      statusToken: TOKEN,
      statusPublic: false,
      debounceMs: 2000,
      minKeptRatio: 0.5,
      keepBuilds: 3,
    });
  });

  it('reads every setting', () => {
    const config = configFromEnv(
      {
        ...base,
        PUBLISH_PORT: '0',
        PUBLISH_PROJECT_DIR: 'app',
        PUBLISH_AFTER_SWITCH: 'nginx -s reload',
        PUBLISH_STUDIO_ORIGIN: 'https://a.sanity.studio, https://b.example',
        PUBLISH_DEBOUNCE_MS: '500',
        PUBLISH_MIN_KEPT_RATIO: '0.8',
        PUBLISH_KEEP_BUILDS: '5',
      },
      '/srv',
    );
    expect(config).toMatchObject({
      port: 0,
      projectDir: '/srv/app',
      afterSwitchCommand: 'nginx -s reload',
      studioOrigins: ['https://a.sanity.studio', 'https://b.example'],
      debounceMs: 500,
      minKeptRatio: 0.8,
      keepBuilds: 5,
    });
  });

  it('refuses values that make no sense, naming the variable', () => {
    expect(() => configFromEnv({ ...base, PUBLISH_MIN_KEPT_RATIO: '50' })).toThrow(/PUBLISH_MIN_KEPT_RATIO="50" is not valid: it must be between 0 and 1/);
    expect(() => configFromEnv({ ...base, PUBLISH_PORT: 'http' })).toThrow('PUBLISH_PORT="http" is not valid: it must be a port number (0 picks a free one).');
    expect(() => configFromEnv({ ...base, PUBLISH_PORT: '65536' })).toThrow(/PUBLISH_PORT="65536" is not valid/);
    expect(() => configFromEnv({ ...base, PUBLISH_KEEP_BUILDS: '0' })).toThrow('PUBLISH_KEEP_BUILDS="0" is not valid: it must be a whole number, at least 1.');
    expect(() => configFromEnv({ ...base, PUBLISH_DEBOUNCE_MS: '1.5' })).toThrow('PUBLISH_DEBOUNCE_MS="1.5" is not valid: it must be a whole number of milliseconds.');
    expect(() => configFromEnv({ ...base, PUBLISH_BUILD_TIMEOUT_MS: '0' })).toThrow(/PUBLISH_BUILD_TIMEOUT_MS="0" is not valid/);
    expect(() => configFromEnv({ ...base, PUBLISH_STUDIO_ORIGIN: 'https://a.sanity.studio, https://studio.example/desk' })).toThrow(
      'PUBLISH_STUDIO_ORIGIN: "https://studio.example/desk" is not valid: it must be an origin (scheme and host, no path), e.g. https://stodlinjen.sanity.studio.',
    );
  });

  it('names every problem at once, one sentence each, so one restart is enough to fix them', () => {
    let problems: string[] = [];
    try {
      configFromEnv({ PUBLISH_PORT: 'http', PUBLISH_KEEP_BUILDS: '0' });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      problems = (error as ConfigError).problems;
    }
    expect(problems).toEqual([
      expect.stringMatching(/^SANITY_WEBHOOK_SECRET is not set: /),
      expect.stringMatching(/^PUBLISH_ROOT is not set: /),
      expect.stringMatching(/^PUBLISH_PORT="http" is not valid/),
      expect.stringMatching(/^PUBLISH_KEEP_BUILDS="0" is not valid/),
      expect.stringMatching(/^GET \/status is not protected/),
    ]);
  });

  it('counts a blank variable as unset, as in an environment file', () => {
    expect(() => configFromEnv({ ...base, SANITY_WEBHOOK_SECRET: '  ' })).toThrow(/SANITY_WEBHOOK_SECRET is not set/);
    expect(configFromEnv({ ...base, PUBLISH_PORT: ' ', PUBLISH_HOST: '' })).toMatchObject({ port: 8787, host: '127.0.0.1' });
  });

  it('refuses the replaced page-count setting instead of ignoring it', () => {
    expect(() => configFromEnv({ ...base, PUBLISH_MIN_PAGE_RATIO: '0.3' })).toThrow(/PUBLISH_MIN_PAGE_RATIO is no longer read.*PUBLISH_MIN_KEPT_RATIO/);
  });
});

describe('who may read the status', () => {
  const { PUBLISH_STATUS_TOKEN: _token, ...unprotected } = base;

  it('refuses to start with neither a token nor an explicit public status', () => {
    expect(() => configFromEnv(unprotected)).toThrow(/GET \/status is not protected: set PUBLISH_STATUS_TOKEN .* or PUBLISH_STATUS_PUBLIC=1/);
    expect(() => configFromEnv({ ...unprotected, PUBLISH_STATUS_PUBLIC: '0' })).toThrow(/not protected/);
  });

  it('a public status is an explicit choice', () => {
    expect(configFromEnv({ ...unprotected, PUBLISH_STATUS_PUBLIC: '1' })).toMatchObject({ statusToken: null, statusPublic: true });
    expect(() => configFromEnv({ ...unprotected, PUBLISH_STATUS_PUBLIC: 'yes' })).toThrow(/PUBLISH_STATUS_PUBLIC="yes" is not valid/);
  });

  it('refuses a short or unsendable token, and a token together with a public status', () => {
    expect(() => configFromEnv({ ...unprotected, PUBLISH_STATUS_TOKEN: 'secret' })).toThrow(/PUBLISH_STATUS_TOKEN is not valid: it must be at least 32 characters/);
    expect(() => configFromEnv({ ...unprotected, PUBLISH_STATUS_TOKEN: `${TOKEN} x` })).toThrow(/PUBLISH_STATUS_TOKEN is not valid/);
    expect(() => configFromEnv({ ...base, PUBLISH_STATUS_PUBLIC: '1' })).toThrow(/both set: choose one/);
  });

  it('never repeats a secret in its message', () => {
    expect(() => configFromEnv({ ...unprotected, PUBLISH_STATUS_TOKEN: 'short-secret-value' })).toThrow(/^(?!.*short-secret-value)/s);
  });
});
