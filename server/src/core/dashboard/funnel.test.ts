import { describe, expect, it } from 'vitest';
import { funnel } from './funnel.js';

const g = (started: boolean, placed: boolean, regularWork: boolean, workingAfter6Months: boolean, count: number) => ({ started, placed, regularWork, workingAfter6Months, count });

describe('the funnel', () => {
  it('counts each step over the youth who reached every step before it, with the share of the previous step', () => {
    const rows = funnel([g(false, false, false, false, 40), g(true, false, false, false, 30), g(true, true, false, false, 20), g(true, true, true, false, 6), g(true, true, true, true, 4)]);
    expect(rows.map((r) => r.count)).toEqual([100, 60, 30, 10, 4]);
    expect(rows.map((r) => r.percentOfPrevious)).toEqual([null, 60, 50, 33, 40]);
  });

  it('never widens: a regular job without having started, or work after six months without a placement, does not count further on', () => {
    const rows = funnel([g(false, true, true, true, 5), g(true, false, true, true, 3), g(true, true, false, true, 2)]);
    expect(rows.map((r) => r.count)).toEqual([10, 5, 2, 0, 0]);
  });

  it('an empty cohort has no shares', () => {
    expect(funnel([]).map((r) => [r.count, r.percentOfPrevious])).toEqual([[0, null], [0, null], [0, null], [0, null], [0, null]]);
  });
});
