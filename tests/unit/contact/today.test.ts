import { describe, expect, it } from 'vitest';
import { todayIn } from '../../../src/lib/today';

describe("the line's today", () => {
  it('turns at midnight in Stockholm, in winter and in summer, not at midnight UTC', () => {
    expect(todayIn(undefined, new Date('2026-11-27T22:59:00Z'))).toBe('2026-11-27');
    expect(todayIn(undefined, new Date('2026-11-27T23:00:00Z'))).toBe('2026-11-28');
    expect(todayIn(undefined, new Date('2026-06-30T21:59:00Z'))).toBe('2026-06-30');
    expect(todayIn(undefined, new Date('2026-06-30T22:00:00Z'))).toBe('2026-07-01');
  });

  it('follows the time zone the contact settings name', () => {
    expect(todayIn('America/New_York', new Date('2026-11-28T03:00:00Z'))).toBe('2026-11-27');
    expect(todayIn('Asia/Tokyo', new Date('2026-11-27T16:00:00Z'))).toBe('2026-11-28');
  });
});
