import { describe, expect, it } from 'vitest';
import { checkAftercarePlan, checkHandover, checkMeasurementMoment, defaultCheckDueOn, handoverCheckDue, handoverOpen } from './closing-rules.js';

describe('the warm handover', () => {
  it('is checked two weeks after the handover conversation by default', () => {
    expect(defaultCheckDueOn('2026-06-03', '2026-06-05')).toBe('2026-06-17');
    expect(defaultCheckDueOn(null, '2026-06-05')).toBe('2026-06-19');
  });

  it('records a check with both its day and whether it landed', () => {
    const h = { conversationOn: '2026-06-03', checkDueOn: '2026-06-17', checkedOn: null, landed: null };
    expect(checkHandover(h)).toBeNull();
    expect(checkHandover({ ...h, checkedOn: '2026-06-17' })).toMatchObject({ code: 'LANDED_REQUIRED', field: 'landed' });
    expect(checkHandover({ ...h, landed: true })).toMatchObject({ code: 'CHECK_DATE_REQUIRED', field: 'checkedOn' });
    expect(checkHandover({ ...h, checkedOn: '2026-06-01', landed: true })).toMatchObject({ code: 'CHECK_BEFORE_CONVERSATION', field: 'checkedOn' });
    expect(checkHandover({ ...h, checkDueOn: '2026-06-01' })).toMatchObject({ field: 'checkDueOn' });
    expect(checkHandover({ ...h, checkedOn: '2026-06-17', landed: false })).toBeNull();
  });

  it('is due for its check from the day set until checked', () => {
    expect(handoverCheckDue({ checkDueOn: '2026-06-17', checkedOn: null, landed: null }, '2026-06-16')).toBe(false);
    expect(handoverCheckDue({ checkDueOn: '2026-06-17', checkedOn: null, landed: null }, '2026-06-17')).toBe(true);
    expect(handoverCheckDue({ checkDueOn: '2026-06-17', checkedOn: '2026-06-17', landed: true }, '2026-06-20')).toBe(false);
  });

  it('that did not land is asked after again on the day the coach set, and no more once it landed or no day is set', () => {
    const notLanded = { checkDueOn: '2026-07-01', checkedOn: '2026-06-17', landed: false };
    expect(handoverOpen(notLanded)).toBe(true);
    expect(handoverCheckDue(notLanded, '2026-06-30')).toBe(false);
    expect(handoverCheckDue(notLanded, '2026-07-01')).toBe(true);
    // Left where it is: no later day to ask again.
    expect(handoverOpen({ ...notLanded, checkDueOn: '2026-06-17' })).toBe(false);
    // Asked again before the day: it landed after all.
    expect(handoverCheckDue({ ...notLanded, checkedOn: '2026-06-25', landed: true }, '2026-07-02')).toBe(false);
  });
});

describe('the aftercare plan', () => {
  it('ends on or after its start', () => {
    expect(checkAftercarePlan({ startsOn: '2026-06-01', endsOn: '2026-05-31' })).toMatchObject({ code: 'AFTERCARE_END_BEFORE_START', status: 400, field: 'endsOn' });
    expect(checkAftercarePlan({ startsOn: '2026-06-01', endsOn: '2026-06-01' })).toBeNull();
  });
});

describe('a result measurement after 6 or 12 months', () => {
  it('belongs to a closed trajectory and is held no earlier than a month before its moment', () => {
    // Closed on 23 November 2026: after 6 months from 23 April 2027, after 12 months from 23 October 2027.
    expect(checkMeasurementMoment({ moment: 'after_6_months', measuredOn: '2027-04-22' }, '2026-11-23')).toMatchObject({ code: 'MEASUREMENT_TOO_EARLY', status: 400, field: 'measuredOn' });
    expect(checkMeasurementMoment({ moment: 'after_6_months', measuredOn: '2027-04-23' }, '2026-11-23')).toBeNull();
    expect(checkMeasurementMoment({ moment: 'after_12_months', measuredOn: '2027-10-22' }, '2026-11-23')?.message).toContain('23-10-2027');
    expect(checkMeasurementMoment({ moment: 'after_12_months', measuredOn: '2027-10-23' }, '2026-11-23')).toBeNull();
    expect(checkMeasurementMoment({ moment: 'after_6_months', measuredOn: '2027-05-23' }, null)).toMatchObject({ code: 'TRAJECTORY_NOT_CLOSED', field: 'moment' });
    // At closing there is no such rule.
    expect(checkMeasurementMoment({ moment: 'closing', measuredOn: '2026-11-23' }, null)).toBeNull();
  });
});
