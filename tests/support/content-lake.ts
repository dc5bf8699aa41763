// Local stand-ins for the Content Lake, so live mode and publishing are tested offline.
//
// startContentLake: answers GET and POST /v<version>/data/query/<dataset> like the Sanity API,
// evaluating the GROQ with groq-js over an NDJSON export; takes mutations (POST
// /v<version>/data/mutate/<dataset>); and after each mutation sends GROQ-powered webhooks, signed
// as Sanity signs them. It records each request and webhook delivery for assertions. The
// `perspective` query parameter is honoured as the Content Lake documents it (see visibleIn).
//
// replayContentLake: answers each query with a recorded Content Lake answer (tests/fixtures/
// content-lake/), written by hand in the API's response format, never computed here.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeSignatureHeader } from '@sanity/webhook';
import { evaluate, parse } from 'groq-js';
import type { SanityDocument } from '../../src/data/embedded';

export type RecordedRequest = { method: string; path: string; perspective: string | null; authorization: string | undefined };

async function readBody(req: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of req) body += chunk;
  return body;
}

const PERSPECTIVES = ['published', 'drafts', 'raw'] as const;
type Perspective = (typeof PERSPECTIVES)[number];
const isPerspective = (name: string): name is Perspective => (PERSPECTIVES as readonly string[]).includes(name);

/**
 * The documents a perspective sees, as Sanity documents it: `published` (the API's default since
 * 2025-02-19) leaves out drafts and release versions; `drafts` shows each draft in place of its
 * published version, under the published id; `raw` shows everything. Written here rather than
 * taken from src/data/source.ts, whose own version this stand-in is used to check.
 */
function visibleIn(documents: SanityDocument[], perspective: Perspective): SanityDocument[] {
  if (perspective === 'raw') return documents;
  const published = documents.filter((doc) => !doc._id.startsWith('drafts.') && !doc._id.startsWith('versions.'));
  if (perspective === 'published') return published;
  const drafts = new Map(documents.filter((doc) => doc._id.startsWith('drafts.')).map((doc) => [doc._id.slice('drafts.'.length), doc]));
  const asPublished = (id: string, draft: SanityDocument) => ({ ...draft, _id: id, _originalId: draft._id });
  // A draft takes its published version's place, so documents that order as equals keep their order.
  const shown = published.map((doc) => (drafts.has(doc._id) ? asPublished(doc._id, drafts.get(doc._id)!) : doc));
  const ids = new Set(published.map((doc) => doc._id));
  return [...shown, ...[...drafts].filter(([id]) => !ids.has(id)).map(([id, draft]) => asPublished(id, draft))];
}

/** A query request to /v<version>/data/query/<dataset>: its GROQ, parameters and perspective, by GET or POST. */
async function queryRequest(req: IncomingMessage, url: URL): Promise<{ query: string | null; params: Record<string, unknown>; perspective: string }> {
  const perspective = url.searchParams.get('perspective') ?? 'published';
  if (req.method === 'POST') {
    const body = JSON.parse(await readBody(req)) as { query: string; params?: Record<string, unknown> };
    return { query: body.query, params: body.params ?? {}, perspective };
  }
  const params: Record<string, unknown> = {};
  for (const [key, value] of url.searchParams) if (key.startsWith('$')) params[key.slice(1)] = JSON.parse(value);
  return { query: url.searchParams.get('query'), params, perspective };
}

