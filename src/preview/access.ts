// Who may see the draft preview. Access starts with a secret: in live mode Sanity's preview
// handshake (the Presentation tool writes a short-lived secret into the dataset and opens
// /_preview/enable with it; the server checks it there with the viewer token), in embedded mode
// the local secret PREVIEW_SECRET. A valid secret starts a session: an HttpOnly cookie for the
// preview's own origin, signed with a key derived from the server's secret, holding only an
// expiry time and the Studio origin allowed to frame the preview. No content without it.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { sourceFromEnv, type SourceConfig } from '../data/source';

export const SECRET_PARAM = 'sanity-preview-secret';
export const PATHNAME_PARAM = 'sanity-preview-pathname';
export const SESSION_COOKIE = 'stodlinjen_preview';
/** A working day: the handshake's secret itself lives an hour, a session a little longer. */
export const SESSION_SECONDS = 8 * 60 * 60;
const MIN_SECRET_LENGTH = 16;

export type PreviewConfig = {
  source: SourceConfig;
  /** Embedded mode: the secret an editor's preview link carries. Live mode uses Sanity's handshake instead. */
  localSecret?: string;
  /** Signs sessions; derived from the server's secret (PREVIEW_SECRET or the viewer token). */
  sessionKey: Buffer;
};

/** The preview's configuration from the environment, or an error saying what to set. */
export function previewConfigFromEnv(env: Record<string, string | undefined> = process.env): PreviewConfig {
  const source: SourceConfig = { ...sourceFromEnv(env), perspective: 'drafts' };
  if (source.mode === 'live') {
    if (!source.token)
      throw new Error("The draft preview of a Sanity project needs SANITY_API_READ_TOKEN: a Viewer token, read only by the preview server, to read drafts and check the Studio's preview secret.");
    return { source, sessionKey: keyFrom(source.token) };
  }
  const localSecret = env.PREVIEW_SECRET?.trim();
  if (!localSecret || localSecret.length < MIN_SECRET_LENGTH) {
    throw new Error(
      `The draft preview of the embedded dataset needs PREVIEW_SECRET, a secret of at least ${MIN_SECRET_LENGTH} characters that editors' preview links carry (for example: PREVIEW_SECRET=$(openssl rand -hex 24)).`,
    );
  }
  return { source, localSecret, sessionKey: keyFrom(localSecret) };
}

function keyFrom(secret: string): Buffer {
  return createHash('sha256').update('stodlinjen draft preview session\0').update(secret).digest();
}

/** Compares secrets in constant time, whatever their lengths. */
export function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

export type Session = { expires: number; studioOrigin: string | null };

const sign = (key: Buffer, payload: string) => createHmac('sha256', key).update(payload).digest('base64url');

export function sessionToken(key: Buffer, session: Session): string {
  const payload = Buffer.from(JSON.stringify({ e: session.expires, s: session.studioOrigin })).toString('base64url');
  return `${payload}.${sign(key, payload)}`;
}

/** The session a cookie value holds, or null when it is forged, malformed or expired. */
export function readSession(key: Buffer, token: string | undefined, now = Date.now()): Session | null {
  const [payload, signature, extra] = token?.split('.') ?? [];
  if (!payload || !signature || extra !== undefined) return null;
  if (!sameSecret(signature, sign(key, payload))) return null;
  try {
    const { e, s } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { e: unknown; s: unknown };
    if (typeof e !== 'number' || e * 1000 <= now) return null;
    return { expires: e, studioOrigin: typeof s === 'string' ? s : null };
  } catch {
    return null;
  }
}

/**
 * The Set-Cookie header for a session. Over HTTPS the cookie is also sent inside the Studio's
 * Presentation frame (another site), partitioned to it; over plain HTTP (a local preview, where
 * Studio and preview on localhost are one site) it stays SameSite=Lax.
 */
export function sessionCookie(token: string, secure: boolean, maxAge = SESSION_SECONDS): string {
  const parts = [`${SESSION_COOKIE}=${token}`, 'Path=/', `Max-Age=${maxAge}`, 'HttpOnly'];
  parts.push(...(secure ? ['Secure', 'SameSite=None', 'Partitioned'] : ['SameSite=Lax']));
  return parts.join('; ');
}

/** A same-origin path to go to after the handshake; anything else (other hosts, `//x`) goes to the start page. */
export function safeRedirect(pathname: string | null | undefined): string {
  if (!pathname || !pathname.startsWith('/') || pathname.startsWith('//') || pathname.includes('\\')) return '/';
  const url = new URL(pathname, 'http://preview.invalid');
  if (url.origin !== 'http://preview.invalid') return '/';
  // The handshake's own parameters are not part of the page's address.
  for (const key of [...url.searchParams.keys()]) if (key.startsWith('sanity-preview-')) url.searchParams.delete(key);
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The value of one cookie in a Cookie header. */
export function cookieValue(header: string | null, name: string): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}
