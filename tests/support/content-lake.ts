// A local stand-in for the Content Lake's query endpoint, so live mode is tested offline:
// it answers GET and POST /v<version>/data/query/<dataset> like the Sanity API, evaluating
// the GROQ with groq-js over an NDJSON export, and records each request for assertions.
// The `perspective` query parameter is honoured as the Content Lake does (see runnerForPerspective).
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
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

export async function startContentLake(documents: SanityDocument[], dataset = 'production') {
  const requests: RecordedRequest[] = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
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
    const run = runnerForPerspective(documents, url.searchParams.get('perspective'));
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
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
