// Everything the chat does outside React: the status request, the frame's messages, timeouts,
// the session id in sessionStorage, and where focus goes. The panel subscribes to its state.
import { flushSync } from 'react-dom';
import { embedAddress, endMessage, isSessionId, originOf, parseChatEvent, parseStatus, type Status } from '../../lib/contact-contract';
import { isOpenAt } from '../../lib/opening-hours';
import { MINIMISED_KEY, SESSION_KEY, type ChatConfig } from './config';
import { INITIAL, isFallback, isLive, reduce, type Action, type ChatState } from './state';

// A few seconds, then the phone number: someone in crisis must never watch a spinner.
const STALL_MS = 3000;
const STATUS_TIMEOUT_MS = 4000;
const READY_TIMEOUT_MS = 8000;
const END_TIMEOUT_MS = 4000;

// Chromium's moveBefore() lets the router move the frame without reloading it; elsewhere a move
// reloads it, so before each page swap the frame is pointed at its own session to resume it.
const movesKeepFrames = typeof Element !== 'undefined' && 'moveBefore' in Element.prototype;

/** Keeps the running session's id (and whether it is minimised) for this tab, or forgets both. */
function store(sessionId: string | null, minimised = false) {
  try {
    if (sessionId) sessionStorage.setItem(SESSION_KEY, sessionId);
    else sessionStorage.removeItem(SESSION_KEY);
    if (sessionId && minimised) sessionStorage.setItem(MINIMISED_KEY, '1');
    else sessionStorage.removeItem(MINIMISED_KEY);
  } catch {
    // Storage may be blocked; the chat then just does not survive a reload.
  }
}

export class ChatController {
  private state: ChatState = INITIAL;
  private readonly listeners = new Set<() => void>();
  private readonly origin: string;
  private frame: HTMLIFrameElement | null = null;
  private opener: HTMLElement | null = null;
  private readyTimer?: ReturnType<typeof setTimeout>;
  private endTimer?: ReturnType<typeof setTimeout>;
  private stallTimer?: ReturnType<typeof setTimeout>;
  /** Set by the quick exit: from then on nothing is written to storage. */
  private leaving = false;

