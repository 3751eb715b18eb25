import type { z } from 'zod';
import { hashPassword } from '../../platform/auth/passwords.js';
import type { Db } from '../../platform/db/index.js';
import { AppError, notFound } from '../../platform/errors.js';
import { assertRole } from '../../platform/policy.js';
import { changedFields, recordRevision } from '../../platform/revisions.js';
import type { RequestContext } from '../../platform/request-context.js';
import * as repo from './organisation.repository.js';
import type { NewOrganisation, NewTeam, NewUser, OrganisationPatch, TeamPatch, UserPatch } from './organisation.schemas.js';

/**
 * The functioneel beheerder's work: organisations, teams and users of the tenant. Nobody is
 * deleted: deactivating keeps the history readable. No case content is reachable from here.
 */
const conflict = () => new AppError('VERSION_CONFLICT', 409, 'Iemand anders heeft dit intussen gewijzigd. Laad de gegevens opnieuw.');
const admin = (ctx: RequestContext) => assertRole(ctx.user, 'functioneel_beheerder');

export async function listOrganisations(ctx: RequestContext) {
  admin(ctx);
  return { items: await repo.listOrganisations(ctx.db, ctx.tenantId) };
}

export async function createOrganisation(ctx: RequestContext, input: z.infer<typeof NewOrganisation>) {
  admin(ctx);
  await uniqueName(() => repo.insertOrganisation(ctx.db, ctx.tenantId, input));
  return (await repo.getOrganisation(ctx.db, ctx.tenantId, input.id)) ?? Promise.reject(new AppError('ID_IN_USE', 409, 'Dit id is al in gebruik.'));
}

export async function updateOrganisation(ctx: RequestContext, id: string, input: z.infer<typeof OrganisationPatch>) {
  admin(ctx);
  if (!(await repo.getOrganisation(ctx.db, ctx.tenantId, id))) throw notFound('Deze organisatie');
  const { version, ...set } = input;
  const r = await uniqueName(() => repo.updateOrganisation(ctx.db, ctx.tenantId, id, version, set));
  if (Number(r.numUpdatedRows) !== 1) throw conflict();
  return (await repo.getOrganisation(ctx.db, ctx.tenantId, id))!;
}

export async function listTeams(ctx: RequestContext) {
  admin(ctx);
  return { items: await repo.listTeams(ctx.db, ctx.tenantId) };
}

export async function createTeam(ctx: RequestContext, input: z.infer<typeof NewTeam>) {
  admin(ctx);
  await uniqueName(() => repo.insertTeam(ctx.db, ctx.tenantId, input));
  return (await repo.getTeam(ctx.db, ctx.tenantId, input.id)) ?? Promise.reject(new AppError('ID_IN_USE', 409, 'Dit id is al in gebruik.'));
}

export async function updateTeam(ctx: RequestContext, id: string, input: z.infer<typeof TeamPatch>) {
  admin(ctx);
  if (!(await repo.getTeam(ctx.db, ctx.tenantId, id))) throw notFound('Dit team');
  const { version, ...set } = input;
  const r = await uniqueName(() => repo.updateTeam(ctx.db, ctx.tenantId, id, version, set));
  if (Number(r.numUpdatedRows) !== 1) throw conflict();
  return (await repo.getTeam(ctx.db, ctx.tenantId, id))!;
}

const presentUser = (u: Awaited<ReturnType<typeof repo.listUsers>>[number]) => ({
  id: u.id, email: u.email, displayName: u.display_name, organisationId: u.organisation_id, roles: u.roles,
  teamIds: u.team_ids ?? [], active: u.active, caseloadLimit: u.caseload_limit, totpEnabled: Boolean(u.totp_enabled), version: u.version,
});

export async function listUsers(ctx: RequestContext) {
  admin(ctx);
  return { items: (await repo.listUsers(ctx.db, ctx.tenantId)).map(presentUser) };
}

async function getUser(db: Db, tenantId: string, id: string) {
  const [u] = await repo.listUsers(db, tenantId, id);
  if (!u) throw notFound('Deze gebruiker');
  return presentUser(u);
}

