// GET /_preview/enable/: where a preview session starts. Live mode: Sanity's preview handshake, as
// the Presentation tool performs it (`sanity-preview-secret`, checked against the secret document
// the Studio just wrote, read with the viewer token; `sanity-preview-pathname` says where to go).
// Embedded mode: the same parameters, with PREVIEW_SECRET as the secret. A valid secret sets the
// session cookie and redirects to the page; anything else is 401 and no session.
import type { APIRoute } from 'astro';
import { validatePreviewUrl } from '@sanity/preview-url-secret';
import { liveClient } from '../data/source';
import { t } from '../i18n';
import { PATHNAME_PARAM, SECRET_PARAM, SESSION_SECONDS, previewConfigFromEnv, safeRedirect, sameSecret, sessionCookie, sessionToken, type PreviewConfig } from './access';

export const prerender = false;

type Verdict = { valid: boolean; studioOrigin: string | null };

async function check(config: PreviewConfig, request: Request, url: URL): Promise<Verdict> {
  const given = url.searchParams.get(SECRET_PARAM) ?? '';
  if (config.source.mode === 'embedded') return { valid: !!given && sameSecret(given, config.localSecret!), studioOrigin: null };
  const result = await validatePreviewUrl(liveClient(config.source), request.url);
  return { valid: result.isValid, studioOrigin: result.studioOrigin ?? null };
}

export const GET: APIRoute = async ({ request, url }) => {
  const config = previewConfigFromEnv();
  const { valid, studioOrigin } = await check(config, request, url);
  if (!valid) return new Response(t('preview.unauthorized'), { status: 401, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const secure = url.protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https';
  const token = sessionToken(config.sessionKey, { expires: Math.floor(Date.now() / 1000) + SESSION_SECONDS, studioOrigin });
  return new Response(null, { status: 303, headers: { Location: safeRedirect(url.searchParams.get(PATHNAME_PARAM)), 'Set-Cookie': sessionCookie(token, secure) } });
};
