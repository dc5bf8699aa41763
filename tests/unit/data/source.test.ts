import { describe, expect, it } from 'vitest';
import { DEFAULT_DATASET_FILE, sourceFromEnv } from '../../../src/data/source';

describe('the source switch', () => {
  it('builds from the embedded dataset when no Sanity project is configured', () => {
    expect(sourceFromEnv({})).toEqual({ mode: 'embedded', file: DEFAULT_DATASET_FILE });
  });

  it('can build from another embedded export (benchmarks, fixtures)', () => {
    expect(sourceFromEnv({ EMBEDDED_DATASET: '/tmp/other.ndjson' })).toEqual({ mode: 'embedded', file: '/tmp/other.ndjson' });
  });

  it('builds from the Content Lake when project and dataset are set, with token and custom host', () => {
    expect(sourceFromEnv({ SANITY_PROJECT_ID: 'abc123', SANITY_DATASET: 'production', SANITY_API_READ_TOKEN: 'sk-secret', SANITY_API_HOST: 'http://127.0.0.1:9999' })).toEqual({
      mode: 'live',
      projectId: 'abc123',
      dataset: 'production',
      token: 'sk-secret',
      apiHost: 'http://127.0.0.1:9999',
      apiVersion: '2025-02-19',
    });
  });

  it('refuses a half-configured project instead of silently building the embedded content', () => {
    expect(() => sourceFromEnv({ SANITY_PROJECT_ID: 'abc123' })).toThrow(/SANITY_DATASET/);
  });
});
