import { describe, expect, it } from 'vitest';
import { duplicateScore, isInFuture, likelyDuplicates, responseMinutes, withinEditWindow } from './casework-rules.js';
import { scoutGateBlocks, scoutState } from './scout-gate.js';

const t = (iso: string) => new Date(iso);

describe('the scout-complete gate', () => {
  const tick = (condition: any, met: boolean, at: string) => ({ condition, met, at: t(at), byId: 'coach' });

  it('is complete only when the latest tick of all four conditions is "met"', () => {
    const checks = [
      tick('found_and_spoken', true, '2026-11-01T10:00Z'), tick('meets_criteria', true, '2026-11-02T10:00Z'),
      tick('wants_to_work_on_future', true, '2026-11-03T10:00Z'), tick('expectations_aligned', true, '2026-11-03T10:00Z'),
    ];
    expect(scoutState(checks).complete).toBe(true);
    const unticked = [...checks, tick('wants_to_work_on_future', false, '2026-11-04T10:00Z')];
    expect(scoutState(unticked)).toMatchObject({ complete: false, missing: ['wants_to_work_on_future'] });
    expect(scoutState([]).missing).toHaveLength(4);
  });

  it('blocks leaving the first phase forward without all four, unless a reason is given', () => {
    const missing = ['meets_criteria'] as const;
    expect(scoutGateBlocks({ leavingFirstPhase: true, movingForward: true, missing: [...missing] })).toBe(true);
    expect(scoutGateBlocks({ leavingFirstPhase: true, movingForward: true, missing: [...missing], overrideReason: '  ' })).toBe(true);
    expect(scoutGateBlocks({ leavingFirstPhase: true, movingForward: true, missing: [...missing], overrideReason: 'Urgent: dakloos' })).toBe(false);
    expect(scoutGateBlocks({ leavingFirstPhase: false, movingForward: true, missing: [...missing] })).toBe(false);
    expect(scoutGateBlocks({ leavingFirstPhase: true, movingForward: true, missing: [] })).toBe(false);
  });
});

describe('incident response time', () => {
  it('counts whole minutes from report to arrival, and is unknown while nobody is there', () => {
    expect(responseMinutes(t('2026-11-20T21:40:00Z'), t('2026-11-20T22:05:29Z'))).toBe(25);
    expect(responseMinutes(t('2026-11-20T21:40:00Z'), null)).toBeNull();
  });
});

describe('editing a contact', () => {
  it('is possible for seven days after recording, not a minute longer', () => {
    const created = t('2026-11-01T12:00:00Z');
    expect(withinEditWindow(created, t('2026-11-08T12:00:00Z'), 7)).toBe(true);
    expect(withinEditWindow(created, t('2026-11-08T12:01:00Z'), 7)).toBe(false);
  });

  it('treats a time more than five minutes ahead as the future', () => {
    const now = t('2026-11-23T09:00:00Z');
    expect(isInFuture(t('2026-11-23T09:04:00Z'), now)).toBe(false);
    expect(isInFuture(t('2026-11-23T09:06:00Z'), now)).toBe(true);
  });
});

describe('likely duplicates of a reported youth', () => {
  const known = [
    { id: 'enzo', firstName: 'Enzo', lastName: null, nickname: null, birthDate: '2006-02-03', neighbourhood: 'Feijenoord' },
    { id: 'dex', firstName: null, lastName: null, nickname: 'Dex', birthDate: null, neighbourhood: 'Bospolder' },
    { id: 'other', firstName: 'Mo', lastName: 'Bakker', nickname: null, birthDate: null, neighbourhood: 'Feijenoord' },
  ];

  it('warns on the same nickname, ignoring case and accents', () => {
    expect(likelyDuplicates({ nickname: 'dèx' }, known).map((m) => m.candidate.id)).toEqual(['dex']);
  });

  it('warns on first name and birth date, and says why', () => {
    const [match] = likelyDuplicates({ firstName: 'enzo', birthDate: '2006-02-03', neighbourhood: 'Feijenoord' }, known);
    expect(match).toMatchObject({ candidate: { id: 'enzo' }, score: 5, reasons: ['first_name', 'birth_date', 'neighbourhood'] });
  });

  it('does not warn on a neighbourhood or a first name alone', () => {
    expect(likelyDuplicates({ neighbourhood: 'Feijenoord' }, known)).toEqual([]);
    expect(likelyDuplicates({ firstName: 'Mo', neighbourhood: 'Feijenoord' }, known)).toEqual([]);
    expect(duplicateScore({ firstName: 'Mo', lastName: 'Bakker' }, known[2]!).score).toBe(4);
  });
});
