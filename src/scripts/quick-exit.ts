// The quick exit ("Lämna sidan snabbt"). Without this script the button is a plain link to a neutral site; with it,
// a click (or Shift pressed three times on its own within 5 seconds of each press) hides the page
// at once, ends any chat, clears what the site stored in this browser and replaces the page, so
// Back does not return to it. Escape is deliberately not used: browsers use it to stop loading.
//
// Contract with the chat (and anything else that keeps a session): before leaving, this
//   1. dispatches `new CustomEvent('stodlinjen:quick-exit')` on `document`, and
//   2. calls `window.stodlinjenEndChat()` if it is defined.
// Both run synchronously, right before storage is cleared and the page is replaced: a listener
// must end its session at once (post the end message, forget the session) and not wait.
//
// Anything else that offers the quick exit asks for it with `stodlinjen:leave` on `document`: the
// chat panel's own exit control, and the embedded chat when the visitor used the gesture inside it
// (its `quick-exit` event, checked by the chat controller). The result is exactly the same.
//
// Listeners are delegated from `document` and bound once, so they keep working after
// <ClientRouter /> swaps the page; the button and status region are looked up when used.
import { fill } from '../i18n/fill';

declare global {
  interface Window {
    stodlinjenEndChat?: () => void;
    stodlinjenQuickExit?: true;
  }
}

const BUTTON = '[data-quick-exit]';
const STATUS = '[data-quick-exit-status]';
const HIDDEN = 'data-quick-exit-hidden';
const WINDOW_MS = 5000;
const PRESSES = 3;

let presses = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
// True while Shift is held and no other key has been pressed with it.
let shiftAlone = false;

const button = () => document.querySelector<HTMLAnchorElement>(BUTTON);
const withModifier = (event: KeyboardEvent) => event.ctrlKey || event.altKey || event.metaKey;

function announce(text = '') {
  const region = document.querySelector(STATUS);
  if (region) region.textContent = text;
}

/** "Press Shift 2 more times …" in the page's language: the plural form its rules choose for `count`. */
function remaining(link: HTMLAnchorElement, count: number): string {
  let forms: Record<string, string> = {};
  try {
    forms = JSON.parse(link.dataset.remaining ?? '{}');
  } catch {
    // Unreadable forms: the gesture still works, only unannounced.
  }
  const form = forms[new Intl.PluralRules(document.documentElement.lang || undefined).select(count)] ?? forms.other ?? '';
  return fill(form, { count });
}

function resetPresses(message?: string) {
  clearTimeout(timer);
  presses = 0;
  announce(message);
}

function exit(link: HTMLAnchorElement) {
  resetPresses();
  if (document.querySelector('.quick-exit-cover')) return; // already leaving
  // Hide first: nothing behind the cover stays readable or focusable.
  for (const dialog of document.querySelectorAll('dialog[open]')) (dialog as HTMLDialogElement).close();
  for (const element of document.body.children) {
    if (element.hasAttribute('inert')) continue;
    element.setAttribute('inert', '');
    element.setAttribute('aria-hidden', 'true');
    element.setAttribute(HIDDEN, '');
  }
  const cover = document.createElement('div');
  cover.className = 'quick-exit-cover';
  cover.setAttribute('role', 'status');
  document.body.append(cover);
  cover.textContent = link.dataset.leaving ?? '';

  document.dispatchEvent(new CustomEvent('stodlinjen:quick-exit'));
  try {
    window.stodlinjenEndChat?.();
  } catch {
    // A failing chat must never keep someone on the page.
  }
  try {
    localStorage.clear();
    sessionStorage.clear();
  } catch {
    // Storage can be unavailable (blocked, private mode); there is nothing to clear then.
  }
  const cleared = 'caches' in window ? caches.keys().then((keys) => Promise.all(keys.map((key) => caches.delete(key)))) : Promise.resolve();
  // Leave as soon as the caches are gone, and never wait long for them.
  Promise.race([cleared, new Promise((done) => setTimeout(done, 300))])
    .catch(() => {})
    .then(() => location.replace(link.href));
}

function uncover() {
  document.querySelectorAll('.quick-exit-cover').forEach((cover) => cover.remove());
  for (const element of document.querySelectorAll(`[${HIDDEN}]`)) {
    element.removeAttribute('inert');
    element.removeAttribute('aria-hidden');
    element.removeAttribute(HIDDEN);
  }
  resetPresses();
}

if (!window.stodlinjenQuickExit) {
  window.stodlinjenQuickExit = true;

  // Capture phase: handled before any client-side router sees the click. Every kind of click
  // exits here, including Ctrl-click, which would otherwise leave this page open behind a new tab.
  document.addEventListener(
    'click',
    (event) => {
      const link = (event.target as Element | null)?.closest?.(BUTTON) as HTMLAnchorElement | null;
      if (!link) return;
      event.preventDefault();
      exit(link);
    },
    true,
  );

  document.addEventListener('keydown', (event) => {
    if (event.key === 'Shift') {
      if (!event.repeat) shiftAlone = !withModifier(event);
      return;
    }
    shiftAlone = false;
    if (presses) resetPresses();
  });

  document.addEventListener('keyup', (event) => {
    if (event.key !== 'Shift' || !shiftAlone || withModifier(event)) return;
    shiftAlone = false;
    const link = button();
    if (!link) return;
    presses += 1;
    clearTimeout(timer);
    if (presses >= PRESSES) return exit(link);
    announce(remaining(link, PRESSES - presses));
    timer = setTimeout(() => resetPresses(link.dataset.expired), WINDOW_MS);
  });

  document.addEventListener('stodlinjen:leave', () => {
    const link = button();
    if (link) exit(link);
  });

  // Back to a page kept in the back/forward cache: show it as it was, not covered.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) uncover();
  });
}

export {};