function reply(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

async function listen(server: ReturnType<typeof createServer>) {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const QUERY_PATH = /^\/v[\w-]+\/data\/query\/([\w-]+)$/;

export async function startContentLake(documents: SanityDocument[], dataset = 'production', options: { webhooks?: WebhookDefinition[] } = {}) {
  const requests: RecordedRequest[] = [];
  const lake = mutableDataset(documents, dataset, options.webhooks ?? []);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method === 'POST' && /^\/v[\w-]+\/data\/mutate\//.test(url.pathname)) {
      requests.push({ method: 'POST', path: url.pathname, perspective: null, authorization: req.headers.authorization });
      const answer = await lake.handleMutate(url.pathname, await readBody(req));
      return reply(res, answer.status, answer.body);
    }
    const match = QUERY_PATH.exec(url.pathname);
    requests.push({ method: req.method ?? '', path: url.pathname, perspective: url.searchParams.get('perspective'), authorization: req.headers.authorization });
    if (!match || match[1] !== dataset) return reply(res, 404, { error: 'Not Found', message: `unknown dataset or path ${url.pathname}` });
    const { query, params, perspective } = await queryRequest(req, url);
    if (!query) return reply(res, 400, { error: 'Bad Request', message: 'query is required' });
    if (!isPerspective(perspective)) return reply(res, 400, { error: { description: `unknown perspective "${perspective}"`, type: 'validationError' } });
    try {
      const started = performance.now();
      const visible = visibleIn(lake.documents, perspective);
      // A map lookup for `->`: groq-js would otherwise scan the whole dataset for every reference.
      const byId = new Map(visible.map((doc) => [doc._id, doc]));
      const result = await (await evaluate(parse(query, { params }), { dataset: visible, params, dereference: ({ _ref }: { _ref: string }) => byId.get(_ref) ?? null })).get();
      reply(res, 200, { query, result, ms: Math.round(performance.now() - started) });
    } catch (error) {
      reply(res, 400, { error: { description: (error as Error).message, type: 'queryParseError' } });
    }
  });
  return {
    url: await listen(server),
    requests,
    /** The documents as stored now, drafts included. */
    documents: () => lake.documents,
    webhooks: lake.webhooks,
    deliveries: lake.deliveries,
    /** Resolves when every webhook sent so far has been answered. */
    delivered: () => lake.delivered(),
    close: async () => {
      await lake.delivered();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

// ---- Recorded answers -----------------------------------------------------------------------

/** A Content Lake answer as the query API documents it (GET/POST /v<version>/data/query/<dataset>). */
export type QueryResponse = { ms: number; query: string; result: unknown; syncTags: string[] };

/** One recorded answer: `<name>.<perspective>.json`, holding the perspective asked in and the response body. */
export type Recording = { file: string; perspective: string; response: QueryResponse };

export function recordingsIn(dir: string): Recording[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => ({ file, ...(JSON.parse(readFileSync(join(dir, file), 'utf8')) as Omit<Recording, 'file'>) }));
}

/** Answers each query with the recording made for that query text and perspective; any other query is refused, naming what to record. */
export async function replayContentLake(recordings: Recording[], dataset = 'production') {
  const requests: RecordedRequest[] = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push({ method: req.method ?? '', path: url.pathname, perspective: url.searchParams.get('perspective'), authorization: req.headers.authorization });
    const match = QUERY_PATH.exec(url.pathname);
    if (!match || match[1] !== dataset) return reply(res, 404, { error: 'Not Found', message: `unknown dataset or path ${url.pathname}` });
    const { query, params, perspective } = await queryRequest(req, url);
    const recording = Object.keys(params).length === 0 ? recordings.find((r) => r.response.query === query && r.perspective === perspective) : undefined;
    if (!recording)
      return reply(res, 500, {
        error: { description: `No recorded answer to this query in the "${perspective}" perspective; add one to tests/fixtures/content-lake/: ${query}`, type: 'noRecording' },
      });
    reply(res, 200, recording.response);
  });
  return {
    url: await listen(server),
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

// ---- Mutations and webhooks ------------------------------------------------------------------

/** A GROQ-powered webhook as configured in Sanity's manage UI. */
export type WebhookDefinition = {
  url: string;
  filter: string;
  projection: string;
  secret: string;
  on?: Array<'create' | 'update' | 'delete'>;
  includeDrafts?: boolean;
};

export type WebhookDelivery = { url: string; documentId: string; operation: string; body: string; status: number | 'unreachable' };

type Patch = { id: string; set?: Record<string, unknown>; setIfMissing?: Record<string, unknown>; unset?: string[]; ifRevisionID?: string };
type Mutation = { create: SanityDocument } | { createOrReplace: SanityDocument } | { createIfNotExists: SanityDocument } | { patch: Patch } | { delete: { id: string } };

class MutationError extends Error {
  readonly status: number;
  constructor(message: string, status = 400) {
    super(message);
    this.status = status;
  }
}

/** `title`, `slug.current`, `body[0].children` → keys; anything fancier is not supported here. */
function pathKeys(path: string): Array<string | number> {
  if (!/^[A-Za-z_][\w]*(\.[A-Za-z_][\w]*|\[\d+\])*$/.test(path)) throw new MutationError(`The stand-in supports attribute and index paths only, not "${path}"`);
  return [...path.matchAll(/([A-Za-z_]\w*)|\[(\d+)\]/g)].map((m) => (m[1] !== undefined ? m[1] : Number(m[2])));
}

function setPath(target: Record<string, unknown>, path: string, value: unknown, onlyIfMissing = false): void {
  const keys = pathKeys(path);
  let node: Record<string | number, unknown> = target;
  keys.slice(0, -1).forEach((key, index) => {
    if (node[key] === null || typeof node[key] !== 'object') node[key] = typeof keys[index + 1] === 'number' ? [] : {};
    node = node[key] as Record<string | number, unknown>;
  });
  const last = keys.at(-1)!;
  if (onlyIfMissing && node[last] !== undefined) return;
  node[last] = structuredClone(value);
}

function unsetPath(target: Record<string, unknown>, path: string): void {
  const keys = pathKeys(path);
  let node: unknown = target;
  for (const key of keys.slice(0, -1)) {
    node = (node as Record<string | number, unknown> | null)?.[key];
    if (!node || typeof node !== 'object') return;
  }
  const last = keys.at(-1)!;
  if (Array.isArray(node) && typeof last === 'number') node.splice(last, 1);
  else delete (node as Record<string | number, unknown>)[last];
}

const newRevision = () => randomUUID().replace(/-/g, '').slice(0, 22);

/** Applies one transaction to a copy of the dataset: all of it, or (on an error) none of it. */
function applyTransaction(current: Map<string, SanityDocument>, mutations: Mutation[], now: string): { next: Map<string, SanityDocument>; results: Array<{ id: string; operation: string }> } {
  const next = new Map(current);
  const results: Array<{ id: string; operation: string }> = [];
  const stamp = (doc: SanityDocument, previous: SanityDocument | undefined): SanityDocument => ({
    ...structuredClone(doc),
    _createdAt: previous?._createdAt ?? now,
    _updatedAt: now,
    _rev: newRevision(),
  });
  const withId = (doc: SanityDocument): SanityDocument => {
    if (!doc || typeof doc !== 'object' || typeof doc._type !== 'string') throw new MutationError('A document needs a string _type');
    return doc._id ? doc : { ...doc, _id: randomUUID() };
  };
  for (const mutation of mutations) {
    if ('create' in mutation) {
      const doc = withId(mutation.create);
      if (next.has(doc._id)) throw new MutationError(`Document by ID "${doc._id}" already exists`, 409);
      next.set(doc._id, stamp(doc, undefined));
      results.push({ id: doc._id, operation: 'create' });
    } else if ('createOrReplace' in mutation) {
      const doc = withId(mutation.createOrReplace);
      const previous = next.get(doc._id);
      next.set(doc._id, stamp(doc, previous));
      results.push({ id: doc._id, operation: previous ? 'update' : 'create' });
    } else if ('createIfNotExists' in mutation) {
      const doc = withId(mutation.createIfNotExists);
      if (next.has(doc._id)) continue;
      next.set(doc._id, stamp(doc, undefined));
      results.push({ id: doc._id, operation: 'create' });
    } else if ('patch' in mutation) {
      const { id, set, setIfMissing, unset, ifRevisionID } = mutation.patch;
      const previous = next.get(id);
      if (!previous) throw new MutationError(`Document "${id}" not found`, 404);
      if (ifRevisionID && previous._rev !== ifRevisionID) throw new MutationError(`Document "${id}" has unexpected revision ID ("${previous._rev}"), expected "${ifRevisionID}"`, 409);
      const doc = structuredClone(previous);
      for (const [path, value] of Object.entries(setIfMissing ?? {})) setPath(doc, path, value, true);
      for (const [path, value] of Object.entries(set ?? {})) setPath(doc, path, value);
      for (const path of unset ?? []) unsetPath(doc, path);
      next.set(id, stamp({ ...doc, _id: id, _type: previous._type }, previous));
      results.push({ id, operation: 'update' });
    } else if ('delete' in mutation) {
      if (typeof mutation.delete?.id !== 'string') throw new MutationError('The stand-in deletes by id only');
      if (next.delete(mutation.delete.id)) results.push({ id: mutation.delete.id, operation: 'delete' });
    } else {
      throw new MutationError(`Unknown mutation ${JSON.stringify(Object.keys(mutation))}`);
    }
  }
  return { next, results };
}

async function groqValue(expression: string, doc: SanityDocument, before: SanityDocument | null, after: SanityDocument | null): Promise<unknown> {
  const tree = parse(expression, { mode: 'delta' });
  return (await evaluate(tree, { root: doc, before, after })).get();
}

/** The dataset behind the stand-in, changed by mutations, firing webhooks after each transaction. */
function mutableDataset(initial: SanityDocument[], dataset: string, webhooks: WebhookDefinition[]) {
  let byId = new Map(initial.map((doc) => [doc._id, doc]));
  const deliveries: WebhookDelivery[] = [];
  const inFlight = new Set<Promise<void>>();

  async function deliver(hook: WebhookDefinition, before: SanityDocument | null, after: SanityDocument | null, transactionId: string, time: string) {
    const doc = (after ?? before)!;
    const operation = !before ? 'create' : !after ? 'delete' : 'update';
    if (!(hook.on ?? ['create', 'update', 'delete']).includes(operation)) return;
    if (doc._id.startsWith('drafts.') && !hook.includeDrafts) return;
    if ((await groqValue(hook.filter, doc, before, after)) !== true) return;
    const projected = hook.projection.trim() ? await groqValue(hook.projection, doc, before, after) : doc;
    const body = JSON.stringify(projected);
    let status: WebhookDelivery['status'];
    try {
      const response = await fetch(hook.url, {
        method: 'POST',
        body,
        headers: {
          'content-type': 'application/json',
          'sanity-webhook-signature': await encodeSignatureHeader(body, Date.now(), hook.secret),
          'sanity-operation': operation,
          'sanity-document-id': doc._id,
          'sanity-dataset': dataset,
          'sanity-transaction-id': transactionId,
          'sanity-transaction-time': time,
          'idempotency-key': `${transactionId}-${doc._id}`,
        },
      });
      await response.arrayBuffer();
      status = response.status;
    } catch {
      status = 'unreachable';
    }
    deliveries.push({ url: hook.url, documentId: doc._id, operation, body, status });
  }

  return {
    get documents() {
      return [...byId.values()];
    },
    webhooks,
    deliveries,
    async delivered() {
      while (inFlight.size) await Promise.all(inFlight);
    },
    async handleMutate(path: string, text: string): Promise<{ status: number; body: unknown }> {
      if (!path.endsWith(`/${dataset}`)) return { status: 404, body: { error: 'Not Found', message: `unknown dataset or path ${path}` } };
      let mutations: Mutation[];
      try {
        mutations = (JSON.parse(text) as { mutations: Mutation[] }).mutations;
        if (!Array.isArray(mutations)) throw new Error('mutations must be an array');
      } catch (error) {
        return { status: 400, body: { error: { description: `Invalid mutation body: ${(error as Error).message}`, type: 'validationError' } } };
      }
      const now = new Date().toISOString();
      let applied;
      try {
        applied = applyTransaction(byId, mutations, now);
      } catch (error) {
        if (!(error instanceof MutationError)) throw error;
        return { status: error.status, body: { error: { description: error.message, type: 'mutationError' } } };
      }
      const previous = byId;
      byId = applied.next;
      const transactionId = newRevision();
      // Sent after the answer, as Sanity does: the caller never waits for the webhook's receiver.
      for (const id of new Set(applied.results.map((result) => result.id))) {
        for (const hook of webhooks) {
          const sending = deliver(hook, previous.get(id) ?? null, byId.get(id) ?? null, transactionId, now).finally(() => inFlight.delete(sending));
          inFlight.add(sending);
        }
      }
      return { status: 200, body: { transactionId, results: applied.results } };
    },
  };
}
