import { describe, expect, it, onTestFinished } from 'vitest';
import { addDays, addMonths, format, parseISO } from 'date-fns';
import { daysFrom, plusDays, plusMonths } from '../casework/calendar.js';
import { birthdayOfAge, bucketOf, byUrgency, caseloadSignal, groupResponseMet, youthSignals, type YouthFacts } from './norm-engine.js';
import { defaultNormSettings, normSettingsFrom, thresholdProblem } from './norm-settings.js';
import { groupResponseShare, planNormShare, quarterOf } from './norm-performance.js';

const norms = defaultNormSettings();
/** Noon in Amsterdam (winter time) on a calendar day. */
const at = (date: string, time = '11:00:00Z') => new Date(`${date}T${time}`);

function youth(over: Partial<YouthFacts> = {}): YouthFacts {
  return {
    id: 'y1', displayName: 'Enzo', registeredAt: at('2026-10-01'), birthDate: null,
    trajectory: { status: 'active', phaseName: 'Fase 2 Verdieping', phaseIsFirst: false, phaseEnteredAt: at('2026-11-20'), plannedWeeks: 8 },
    firstPlanSignedAt: null, lastContactAt: at('2026-11-25'), firstAttemptAt: null, attempts: 0, lastAssessmentOn: '2026-11-01',
    openActions: [], nextMeeting: null, occurredConditions: [], placementDates: [], groupReports: [],
    ...over,
  };
}
const kinds = (y: YouthFacts, now: Date) => youthSignals(y, norms, now).map((s) => s.kind);
const one = (y: YouthFacts, now: Date, kind: string) => youthSignals(y, norms, now).find((s) => s.kind === kind);

describe('plan signed within six weeks of registration', () => {
  // Registered 1 October: day 42 is 12 November.
  it('on day 41 it is due tomorrow, on day 42 due today, on day 43 overdue', () => {
    expect(one(youth(), at('2026-11-11'), 'plan_unsigned')).toMatchObject({ bucket: 'week', due: '2026-11-12', facts: { daysLeft: 1, daysSinceRegistration: 41 } });
    expect(one(youth(), at('2026-11-12'), 'plan_unsigned')).toMatchObject({ bucket: 'today', facts: { daysLeft: 0 } });
    expect(one(youth(), at('2026-11-13'), 'plan_unsigned')).toMatchObject({ bucket: 'overdue', facts: { daysLeft: -1, daysSinceRegistration: 43 } });
  });
  it('stays quiet until two weeks before the deadline, and is gone once the plan is signed', () => {
    expect(kinds(youth(), at('2026-10-28'))).not.toContain('plan_unsigned');
    expect(kinds(youth(), at('2026-10-29'))).toContain('plan_unsigned');
    expect(kinds(youth({ firstPlanSignedAt: at('2026-11-20') }), at('2026-11-25'))).not.toContain('plan_unsigned');
  });
  it('counts the weeks the municipality set, and is silent when switched off', () => {
    const eight = normSettingsFrom([{ key: 'plan_signed', enabled: true, threshold: 8 }]);
    expect(youthSignals(youth(), eight, at('2026-11-13')).find((s) => s.kind === 'plan_unsigned')).toMatchObject({ due: '2026-11-26', bucket: 'later', facts: { daysLeft: 13 } });
    const off = normSettingsFrom([{ key: 'plan_signed', enabled: false, threshold: 6 }]);
    expect(youthSignals(youth(), off, at('2026-11-13')).map((s) => s.kind)).not.toContain('plan_unsigned');
  });
  it('counts Amsterdam days: registered at 00:30 summer time is registered that day, not the day before in UTC', () => {
    const y = youth({ registeredAt: new Date('2026-07-01T22:30:00Z') }); // 2 July 00:30 in Amsterdam
    expect(one(y, at('2026-08-13'), 'plan_unsigned')).toMatchObject({ due: '2026-08-13', bucket: 'today' });
  });
});

