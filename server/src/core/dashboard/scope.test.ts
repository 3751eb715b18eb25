import { describe, expect, it } from 'vitest';
import { defaultPeriod, endedQuarters, periodProblem, quarterByKey, quartersOf } from './period.js';
import { dashboardScope } from './scope.js';

const units = { teamIds: ['tA', 'tB', 'tC'], organisationIds: ['o1', 'o2'] };
const user = (roles: string[], teamIds: string[] = []) => ({ roles, organisationId: 'o1', teamIds });

describe('whose youth a dashboard counts', () => {
  it('a team lead: own teams, exact counts and the caseload; one of them on request; not another team', () => {
    expect(dashboardScope(user(['teamleider'], ['tA', 'tB']), {}, units)).toEqual({ role: 'teamleider', teamIds: ['tA', 'tB'], organisationId: null, suppress: false, caseloadPerCoach: true });
    expect(dashboardScope(user(['teamleider'], ['tA', 'tB']), { teamId: 'tB' }, units)).toMatchObject({ teamIds: ['tB'] });
    expect(dashboardScope(user(['teamleider'], ['tA']), { teamId: 'tC' }, units)).toEqual({ status: 403, code: 'TEAM_NOT_YOURS', field: 'teamId' });
    expect(dashboardScope(user(['teamleider'], ['tA']), { organisationId: 'o2' }, units)).toMatchObject({ status: 400, code: 'FILTER_NOT_FOR_ROLE' });
  });

  it('an organisation manager: own organisation only, suppressed; no team filter', () => {
    expect(dashboardScope(user(['organisatiemanager']), {}, units)).toEqual({ role: 'organisatiemanager', teamIds: null, organisationId: 'o1', suppress: true, caseloadPerCoach: false });
    expect(dashboardScope(user(['organisatiemanager']), { organisationId: 'o1' }, units)).toMatchObject({ organisationId: 'o1' });
    expect(dashboardScope(user(['organisatiemanager']), { organisationId: 'o2' }, units)).toMatchObject({ status: 403, code: 'ORGANISATION_NOT_YOURS' });
    expect(dashboardScope(user(['organisatiemanager']), { teamId: 'tA' }, units)).toMatchObject({ status: 400, code: 'FILTER_NOT_FOR_ROLE' });
  });

  it('a policy officer: the municipality, or one organisation of it, suppressed; no single team', () => {
    expect(dashboardScope(user(['beleidsmedewerker']), {}, units)).toEqual({ role: 'beleidsmedewerker', teamIds: null, organisationId: null, suppress: true, caseloadPerCoach: false });
    expect(dashboardScope(user(['beleidsmedewerker']), { organisationId: 'o2' }, units)).toMatchObject({ teamIds: null, organisationId: 'o2' });
    expect(dashboardScope(user(['beleidsmedewerker']), { teamId: 'tC' }, units)).toEqual({ status: 400, code: 'FILTER_NOT_FOR_ROLE', field: 'teamId' });
    expect(dashboardScope(user(['beleidsmedewerker']), { teamId: 'elders' }, units)).toEqual({ status: 400, code: 'UNKNOWN_TEAM', field: 'teamId' });
    expect(dashboardScope(user(['beleidsmedewerker']), { organisationId: 'elders' }, units)).toMatchObject({ status: 400, code: 'UNKNOWN_ORGANISATION' });
  });

  it('the widest role applies; coaches and administrators get none', () => {
    expect(dashboardScope(user(['teamleider', 'beleidsmedewerker'], ['tA']), {}, units)).toMatchObject({ role: 'beleidsmedewerker', suppress: true });
    expect(dashboardScope(user(['coach']), {}, units)).toEqual({ status: 403, code: 'FORBIDDEN' });
    expect(dashboardScope(user(['functioneel_beheerder']), {}, units)).toEqual({ status: 403, code: 'FORBIDDEN' });
  });
});

describe('the period', () => {
  it('by default: the four full quarters before this one and this quarter up to today', () => {
    expect(defaultPeriod('2026-11-23')).toEqual({ from: '2025-10-01', to: '2026-11-23' });
    expect(defaultPeriod('2026-01-01')).toEqual({ from: '2025-01-01', to: '2026-01-01' });
  });
  it('lists the quarters it touches', () => {
    expect(quartersOf({ from: '2025-11-15', to: '2026-04-02' })).toEqual([
      { start: '2025-10-01', label: 'Q4 2025' }, { start: '2026-01-01', label: 'Q1 2026' }, { start: '2026-04-01', label: 'Q2 2026' }]);
  });
  it('refuses an end before the start and more than five years', () => {
    expect(periodProblem({ from: '2026-02-01', to: '2026-01-31' })).toEqual({ code: 'PERIOD_REVERSED', field: 'from' });
    expect(periodProblem({ from: '2020-01-01', to: '2026-01-31' })).toEqual({ code: 'PERIOD_TOO_LONG', field: 'from' });
    expect(periodProblem({ from: '2026-01-01', to: '2026-01-01' })).toBeNull();
  });

  it('where counts are suppressed: one ended quarter, by its key', () => {
    expect(quarterByKey('2026-Q3')).toEqual({ key: '2026-Q3', label: 'Q3 2026', from: '2026-07-01', to: '2026-09-30' });
    expect(quarterByKey('2026-Q4')).toMatchObject({ from: '2026-10-01', to: '2026-12-31' });
    for (const bad of ['2026-Q5', '2026-Q0', '2026-3', 'Q3 2026', '']) expect(quarterByKey(bad)).toBeNull();
    // On 1 October the third quarter has just ended; on 30 September it has not.
    expect(endedQuarters('2026-10-01', 3).map((q) => q.key)).toEqual(['2026-Q3', '2026-Q2', '2026-Q1']);
    expect(endedQuarters('2026-09-30', 2).map((q) => q.key)).toEqual(['2026-Q2', '2026-Q1']);
    expect(endedQuarters('2026-02-10', 2)).toEqual([
      { key: '2025-Q4', label: 'Q4 2025', from: '2025-10-01', to: '2025-12-31' },
      { key: '2025-Q3', label: 'Q3 2025', from: '2025-07-01', to: '2025-09-30' },
    ]);
  });
});
