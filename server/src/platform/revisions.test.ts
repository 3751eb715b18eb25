import { describe, expect, it } from 'vitest';
import { changedFields } from './revisions.js';

describe('the revision history', () => {
  it('lists only the fields that really changed, with old and new value', () => {
    expect(changedFields({ a: 1, b: 'x', c: null, d: ['t1'] }, { a: 1, b: 'y', c: undefined, d: ['t1', 't2'] }))
      .toEqual({ b: ['x', 'y'], d: [['t1'], ['t1', 't2']] });
  });
});
