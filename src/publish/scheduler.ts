// Turns webhook events into builds. Editors publish in bursts (a document and its references,
// a batch of fixes), and every build reads all content anyway, so events are coalesced: a build
// starts once no event has come for `debounceMs` (or `maxWaitMs` after the first waiting event,
// so a steady stream of edits cannot hold a build off forever). Events that arrive during a build
// queue exactly one more build, which starts when the current one ends. Builds never overlap.

export type Timers = {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
};

export const realTimers: Timers = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export type SchedulerOptions = {
  debounceMs: number;
  maxWaitMs: number;
  /** One build. It should record its own failures; a rejection is logged and the queue carries on. */
  run: () => Promise<void>;
  timers?: Timers;
  onError?: (error: unknown) => void;
};

export type Scheduler = {
  /** An event arrived: make sure a build that sees it will run. */
  notify(): void;
  /** `building`: a build runs now; `pending`: events are waiting for a (further) build. */
  state(): { building: boolean; pending: boolean };
  /** Resolves when no build runs and none is waiting. */
  idle(): Promise<void>;
  /** Drops a waiting build (a build already running finishes). */
  cancel(): void;
};

export function createScheduler(options: SchedulerOptions): Scheduler {
  const timers = options.timers ?? realTimers;
  let building = false;
  // Timestamps of the first and the latest event not yet covered by a build; null when none waits.
  let firstWaiting: number | null = null;
  let lastWaiting = 0;
  let timer: unknown = null;
  let idleWaiters: Array<() => void> = [];

  const settleIfIdle = () => {
    if (building || firstWaiting !== null) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const resolve of waiters) resolve();
  };

  const arm = () => {
    if (timer !== null) timers.clearTimeout(timer);
    const due = Math.min(lastWaiting + options.debounceMs, (firstWaiting ?? lastWaiting) + options.maxWaitMs);
    timer = timers.setTimeout(start, Math.max(0, due - timers.now()));
  };

  function start() {
    timer = null;
    if (building) return;
    // Everything that arrived until now is covered: the build reads the content from here on.
    firstWaiting = null;
    building = true;
    Promise.resolve()
      .then(options.run)
      .catch((error: unknown) => (options.onError ?? console.error)(error))
      .finally(() => {
        building = false;
        if (firstWaiting !== null) arm();
        else settleIfIdle();
      });
  }

  return {
    notify() {
      lastWaiting = timers.now();
      firstWaiting ??= lastWaiting;
      if (!building) arm();
    },
    state: () => ({ building, pending: firstWaiting !== null }),
    idle() {
      return new Promise<void>((resolve) => {
        idleWaiters.push(resolve);
        settleIfIdle();
      });
    },
    cancel() {
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
      firstWaiting = null;
      settleIfIdle();
    },
  };
}
