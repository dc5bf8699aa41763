// The chat panel's state machine: what a visitor sees for every answer (or silence) of the service.
import { describe, expect, it } from 'vitest';
import type { ChatEvent } from '../../../src/lib/contact-contract';
import { INITIAL, reduce, statusParts, statusText, type Action, type ChatState } from '../../../src/components/chat/state';
import { CHAT_TEXT_KEYS, type ChatTexts } from '../../../src/components/chat/config';
import { uiFor } from '../../../src/i18n';

const FRAME = 'https://chat.example/embed?parent=https%3A%2F%2Fsite.example';
// Each text is its own key, so the tests see which one was chosen.
const keys = Object.fromEntries(CHAT_TEXT_KEYS.map((key) => [key, key])) as ChatTexts;
const plurals = { unread: { one: 'one unread', other: '{count} unread' }, waitMinutes: { one: 'minute', other: '{count} min' } };
const swedish = { lang: 'sv', intl: 'sv-SE', plurals };
const keyTexts = { ...swedish, texts: keys };
/** The texts with some replaced, to see how values are filled in. */
const withTexts = (replaced: Partial<ChatTexts>) => ({ ...swedish, texts: { ...keys, ...replaced } });
const run = (...actions: Action[]) => actions.reduce(reduce, INITIAL);
const event = (e: ChatEvent): Action => ({ type: 'event', event: e });
const open = (scheduleOpen = true): Action => ({ type: 'open', scheduleOpen });
const status = (state: 'open' | 'busy' | 'closed', message?: string): Action => ({
  type: 'status',
  status: { state, queueLength: 2, estimatedWaitMinutes: 6, ...(message && { message }) },
  failure: 'unavailable',
  frameSrc: FRAME,
});
const inQueue = (): ChatState => run(open(), status('open'), event({ type: 'ready', sessionId: 'abcdefgh12' }), event({ type: 'queued', position: 2, estimatedWaitMinutes: 6 }));

describe('opening the chat', () => {
  it('asks the service first when the schedule says open, and moves focus into the panel', () => {
    const state = run(open());
    expect(state.phase).toBe('checking');
    expect(state.focusTick).toBe(1);
    expect(state.frameSrc).toBeNull();
  });

  it('shows closed straight away when the schedule says closed', () => {
    expect(run(open(false)).phase).toBe('closed');
  });

  it('frames the chat when the service is open or busy, offering the phone when busy', () => {
    expect(run(open(), status('open'))).toMatchObject({ phase: 'connecting', frameSrc: FRAME, busy: false });
    expect(run(open(), status('busy', 'Många väntar'))).toMatchObject({ phase: 'connecting', busy: true, notice: 'Många väntar' });
  });

  it('falls back to the phone when the service is closed, unreachable or too slow', () => {
    expect(run(open(), status('closed', 'Stängt i kväll'))).toMatchObject({ phase: 'closed', notice: 'Stängt i kväll', frameSrc: null });
    expect(run(open(), { type: 'status', status: null, failure: 'unavailable', frameSrc: FRAME })).toMatchObject({ phase: 'unavailable', frameSrc: null });
    expect(run(open(), { type: 'status', status: null, failure: 'slow', frameSrc: FRAME })).toMatchObject({ phase: 'slow', frameSrc: null });
  });

  it('drops the frame when the chat never reports a session', () => {
    expect(run(open(), status('open'), { type: 'readyTimeout' })).toMatchObject({ phase: 'slow', frameSrc: null });
    expect(reduce(inQueue(), { type: 'readyTimeout' }).phase).toBe('queued');
  });

  it('ignores a status answer that arrives after the visitor closed the panel', () => {
    expect(run(open(), { type: 'close' }, status('open'))).toMatchObject({ phase: 'idle', frameSrc: null });
  });

  it('resumes a running session after a reload without taking focus, minimised if it was', () => {
    expect(run({ type: 'resume', frameSrc: `${FRAME}&session=abcdefgh12`, minimised: false })).toMatchObject({ phase: 'connecting', focusTick: 0, minimised: false });
    expect(run({ type: 'resume', frameSrc: `${FRAME}&session=abcdefgh12`, minimised: true })).toMatchObject({ phase: 'connecting', minimised: true, minimisedPhase: 'connecting' });
  });

  it('remembers whether closed means the schedule (the line’s phone is closed too) or the service', () => {
    expect(run(open(false))).toMatchObject({ phase: 'closed', scheduleClosed: true });
    expect(run(open(), status('closed'))).toMatchObject({ phase: 'closed', scheduleClosed: false });
  });

  it('marks a slow start after a few seconds, and forgets it once the session exists', () => {
    expect(run(open(), { type: 'stalled' }).stalled).toBe(true);
    const stalled = run(open(), status('open'), { type: 'stalled' });
    expect(stalled.stalled).toBe(true);
    expect(reduce(stalled, event({ type: 'ready', sessionId: 'abcdefgh12' })).stalled).toBe(false);
    expect(reduce(inQueue(), { type: 'stalled' }).stalled).toBe(false);
    expect(reduce(stalled, { type: 'readyTimeout' })).toMatchObject({ phase: 'slow', stalled: false });
  });
});

