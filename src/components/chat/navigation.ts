// Keeps the chat alive while the visitor reads on. Astro's client router swaps pages in place and
// moves the element marked `transition:persist` (the chat host, with its React root and iframe)
// into each new page. <ClientRouter /> itself costs ~5.6 KB gzip on every page, more than an
// article's whole budget, so BaseLayout only carries its "enabled" meta (ChatRouterMeta.astro) and
// the router is imported here, with the chat, once a visitor wants to chat. From then on this
// does what <ClientRouter />'s own script does: send same-origin link clicks and GET forms
// through navigate(). Before that, navigation is plain page loads.
import { navigate } from 'astro:transitions/client';
import { localeFromPath } from '../../i18n/locales';

const PERSISTED = '[data-astro-transition-persist]';

// Same rules as <ClientRouter />: left clicks without modifier keys, same origin, same window.
function onClick(event: MouseEvent) {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.altKey || event.shiftKey) return;
  const link = (event.target as Element | null)?.closest?.('a[href]');
  if (!(link instanceof HTMLAnchorElement)) return;
  if ((link.target && link.target !== '_self') || link.hasAttribute('download') || link.dataset.astroReload !== undefined) return;
  const url = new URL(link.href);
  if (url.origin !== location.origin) return;
  // Another language loads as a whole page, so the chat comes back in it (resumed, not restarted).
  if (localeFromPath(url.pathname) !== localeFromPath(location.pathname)) return;
  event.preventDefault();
  void navigate(link.href, { sourceElement: link });
}

// The site's forms (search) are GET forms to this site; anything else loads normally.
function onSubmit(event: SubmitEvent) {
  const form = event.target;
  if (event.defaultPrevented || !(form instanceof HTMLFormElement) || form.method !== 'get') return;
  const action = new URL(event.submitter?.getAttribute('formaction') ?? form.action, location.href);
  if (action.origin !== location.origin || form.dataset.astroReload !== undefined) return;
  action.search = new URLSearchParams(new FormData(form, event.submitter) as unknown as Record<string, string>).toString();
  event.preventDefault();
  void navigate(action.href, { sourceElement: event.submitter ?? form });
}

// The router announces the new title; focus goes to the new page's heading (or the linked
// fragment) so keyboard and screen-reader users start there, unless they were in the chat.
function focusNewPage() {
  if (document.activeElement?.closest(PERSISTED)) return;
  const target = (location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)))) || document.querySelector('main h1');
  if (!(target instanceof HTMLElement)) return;
  if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
}

let started = false;

export function keepChatAcrossNavigation() {
  if (started) return;
  started = true;
  document.addEventListener('click', onClick);
  document.addEventListener('submit', onSubmit);
  document.addEventListener('astro:after-swap', focusNewPage);
}