  constructor(readonly config: ChatConfig) {
    this.origin = originOf(config.embedUrl) ?? 'null';
    window.addEventListener('message', this.onMessage);
    if (!movesKeepFrames) document.addEventListener('astro:before-swap', this.pinSession);
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = () => this.state;

  setFrame = (frame: HTMLIFrameElement | null) => {
    this.frame = frame;
  };

  private dispatch(action: Action) {
    const before = this.state;
    this.state = reduce(before, action);
    if (this.state === before) return;
    if (this.state.frameSrc !== before.frameSrc || this.state.phase !== before.phase) this.watchReady(before);
    this.watchStall();
    const { sessionId, minimised, phase } = this.state;
    if ((sessionId !== before.sessionId || minimised !== before.minimised) && !this.leaving) store(sessionId, minimised);
    if (phase === 'ended' || phase === 'idle') store(null);
    for (const listener of this.listeners) listener();
  }

  /** Starts the `ready` timeout when a new frame appears; stops it once the session exists. */
  private watchReady(before: ChatState) {
    if (this.state.frameSrc && this.state.frameSrc !== before.frameSrc && !this.state.sessionId) {
      clearTimeout(this.readyTimer);
      this.readyTimer = setTimeout(() => {
        // Best effort: the chat may have started a session it never reported; the frame goes next.
        this.post();
        this.dispatch({ type: 'readyTimeout' });
      }, READY_TIMEOUT_MS);
    }
    if (!this.state.frameSrc || this.state.sessionId) clearTimeout(this.readyTimer);
    if (this.state.phase !== 'ending') clearTimeout(this.endTimer);
  }

  /** A few seconds of "checking" or "connecting" without a session: the panel says so beside the phone. */
  private watchStall() {
    const { phase, sessionId, stalled } = this.state;
    const waiting = !stalled && (phase === 'checking' || (phase === 'connecting' && !sessionId));
    if (!waiting) {
      clearTimeout(this.stallTimer);
      this.stallTimer = undefined;
    } else {
      this.stallTimer ??= setTimeout(() => {
        this.stallTimer = undefined;
        this.dispatch({ type: 'stalled' });
      }, STALL_MS);
    }
  }

  private frameSrc(session?: string | null) {
    const { lang, variant } = this.config;
    return embedAddress(this.config.embedUrl, { session, parent: location.origin, lang, variant });
  }

  /** The visitor asked for the chat (an entry, or a resume after a reload when `resume` is set). */
  open({ opener, resume, minimised = false }: { opener?: HTMLElement; resume?: string; minimised?: boolean }) {
    if (opener) this.opener = opener;
    if (resume !== undefined) {
      // Only a well-formed id resumes; anything else must not quietly start a new session.
      if (isSessionId(resume)) this.dispatch({ type: 'resume', frameSrc: this.frameSrc(resume), minimised });
      else store(null);
      return;
    }
    // Asking again after an ended chat or a fallback means: try afresh (the service may be back).
    if (this.state.phase === 'ended' || isFallback(this.state.phase)) this.dispatch({ type: 'close' });
    const wasIdle = this.state.phase === 'idle';
    const { hours, exceptions, timeZone } = this.config;
    this.dispatch({ type: 'open', scheduleOpen: isOpenAt(hours, exceptions, new Date(), timeZone) });
    if (wasIdle && this.state.phase === 'checking') void this.checkStatus();
  }

  private async checkStatus() {
    let status: Status | null = null;
    let failure: 'slow' | 'unavailable' = 'unavailable';
    try {
      const res = await fetch(this.config.statusUrl, {
        signal: AbortSignal.timeout(STATUS_TIMEOUT_MS),
        cache: 'no-store',
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
      });
      if (res.ok) status = parseStatus(await res.json());
    } catch (error) {
      if (error instanceof DOMException && error.name === 'TimeoutError') failure = 'slow';
    }
    this.dispatch({ type: 'status', status, failure, frameSrc: this.frameSrc() });
  }

  private onMessage = (event: MessageEvent) => {
    // Only the frame we made, from the service's origin, in the contract's shape.
    if (!this.frame || event.source !== this.frame.contentWindow) return;
    const parsed = parseChatEvent(event.data, event.origin, this.origin);
    // The quick exit used inside the chat: leave exactly as the site's own quick exit does
    // (src/scripts/quick-exit.ts covers the page, ends the session, clears storage, leaves).
    if (parsed?.type === 'quick-exit') document.dispatchEvent(new CustomEvent('stodlinjen:leave'));
    else if (parsed) this.dispatch({ type: 'event', event: parsed });
  };

  private post() {
    this.frame?.contentWindow?.postMessage(endMessage(), this.origin);
  }

  /** Without moveBefore() the swap reloads the frame: make that reload resume, not start anew. */
  private pinSession = () => {
    const { sessionId, frameSrc } = this.state;
    if (!sessionId || !frameSrc || new URL(frameSrc).searchParams.has('session')) return;
    flushSync(() => this.dispatch({ type: 'reframe', frameSrc: this.frameSrc(sessionId) }));
  };

  minimise() {
    this.dispatch({ type: 'minimise' });
    this.returnFocus();
  }

  restore() {
    this.dispatch({ type: 'restore' });
  }

  /** "Avsluta chatten": asks the service to end the session, and does not wait forever. */
  end() {
    if (!isLive(this.state.phase) || !this.state.sessionId) return this.close();
    this.post();
    this.dispatch({ type: 'ending' });
    this.endTimer = setTimeout(() => this.dispatch({ type: 'endTimeout' }), END_TIMEOUT_MS);
  }

  close() {
    if (isLive(this.state.phase)) this.post();
    this.dispatch({ type: 'close' });
    this.returnFocus();
  }

  /** "Försök igen" or "Starta en ny chatt": from a fallback or an ended chat, afresh; focus stays in the panel. */
  restart() {
    if (isLive(this.state.phase) || this.state.phase === 'ending') return;
    this.open({});
  }

  /** The quick exit: end at once and forget the session; the page is about to be replaced. */
  quickExit() {
    this.leaving = true;
    if (isLive(this.state.phase)) this.post();
    store(null);
  }

  /** Back to the entry that opened the chat, or this page's first one after a navigation. */
  private returnFocus() {
    const target = this.opener?.isConnected ? this.opener : document.querySelector<HTMLElement>('[data-chat-entry]');
    target?.focus();
  }
}