describe('during the chat', () => {
  it('follows the queue and the counsellor answering', () => {
    const queued = inQueue();
    expect(queued).toMatchObject({ phase: 'queued', position: 2, waitMinutes: 6, sessionId: 'abcdefgh12' });
    expect(reduce(queued, event({ type: 'connected' }))).toMatchObject({ phase: 'connected', position: null });
  });

  it('counts new messages only while minimised, and clears the count on restore', () => {
    const minimised = reduce(inQueue(), { type: 'minimise' });
    const two = [event({ type: 'message', count: 1 }), event({ type: 'message', count: 1 })].reduce(reduce, minimised);
    expect(two.unread).toBe(2);
    expect(reduce(two, { type: 'restore' })).toMatchObject({ minimised: false, unread: 0, focusTick: two.focusTick + 1 });
    expect(reduce(inQueue(), event({ type: 'message', count: 3 })).unread).toBe(0);
  });

  it('ends when the visitor asks, even if the service never confirms', () => {
    const ending = reduce(inQueue(), { type: 'ending' });
    expect(ending.phase).toBe('ending');
    expect(reduce(ending, event({ type: 'queued', position: 1, estimatedWaitMinutes: 3 })).phase).toBe('ending');
    expect(reduce(ending, event({ type: 'ended', reason: 'visitor' }))).toMatchObject({ phase: 'ended', endReason: 'visitor' });
    expect(reduce(ending, { type: 'endTimeout' })).toMatchObject({ phase: 'ended', endReason: 'visitor' });
  });

  it('tells closed from ended when the service refuses to start a session', () => {
    expect(run(open(), status('open'), event({ type: 'ended', reason: 'closed' }))).toMatchObject({ phase: 'closed', frameSrc: null });
    expect(reduce(inQueue(), event({ type: 'ended', reason: 'counsellor' }))).toMatchObject({ phase: 'ended', endReason: 'counsellor' });
  });

  it('leaves the quick exit to the controller: the conversation state does not change', () => {
    const queued = inQueue();
    expect(reduce(queued, event({ type: 'quick-exit' }))).toBe(queued);
  });

  it('ignores events when no chat is framed', () => {
    expect(run(open(), event({ type: 'connected' })).phase).toBe('checking');
  });
});