describe('the phase over its planned duration', () => {
  it('falls due eight weeks after entering Verdieping, and a paused trajectory stands still', () => {
    const y = youth({ firstPlanSignedAt: at('2026-10-20') });
    expect(one(y, at('2027-01-15'), 'phase_over')).toMatchObject({ due: '2027-01-15', bucket: 'today', facts: { daysInPhase: 56 } });
    expect(one(y, at('2027-01-16'), 'phase_over')?.bucket).toBe('overdue');
    expect(kinds(y, at('2027-01-07'))).not.toContain('phase_over');
    expect(kinds({ ...y, trajectory: { ...y.trajectory!, status: 'paused' } }, at('2027-01-20'))).not.toContain('phase_over');
  });
  it('does not count the days the trajectory was paused in the phase', () => {
    const y = youth({ firstPlanSignedAt: at('2026-10-20') });
    const paused = { ...y, trajectory: { ...y.trajectory!, pausedDays: 10 } };
    expect(one(paused, at('2027-01-25'), 'phase_over')).toMatchObject({ due: '2027-01-25', bucket: 'today' });
  });
  it('counts calendar days across the switch to summer time (29 March 2026)', () => {
    const y = youth({ trajectory: { status: 'active', phaseName: 'Fase 1', phaseIsFirst: false, phaseEnteredAt: new Date('2026-03-02T23:30:00Z'), plannedWeeks: 4 } });
    // Entered 3 March 00:30 Amsterdam; four weeks is 31 March, also when asked at 00:30 summer time.
    expect(one(y, new Date('2026-03-30T22:30:00Z'), 'phase_over')).toMatchObject({ due: '2026-03-31', bucket: 'today' });
  });
});

describe('contact: no youth silently out of sight', () => {
  it('no contact for 14 days is due on day 14 and overdue after', () => {
    const y = youth({ lastContactAt: at('2026-11-17') });
    expect(kinds(y, at('2026-11-30'))).not.toContain('no_contact');
    expect(one(y, at('2026-12-01'), 'no_contact')).toMatchObject({ bucket: 'today', facts: { days: 14 } });
    expect(one(y, at('2026-12-03'), 'no_contact')).toMatchObject({ bucket: 'overdue', facts: { days: 16 } });
  });
  it('in the first phase, trying for 14 days without reaching the youth is its own signal', () => {
    const y = youth({
      lastContactAt: null, attempts: 6, firstAttemptAt: at('2026-11-02'),
      trajectory: { status: 'active', phaseName: 'Fase 1 Vertrouwen', phaseIsFirst: true, phaseEnteredAt: at('2026-11-01'), plannedWeeks: 4 },
    });
    expect(kinds(y, at('2026-11-15'))).not.toContain('unanswered_attempts');
    expect(one(y, at('2026-11-16'), 'unanswered_attempts')).toMatchObject({ facts: { attempts: 6, days: 14 } });
    expect(kinds(y, at('2026-11-20'))).not.toContain('no_contact');
  });
  it('a youth registered but never tried is to be contacted at once, and counts the days from registration', () => {
    const y = youth({ lastContactAt: null, trajectory: null, registeredAt: at('2026-11-01') });
    expect(one(y, at('2026-11-01'), 'no_contact')).toMatchObject({ bucket: 'today', facts: { days: 0, never: 1 } });
    expect(one(y, at('2026-11-20'), 'no_contact')).toMatchObject({ bucket: 'overdue', facts: { days: 19, never: 1 } });
  });
  it('a closed trajectory stops all clocks', () => {
    const y = youth({ lastContactAt: at('2026-01-01'), trajectory: { ...youth().trajectory!, status: 'closed' } });
    expect(youthSignals(y, norms, at('2026-12-01'))).toEqual([]);
  });
});

