// The only chat code a page loads up front (well under 2 KB gzip): it shows whether the chat is open
// from the schedule in the line's time zone, and loads the chat island (React, the router, the
// panel) when a visitor reaches for a `[data-chat-entry]`: pointer over it or focus starts the
// download, a click opens the chat. Nothing is requested from the contact service and nothing is
// stored until then. Listeners sit on `document`, so they survive the router's page swaps.
import { isOpenAt, nextChange } from '../lib/opening-hours';
import { MINIMISED_KEY, opensAgainText, SESSION_KEY, type ChatConfig } from '../components/chat/config';

declare global {
  interface Window {
    stodlinjenEndChat?: () => void;
  }
}

type App = typeof import('../components/chat/app');

const ENTRY = '[data-chat-entry]';
const host = document.querySelector<HTMLElement>('[data-chat-host]');
let config: ChatConfig | null = null;
try {
  config = host && JSON.parse(host.dataset.config ?? '');
} catch {
  // A broken config leaves the entries as plain links to the contact page.
}

let app: App | undefined;
let loading: Promise<App> | undefined;
const load = () =>
  (loading ??= import('../components/chat/app').then(
    (module) => (app = module),
    (error: unknown) => {
      loading = undefined; // offline for a moment: the next attempt tries again
      throw error;
    },
  ));

const entryOf = (event: Event) => (event.target as Element | null)?.closest?.<HTMLAnchorElement>(ENTRY);

let timer: ReturnType<typeof setTimeout> | undefined;

/** Open or closed now (and when it opens again), by the schedule; the server's hours stay if this cannot run. */
function showState() {
  if (!config) return;
  const { hours, exceptions, timeZone, texts } = config;
  const now = new Date();
  const open = isOpenAt(hours, exceptions, now, timeZone);
  const text = open ? texts.open : `${texts.closed} ${opensAgainText(config, now)}`.trim();
  for (const element of document.querySelectorAll<HTMLElement>('[data-chat-state]')) {
    element.dataset.chatState = open ? 'open' : 'closed';
    element.textContent = text;
  }
  for (const entry of document.querySelectorAll(ENTRY)) entry.setAttribute('aria-haspopup', 'dialog');
  clearTimeout(timer);
  const change = nextChange(hours, exceptions, now, timeZone);
  // setTimeout holds at most ~24.8 days; nextChange looks two weeks ahead.
  if (change) timer = setTimeout(showState, change.getTime() - now.getTime() + 1000);
}

if (host && config) {
  const chat = config;
  showState();
  document.addEventListener('astro:page-load', showState);

  const intent = (event: Event) => {
    if (entryOf(event)) void load().catch(() => {});
  };
  document.addEventListener('pointerover', intent, { passive: true });
  document.addEventListener('focusin', intent);

  document.addEventListener('click', (event) => {
    const entry = entryOf(event);
    if (!entry || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    load().then(
      (module) => module.openChat(host, chat, { opener: entry }),
      () => location.assign(entry.href),
    );
  });

  // A chat the visitor started in this tab survives a reload or a plain page load.
  // A chat the visitor minimised stays minimised.
  let saved: string | null = null;
  let minimised = false;
  try {
    saved = sessionStorage.getItem(SESSION_KEY);
    minimised = sessionStorage.getItem(MINIMISED_KEY) === '1';
  } catch {
    // Storage blocked: nothing to resume.
  }
  const resume = saved;
  if (resume) void load().then((module) => module.openChat(host, chat, { resume, minimised }));

  // Called by the quick exit (src/scripts/quick-exit.ts) right before it leaves.
  window.stodlinjenEndChat = () => {
    app?.quickExit();
    try {
      sessionStorage.removeItem(SESSION_KEY);
      sessionStorage.removeItem(MINIMISED_KEY);
    } catch {
      // Storage blocked: nothing was stored.
    }
  };
}
