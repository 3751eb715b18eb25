import { AppError } from '../../platform/errors.js';
import { hasRole, type CurrentUser, type Role } from '../../platform/request-context.js';
import type { Visibility } from './escalation.repository.js';

/**
 * Who may do what in the opschaal-overleg. A casus is part of a youth's file: the youth policy
 * decides (the coach of the youth, the team lead of the team), through `onYouthFile`. A
 * knelpunt names no youth: the people who bring bottlenecks in and the people who act on
 * them. The functioneel beheerder manages configuration, not this.
 */
const BOTTLENECK_READERS: Role[] = ['coach', 'teamleider', 'organisatiemanager', 'beleidsmedewerker'];
const BOTTLENECK_DECIDERS: Role[] = ['teamleider', 'organisatiemanager', 'beleidsmedewerker'];

const anyRole = (user: CurrentUser, roles: Role[]) => roles.some((r) => hasRole(user, r));

export function assertMayUseEscalations(user: CurrentUser) {
  if (!anyRole(user, BOTTLENECK_READERS)) throw new AppError('FORBIDDEN', 403, 'Uw rol geeft geen toegang tot het opschaal-overleg.');
}

/** Only a coach or a team lead can ever have a relationship with a youth; others never see a casus. */
export const mayEverSeeCases = (user: CurrentUser) => hasRole(user, 'coach') || hasRole(user, 'teamleider');

export function mayChangeBottleneck(user: CurrentUser, e: { raised_by: string }) {
  return anyRole(user, BOTTLENECK_DECIDERS) || (anyRole(user, BOTTLENECK_READERS) && e.raised_by === user.id);
}

/** The list filter that says the same as the policy: checked again per casus before it is shown. */
export function visibilityOf(user: CurrentUser): Visibility {
  return {
    bottlenecks: anyRole(user, BOTTLENECK_READERS),
    caseCoachId: hasRole(user, 'coach') ? user.id : null,
    caseTeamIds: hasRole(user, 'teamleider') ? user.teamIds : [],
  };
}
