// The draft preview's gate and frame, around every request the preview server renders:
// without a valid session, 401 and no content; with one, the page is rendered from the drafts
// perspective, loaded for this request (`locals.siteContent`), as a preview page (`locals.preview`:
// the layout shows the banner and noindex), and served never cached.
// Only the preview build registers this (src/preview/integration.ts); the public build never runs it.
import { defineMiddleware } from 'astro:middleware';
import { loadContent } from '../data/content';
import { ContentError, consoleReport } from '../data/report';
import { createRunner } from '../data/source';
import { t } from '../i18n';
import { SESSION_COOKIE, cookieValue, previewConfigFromEnv, readSession, type PreviewConfig } from './access';
import { PREVIEW_HEADERS, previewPolicy, scriptProblems } from './page';
import { PREVIEW_ENABLE_PATH } from '../lib/routes';
import { todayIn } from '../lib/today';
import knownScripts from 'virtual:stodlinjen/preview-known-scripts';

/** The scripts this build wrote (src/preview/integration.ts): the only inline ones a preview page may run. */
const KNOWN_SCRIPTS: ReadonlySet<string> = new Set(JSON.parse(knownScripts) as string[]);

let config: PreviewConfig | undefined;
// One report for the process: a content warning is logged once, not on every request.
const report = consoleReport();
const previewConfig = () => (config ??= previewConfigFromEnv());

function withHeaders(response: Response, extra: Record<string, string> = {}): Response {
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries({ ...PREVIEW_HEADERS, ...extra })) headers.set(name, value);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

function decodedPath(path: string): string | undefined {
  try {
    return decodeURI(path);
  } catch {
    return undefined;
  }
}

const text = (status: number, body: string) => withHeaders(new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } }));

export const onRequest = defineMiddleware(async (context, next) => {
  const { source, sessionKey } = previewConfig();
  // The handshake itself is how a session starts; it checks its secret on its own.
  if (context.url.pathname === PREVIEW_ENABLE_PATH) return withHeaders(await next());

  const session = readSession(sessionKey, cookieValue(context.request.headers.get('cookie'), SESSION_COOKIE));
  if (!session) return text(401, t('preview.unauthorized'));

  context.locals.preview = true;
  const loading = loadContent(createRunner(source), report, todayIn());
  context.locals.siteContent = loading;
  let content;
  try {
    content = await loading;
  } catch (error) {
    // Drafts can hold what the public build would refuse (two documents claiming one address):
    // the editor gets the build's message, which names the documents.
    if (error instanceof ContentError) return text(500, t('preview.failed', { message: error.message }));
    throw error;
  }
  // An old address answers as the hosts answer it (src/integrations/serving.ts): with its redirect.
  const moved = content.redirects.find((redirect) => redirect.from === context.url.pathname || redirect.from === decodedPath(context.url.pathname));
  if (moved) return withHeaders(new Response(null, { status: moved.status, headers: { Location: /[^\x20-\x7e]/.test(moved.to) ? encodeURI(moved.to) : moved.to } }));
  const response = await next();
  if (!(response.headers.get('content-type') ?? '').includes('text/html')) return withHeaders(response);
  const html = await response.text();
  // The public build stops on such a page; the preview shows the editor why instead of the page.
  const problems = scriptProblems(html, KNOWN_SCRIPTS);
  if (problems.length)
    return text(500, t('preview.failed', { message: `the page contains scripts the Content-Security-Policy will not allow (the public build stops on them): ${problems.join('; ')}` }));
  const framers = session.studioOrigin ? [session.studioOrigin] : [];
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return withHeaders(new Response(html, { status: response.status, headers }), { 'Content-Security-Policy': previewPolicy(html, content.locales.sv.contact, framers, KNOWN_SCRIPTS) });
});