async function assertReferences(db: Db, tenantId: string, organisationId: string | undefined, teamIds: string[] | undefined) {
  if (organisationId && (await repo.countInTenant(db, tenantId, 'organisation', [organisationId])) !== 1) {
    throw new AppError('UNKNOWN_ORGANISATION', 400, 'Kies een bestaande organisatie.', { field: 'organisationId' });
  }
  if (teamIds && (await repo.countInTenant(db, tenantId, 'team', teamIds)) !== new Set(teamIds).size) {
    throw new AppError('UNKNOWN_TEAM', 400, 'Kies bestaande teams.', { field: 'teamIds' });
  }
}

export async function createUser(ctx: RequestContext, input: z.infer<typeof NewUser>) {
  admin(ctx);
  const passwordHash = await hashPassword(input.password);
  return ctx.db.transaction().execute(async (trx) => {
    const existing = await repo.listUsers(trx, ctx.tenantId, input.id);
    if (existing.length) return presentUser(existing[0]!);
    await assertReferences(trx, ctx.tenantId, input.organisationId, input.teamIds);
    if (await repo.emailTaken(trx, input.email)) {
      throw new AppError('EMAIL_IN_USE', 409, 'Er is al een account met dit e-mailadres.', { field: 'email' });
    }
    const inserted = await repo.insertUser(trx, ctx.tenantId, input.id, {
      email: input.email, display_name: input.displayName, organisation_id: input.organisationId, roles: input.roles,
      caseload_limit: input.caseloadLimit ?? 20, password_hash: passwordHash,
    }, [...new Set(input.teamIds)]);
    if (!inserted) throw new AppError('ID_IN_USE', 409, 'Dit id is al in gebruik.');
    return getUser(trx, ctx.tenantId, input.id);
  });
}

export async function updateUser(ctx: RequestContext, id: string, input: z.infer<typeof UserPatch>) {
  admin(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const before = await getUser(trx, ctx.tenantId, id);
    await assertReferences(trx, ctx.tenantId, input.organisationId, input.teamIds);
    // Nobody changes their own access: an admin cannot make themself a team lead and read case files,
    // nor lock themself out. Another admin does it (and it is in the revision history).
    if (id === ctx.user.id && (input.active !== undefined || input.roles || input.teamIds)) {
      throw new AppError('CANNOT_CHANGE_OWN_ACCESS', 409, 'U kunt uw eigen rollen, teams of account niet wijzigen. Vraag een andere beheerder.');
    }
    const { version, teamIds, displayName, organisationId, caseloadLimit, ...rest } = input;
    const r = await repo.updateUser(trx, ctx.tenantId, id, version, {
      ...rest,
      ...(displayName !== undefined ? { display_name: displayName } : {}),
      ...(organisationId !== undefined ? { organisation_id: organisationId } : {}),
      ...(caseloadLimit !== undefined ? { caseload_limit: caseloadLimit } : {}),
    });
    if (Number(r.numUpdatedRows) !== 1) throw conflict();
    if (teamIds) await repo.setUserTeams(trx, ctx.tenantId, id, [...new Set(teamIds)]);
    const { version: _v, ...requested } = input;
    await recordRevision(trx, {
      tenantId: ctx.tenantId, entity: 'user', entityId: id, youthId: null, actorId: ctx.user.id, at: ctx.now(),
      changes: changedFields(before as unknown as Record<string, unknown>, requested),
    });
    if (input.active === false) {
      // A deactivated account is logged out everywhere at once.
      await trx.updateTable('session').set({ ended_at: ctx.now() }).where('user_id', '=', id).where('ended_at', 'is', null).execute();
    }
    return getUser(trx, ctx.tenantId, id);
  });
}

/** Names are unique per tenant; say so instead of failing on the constraint. */
async function uniqueName<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if ((e as { code?: string }).code === '23505') throw new AppError('NAME_IN_USE', 409, 'Deze naam bestaat al.', { field: 'name' });
    throw e;
  }
}