describe('agreed actions, meetings, placements and re-assessment', () => {
  it('an action shows seven days before its due date and is overdue the day after', () => {
    const y = youth({ openActions: [{ id: 'a1', description: 'Schuldhulp aanvragen', dueOn: '2026-12-10' }] });
    expect(kinds(y, at('2026-12-02'))).not.toContain('action_due');
    expect(one(y, at('2026-12-03'), 'action_due')).toMatchObject({ bucket: 'week', facts: { description: 'Schuldhulp aanvragen' } });
    expect(one(y, at('2026-12-11'), 'action_due')?.bucket).toBe('overdue');
  });
  it('an ontbindende voorwaarde that occurred asks for a meeting at once', () => {
    const y = youth({ occurredConditions: [{ conditionId: 'c1', meetingId: 'm1', text: 'Ricardo raakt zijn kamer kwijt', occurredAt: at('2026-12-02') }] });
    expect(one(y, at('2026-12-03'), 'condition_occurred')).toMatchObject({ bucket: 'overdue', facts: { text: 'Ricardo raakt zijn kamer kwijt' } });
  });
  it('the next wrap-around meeting falls due on its date', () => {
    expect(one(youth({ nextMeeting: { meetingId: 'm1', on: '2026-12-03' } }), at('2026-12-03'), 'meeting_due')?.bucket).toBe('today');
  });
  it('a subsidy ending in three weeks shows, and is gone after its end; an evaluation not held stays overdue', () => {
    const y = youth({ placementDates: [
      { placementId: 'p1', workplace: 'Keuken De Haven', kind: 'subsidy_end', on: '2026-12-24', detail: 'Loonkostensubsidie' },
      { placementId: 'p1', workplace: 'Keuken De Haven', kind: 'evaluation', on: '2026-11-30' },
    ] });
    expect(one(y, at('2026-12-03'), 'subsidy_end')).toMatchObject({ bucket: 'later', facts: { daysLeft: 21 } });
    expect(one(y, at('2026-12-03'), 'placement_evaluation')?.bucket).toBe('overdue');
    expect(kinds(y, at('2026-12-25'))).not.toContain('subsidy_end');
  });
  it('life domains are due three months after the last scoring', () => {
    expect(one(youth({ lastAssessmentOn: '2026-09-03' }), at('2026-12-03'), 'reassessment_due')).toMatchObject({ due: '2026-12-03', bucket: 'today' });
    expect(kinds(youth({ lastAssessmentOn: '2026-09-20' }), at('2026-12-03'))).not.toContain('reassessment_due');
  });
});

describe('birthdays: turning 18 and turning 27', () => {
  it('shows 30 days ahead, on the day itself, and not the day after', () => {
    const y = youth({ birthDate: '2009-01-02' });
    expect(kinds(y, at('2026-12-02'))).not.toContain('turning_18');
    expect(one(y, at('2026-12-03'), 'turning_18')).toMatchObject({ due: '2027-01-02', facts: { daysLeft: 30 } });
    expect(one(y, at('2027-01-02'), 'turning_18')?.bucket).toBe('today');
    expect(kinds(y, at('2027-01-03'))).not.toContain('turning_18');
  });
  it('someone born on 29 February turns 18 on 1 March in a year without 29 February, and on 29 February in a leap year', () => {
    expect(birthdayOfAge('2008-02-29', 18)).toBe('2026-03-01');
    expect(birthdayOfAge('2000-02-29', 28)).toBe('2028-02-29');
    expect(birthdayOfAge('2000-02-29', 27)).toBe('2027-03-01');
    expect(one(youth({ birthDate: '2008-02-29' }), at('2026-02-28'), 'turning_18')).toMatchObject({ due: '2026-03-01', facts: { daysLeft: 1 } });
  });
  it('turning 27 is its own signal', () => {
    expect(one(youth({ birthDate: '1999-12-20' }), at('2026-12-03'), 'turning_27')).toMatchObject({ facts: { age: 27, daysLeft: 17 } });
  });
});

describe('group response within 24 hours', () => {
  const reportedAt = new Date('2026-12-04T20:40:00Z'); // Friday 21:40 in Amsterdam
  const report = (answeredAt: Date | null = null) => youth({ groupReports: [{ reportId: 'r1', groupId: 'g1', groupName: 'Straatgroep Spangen', reportedAt, kind: 'nuisance', answeredAt }] });
  it('is open at 23h59 and overdue at 24h01, weekend included', () => {
    expect(one(report(), new Date('2026-12-05T20:39:00Z'), 'group_response')).toMatchObject({ bucket: 'today', dueAt: '2026-12-05T20:40:00.000Z', facts: { hoursLeft: 1 } });
    expect(one(report(), new Date('2026-12-05T20:41:00Z'), 'group_response')?.bucket).toBe('overdue');
  });
  it('is gone once the youth was contacted after the report', () => {
    expect(kinds(report(new Date('2026-12-05T10:00:00Z')), new Date('2026-12-05T12:00:00Z'))).not.toContain('group_response');
  });
  it('counts real hours across the switch to winter time (25 October 2026)', () => {
    const y = youth({ groupReports: [{ reportId: 'r2', groupId: 'g1', groupName: 'Straatgroep', reportedAt: new Date('2026-10-24T20:00:00Z'), kind: 'truancy', answeredAt: null }] });
    // 22:00 summer time on Saturday + 24 h = 21:00 winter time on Sunday.
    expect(one(y, new Date('2026-10-25T19:59:00Z'), 'group_response')?.bucket).toBe('today');
    expect(one(y, new Date('2026-10-25T20:01:00Z'), 'group_response')?.bucket).toBe('overdue');
  });
  it('met, missed or still open for the team lead', () => {
    expect(groupResponseMet(reportedAt, new Date('2026-12-05T20:40:00Z'), 24, new Date('2026-12-06'))).toBe('met');
    expect(groupResponseMet(reportedAt, new Date('2026-12-05T20:41:00Z'), 24, new Date('2026-12-06'))).toBe('missed');
    expect(groupResponseMet(reportedAt, null, 24, new Date('2026-12-05T12:00:00Z'))).toBe('open');
    expect(groupResponseMet(reportedAt, null, 24, new Date('2026-12-06T12:00:00Z'))).toBe('missed');
  });
});

