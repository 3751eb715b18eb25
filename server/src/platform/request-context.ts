import type { Db } from './db/index.js';

export type Role = 'coach' | 'teamleider' | 'organisatiemanager' | 'beleidsmedewerker' | 'functioneel_beheerder';
export const ROLES: Role[] = ['coach', 'teamleider', 'organisatiemanager', 'beleidsmedewerker', 'functioneel_beheerder'];

export interface CurrentUser {
  id: string;
  tenantId: string;
  organisationId: string;
  displayName: string;
  email: string;
  roles: Role[];
  teamIds: string[];
}

/** What every service call gets: who acts, for which tenant, from where, and the clock. */
export interface RequestContext {
  db: Db;
  tenantId: string;
  user: CurrentUser;
  address: string;
  now: () => Date;
}

export const hasRole = (user: Pick<CurrentUser, 'roles'>, role: Role) => user.roles.includes(role);
