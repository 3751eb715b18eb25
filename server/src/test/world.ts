import type { Db } from '../platform/db/index.js';
import { makeOrganisation, makeTeam, makeTenant, makeUser, makeYouth } from '../seed/factories.js';
import { currentTotp } from '../platform/auth/totp.js';
import { Client, type TestApp } from './harness.js';

/**
 * A small municipality for API tests: two teams, a coach in each, a team lead of team A
 * (2FA on), an admin and a policy officer; a youth of coach A; and a second tenant.
 */
export const LEAD_SECRET = 'JBSWY3DPEHPK3PXPTESTLEADSECRET22';

export async function makeWorld(t: TestApp) {
  const db: Db = t.db;
  const now = t.clock.now;
  const tenant = await makeTenant(db, { name: 'Gemeente Testdam', method: 'ija' });
  const org = await makeOrganisation(db, tenant.id, 'Stichting Test');
  const teamA = await makeTeam(db, tenant.id, 'Wijkteam A');
  const teamB = await makeTeam(db, tenant.id, 'Wijkteam B');
  const coachA = await makeUser(db, { tenantId: tenant.id, organisationId: org.id, teamIds: [teamA.id], roles: ['coach'], name: 'Coach A' });
  const coachB = await makeUser(db, { tenantId: tenant.id, organisationId: org.id, teamIds: [teamB.id], roles: ['coach'], name: 'Coach B' });
  const lead = await makeUser(db, { tenantId: tenant.id, organisationId: org.id, teamIds: [teamA.id], roles: ['teamleider'], name: 'Lead A', totpSecret: LEAD_SECRET });
  const admin = await makeUser(db, { tenantId: tenant.id, organisationId: org.id, roles: ['functioneel_beheerder'], name: 'Beheer', totpSecret: LEAD_SECRET });
  const policy = await makeUser(db, { tenantId: tenant.id, organisationId: org.id, roles: ['beleidsmedewerker'], name: 'Beleid' });
  const enzo = await makeYouth(db, {
    tenantId: tenant.id, teamId: teamA.id, coachIds: [coachA.id], createdBy: coachA.id, now,
    fields: { first_name: 'Enzo', birth_date: '2006-02-03', neighbourhood: 'Feijenoord' }, trajectory: { phaseKey: 'vertrouwen', startedDaysAgo: 10, daysInPhase: 10 },
  });

  const other = await makeTenant(db, { name: 'Gemeente Elders' });
  const otherOrg = await makeOrganisation(db, other.id);
  const otherTeam = await makeTeam(db, other.id);
  const otherCoach = await makeUser(db, { tenantId: other.id, organisationId: otherOrg.id, teamIds: [otherTeam.id] });
  const stranger = await makeYouth(db, { tenantId: other.id, teamId: otherTeam.id, coachIds: [otherCoach.id], createdBy: otherCoach.id, now, fields: { nickname: 'Elders' } });

  const as = async (user: { email: string; password: string }, secret?: string) => {
    const c = new Client(t.url);
    const stage = await c.login(user.email, user.password);
    if (stage === 'totp') {
      // Each code is accepted once: a later login waits for the next code, as a person would.
      t.clock.advance(30_000);
      const r = await c.post('/api/auth/totp', { code: currentTotp(secret ?? LEAD_SECRET, t.clock.now) });
      if (r.status !== 200) throw new Error(`2FA failed: ${JSON.stringify(r.body)}`);
    }
    return c;
  };
  return { tenant, org, teamA, teamB, coachA, coachB, lead, admin, policy, enzo, other, otherCoach, stranger, as };
}