describe('caseload and ordering', () => {
  it('a coach above the limit gets a signal; at the limit not', () => {
    expect(caseloadSignal({ id: 'c1', name: 'Sanne', active: 21, limit: 20 }, norms, at('2026-12-03'))).toMatchObject({ kind: 'caseload_over', facts: { active: 21, limit: 20 } });
    expect(caseloadSignal({ id: 'c1', name: 'Sanne', active: 20, limit: 20 }, norms, at('2026-12-03'))).toBeNull();
  });
  it('orders overdue before today before this week, earliest first', () => {
    const y = youth({ firstPlanSignedAt: at('2026-11-01'), lastContactAt: at('2026-11-10'), openActions: [
      { id: 'a1', description: 'later', dueOn: '2026-12-09' }, { id: 'a2', description: 'sooner', dueOn: '2026-12-05' },
    ], nextMeeting: { meetingId: 'm1', on: '2026-12-03' } });
    const sorted = youthSignals(y, norms, at('2026-12-03')).sort(byUrgency).map((s) => `${s.bucket}:${s.kind}:${s.facts.description ?? ''}`);
    expect(sorted.slice(0, 2)).toEqual(['overdue:no_contact:', 'today:meeting_due:']);
    expect(sorted.filter((s) => s.includes('action_due'))).toEqual(['week:action_due:sooner', 'week:action_due:later']);
  });
  it('buckets by Amsterdam day', () => {
    expect([bucketOf('2026-12-02', '2026-12-03'), bucketOf('2026-12-03', '2026-12-03'), bucketOf('2026-12-10', '2026-12-03'), bucketOf('2026-12-11', '2026-12-03')])
      .toEqual(['overdue', 'today', 'week', 'later']);
  });
});

describe('norm settings', () => {
  it('refuses thresholds out of range or on a norm without one', () => {
    expect(thresholdProblem('plan_signed', 0)).toEqual({ min: 1, max: 52 });
    expect(thresholdProblem('no_contact', -3)).toEqual({ min: 1, max: 180 });
    expect(thresholdProblem('no_contact', 2.5)).toEqual({ min: 1, max: 180 });
    expect(thresholdProblem('caseload', 20)).toBe('no_threshold');
    expect(thresholdProblem('group_response', 24)).toBeNull();
  });
});

describe('norm performance for the team lead', () => {
  it('knows the quarter of a day', () => {
    expect(quarterOf('2026-12-03')).toEqual({ from: '2026-10-01', to: '2026-12-31', label: 'Q4 2026' });
    expect(quarterOf('2028-02-29')).toEqual({ from: '2028-01-01', to: '2028-03-31', label: 'Q1 2028' });
  });
  it('counts plans signed by their six-week deadline in the quarter: met, missed, still open', () => {
    const q = quarterOf('2026-12-03');
    const share = planNormShare([
      { registeredAt: at('2026-09-01'), firstPlanSignedAt: at('2026-10-02') },   // deadline 13 Oct, signed day 31: met
      { registeredAt: at('2026-09-10'), firstPlanSignedAt: at('2026-10-30') },   // deadline 22 Oct, signed after: missed
      { registeredAt: at('2026-09-15'), firstPlanSignedAt: null },               // deadline 27 Oct passed: missed
      { registeredAt: at('2026-11-01'), firstPlanSignedAt: null },               // deadline 13 Dec ahead: open
      { registeredAt: at('2026-06-01'), firstPlanSignedAt: null },               // deadline in Q3: not this quarter
    ], 6, q, '2026-12-03');
    expect(share).toEqual({ met: 1, missed: 2, open: 1 });
  });
  it('counts group reports answered within 24 hours', () => {
    const q = quarterOf('2026-12-03');
    const r = new Date('2026-11-30T20:40:00Z');
    expect(groupResponseShare([
      { reportedAt: r, answeredAt: new Date('2026-12-01T09:00:00Z') },
      { reportedAt: r, answeredAt: new Date('2026-12-02T09:00:00Z') },
      { reportedAt: new Date('2026-12-03T08:00:00Z'), answeredAt: null },
    ], 24, q, new Date('2026-12-03T11:00:00Z'))).toEqual({ met: 1, missed: 1, open: 1 });
  });
});

