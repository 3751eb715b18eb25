import { describe, expect, it } from 'vitest';
import { competencyTrend, observedCompetencies, weekStartOf } from './weekly-form.js';

describe('the weekly progress form', () => {
  it('files a date under the Monday of its week', () => {
    expect(weekStartOf('2026-11-27')).toBe('2026-11-23'); // a Friday
    expect(weekStartOf('2026-11-23')).toBe('2026-11-23');
    expect(weekStartOf('2026-11-29')).toBe('2026-11-23'); // Sunday still belongs to that week
    expect(weekStartOf('2027-01-01')).toBe('2026-12-28');
  });

  it('turns the weeks into a trend per competency, oldest first, skipping "not applicable"', () => {
    const trend = competencyTrend([
      { weekStart: '2026-11-16', ratings: { op_tijd_komen: { rating: 'partly' }, doorzetten: { rating: 'na' } } },
      { weekStart: '2026-11-02', ratings: { op_tijd_komen: { rating: 'not_yet' }, doorzetten: { rating: 'partly' } } },
      { weekStart: '2026-11-09', ratings: { op_tijd_komen: { rating: 'seen' } } },
    ], ['op_tijd_komen', 'doorzetten']);
    expect(trend[0]).toEqual({ key: 'op_tijd_komen', first: 0, latest: 1, series: [
      { weekStart: '2026-11-02', value: 0 }, { weekStart: '2026-11-09', value: 2 }, { weekStart: '2026-11-16', value: 1 },
    ] });
    expect(trend[1]).toMatchObject({ first: 1, latest: 1 });
  });

  it('names for a certificate what was seen in the latest weeks, by its latest answer', () => {
    const forms = [
      { weekStart: '2026-11-16', ratings: { op_tijd_komen: { rating: 'seen' as const }, samenwerken: { rating: 'na' as const }, doorzetten: { rating: 'partly' as const } } },
      { weekStart: '2026-11-09', ratings: { samenwerken: { rating: 'seen' as const }, op_tijd_komen: { rating: 'not_yet' as const } } },
      { weekStart: '2026-10-05', ratings: { eerlijk_zijn: { rating: 'seen' as const } } },
    ];
    expect(observedCompetencies(forms, ['op_tijd_komen', 'samenwerken', 'doorzetten', 'eerlijk_zijn'], 2))
      .toEqual({ seen: ['op_tijd_komen', 'samenwerken'], partly: ['doorzetten'] });
  });
});
