// The chat panel's state machine, free of the DOM so every transition is unit-tested
// (tests/unit/chat-state.test.ts). The controller feeds it; the panel only renders it.
import type { ChatEvent, Status } from '../../lib/contact-contract';
import { fill, type ChatTexts } from './config';

export type Phase =
  | 'idle' // nothing on screen
  | 'checking' // live status requested
  | 'connecting' // the embedded chat is loading; waiting for `ready`
  | 'queued'
  | 'connected'
  | 'ending' // the visitor asked to end; waiting for `ended`
  | 'ended'
  | 'closed' // by the schedule or the service
  | 'unavailable' // status or chat could not be reached
  | 'slow'; // status or chat did not answer in time

export interface ChatState {
  phase: Phase;
  minimised: boolean;
  /** The framed address. Set once per session and never changed, so the frame never reloads. */
  frameSrc: string | null;
  sessionId: string | null;
  position: number | null;
  waitMinutes: number | null;
  /** The service said busy: the wait may be long, so the phone is offered next to the queue. */
  busy: boolean;
  /** The service's own notice (busy, closed), shown as text. */
  notice: string | null;
  endReason: string | null;
  unread: number;
  /** Bumped whenever the visitor opens or restores the panel: focus moves into it. */
  focusTick: number;
}

export type Action =
  | { type: 'open'; scheduleOpen: boolean }
  | { type: 'resume'; frameSrc: string }
  | { type: 'status'; status: Status | null; failure: 'slow' | 'unavailable'; frameSrc: string }
  | { type: 'event'; event: ChatEvent }
  | { type: 'readyTimeout' }
  | { type: 'minimise' }
  | { type: 'restore' }
  | { type: 'ending' }
  | { type: 'endTimeout' }
  | { type: 'reframe'; frameSrc: string }
  | { type: 'close' };

export const INITIAL: ChatState = {
  phase: 'idle',
  minimised: false,
  frameSrc: null,
  sessionId: null,
  position: null,
  waitMinutes: null,
  busy: false,
  notice: null,
  endReason: null,
  unread: 0,
  focusTick: 0,
};

/** A session may exist at the service: ending it must be asked for. */
export const isLive = (phase: Phase) => phase === 'connecting' || phase === 'queued' || phase === 'connected';
/** The panel shows the phone number and opening hours instead of a chat. */
export const isFallback = (phase: Phase) => phase === 'closed' || phase === 'unavailable' || phase === 'slow';

const failed = (state: ChatState, phase: 'unavailable' | 'slow'): ChatState => ({ ...state, phase, frameSrc: null });

export function reduce(state: ChatState, action: Action): ChatState {
  switch (action.type) {
    case 'open':
      if (state.phase !== 'idle') return { ...state, minimised: false, unread: 0, focusTick: state.focusTick + 1 };
      return { ...INITIAL, phase: action.scheduleOpen ? 'checking' : 'closed', focusTick: state.focusTick + 1 };
    case 'resume':
      // After a reload: straight back into the running session, without taking focus.
      return state.phase === 'idle' ? { ...INITIAL, phase: 'connecting', frameSrc: action.frameSrc, focusTick: state.focusTick } : state;
    case 'status': {
      if (state.phase !== 'checking') return state;
      const { status } = action;
      if (!status) return failed(state, action.failure);
      if (status.state === 'closed') return { ...state, phase: 'closed', notice: status.message ?? null };
      const busy = status.state === 'busy';
      return { ...state, phase: 'connecting', frameSrc: action.frameSrc, busy, notice: busy ? (status.message ?? null) : null };
    }
    case 'readyTimeout':
      return state.phase === 'connecting' && !state.sessionId ? failed(state, 'slow') : state;
    case 'event':
      return onEvent(state, action.event);
    case 'minimise':
      return state.phase === 'idle' ? state : { ...state, minimised: true, unread: 0 };
    case 'restore':
      return state.phase === 'idle' ? state : { ...state, minimised: false, unread: 0, focusTick: state.focusTick + 1 };
    case 'ending':
      return isLive(state.phase) ? { ...state, phase: 'ending' } : state;
    case 'endTimeout':
      return state.phase === 'ending' ? { ...state, phase: 'ended', endReason: 'visitor' } : state;
    case 'reframe':
      return state.frameSrc ? { ...state, frameSrc: action.frameSrc } : state;
    case 'close':
      return { ...INITIAL, focusTick: state.focusTick };
  }
}

function onEvent(state: ChatState, event: ChatEvent): ChatState {
  // Events only matter while a frame is on screen; a late one after a fallback is ignored.
  if (!state.frameSrc || state.phase === 'ended') return state;
  switch (event.type) {
    case 'ready':
      return { ...state, sessionId: event.sessionId };
    case 'queued':
      return state.phase === 'ending' ? state : { ...state, phase: 'queued', position: event.position, waitMinutes: event.estimatedWaitMinutes };
    case 'connected':
      return state.phase === 'ending' ? state : { ...state, phase: 'connected', position: null, waitMinutes: null };
    case 'message':
      return state.minimised ? { ...state, unread: state.unread + event.count } : state;
    case 'ended':
      // No session ever started: the service refused it because it is closed.
      if (!state.sessionId && event.reason === 'closed') return { ...state, phase: 'closed', frameSrc: null };
      return { ...state, phase: 'ended', endReason: event.reason ?? null, position: null, waitMinutes: null };
  }
}

const minutes = (n: number, t: ChatTexts) => (Math.round(n) === 1 ? t.minute : fill(t.minutes, { minutes: Math.max(1, Math.round(n)) }));

/** The one line in the polite live region. */
export function statusText(state: ChatState, t: ChatTexts): string {
  switch (state.phase) {
    case 'idle':
      return '';
    case 'checking':
      return t.checking;
    case 'connecting':
      return t.connecting;
    case 'queued':
      return fill(t.queued, { position: state.position ?? 1, wait: minutes(state.waitMinutes ?? 0, t) });
    case 'connected':
      return t.connected;
    case 'ending':
      return t.ending;
    case 'ended':
      return state.endReason === 'counsellor' ? t.endedCounsellor : t.ended;
    case 'closed':
      return state.notice ?? t.closed;
    case 'unavailable':
      return t.unavailable;
    case 'slow':
      return `${t.slow} ${t.unavailable}`;
  }
}
