// A local stand-in for the Content Lake, so live mode and publishing are tested offline: it
// answers GET and POST /v<version>/data/query/<dataset> like the Sanity API, evaluating the GROQ
// with groq-js over an NDJSON export; takes mutations (POST /v<version>/data/mutate/<dataset>);
// and after each mutation sends GROQ-powered webhooks, signed as Sanity signs them. It records
// each request and webhook delivery for assertions. The `perspective` query parameter is
// honoured as the Content Lake does (see runnerForPerspective).
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { encodeSignatureHeader } from '@sanity/webhook';
import { evaluate, parse } from 'groq-js';
import type { SanityDocument } from '../../src/data/embedded';
import { embeddedRunner, type Perspective, type QueryRunner } from '../../src/data/source';

export type RecordedRequest = { method: string; path: string; perspective: string | null; authorization: string | undefined };

async function readBody(req: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of req) body += chunk;
  return body;
}

const PERSPECTIVES: readonly Perspective[] = ['published', 'drafts', 'raw'];

/**
 * The query runner for a request's perspective: `published` when it names none (the API's default
 * since 2025-02-19), `drafts` (drafts over published) or `raw`. Made per request, so it sees the
 * documents as they are now. Undefined for a perspective the stand-in does not know (answered 400).
 */
function runnerForPerspective(documents: SanityDocument[], perspective: string | null): QueryRunner | undefined {
  const name = (perspective ?? 'published') as Perspective;
  return PERSPECTIVES.includes(name) ? embeddedRunner(async () => documents, name) : undefined;
}

export async function startContentLake(documents: SanityDocument[], dataset = 'production', options: { webhooks?: WebhookDefinition[] } = {}) {
  const requests: RecordedRequest[] = [];
  const lake = mutableDataset(documents, dataset, options.webhooks ?? []);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method === 'POST' && /^\/v[\w-]+\/data\/mutate\//.test(url.pathname)) {
      requests.push({ method: 'POST', path: url.pathname, perspective: null, authorization: req.headers.authorization });
      const answer = await lake.handleMutate(url.pathname, await readBody(req));
      res.writeHead(answer.status, { 'content-type': 'application/json' });
      return res.end(JSON.stringify(answer.body));
    }
    const match = /^\/v[\w-]+\/data\/query\/([\w-]+)$/.exec(url.pathname);
    requests.push({ method: req.method ?? '', path: url.pathname, perspective: url.searchParams.get('perspective'), authorization: req.headers.authorization });
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (!match || match[1] !== dataset) return reply(404, { error: 'Not Found', message: `unknown dataset or path ${url.pathname}` });

    let query: string | null;
    let params: Record<string, unknown> = {};
    if (req.method === 'POST') {
      const body = JSON.parse(await readBody(req)) as { query: string; params?: Record<string, unknown> };
      query = body.query;
      params = body.params ?? {};
    } else {
      query = url.searchParams.get('query');
      for (const [key, value] of url.searchParams) if (key.startsWith('$')) params[key.slice(1)] = JSON.parse(value);
    }
    if (!query) return reply(400, { error: 'Bad Request', message: 'query is required' });
    // Evaluated as the embedded source does: what is under test is the client's side.
    const run = runnerForPerspective(lake.documents, url.searchParams.get('perspective'));
    if (!run) return reply(400, { error: { description: `unknown perspective "${url.searchParams.get('perspective')}"`, type: 'validationError' } });
    try {
      const started = performance.now();
      const result = await run(query, params);
      reply(200, { query, result, ms: Math.round(performance.now() - started) });
    } catch (error) {
      reply(400, { error: { description: (error as Error).message, type: 'queryParseError' } });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
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
type Mutation =
  | { create: SanityDocument }
  | { createOrReplace: SanityDocument }
  | { createIfNotExists: SanityDocument }
  | { patch: Patch }
  | { delete: { id: string } };

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
