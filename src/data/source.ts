// The one source switch. With no Sanity project configured, queries run with groq-js on the
// embedded dataset; with SANITY_PROJECT_ID and SANITY_DATASET set, the same queries run on the
// Content Lake through @sanity/client. Both see only published documents.
import { createClient, type SanityClient } from '@sanity/client';
import { evaluate, parse } from 'groq-js';
import { resolve } from 'node:path';
import { isPublishedId, loadEmbeddedDataset, type SanityDocument } from './embedded';

// Resolved from the project root (where builds and tests run): this module is bundled elsewhere at build time.
export const DEFAULT_DATASET_FILE = resolve('sanity/dataset/data.ndjson');
const API_VERSION = '2025-02-19';

export type SourceConfig =
  | { mode: 'embedded'; file: string }
  | { mode: 'live'; projectId: string; dataset: string; token?: string; apiHost?: string; apiVersion: string };

/** Reads the source from the environment. Server-side only: the token never reaches a page. */
export function sourceFromEnv(env: Record<string, string | undefined> = process.env): SourceConfig {
  const projectId = env.SANITY_PROJECT_ID?.trim();
  const dataset = env.SANITY_DATASET?.trim();
  if (!projectId) return { mode: 'embedded', file: env.EMBEDDED_DATASET?.trim() || DEFAULT_DATASET_FILE };
  if (!dataset) throw new Error('SANITY_PROJECT_ID is set but SANITY_DATASET is not: set both to build from a Sanity project, or neither for the embedded dataset.');
  return {
    mode: 'live',
    projectId,
    dataset,
    token: env.SANITY_API_READ_TOKEN?.trim() || undefined,
    apiHost: env.SANITY_API_HOST?.trim() || undefined,
    apiVersion: env.SANITY_API_VERSION?.trim() || API_VERSION,
  };
}

export type QueryRunner = <R>(query: string, params?: Record<string, unknown>) => Promise<R>;

/** Runs queries on documents in memory as the `published` perspective sees them: no drafts. */
export function embeddedRunner(load: () => Promise<SanityDocument[]>): QueryRunner {
  let dataset: Promise<{ documents: SanityDocument[]; byId: Map<string, SanityDocument> }> | undefined;
  return async <R>(query: string, params: Record<string, unknown> = {}) => {
    dataset ??= load().then((all) => {
      const documents = all.filter((doc) => isPublishedId(doc._id));
      return { documents, byId: new Map(documents.map((doc) => [doc._id, doc])) };
    });
    const { documents, byId } = await dataset;
    // A map lookup for `->`: groq-js would otherwise scan the whole dataset for every reference.
    const dereference = ({ _ref }: { _ref: string }) => byId.get(_ref) ?? null;
    const result = await evaluate(parse(query, { params }), { dataset: documents, params, dereference });
    return (await result.get()) as R;
  };
}

function liveClient(config: Extract<SourceConfig, { mode: 'live' }>): SanityClient {
  return createClient({
    projectId: config.projectId,
    dataset: config.dataset,
    apiVersion: config.apiVersion,
    token: config.token,
    perspective: 'published',
    // Builds want the freshest published content, not the CDN's cached copy.
    useCdn: false,
    // A custom host (a proxy, or the test double of the Content Lake) is reached directly.
    ...(config.apiHost ? { apiHost: config.apiHost, useProjectHostname: false } : {}),
  });
}

export function createRunner(config: SourceConfig): QueryRunner {
  if (config.mode === 'embedded') return embeddedRunner(() => loadEmbeddedDataset(config.file));
  const client = liveClient(config);
  return <R>(query: string, params: Record<string, unknown> = {}) => client.fetch<R>(query, params);
}