describe('the status line', () => {
  it('says where the visitor is in the queue, in whole minutes', () => {
    expect(statusText(inQueue(), withTexts({ queued: '{position}|{wait}' }))).toBe('2|6 min');
    const oneMinute = reduce(inQueue(), event({ type: 'queued', position: 1, estimatedWaitMinutes: 0.6 }));
    expect(statusText(oneMinute, withTexts({ queued: '{position}|{wait}' }))).toBe('1|minute');
    const now = reduce(inQueue(), event({ type: 'queued', position: 1, estimatedWaitMinutes: 0 }));
    expect(statusText(now, withTexts({ queued: '{position}|{wait}' }))).toBe('1|minute');
  });

  it('keeps the queue place and the minutes apart from the words, so right-to-left text cannot move them', () => {
    expect(statusParts(inQueue(), withTexts({ queued: 'place {position}, about {wait}.' }))).toEqual(['place ', { value: '2' }, ', about ', { value: '6 min' }, '.']);
  });

  it('chooses the plural form by the language’s own rules, with every Arabic form', () => {
    const ar = uiFor('ar');
    const arabic = { lang: 'ar', intl: 'ar-u-nu-latn', texts: { ...keys, queued: '{wait}' }, plurals: { unread: ar.pluralForms('chat.unread'), waitMinutes: ar.pluralForms('chat.waitMinutes') } };
    const waiting = (minutes: number) => statusText(reduce(inQueue(), event({ type: 'queued', position: 1, estimatedWaitMinutes: minutes })), arabic);
    expect(waiting(1)).toBe(ar.plural('chat.waitMinutes', 1));
    expect(waiting(2)).toBe('دقيقتين');
    expect(waiting(3)).toBe('3 دقائق');
    expect(waiting(11)).toBe('11 دقيقة');
    expect(waiting(100)).toBe('100 دقيقة');
    // Latin digits, as the phone numbers on Arabic pages.
    expect(waiting(12)).not.toMatch(/[\u0660-\u0669]/);
  });

  it('prefers the service’s own closed notice, and names the failure before the fallback text', () => {
    expect(statusText(run(open(), status('closed', 'Stängt i kväll')), keyTexts)).toBe('Stängt i kväll');
    expect(statusText(run(open(false)), keyTexts)).toBe('closed');
    expect(statusText(run(open(), { type: 'status', status: null, failure: 'slow', frameSrc: FRAME }), keyTexts)).toBe('slow unavailable');
    expect(statusText(reduce(inQueue(), event({ type: 'ended', reason: 'counsellor' })), keyTexts)).toBe('endedCounsellor');
  });
});

describe('what happened to the conversation', () => {
  const resumed = () => run({ type: 'resume', frameSrc: `${FRAME}&session=abcdefgh12`, minimised: false }, event({ type: 'ready', sessionId: 'abcdefgh12' }));

  it('says the chat carried on after a reload, until it moves on', () => {
    const queued = reduce(resumed(), event({ type: 'queued', position: 1, estimatedWaitMinutes: 3 }));
    expect(statusText(queued, withTexts({ queued: 'queued' }))).toBe('resumed queued');
    const moved = reduce(queued, event({ type: 'queued', position: 1, estimatedWaitMinutes: 2 }));
    expect(statusText(moved, withTexts({ queued: 'queued' }))).toBe('resumed queued');
    expect(statusText(reduce(moved, event({ type: 'connected' })), keyTexts)).toBe('connected');
    expect(statusText(inQueue(), withTexts({ queued: 'queued' }))).toBe('queued');
  });

  it('says the service lost the conversation, rather than quietly queueing again', () => {
    const lost = reduce(resumed(), event({ type: 'ended', reason: 'lost' }));
    expect(lost).toMatchObject({ phase: 'ended', endReason: 'lost', resumed: false });
    expect(statusText(lost, keyTexts)).toBe('lost');
    // Also when the service did not even confirm the session first.
    const unknown = run({ type: 'resume', frameSrc: `${FRAME}&session=abcdefgh12`, minimised: false }, event({ type: 'ended', reason: 'lost' }));
    expect(statusText(unknown, keyTexts)).toBe('lost');
  });

  it('remembers the phase at minimising, so a change while minimised can be announced', () => {
    const minimised = reduce(inQueue(), { type: 'minimise' });
    expect(minimised.minimisedPhase).toBe('queued');
    expect(reduce(minimised, { type: 'restore' }).minimisedPhase).toBeNull();
  });
});
