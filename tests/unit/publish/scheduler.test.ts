// Coalescing publish events into builds, on a fake clock: no test waits for real time.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createScheduler, realTimers } from '../../../src/publish/scheduler';

function harness(options: { debounceMs?: number; maxWaitMs?: number } = {}) {
  const builds: Array<{ startedAt: number; finish: () => void }> = [];
  const scheduler = createScheduler({
    debounceMs: options.debounceMs ?? 2000,
    maxWaitMs: options.maxWaitMs ?? 30_000,
    timers: realTimers,
    run: () => new Promise<void>((finish) => builds.push({ startedAt: Date.now(), finish })),
  });
  return { scheduler, builds };
}

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('publish events become builds', () => {
  it('twenty events within a few seconds give one build, started once the burst is over', async () => {
    const { scheduler, builds } = harness();
    for (let i = 0; i < 20; i += 1) {
      scheduler.notify();
      await vi.advanceTimersByTimeAsync(150);
    }
    expect(builds).toHaveLength(0);
    expect(scheduler.state()).toEqual({ building: false, pending: true });
    await vi.advanceTimersByTimeAsync(2000);
    expect(builds).toHaveLength(1);
    expect(scheduler.state()).toEqual({ building: true, pending: false });
    builds[0]!.finish();
    await scheduler.idle();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(builds).toHaveLength(1);
  });

  it('events during a build give exactly one more build, after it', async () => {
    const { scheduler, builds } = harness();
    scheduler.notify();
    await vi.advanceTimersByTimeAsync(2000);
    expect(builds).toHaveLength(1);
    for (let i = 0; i < 5; i += 1) {
      scheduler.notify();
      await vi.advanceTimersByTimeAsync(1000);
    }
    // Never two at once, however long the first takes.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(builds).toHaveLength(1);
    expect(scheduler.state()).toEqual({ building: true, pending: true });
    builds[0]!.finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(builds).toHaveLength(2);
    builds[1]!.finish();
    await scheduler.idle();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(builds).toHaveLength(2);
  });

  it('a build queued during a build still waits out a burst that continues after it', async () => {
    const { scheduler, builds } = harness();
    scheduler.notify();
    await vi.advanceTimersByTimeAsync(2000);
    scheduler.notify();
    await vi.advanceTimersByTimeAsync(500);
    builds[0]!.finish();
    await vi.advanceTimersByTimeAsync(0);
    // The last event was 500 ms ago: the queued build starts when the quiet window has passed.
    expect(builds).toHaveLength(1);
    scheduler.notify();
    await vi.advanceTimersByTimeAsync(1999);
    expect(builds).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(builds).toHaveLength(2);
  });

  it('a steady stream of events cannot hold a build off longer than the maximum wait', async () => {
    const { scheduler, builds } = harness({ debounceMs: 2000, maxWaitMs: 10_000 });
    // An event every second, for nine seconds.
    for (let t = 0; t < 9_000; t += 1000) {
      scheduler.notify();
      await vi.advanceTimersByTimeAsync(1000);
    }
    expect(builds).toHaveLength(0);
    scheduler.notify();
    await vi.advanceTimersByTimeAsync(1000);
    expect(builds).toHaveLength(1);
    expect(builds[0]!.startedAt).toBe(10_000);
  });

  it('a failing build is reported and later events still build', async () => {
    const errors: unknown[] = [];
    let calls = 0;
    const scheduler = createScheduler({
      debounceMs: 100,
      maxWaitMs: 1000,
      timers: realTimers,
      run: async () => {
        calls += 1;
        if (calls === 1) throw new Error('disk full');
      },
      onError: (error) => errors.push(error),
    });
    scheduler.notify();
    await vi.advanceTimersByTimeAsync(100);
    await scheduler.idle();
    expect(errors).toHaveLength(1);
    scheduler.notify();
    await vi.advanceTimersByTimeAsync(100);
    await scheduler.idle();
    expect(calls).toBe(2);
  });

  it('cancel drops a waiting build', async () => {
    const { scheduler, builds } = harness();
    scheduler.notify();
    scheduler.cancel();
    await scheduler.idle();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(builds).toHaveLength(0);
  });
});