describe('after closing: aftercare contacts and the warm handover check', () => {
  const closed = { status: 'closed' as const, phaseName: 'Fase 4 Afronding', phaseIsFirst: false, phaseEnteredAt: at('2026-10-01'), plannedWeeks: 3 };
  // Closed 1 November; aftercare every six weeks for six months: 13 December, 24 January, …
  const aftercare = { plan: { startsOn: '2026-11-01', endsOn: '2027-05-01', frequencyWeeks: 6 }, contactsHeldOn: [] as string[] };
  const closedOn = { closedOn: '2026-11-01', measured: ['closing', 'after_6_months', 'after_12_months'] };
  it('shows the next planned contact a week before, and keeps it once it is late', () => {
    const y = youth({ trajectory: closed, followUp: closedOn, aftercare });
    expect(kinds(y, at('2026-12-05'))).not.toContain('aftercare_due');
    expect(one(y, at('2026-12-06'), 'aftercare_due')).toMatchObject({ due: '2026-12-13', bucket: 'week', facts: { frequencyWeeks: 6 } });
    expect(one(y, at('2026-12-20'), 'aftercare_due')).toMatchObject({ due: '2026-12-13', bucket: 'overdue' });
  });
  it('moves on to the next moment once the contact is held, and is silent after the plan ends', () => {
    const held = youth({ trajectory: closed, followUp: closedOn, aftercare: { ...aftercare, contactsHeldOn: ['2026-12-15'] } });
    expect(one(held, at('2026-12-20'), 'aftercare_due')).toBeUndefined();
    expect(one(held, at('2027-01-20'), 'aftercare_due')).toMatchObject({ due: '2027-01-24', bucket: 'week' });
    const all = ['2026-12-13', '2027-01-24', '2027-03-07', '2027-04-18'];
    expect(kinds(youth({ trajectory: closed, followUp: closedOn, aftercare: { ...aftercare, contactsHeldOn: all } }), at('2027-05-10'))).not.toContain('aftercare_due');
  });
  it('stops asking for a last contact never held eighteen months after closing; an unchecked handover is asked for still', () => {
    const handoverChecks = [{ handoverId: 'h1', organisation: 'Kredietbank Rotterdam', checkDueOn: '2026-11-15' }];
    const y = youth({ trajectory: closed, followUp: closedOn, aftercare, handoverChecks });
    // The last planned contact (18 April 2027) was never held: asked for until the watch ends.
    expect(one(y, at('2028-04-30'), 'aftercare_due')).toMatchObject({ due: '2027-04-18', bucket: 'overdue' });
    expect(kinds(y, at('2028-05-01'))).toEqual(['handover_check']);
    // A plan that runs longer than that is watched until a period after its end.
    const long = youth({ trajectory: closed, followUp: closedOn, aftercare: { ...aftercare, plan: { ...aftercare.plan, endsOn: '2028-11-01' } } });
    expect(one(long, at('2028-07-23'), 'aftercare_due')).toMatchObject({ due: '2028-07-23', bucket: 'today' });
    expect(kinds(long, at('2028-12-13'))).toEqual([]);
  });
  it('asks again for a handover that did not land under a key of its own, so an earlier acknowledgement does not hide it', () => {
    const first = one(youth({ trajectory: closed, followUp: closedOn, handoverChecks: [{ handoverId: 'h1', organisation: 'Wijkteam', checkDueOn: '2026-11-15' }] }), at('2026-11-15'), 'handover_check')!;
    const again = one(youth({ trajectory: closed, followUp: closedOn, handoverChecks: [{ handoverId: 'h1', organisation: 'Wijkteam', checkDueOn: '2026-11-29' }] }), at('2026-11-29'), 'handover_check')!;
    expect(first.key).not.toBe(again.key);
  });
  it('is only for a closed trajectory: the other clocks stop at closing, the handover check runs until it is done', () => {
    const y = youth({ trajectory: closed, followUp: closedOn, lastContactAt: at('2026-09-01'), aftercare, handoverChecks: [{ handoverId: 'h1', organisation: 'Kredietbank Rotterdam', checkDueOn: '2026-11-15' }] });
    expect(kinds(y, at('2026-11-20'))).toEqual(['handover_check']);
    expect(one(y, at('2026-11-20'), 'handover_check')).toMatchObject({ bucket: 'overdue', facts: { organisation: 'Kredietbank Rotterdam' } });
    expect(kinds(youth({ aftercare }), at('2026-12-10'))).not.toContain('aftercare_due');
    const off = normSettingsFrom([{ key: 'aftercare', enabled: false, threshold: 7 }]);
    expect(youthSignals(y, off, at('2026-12-10'))).toEqual([]);
  });
  it('asks for the result measurement after 6 months from a month before, then the one after 12 months (measured or not), the last for six months', () => {
    const followUp = { closedOn: '2026-11-01', measured: ['closing'] };
    expect(kinds(youth({ trajectory: closed, followUp }), at('2027-03-31'))).not.toContain('result_measurement_due');
    expect(one(youth({ trajectory: closed, followUp }), at('2027-04-01'), 'result_measurement_due')).toMatchObject({ due: '2027-05-01', bucket: 'later', facts: { moment: 'after_6_months', months: 6 } });
    expect(one(youth({ trajectory: closed, followUp }), at('2027-05-10'), 'result_measurement_due')).toMatchObject({ bucket: 'overdue', facts: { months: 6 } });
    const six = { closedOn: '2026-11-01', measured: ['closing', 'after_6_months'] };
    expect(kinds(youth({ trajectory: closed, followUp: six }), at('2027-09-30'))).not.toContain('result_measurement_due');
    expect(one(youth({ trajectory: closed, followUp: six }), at('2027-10-01'), 'result_measurement_due')).toMatchObject({ due: '2027-11-01', facts: { moment: 'after_12_months' } });
    expect(kinds(youth({ trajectory: closed, followUp: { closedOn: '2026-11-01', measured: ['after_6_months', 'after_12_months'] } }), at('2028-01-01'))).not.toContain('result_measurement_due');
    // Not measured after 6 months: asked until the 12-month one's turn, which then comes all the same.
    expect(one(youth({ trajectory: closed, followUp }), at('2027-09-30'), 'result_measurement_due')).toMatchObject({ bucket: 'overdue', facts: { moment: 'after_6_months' } });
    expect(youthSignals(youth({ trajectory: closed, followUp }), norms, at('2027-10-01')).filter((x) => x.kind === 'result_measurement_due').map((x) => x.facts.moment)).toEqual(['after_12_months']);
    // The last moment is asked for six months after its day, then it is missed and the list is quiet.
    expect(one(youth({ trajectory: closed, followUp }), at('2028-04-30'), 'result_measurement_due')).toMatchObject({ bucket: 'overdue', facts: { moment: 'after_12_months' } });
    expect(kinds(youth({ trajectory: closed, followUp }), at('2028-05-01'))).not.toContain('result_measurement_due');
    // A running trajectory has no measurement after closing.
    expect(kinds(youth({ followUp }), at('2027-05-10'))).not.toContain('result_measurement_due');
  });
});

