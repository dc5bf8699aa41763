/**
 * Where the contact service lives: the addresses from Sanity's contactSettings, overridden per
 * deployment by CHAT_EMBED_URL / CHAT_STATUS_URL (tests and `npm start` point them at the stand-in).
 * The chat island frames `embedUrl` and fetches `statusUrl`; the CSP (src/integrations/csp.ts)
 * allows exactly their origins. Build-time only: reads the environment, never ships to browsers.
 */
import { originOf } from './contact-contract';

/** The two fields of contactSettings that name the service. */
export type ContactUrls = { chatEmbedUrl?: string | null; chatStatusUrl?: string | null };

export interface ContactServiceUrls {
  /** `null` when missing or not a usable address: the chat then stays off. */
  embedUrl: string | null;
  statusUrl: string | null;
}

type Env = Partial<Record<'CHAT_EMBED_URL' | 'CHAT_STATUS_URL', string | undefined>>;

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * https anywhere; plain http only on this machine (the stand-in), never for real visitors. The one
 * rule for the build (which stops on anything else, src/data/content.ts) and the Studio.
 */
export function isServiceAddress(url: unknown): url is string {
  const value = typeof url === 'string' ? url.trim() : '';
  if (!value || !originOf(value)) return false;
  const { protocol, hostname } = new URL(value);
  return protocol === 'https:' || (protocol === 'http:' && LOOPBACK.has(hostname));
}

function usable(url: string | null | undefined): string | null {
  return isServiceAddress(url) ? url.trim() : null;
}

export function contactServiceUrls(contact: ContactUrls | null, env: Env = process.env): ContactServiceUrls {
  const embedUrl = usable(env.CHAT_EMBED_URL || contact?.chatEmbedUrl);
  const statusUrl = usable(env.CHAT_STATUS_URL || contact?.chatStatusUrl);
  return { embedUrl, statusUrl };
}

/** The origins the CSP names in `frame-src` (embed) and `connect-src` (status). */
export function contactOrigins(contact: ContactUrls | null, env: Env = process.env): { embed: string | null; status: string | null } {
  const { embedUrl, statusUrl } = contactServiceUrls(contact, env);
  return { embed: embedUrl && originOf(embedUrl), status: statusUrl && originOf(statusUrl) };
}
