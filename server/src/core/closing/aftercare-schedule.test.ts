import { describe, expect, it } from 'vitest';
import { aftercareSchedule, plannedMoments } from './aftercare-schedule.js';

// Ricardo: closed on 1 June, aftercare every six weeks for six months.
const plan = { startsOn: '2026-06-01', endsOn: '2026-12-01', frequencyWeeks: 6 };

describe('the aftercare schedule', () => {
  it('plans a moment every six weeks from the start up to the end', () => {
    expect(plannedMoments(plan)).toEqual(['2026-07-13', '2026-08-24', '2026-10-05', '2026-11-16']);
    expect(plannedMoments({ startsOn: '2026-06-01', endsOn: '2026-06-30', frequencyWeeks: 6 })).toEqual([]);
    expect(plannedMoments({ startsOn: '2026-06-01', endsOn: '2026-07-13', frequencyWeeks: 6 })).toEqual(['2026-07-13']);
  });

  it('names the first moment as next before anything is held', () => {
    const s = aftercareSchedule(plan, [], '2026-06-02');
    expect(s.next).toEqual({ dueOn: '2026-07-13', overdue: false, daysLate: 0 });
    expect(s.moments.every((m) => m.status === 'planned')).toBe(true);
    expect(aftercareSchedule(plan, [], '2026-07-13').moments[0]!.status).toBe('due');
  });

  it('shows a moment overdue when its day passed without a contact', () => {
    const s = aftercareSchedule(plan, [], '2026-07-20');
    expect(s.moments[0]).toEqual({ dueOn: '2026-07-13', status: 'overdue', heldOn: null });
    expect(s.next).toEqual({ dueOn: '2026-07-13', overdue: true, daysLate: 7 });
  });

  it('counts a late contact for the moment it is closest to', () => {
    const s = aftercareSchedule(plan, ['2026-07-22'], '2026-07-23');
    expect(s.moments[0]).toEqual({ dueOn: '2026-07-13', status: 'held', heldOn: '2026-07-22' });
    expect(s.next).toEqual({ dueOn: '2026-08-24', overdue: false, daysLate: 0 });
  });

  it('keeps a forgotten moment visible as missed once the next one is nearer', () => {
    const s = aftercareSchedule(plan, ['2026-07-13'], '2026-08-20');
    expect(s.moments[1]!.status).toBe('planned');
    const later = aftercareSchedule(plan, ['2026-07-13'], '2026-09-20');
    expect(later.moments.map((m) => m.status)).toEqual(['held', 'missed', 'planned', 'planned']);
    expect(later.next?.dueOn).toBe('2026-10-05');
  });

  it('counts a contact at six months for the last moment, and then has nothing left', () => {
    const s = aftercareSchedule(plan, ['2026-07-13', '2026-08-24', '2026-10-05', '2026-12-01'], '2026-12-02');
    expect(s.moments.map((m) => m.status)).toEqual(['held', 'held', 'held', 'held']);
    expect(s.next).toBeNull();
  });

  it('does not count a contact right after closing for the first moment', () => {
    expect(aftercareSchedule(plan, ['2026-06-03'], '2026-06-04').moments[0]!.status).toBe('planned');
  });
});
