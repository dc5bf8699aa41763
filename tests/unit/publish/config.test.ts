// The worker's settings: required ones named when missing, bad values refused with the rule.
import { describe, expect, it } from 'vitest';
import { configFromEnv } from '../../../src/publish/config';

const base = { SANITY_WEBHOOK_SECRET: 's3cret', PUBLISH_ROOT: 'site' };

describe('publish worker configuration', () => {
  it('needs the webhook secret and the site root', () => {
    expect(() => configFromEnv({ PUBLISH_ROOT: 'site' })).toThrow(/SANITY_WEBHOOK_SECRET is not set/);
    expect(() => configFromEnv({ SANITY_WEBHOOK_SECRET: 's3cret' })).toThrow(/PUBLISH_ROOT is not set/);
  });

  it('has safe defaults', () => {
    expect(configFromEnv(base, '/srv/stodlinjen')).toMatchObject({
      root: '/srv/stodlinjen/site',
      host: '127.0.0.1',
      port: 8787,
      buildCommand: 'node src/build/build.mjs',
      projectDir: '/srv/stodlinjen',
      afterSwitchCommand: null,
      studioOrigins: ['http://localhost:3333'],
      debounceMs: 2000,
      minPageRatio: 0.5,
      keepBuilds: 3,
    });
  });

  it('reads every setting', () => {
    const config = configFromEnv({ ...base, PUBLISH_PORT: '0', PUBLISH_AFTER_SWITCH: 'nginx -s reload', PUBLISH_STUDIO_ORIGIN: 'https://a.sanity.studio, https://b.example', PUBLISH_DEBOUNCE_MS: '500', PUBLISH_MIN_PAGE_RATIO: '0.8', PUBLISH_KEEP_BUILDS: '5' }, '/srv');
    expect(config).toMatchObject({ port: 0, afterSwitchCommand: 'nginx -s reload', studioOrigins: ['https://a.sanity.studio', 'https://b.example'], debounceMs: 500, minPageRatio: 0.8, keepBuilds: 5 });
  });

  it('refuses values that make no sense, naming the variable', () => {
    expect(() => configFromEnv({ ...base, PUBLISH_MIN_PAGE_RATIO: '50' })).toThrow(/PUBLISH_MIN_PAGE_RATIO="50" is not valid: it must be between 0 and 1/);
    expect(() => configFromEnv({ ...base, PUBLISH_PORT: 'http' })).toThrow(/PUBLISH_PORT/);
    expect(() => configFromEnv({ ...base, PUBLISH_KEEP_BUILDS: '0' })).toThrow(/PUBLISH_KEEP_BUILDS/);
    expect(() => configFromEnv({ ...base, PUBLISH_STUDIO_ORIGIN: 'https://studio.example/desk' })).toThrow(/not an origin/);
  });
});
