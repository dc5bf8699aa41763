/**
 * The site's side of the contract with the external contact service (the counsellors' chat).
 * The contract itself is written down in docs/contact-service-contract.md.
 *
 * Everything arriving from the service is untrusted: it is validated here and copied into fresh
 * objects, so unexpected fields (for example message text) never reach the rest of the site.
 */

const PROTOCOL_VERSION = 1;

export type ServiceState = 'open' | 'busy' | 'closed';

/** Body of `GET <statusUrl>`. */
export interface Status {
  state: ServiceState;
  queueLength: number;
  estimatedWaitMinutes: number;
  /** Short notice from the service; render as text, never as HTML. */
  message?: string;
}

/** postMessage events from the embedded chat to the site. */
export type ChatEvent =
  | { type: 'ready'; sessionId: string }
  | { type: 'queued'; position: number; estimatedWaitMinutes: number }
  | { type: 'connected' }
  /** `count` new counsellor messages; the contract never carries message text. */
  | { type: 'message'; count: number }
  | { type: 'ended'; reason?: string }
  /** The visitor used the quick exit inside the chat (Shift three times, or its exit control). */
  | { type: 'quick-exit' };

/** postMessage from the site to the embedded chat. */
export interface EndMessage {
  type: 'end';
  v: typeof PROTOCOL_VERSION;
}

const STATES: readonly string[] = ['open', 'busy', 'closed'] satisfies ServiceState[];

// Session ids end up in a URL and in storage; anything outside this shape is refused.
const SESSION_ID = /^[A-Za-z0-9_-]{8,128}$/;
const REASON = /^[a-z][a-z0-9_-]{0,63}$/;

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isMinutes = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

export function isSessionId(v: unknown): v is string {
  return typeof v === 'string' && SESSION_ID.test(v);
}

/** Validates a status response; `null` for anything not exactly the contract's shape. */
export function parseStatus(json: unknown): Status | null {
  if (!isObject(json)) return null;
  const { state, queueLength, estimatedWaitMinutes, message } = json;
  if (typeof state !== 'string' || !STATES.includes(state)) return null;
  if (!isCount(queueLength) || !isMinutes(estimatedWaitMinutes)) return null;
  if (message !== undefined && typeof message !== 'string') return null;
  const status: Status = { state: state as ServiceState, queueLength, estimatedWaitMinutes };
  if (message?.trim()) status.message = message.trim();
  return status;
}

/**
 * Validates one `MessageEvent` from the chat iframe. `origin` is `event.origin`; `expectedOrigin`
 * is `originOf(embedUrl)`. Messages from any other origin, or of another protocol version, are
 * ignored (`null`). Callers should also check `event.source === iframe.contentWindow`.
 */
export function parseChatEvent(data: unknown, origin: string, expectedOrigin: string): ChatEvent | null {
  if (!expectedOrigin || expectedOrigin === 'null' || origin !== expectedOrigin) return null;
  if (!isObject(data) || data.v !== PROTOCOL_VERSION) return null;
  switch (data.type) {
    case 'ready':
      return isSessionId(data.sessionId) ? { type: 'ready', sessionId: data.sessionId } : null;
    case 'queued': {
      const { position, estimatedWaitMinutes } = data;
      return isCount(position) && position >= 1 && isMinutes(estimatedWaitMinutes) ? { type: 'queued', position, estimatedWaitMinutes } : null;
    }
    case 'connected':
      return { type: 'connected' };
    case 'message':
      return isCount(data.count) && data.count >= 1 ? { type: 'message', count: data.count } : null;
    case 'ended': {
      // A malformed reason must not hide that the session ended, so only the reason is dropped.
      const { reason } = data;
      return typeof reason === 'string' && REASON.test(reason) ? { type: 'ended', reason } : { type: 'ended' };
    }
    case 'quick-exit':
      return { type: 'quick-exit' };
    default:
      return null;
  }
}

/** The message that asks the chat to end the session; post it with the embed origin as target. */
export function endMessage(): EndMessage {
  return { type: 'end', v: PROTOCOL_VERSION };
}

/** Origin of an absolute http(s) URL, or `null` (opaque origins can never be matched safely). */
export function originOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.origin : null;
  } catch {
    return null;
  }
}

// A well-formed BCP 47 tag (language, optional script, region, variants, extensions), at most 35
// characters; `Intl.getCanonicalLocales` then refuses the ones this shape lets through wrongly.
const LANGUAGE_TAG = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/;
// The site's own variants of a language (easy-read Swedish is `lattlast`); lower-case words.
const VARIANT = /^[a-z][a-z0-9-]{0,31}$/;

/** The canonical form of a BCP 47 language tag (`ar`, `sv`, `en-GB`), or `null` for anything else. */
export function parseLanguageTag(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 35 || !LANGUAGE_TAG.test(value)) return null;
  try {
    return Intl.getCanonicalLocales(value)[0] ?? null;
  } catch {
    return null;
  }
}

/** The visitor's language as the embed URL carries it: `lang` (required to be valid when present) and `variant`. */
export interface EmbedLanguage {
  lang: string | null;
  variant: string | null;
}

/**
 * Reads `lang` and `variant` from an embed address's query, as the contact service must: absent
 * means "not said"; present but malformed is an error naming the parameter (the service answers 400).
 */
export function parseEmbedLanguage(params: URLSearchParams): EmbedLanguage | { error: string } {
  const rawLang = params.get('lang');
  const rawVariant = params.get('variant');
  const lang = rawLang === null ? null : parseLanguageTag(rawLang);
  if (rawLang !== null && !lang) return { error: `lang "${rawLang.slice(0, 40)}" is not a BCP 47 language tag` };
  if (rawVariant !== null && !VARIANT.test(rawVariant)) return { error: `variant "${rawVariant.slice(0, 40)}" is not a lower-case word` };
  if (rawVariant !== null && !lang) return { error: 'variant needs lang' };
  return { lang, variant: rawVariant };
}

/**
 * The iframe address: `<embedUrl>?session=<id>` resumes a session, no `session` starts one.
 * `parent` tells the service which origin to post events to and to allow as frame ancestor;
 * `lang` is the page's language (its `<html lang>`), `variant` a variant of it the site shows
 * (`lattlast`: easy-read Swedish), so the service speaks to the visitor in it where it can.
 */
export function embedAddress(embedUrl: string, options: { session?: string | null; parent?: string; lang?: string | null; variant?: string | null } = {}): string {
  const u = new URL(embedUrl);
  if (isSessionId(options.session)) u.searchParams.set('session', options.session);
  if (options.parent) u.searchParams.set('parent', options.parent);
  const lang = parseLanguageTag(options.lang);
  if (lang) {
    u.searchParams.set('lang', lang);
    if (options.variant && VARIANT.test(options.variant)) u.searchParams.set('variant', options.variant);
    else u.searchParams.delete('variant');
  }
  return u.href;
}
