import { describe, expect, it } from 'vitest';
import { actionsFromPlan, planChanges, planChangeValues, planStatus, saveTarget, signatureRefusal } from './plan-rules.js';
import { sixWeekNorm } from './six-week-norm.js';

describe('saveTarget: where an edit of the plan goes', () => {
  it('starts the first version only from nothing', () => {
    expect(saveTarget(null, { version: 0, revision: 0 })).toEqual({ kind: 'first' });
    expect(saveTarget(null, { version: 1, revision: 1 })).toEqual({ kind: 'conflict' });
  });
  it('saves a draft in place, with the next revision', () => {
    expect(saveTarget({ version: 2, revision: 3, frozen: false }, { version: 2, revision: 3 })).toEqual({ kind: 'in_place', version: 2, revision: 4 });
  });
  it('never touches a frozen version: the edit becomes the next version', () => {
    expect(saveTarget({ version: 2, revision: 3, frozen: true }, { version: 2, revision: 3 })).toEqual({ kind: 'new_version', version: 3 });
  });
  it('is a conflict when made on an older version or revision', () => {
    expect(saveTarget({ version: 2, revision: 3, frozen: false }, { version: 2, revision: 2 })).toEqual({ kind: 'conflict' });
    expect(saveTarget({ version: 2, revision: 1, frozen: true }, { version: 1, revision: 1 })).toEqual({ kind: 'conflict' });
  });
});

describe('signatures', () => {
  it('a version is draft, then signing, then signed by both', () => {
    expect(planStatus([])).toBe('draft');
    expect(planStatus(['coach'])).toBe('signing');
    expect(planStatus(['coach', 'youth'])).toBe('signed');
  });
  it('one signature per person per version, and only on the newest version', () => {
    expect(signatureRefusal({ isLatest: true, signedRoles: [], role: 'youth' })).toBeNull();
    expect(signatureRefusal({ isLatest: true, signedRoles: ['youth'], role: 'youth' })).toBe('PLAN_ALREADY_SIGNED');
    expect(signatureRefusal({ isLatest: true, signedRoles: ['youth'], role: 'coach' })).toBeNull();
    expect(signatureRefusal({ isLatest: false, signedRoles: [], role: 'coach' })).toBe('PLAN_NOT_LATEST');
  });
});

describe('the six-week norm', () => {
  const registeredOn = '2026-01-01';
  it('counts calendar days: signed on day 31 is in time', () => {
    expect(sixWeekNorm({ registeredOn, firstSignedOn: '2026-02-01', today: '2026-03-30' }))
      .toMatchObject({ deadline: '2026-02-12', signedOnDay: 31, state: 'signed_in_time', daysLeft: null, daysSinceRegistration: 88 });
  });
  it('day 42 is the last day in time; day 43 is late', () => {
    expect(sixWeekNorm({ registeredOn, firstSignedOn: '2026-02-12', today: '2026-02-12' }).state).toBe('signed_in_time');
    expect(sixWeekNorm({ registeredOn, firstSignedOn: '2026-02-13', today: '2026-02-13' })).toMatchObject({ signedOnDay: 43, state: 'signed_late' });
  });
  it('not signed: open with the days left until the deadline, then overdue', () => {
    expect(sixWeekNorm({ registeredOn, firstSignedOn: null, today: '2026-01-01' })).toMatchObject({ state: 'open', daysLeft: 42, daysSinceRegistration: 0 });
    expect(sixWeekNorm({ registeredOn, firstSignedOn: null, today: '2026-02-12' })).toMatchObject({ state: 'open', daysLeft: 0 });
    expect(sixWeekNorm({ registeredOn, firstSignedOn: null, today: '2026-02-13' })).toMatchObject({ state: 'overdue', daysLeft: -1 });
  });
  it('counts across the change to summer time without losing a day', () => {
    expect(sixWeekNorm({ registeredOn: '2026-03-01', firstSignedOn: '2026-04-12', today: '2026-04-12' })).toMatchObject({ signedOnDay: 42, state: 'signed_in_time', deadline: '2026-04-12' });
  });
});

describe('the plan turned into actions and compared', () => {
  const parts = [
    { key: 'housing', title: null, tasks: [{ id: 't1', role: 'youth' as const, who: '', what: 'Inschrijven', dueOn: '2026-12-01' }] },
    { key: 'debts', title: null, tasks: [{ id: 't2', role: 'professional' as const, who: 'Mw. Bakker', what: 'Overzicht', dueOn: null }] },
  ];
  it('each task becomes an action with its owner (the role when no name was given)', () => {
    expect(actionsFromPlan(parts, (r) => r.toUpperCase())).toEqual([
      { taskId: 't1', partKey: 'housing', ownerKind: 'youth', ownerName: 'YOUTH', description: 'Inschrijven', dueOn: '2026-12-01' },
      { taskId: 't2', partKey: 'debts', ownerKind: 'professional', ownerName: 'Mw. Bakker', description: 'Overzicht', dueOn: null },
    ]);
  });
  it('names what changed per part, matched by key and not by position', () => {
    const before = { parts: [{ key: 'housing', priority: 1 }, { key: 'work', priority: 2 }] };
    expect(planChanges(before, { parts: [{ key: 'work', priority: 2 }, { key: 'housing', priority: 1 }] })).toEqual([]);
    expect(planChanges(before, { parts: [{ key: 'housing', priority: 2 }, { key: 'debts', priority: 1 }] })).toEqual(['housing.priority', 'work', 'debts']);
    expect(planChanges(null, { parts: [{ key: 'housing' }] })).toEqual(['housing']);
  });
  it('says in words what a change was and became, for the history', () => {
    const before = { parts: [{ key: 'housing', priority: 1, tasks: [{ what: 'Inschrijven' }] }] };
    const after = { parts: [{ key: 'housing', priority: 2, tasks: [{ what: 'Inschrijven' }, { what: 'Postadres' }] }, { key: 'debts' }] };
    expect(planChangeValues(before, after, planChanges(before, after))).toEqual({
      'housing.priority': [1, 2], 'housing.tasks': ['Inschrijven', 'Inschrijven; Postadres'], debts: [null, true],
    });
  });
});
