import { describe, expect, it } from 'vitest';
import { assessmentTrend, type ScoredAssessment } from './assessment-trend.js';

const a = (id: string, assessedOn: string, moment: ScoredAssessment['moment'], scores: Record<string, number>, createdAt = `${assessedOn}T10:00:00Z`): ScoredAssessment =>
  ({ id, assessedOn, createdAt, moment, scores: Object.entries(scores).map(([domainKey, score]) => ({ domainKey, score })) });

describe('assessmentTrend', () => {
  it('compares the latest score with the baseline per domain, whatever order the assessments come in', () => {
    const trend = assessmentTrend(['wonen', 'werk'], [
      a('m3', '2026-11-20', 'interim', { wonen: 4, werk: 2 }),
      a('m1', '2026-08-20', 'baseline', { wonen: 2, werk: 2 }),
      a('m2', '2026-10-01', 'interim', { wonen: 3 }),
    ]);
    expect(trend.baselineId).toBe('m1');
    expect(trend.latestId).toBe('m3');
    expect(trend.domains).toEqual([
      { domainKey: 'wonen', baselineScore: 2, latestScore: 4, change: 2,
        series: [{ assessmentId: 'm1', assessedOn: '2026-08-20', score: 2 }, { assessmentId: 'm2', assessedOn: '2026-10-01', score: 3 }, { assessmentId: 'm3', assessedOn: '2026-11-20', score: 4 }] },
      { domainKey: 'werk', baselineScore: 2, latestScore: 2, change: 0,
        series: [{ assessmentId: 'm1', assessedOn: '2026-08-20', score: 2 }, { assessmentId: 'm3', assessedOn: '2026-11-20', score: 2 }] },
    ]);
  });

  it('has no change with a single assessment, and none at all without assessments', () => {
    expect(assessmentTrend(['wonen'], [a('m1', '2026-08-20', 'baseline', { wonen: 2 })]).domains[0]).toMatchObject({ baselineScore: 2, latestScore: 2, change: null });
    expect(assessmentTrend(['wonen'], [])).toEqual({ baselineId: null, latestId: null, domains: [{ domainKey: 'wonen', series: [], baselineScore: null, latestScore: null, change: null }] });
  });

  it('takes the first assessment as the starting point when none is marked as baseline', () => {
    const trend = assessmentTrend(['wonen'], [a('m2', '2026-10-01', 'interim', { wonen: 3 }), a('m1', '2026-09-01', 'interim', { wonen: 1 })]);
    expect(trend.baselineId).toBe('m1');
    expect(trend.domains[0]).toMatchObject({ baselineScore: 1, latestScore: 3, change: 2 });
  });

  it('ignores scores from before the baseline (an intake guess is not the starting point)', () => {
    const trend = assessmentTrend(['wonen'], [
      a('early', '2026-07-01', 'interim', { wonen: 5 }), a('base', '2026-08-01', 'baseline', { wonen: 2 }), a('late', '2026-11-01', 'closing', { wonen: 3 }),
    ]);
    expect(trend.domains[0]).toMatchObject({ baselineScore: 2, latestScore: 3, change: 1 });
    expect(trend.domains[0]!.series).toHaveLength(3);
  });

  it('starts a domain that was not scored at the baseline from its first score after it', () => {
    const trend = assessmentTrend(['justitie'], [
      a('m1', '2026-08-01', 'baseline', { wonen: 2 }), a('m2', '2026-09-01', 'interim', { justitie: 1 }), a('m3', '2026-11-01', 'interim', { justitie: 3 }),
    ]);
    expect(trend.domains[0]).toMatchObject({ baselineScore: 1, latestScore: 3, change: 2 });
  });

  it('orders two assessments on one day by when they were recorded', () => {
    const trend = assessmentTrend(['wonen'], [
      a('second', '2026-11-01', 'interim', { wonen: 4 }, '2026-11-01T15:00:00Z'), a('first', '2026-11-01', 'baseline', { wonen: 2 }, '2026-11-01T09:00:00Z'),
    ]);
    expect(trend).toMatchObject({ baselineId: 'first', latestId: 'second', domains: [{ change: 2 }] });
  });
});
