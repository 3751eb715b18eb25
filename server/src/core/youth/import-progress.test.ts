import { describe, expect, it } from 'vitest';
import { importState } from './import-progress.js';

describe('the state of a recorded import', () => {
  const now = new Date('2026-12-03T10:00:00Z');
  const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);
  it('is what its row says when it ended', () => {
    expect(importState('done', minutesAgo(60), now)).toBe('done');
    expect(importState('failed', minutesAgo(60), now)).toBe('failed');
  });
  it('is running while batches keep coming, interrupted after ten minutes without one', () => {
    expect(importState('running', minutesAgo(1), now)).toBe('running');
    expect(importState('running', minutesAgo(10), now)).toBe('running');
    expect(importState('running', minutesAgo(11), now)).toBe('interrupted');
  });
});
