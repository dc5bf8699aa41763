// The one source switch. With no Sanity project configured, queries run with groq-js on the
// embedded dataset; with SANITY_PROJECT_ID and SANITY_DATASET set, the same queries run on the
// Content Lake through @sanity/client. The public build sees only published documents; the draft
// preview reads the same queries with the `drafts` perspective (drafts over published).
import { createClient, type SanityClient } from '@sanity/client';
import { evaluate, parse } from 'groq-js';
import { resolve } from 'node:path';
import { isPublishedId, loadEmbeddedDataset, type SanityDocument } from './embedded';

// Resolved from the project root (where builds and tests run): this module is bundled elsewhere at build time.
export const DEFAULT_DATASET_FILE = resolve('sanity/dataset/data.ndjson');
const API_VERSION = '2025-02-19';

/**
 * How documents are seen, as the Content Lake's perspectives: `published` (the default) hides
 * drafts; `drafts` shows each document's draft in place of its published version; `raw` shows
 * every document under its own id (what the preview handshake needs to find its secret).
 */
export type Perspective = 'published' | 'drafts' | 'raw';

export type SourceConfig = ({ mode: 'embedded'; file: string } | { mode: 'live'; projectId: string; dataset: string; token?: string; apiHost?: string; apiVersion: string }) & {
  perspective?: Perspective;
};

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

const DRAFT_PREFIX = 'drafts.';

/**
 * The documents a perspective sees, as the Content Lake does: with `drafts`, a document's draft
 * (`drafts.X`) replaces its published version and is seen with the id `X` (the stored id stays in
 * `_originalId`); a draft of a never-published document appears the same way. Release versions
 * (`versions.…`) belong to no perspective here.
 */
export function documentsIn(all: SanityDocument[], perspective: Perspective): SanityDocument[] {
  if (perspective === 'raw') return all;
  if (perspective === 'published') return all.filter((doc) => isPublishedId(doc._id));
  const seen = new Map<string, SanityDocument>();
  for (const doc of all) {
    if (doc._id.startsWith(DRAFT_PREFIX)) seen.set(doc._id.slice(DRAFT_PREFIX.length), { ...doc, _id: doc._id.slice(DRAFT_PREFIX.length), _originalId: doc._id });
    else if (isPublishedId(doc._id) && !seen.has(doc._id)) seen.set(doc._id, doc);
  }
  return [...seen.values()];
}

/** Runs queries on documents in memory as a perspective sees them (by default `published`: no drafts). */
export function embeddedRunner(load: () => Promise<SanityDocument[]>, perspective: Perspective = 'published'): QueryRunner {
  let dataset: Promise<{ documents: SanityDocument[]; byId: Map<string, SanityDocument> }> | undefined;
  return async <R>(query: string, params: Record<string, unknown> = {}) => {
    dataset ??= load().then((all) => {
      const documents = documentsIn(all, perspective);
      return { documents, byId: new Map(documents.map((doc) => [doc._id, doc])) };
    });
    const { documents, byId } = await dataset;
    // A map lookup for `->`: groq-js would otherwise scan the whole dataset for every reference.
    const dereference = ({ _ref }: { _ref: string }) => byId.get(_ref) ?? null;
    const result = await evaluate(parse(query, { params }), { dataset: documents, params, dereference });
    return (await result.get()) as R;
  };
}

export function liveClient(config: Extract<SourceConfig, { mode: 'live' }>): SanityClient {
  const perspective = config.perspective ?? 'published';
  // Drafts are private: the Content Lake shows them only to a token that may read them.
  if (perspective !== 'published' && !config.token) throw new Error(`Reading the "${perspective}" perspective needs a token: set SANITY_API_READ_TOKEN to a Viewer token (it stays on the server).`);
  return createClient({
    projectId: config.projectId,
    dataset: config.dataset,
    apiVersion: config.apiVersion,
    token: config.token,
    perspective,
    // Builds want the freshest published content, not the CDN's cached copy.
    useCdn: false,
    // A custom host (a proxy, or the test double of the Content Lake) is reached directly.
    ...(config.apiHost ? { apiHost: config.apiHost, useProjectHostname: false } : {}),
  });
}

export function createRunner(config: SourceConfig): QueryRunner {
  if (config.mode === 'embedded') return embeddedRunner(() => loadEmbeddedDataset(config.file), config.perspective);
  const client = liveClient(config);
  return <R>(query: string, params: Record<string, unknown> = {}) => client.fetch<R>(query, params);
}
