// The chat panel's state machine, free of the DOM so every transition is unit-tested
// (tests/unit/chat/state.test.ts). The controller feeds it; the panel only renders it.
import type { ChatEvent, Status } from '../../lib/contact-contract';
import type { ChatConfig } from './config';
import { fillParts, formatNumber, plain, pluralParts, type Part } from './parts';

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
  /** Closed because the schedule says so: the line's phone is closed too, so other services are offered. */
  scheduleClosed: boolean;
  /** Connecting has taken longer than a few seconds: say so next to the phone number. */
  stalled: boolean;
  /** The conversation carried on after a reload; said until it moves on to another phase. */
  resumed: boolean;
  /** The phase when the panel was minimised: a change from it is announced while minimised. */
  minimisedPhase: Phase | null;
  /** The service's own notice (busy, closed), shown as text. */
  notice: string | null;
  endReason: string | null;
  unread: number;
  /** Bumped whenever the visitor opens or restores the panel: focus moves into it. */
  focusTick: number;
}

export type Action =
  | { type: 'open'; scheduleOpen: boolean }
  | { type: 'resume'; frameSrc: string; minimised: boolean }
  | { type: 'status'; status: Status | null; failure: 'slow' | 'unavailable'; frameSrc: string }
  | { type: 'event'; event: ChatEvent }
  | { type: 'readyTimeout' }
  | { type: 'stalled' }
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
  scheduleClosed: false,
  stalled: false,
  resumed: false,
  minimisedPhase: null,
  notice: null,
  endReason: null,
  unread: 0,
  focusTick: 0,
};

/** A session may exist at the service: ending it must be asked for. */
export const isLive = (phase: Phase) => phase === 'connecting' || phase === 'queued' || phase === 'connected';
/** The panel shows the phone number and opening hours instead of a chat. */
export const isFallback = (phase: Phase) => phase === 'closed' || phase === 'unavailable' || phase === 'slow';

const failed = (state: ChatState, phase: 'unavailable' | 'slow'): ChatState => ({ ...state, phase, frameSrc: null, stalled: false });
/** A frame is on screen but the session has not reported itself yet. */
const isWaiting = (state: ChatState) => state.phase === 'connecting' && !state.sessionId;
/** Moving to `phase`: the "carried on" note stays only while the resumed conversation is where it was. */
const moveTo = (state: ChatState, phase: Phase): Pick<ChatState, 'phase' | 'stalled' | 'resumed'> => ({
  phase,
  stalled: false,
  resumed: state.resumed && (state.phase === 'connecting' || state.phase === phase),
});

export function reduce(state: ChatState, action: Action): ChatState {
  switch (action.type) {
    case 'open':
      if (state.phase !== 'idle') return { ...state, minimised: false, unread: 0, focusTick: state.focusTick + 1 };
      return { ...INITIAL, phase: action.scheduleOpen ? 'checking' : 'closed', scheduleClosed: !action.scheduleOpen, focusTick: state.focusTick + 1 };
    case 'resume':
      // After a reload: straight back into the running session, as it was shown, without taking focus.
      return state.phase === 'idle'
        ? {
            ...INITIAL,
            phase: 'connecting',
            frameSrc: action.frameSrc,
            resumed: true,
            minimised: action.minimised,
            minimisedPhase: action.minimised ? 'connecting' : null,
            focusTick: state.focusTick,
          }
        : state;
    case 'status': {
      if (state.phase !== 'checking') return state;
      const { status } = action;
      if (!status) return failed(state, action.failure);
      if (status.state === 'closed') return { ...state, phase: 'closed', notice: status.message ?? null };
      const busy = status.state === 'busy';
      return { ...state, phase: 'connecting', frameSrc: action.frameSrc, busy, notice: busy ? (status.message ?? null) : null };
    }
    case 'readyTimeout':
      return isWaiting(state) ? failed(state, 'slow') : state;
    case 'stalled':
      return isWaiting(state) || state.phase === 'checking' ? { ...state, stalled: true } : state;
    case 'event':
      return onEvent(state, action.event);
    case 'minimise':
      return state.phase === 'idle' ? state : { ...state, minimised: true, minimisedPhase: state.phase, unread: 0 };
    case 'restore':
      return state.phase === 'idle' ? state : { ...state, minimised: false, minimisedPhase: null, unread: 0, focusTick: state.focusTick + 1 };
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
      return { ...state, sessionId: event.sessionId, stalled: false };
    case 'queued':
      return state.phase === 'ending' ? state : { ...state, ...moveTo(state, 'queued'), position: event.position, waitMinutes: event.estimatedWaitMinutes };
    case 'connected':
      return state.phase === 'ending' ? state : { ...state, ...moveTo(state, 'connected'), position: null, waitMinutes: null };
    case 'message':
      return state.minimised ? { ...state, unread: state.unread + event.count } : state;
    case 'ended':
      // No session ever started: the service refused it because it is closed.
      if (!state.sessionId && event.reason === 'closed') return { ...state, phase: 'closed', frameSrc: null, stalled: false, resumed: false };
      return { ...state, phase: 'ended', endReason: event.reason ?? null, position: null, waitMinutes: null, stalled: false, resumed: false };
    case 'quick-exit':
      // Not a state of the conversation: the controller leaves the page.
      return state;
  }
}

/** What the status texts need from the config: the texts, the plural forms and the language. */
export type StatusConfig = Pick<ChatConfig, 'texts' | 'plurals' | 'lang' | 'intl'>;

/** The one line in the polite live region; after a reload it first says that the chat carried on. Numbers kept apart for `<bdi>`. */
export function statusParts(state: ChatState, config: StatusConfig): Part[] {
  const parts = phaseParts(state, config);
  return state.resumed && isLive(state.phase) ? [`${config.texts.resumed} `, ...parts] : parts;
}

/** statusParts as one string. */
export const statusText = (state: ChatState, config: StatusConfig): string => plain(statusParts(state, config));

function phaseParts(state: ChatState, config: StatusConfig): Part[] {
  const t = config.texts;
  switch (state.phase) {
    case 'idle':
      return [];
    case 'queued': {
      // Whole minutes, at least one: "about 0 minutes" would promise an answer that may not come.
      const wait = Math.max(1, Math.round(state.waitMinutes ?? 0));
      return fillParts(t.queued, {
        position: formatNumber(config, state.position ?? 1),
        wait: pluralParts(config, config.plurals.waitMinutes, wait),
      });
    }
    default:
      return [phaseText(state, t)];
  }
}

function phaseText(state: ChatState, t: ChatConfig['texts']): string {
  switch (state.phase) {
    case 'idle':
    case 'queued':
      return '';
    case 'checking':
      return t.checking;
    case 'connecting':
      return t.connecting;
    case 'connected':
      return t.connected;
    case 'ending':
      return t.ending;
    case 'ended':
      return state.endReason === 'counsellor' ? t.endedCounsellor : state.endReason === 'lost' ? t.lost : t.ended;
    case 'closed':
      return state.notice ?? t.closed;
    case 'unavailable':
      return t.unavailable;
    case 'slow':
      return `${t.slow} ${t.unavailable}`;
  }
}
