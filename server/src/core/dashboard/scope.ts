/**
 * Whose youth a dashboard counts, decided once from the user's role and the filters asked for:
 * - teamleider: the youth of their own teams (or one of them), counts exact — they may see
 *   these youth anyway — and the caseload per coach;
 * - organisatiemanager: the youth whose main coach works for their organisation, counts suppressed
 *   as in the policy officer's view of that organisation;
 * - beleidsmedewerker: the whole municipality, or one organisation of it, suppressed.
 * Anyone else gets no dashboard. With several roles the widest view applies.
 */
export type DashboardRole = 'teamleider' | 'organisatiemanager' | 'beleidsmedewerker';

export interface DashboardScope {
  role: DashboardRole;
  /** Youth of these teams only; null: any team. */
  teamIds: string[] | null;
  /** Youth whose main coach works for this organisation; null: any. */
  organisationId: string | null;
  suppress: boolean;
  caseloadPerCoach: boolean;
}

export interface ScopeUser { roles: string[]; organisationId: string; teamIds: string[] }
export interface ScopeFilters { organisationId?: string; teamId?: string }
/** What the tenant has: to tell a team that does not exist from one that is not yours. */
export interface TenantUnits { teamIds: string[]; organisationIds: string[] }

export type ScopeRefusal =
  | { status: 403; code: 'FORBIDDEN' | 'TEAM_NOT_YOURS' | 'ORGANISATION_NOT_YOURS'; field?: 'teamId' | 'organisationId' }
  | { status: 400; code: 'UNKNOWN_TEAM' | 'UNKNOWN_ORGANISATION' | 'FILTER_NOT_FOR_ROLE'; field: 'teamId' | 'organisationId' };

export function dashboardScope(user: ScopeUser, filters: ScopeFilters, units: TenantUnits): DashboardScope | ScopeRefusal {
  const role = (['beleidsmedewerker', 'organisatiemanager', 'teamleider'] as const).find((r) => user.roles.includes(r));
  if (!role) return { status: 403, code: 'FORBIDDEN' };
  const { teamId, organisationId } = filters;
  if (teamId && !units.teamIds.includes(teamId)) return { status: 400, code: 'UNKNOWN_TEAM', field: 'teamId' };
  if (organisationId && !units.organisationIds.includes(organisationId)) return { status: 400, code: 'UNKNOWN_ORGANISATION', field: 'organisationId' };
  if (role === 'teamleider') {
    if (organisationId) return { status: 400, code: 'FILTER_NOT_FOR_ROLE', field: 'organisationId' };
    if (teamId && !user.teamIds.includes(teamId)) return { status: 403, code: 'TEAM_NOT_YOURS', field: 'teamId' };
    return { role, teamIds: teamId ? [teamId] : user.teamIds, organisationId: null, suppress: false, caseloadPerCoach: true };
  }
  if (role === 'organisatiemanager') {
    if (teamId) return { status: 400, code: 'FILTER_NOT_FOR_ROLE', field: 'teamId' };
    if (organisationId && organisationId !== user.organisationId) return { status: 403, code: 'ORGANISATION_NOT_YOURS', field: 'organisationId' };
    return { role, teamIds: null, organisationId: user.organisationId, suppress: true, caseloadPerCoach: false };
  }
  // The policy officer looks at the municipality and its organisations (domain.md §7), not at
  // single teams: a team's few youth per quarter would mostly be "<5", and every extra way to
  // cut the same youth is one more sum to subtract from.
  if (teamId) return { status: 400, code: 'FILTER_NOT_FOR_ROLE', field: 'teamId' };
  return { role, teamIds: null, organisationId: organisationId ?? null, suppress: true, caseloadPerCoach: false };
}

export const isRefusal = (s: DashboardScope | ScopeRefusal): s is ScopeRefusal => 'status' in s;
