import { describe, expect, it } from 'vitest';
import { checkEscalation, isOverdue, type EscalationState } from './escalation-rules.js';

const open: EscalationState = { status: 'open', meetingOn: null, decision: null, actionDueOn: null, outcome: null, policyChange: false, policyChangeNote: null };
const decided: EscalationState = { ...open, status: 'decided', meetingOn: '2026-12-03', decision: 'Uitzondering: postadres bij het wijkteam.' };

describe('the steps of an item in the opschaal-overleg', () => {
  it('starts open, and is decided only with a meeting date and a decision', () => {
    expect(checkEscalation(null, open)).toBeNull();
    expect(checkEscalation(null, decided)?.code).toBe('STATUS_STEP');
    expect(checkEscalation('open', { ...decided, decision: '  ' })).toMatchObject({ code: 'DECISION_REQUIRED', status: 400, field: 'decision' });
    expect(checkEscalation('open', { ...decided, meetingOn: null })).toMatchObject({ code: 'MEETING_DATE_REQUIRED', field: 'meetingOn' });
    expect(checkEscalation('open', decided)).toBeNull();
  });

  it('is done only after the decision, and with an outcome', () => {
    expect(checkEscalation('open', { ...decided, status: 'done', outcome: 'Gelukt' })).toMatchObject({ code: 'STATUS_STEP', status: 409 });
    expect(checkEscalation('decided', { ...decided, status: 'done' })).toMatchObject({ code: 'OUTCOME_REQUIRED', field: 'outcome' });
    expect(checkEscalation('decided', { ...decided, status: 'done', outcome: 'Postadres geregeld.' })).toBeNull();
    // Reopened: the outcome was not the end of it. Back to open is not a step.
    expect(checkEscalation('done', { ...decided, outcome: 'Postadres geregeld.' })).toBeNull();
    expect(checkEscalation('decided', { ...decided, status: 'open' })).toMatchObject({ code: 'STATUS_STEP' });
    // A decided item keeps its decision.
    expect(checkEscalation('decided', { ...decided, decision: null })?.code).toBe('DECISION_REQUIRED');
  });

  it('wants the action due on or after the meeting', () => {
    expect(checkEscalation('open', { ...decided, actionDueOn: '2026-12-02' })).toMatchObject({ code: 'DUE_BEFORE_MEETING', field: 'actionDueOn' });
    expect(checkEscalation('open', { ...decided, actionDueOn: '2026-12-03' })).toBeNull();
    expect(checkEscalation(null, { ...open, actionDueOn: '2026-01-01' })).toBeNull();
  });

  it('marks a policy change with a note, once decided', () => {
    expect(checkEscalation('decided', { ...decided, policyChange: true })).toMatchObject({ code: 'POLICY_CHANGE_NOTE_REQUIRED', field: 'policyChangeNote' });
    expect(checkEscalation('open', { ...open, policyChange: true, policyChangeNote: 'Regel' })).toMatchObject({ code: 'POLICY_CHANGE_NEEDS_DECISION', status: 409 });
    expect(checkEscalation('decided', { ...decided, policyChange: true, policyChangeNote: 'Vaste regel voor postadressen' })).toBeNull();
  });
});

describe('an overdue action', () => {
  it('is due before today and not done', () => {
    expect(isOverdue({ status: 'decided', actionDueOn: '2026-11-22' }, '2026-11-23')).toBe(true);
    expect(isOverdue({ status: 'decided', actionDueOn: '2026-11-23' }, '2026-11-23')).toBe(false);
    expect(isOverdue({ status: 'done', actionDueOn: '2026-11-01' }, '2026-11-23')).toBe(false);
    expect(isOverdue({ status: 'open', actionDueOn: null }, '2026-11-23')).toBe(false);
  });
});