describe('calendar-day arithmetic', () => {
  it('agrees with date-fns on every day of 2024–2026, across leap days and the clock changes', () => {
    // date-fns counts in the process's local time: compare where the clocks change (Node reads TZ anew).
    const tz = process.env.TZ;
    process.env.TZ = 'Europe/Amsterdam';
    onTestFinished(() => { if (tz === undefined) delete process.env.TZ; else process.env.TZ = tz; });
    expect(new Date(2026, 2, 29, 12).getTimezoneOffset()).toBe(-120);
    for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2027, 0, 1); t += 86_400_000) {
      const d = new Date(t).toISOString().slice(0, 10);
      for (const n of [-400, -31, -1, 0, 1, 7, 30, 366]) {
        expect(plusDays(d, n)).toBe(format(addDays(parseISO(d), n), 'yyyy-MM-dd'));
        expect(daysFrom(d, plusDays(d, n))).toBe(n);
      }
      for (const n of [-13, -1, 1, 5, 6, 12, 24]) expect(plusMonths(d, n)).toBe(format(addMonths(parseISO(d), n), 'yyyy-MM-dd'));
    }
    expect(plusMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(plusMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(daysFrom('2026-03-28', '2026-03-30')).toBe(2);
    expect(plusDays('2024-02-28', 1)).toBe('2024-02-29');
  });
});
