import { AppError } from './errors.js';
import { hasRole, type CurrentUser } from './request-context.js';
import type { AccessEntry } from './access-log.js';

/**
 * The one place that decides who may read or change a youth's file. Access follows the
 * relationship: the assigned coach(es) and the team leads of the youth's team. The
 * functioneel beheerder manages configuration, not case content; the policy officer sees
 * aggregates only. (Sharing by the youth and break-the-glass come with later issues.)
 */
export interface YouthAccessFacts {
  id: string;
  teamId: string;
  coachIds: string[];
}

export type YouthAction = 'youth.read' | 'youth.update' | 'youth.assign' | 'trajectory.change' | 'youth.access_log.read';

export function mayAccessYouth(user: CurrentUser, youth: YouthAccessFacts, action: YouthAction): boolean {
  // Who coaches a youth is the team lead's call (caseload balance, handovers).
  if (action === 'youth.assign') return hasRole(user, 'teamleider') && user.teamIds.includes(youth.teamId);
  if (hasRole(user, 'coach') && youth.coachIds.includes(user.id)) return true;
  if (hasRole(user, 'teamleider') && user.teamIds.includes(youth.teamId)) return true;
  return false;
}

/** May register a youth in this team: a coach or team lead who works in it. */
export function mayRegisterYouthInTeam(user: CurrentUser, teamId: string): boolean {
  return (hasRole(user, 'coach') || hasRole(user, 'teamleider')) && user.teamIds.includes(teamId);
}

/** A refusal that the access log must keep even though the transaction is rolled back. */
export class AccessDenied extends AppError {
  constructor(readonly entry: AccessEntry, message?: string, code = 'FORBIDDEN', details?: unknown) {
    super(code, 403, message ?? 'U heeft geen toegang tot dit dossier. Alleen de coach van de jongere en de teamleider van het team kunnen het openen.', details);
  }
}

export function assertMayAccessYouth(user: CurrentUser, youth: YouthAccessFacts, action: YouthAction, entry: AccessEntry) {
  if (!mayAccessYouth(user, youth, action)) throw new AccessDenied({ ...entry, youthId: youth.id, result: 'denied' });
}

export function assertRole(user: CurrentUser, ...roles: Parameters<typeof hasRole>[1][]) {
  if (!roles.some((r) => hasRole(user, r))) {
    throw new AppError('FORBIDDEN', 403, 'Uw rol geeft geen toegang tot deze functie.');
  }
}

/**
 * A group case (a street group): its coach, and the team leads of its team. The members stay
 * individual cases: reading one member's file still goes through `mayAccessYouth`.
 */
export function mayAccessGroup(user: CurrentUser, group: { coachId: string; teamId: string }): boolean {
  if (hasRole(user, 'coach') && group.coachId === user.id) return true;
  return hasRole(user, 'teamleider') && user.teamIds.includes(group.teamId);
}
