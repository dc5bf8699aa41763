// Content for one request. The public build loads content once per process (getContent's cache);
// the draft preview renders on request and must show each request the drafts as they are now, so
// its middleware runs every render inside a scope that loads content at most once for it.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { SiteContent } from './content';

type Scope = { load: () => Promise<SiteContent>; content?: Promise<SiteContent> };

// On globalThis for the same reason as getContent's cache: the server bundle may hold two copies of this module.
const KEY = Symbol.for('stodlinjen.request-content');
const shared = globalThis as typeof globalThis & { [KEY]?: AsyncLocalStorage<Scope> };
const storage = (shared[KEY] ??= new AsyncLocalStorage<Scope>());

/** Runs `work` (a page render) with content that `load` fetches on first use within it. */
export function withRequestContent<T>(load: () => Promise<SiteContent>, work: () => T): T {
  return storage.run({ load }, work);
}

/** This request's content, or undefined outside a request scope (the static build). */
export function requestContent(): Promise<SiteContent> | undefined {
  const scope = storage.getStore();
  if (!scope) return undefined;
  scope.content ??= scope.load();
  return scope.content;
}
