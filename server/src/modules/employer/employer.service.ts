import type { z } from 'zod';
import { AppError, notFound, versionConflict } from '../../platform/errors.js';
import type { Db } from '../../platform/db/index.js';
import { assertDateNotInFuture } from '../../platform/input-rules.js';
import { assertRole } from '../../platform/policy.js';
import type { RequestContext } from '../../platform/request-context.js';
import { inTransaction } from '../../platform/transaction.js';
import { writeAccessLog } from '../../platform/access-log.js';
import { changedFields, recordRevision } from '../../platform/revisions.js';
import * as repo from './employer.repository.js';
import type { EmployerPatch, EmployerQuery, NewEmployer, NewEmployerContact, NewWorkplace, WorkplacePatch } from './employer.schemas.js';

type EmployerRow = NonNullable<Awaited<ReturnType<typeof repo.employer>>>;
type WorkplaceRow = NonNullable<Awaited<ReturnType<typeof repo.workplace>>>;
type EmployerFields = Partial<Omit<z.infer<typeof NewEmployer>, 'id' | 'confirmDuplicate'>>;
type WorkplaceFields = Partial<Omit<z.infer<typeof NewWorkplace>, 'id'>>;

const iso = (d: Date | string) => new Date(d).toISOString();

/** The employer network is the team's shared knowledge: coaches and team leads work with it. */
const assertMayUseEmployers = (ctx: RequestContext) => assertRole(ctx.user, 'coach', 'teamleider');

/** The employer network holds contact persons' details: each read and change is in the access log (no youth involved). */
const logged = (trx: Db, ctx: RequestContext, action: 'read' | 'create' | 'update', recordType: 'employer' | 'workplace', recordId: string) =>
  writeAccessLog(trx, ctx, { action, recordType, recordId });

export const presentWorkplace = (w: WorkplaceRow) => ({
  id: w.id, employerId: w.employer_id, version: w.version, name: w.name, openPlaces: w.open_places,
  traits: (w.traits ?? {}) as Record<string, 'first' | 'second' | 'mixed' | null>, atmosphere: w.atmosphere, tasks: w.tasks,
  skillsNeeded: w.skills_needed, instructionStyle: w.instruction_style, growth: w.growth, socialSetting: w.social_setting,
  scannedOn: w.scanned_on, active: w.active, createdAt: iso(w.created_at),
});

async function presentEmployer(db: Db, ctx: RequestContext, e: EmployerRow) {
  const places = await repo.workplaces(db, ctx.tenantId, [e.id]);
  const history = await repo.contacts(db, ctx.tenantId, e.id);
  return {
    id: e.id, version: e.version, name: e.name, town: e.town, neighbourhood: e.neighbourhood, sector: e.sector, size: e.size,
    csrCovenant: e.csr_covenant, contacts: (e.contacts ?? []) as { name: string; role?: string; phone?: string; email?: string }[],
    entryWork: e.entry_work, openness: e.openness, experience: e.experience, subsidiesDiscussed: e.subsidies_discussed, jobCarving: e.job_carving,
    notes: e.notes, workplaces: places.map(presentWorkplace),
    history: history.map((h) => ({ id: h.id, happenedOn: h.happened_on, note: h.note, author: { id: h.author_id, name: h.author_name } })),
    createdBy: { id: e.created_by, name: e.created_by_name }, createdAt: iso(e.created_at), updatedAt: iso(e.updated_at),
  };
}

/** Columns as stored, with JSON columns parsed back: the history compares like with like. */
const parsedJson = (set: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(set).map(([k, v]) => [k, (k === 'contacts' || k === 'traits') && typeof v === 'string' ? JSON.parse(v) : v]));

const employerColumns = (f: EmployerFields) => ({
  ...(f.name !== undefined ? { name: f.name } : {}),
  ...(f.town !== undefined ? { town: f.town } : {}),
  ...(f.neighbourhood !== undefined ? { neighbourhood: f.neighbourhood || null } : {}),
  ...(f.sector !== undefined ? { sector: f.sector } : {}),
  ...(f.size !== undefined ? { size: f.size } : {}),
  ...(f.csrCovenant !== undefined ? { csr_covenant: f.csrCovenant } : {}),
  ...(f.contacts !== undefined ? { contacts: JSON.stringify(f.contacts) } : {}),
  ...(f.entryWork !== undefined ? { entry_work: f.entryWork } : {}),
  ...(f.openness !== undefined ? { openness: f.openness } : {}),
  ...(f.experience !== undefined ? { experience: f.experience } : {}),
  ...(f.subsidiesDiscussed !== undefined ? { subsidies_discussed: f.subsidiesDiscussed } : {}),
  ...(f.jobCarving !== undefined ? { job_carving: f.jobCarving } : {}),
  ...(f.notes !== undefined ? { notes: f.notes } : {}),
});

const workplaceColumns = (f: WorkplaceFields) => ({
  ...(f.name !== undefined ? { name: f.name } : {}),
  ...(f.openPlaces !== undefined ? { open_places: f.openPlaces } : {}),
  ...(f.traits !== undefined ? { traits: JSON.stringify(f.traits) } : {}),
  ...(f.atmosphere !== undefined ? { atmosphere: f.atmosphere } : {}),
  ...(f.tasks !== undefined ? { tasks: f.tasks } : {}),
  ...(f.skillsNeeded !== undefined ? { skills_needed: f.skillsNeeded } : {}),
  ...(f.instructionStyle !== undefined ? { instruction_style: f.instructionStyle } : {}),
  ...(f.growth !== undefined ? { growth: f.growth } : {}),
  ...(f.socialSetting !== undefined ? { social_setting: f.socialSetting } : {}),
  ...(f.scannedOn !== undefined ? { scanned_on: f.scannedOn } : {}),
  ...(f.active !== undefined ? { active: f.active } : {}),
});

/** A record of this tenant, or 404 (another tenant's id is not found here). */
async function employerOf(db: Db, ctx: RequestContext, id: string) {
  const e = await repo.employer(db, ctx.tenantId, id);
  if (!e) throw notFound('Deze werkgever');
  return e;
}

export async function list(ctx: RequestContext, filter: z.infer<typeof EmployerQuery>) {
  assertMayUseEmployers(ctx);
  const rows = await repo.list(ctx.db, ctx.tenantId, filter);
  return {
    items: rows.map((r) => ({
      id: r.id, name: r.name, town: r.town, neighbourhood: r.neighbourhood, sector: r.sector, size: r.size, csrCovenant: r.csr_covenant,
      workplaces: Number(r.workplaces ?? 0), openPlaces: Number(r.open_places ?? 0), lastContactOn: r.last_contact_on ?? null,
    })),
  };
}

export async function read(ctx: RequestContext, id: string) {
  assertMayUseEmployers(ctx);
  return inTransaction(ctx, async (trx) => {
    const employer = await presentEmployer(trx, ctx, await employerOf(trx, ctx, id));
    await logged(trx, ctx, 'read', 'employer', id);
    return employer;
  });
}

/**
 * Add an employer to the network. One with the same name in the same town is most likely the
 * same company: 409 with the one(s) found, unless the coach confirms it is another.
 */
export async function create(ctx: RequestContext, input: z.infer<typeof NewEmployer>) {
  assertMayUseEmployers(ctx);
  return inTransaction(ctx, async (trx) => {
    const { id, confirmDuplicate, ...fields } = input;
    const existing = await repo.employerById(trx, id);
    if (existing) {
      if (existing.tenant_id !== ctx.tenantId) throw new AppError('ID_IN_USE', 409, 'Dit id is al in gebruik.');
      await logged(trx, ctx, 'read', 'employer', id);
      return { employer: await presentEmployer(trx, ctx, (await repo.employer(trx, ctx.tenantId, id))!), created: false };
    }
    const twins = await repo.sameNameAndTown(trx, ctx.tenantId, input.name, input.town);
    if (twins.length > 0 && !confirmDuplicate) {
      throw new AppError('LIKELY_DUPLICATE', 409, `Er staat al een werkgever “${twins[0]!.name}” in ${twins[0]!.town} in het netwerk. Bedoelt u die?`, { existing: twins });
    }
    const at = ctx.now();
    const created = await repo.insertEmployer(trx, { ...employerColumns(fields), tenant_id: ctx.tenantId, id, name: input.name, town: input.town,
      sector: input.sector, size: input.size, created_by: ctx.user.id, created_at: at, updated_at: at });
    await logged(trx, ctx, 'create', 'employer', id);
    return { employer: await presentEmployer(trx, ctx, await employerOf(trx, ctx, id)), created };
  });
}

export async function change(ctx: RequestContext, id: string, input: z.infer<typeof EmployerPatch>) {
  assertMayUseEmployers(ctx);
  return inTransaction(ctx, async (trx) => {
    const current = await employerOf(trx, ctx, id);
    const { version, ...fields } = input;
    if (current.version !== version || !(await repo.updateEmployer(trx, ctx.tenantId, id, version, { ...employerColumns(fields), updated_at: ctx.now() }))) {
      throw versionConflict(await presentEmployer(trx, ctx, await employerOf(trx, ctx, id)));
    }
    await recordRevision(trx, { tenantId: ctx.tenantId, entity: 'employer', entityId: id, youthId: null, actorId: ctx.user.id, at: ctx.now(),
      changes: changedFields(current as unknown as Record<string, unknown>, parsedJson(employerColumns(fields))) });
    await logged(trx, ctx, 'update', 'employer', id);
    return presentEmployer(trx, ctx, await employerOf(trx, ctx, id));
  });
}

/** A conversation with the employer, in the coach's own contact history. */
export async function addContact(ctx: RequestContext, id: string, input: z.infer<typeof NewEmployerContact>) {
  assertMayUseEmployers(ctx);
  assertDateNotInFuture(input.happenedOn, ctx.now(), 'happenedOn');
  return inTransaction(ctx, async (trx) => {
    await employerOf(trx, ctx, id);
    await repo.insertContact(trx, { tenant_id: ctx.tenantId, id: input.id, employer_id: id, author_id: ctx.user.id, happened_on: input.happenedOn, note: input.note, created_at: ctx.now() });
    await logged(trx, ctx, 'update', 'employer', id);
    return presentEmployer(trx, ctx, await employerOf(trx, ctx, id));
  });
}

/** A workplace of the employer with its quick scan. */
export async function addWorkplace(ctx: RequestContext, employerId: string, input: z.infer<typeof NewWorkplace>) {
  assertMayUseEmployers(ctx);
  if (input.scannedOn) assertDateNotInFuture(input.scannedOn, ctx.now(), 'scannedOn');
  return inTransaction(ctx, async (trx) => {
    await employerOf(trx, ctx, employerId);
    const { id, ...fields } = input;
    const existing = await repo.workplaceById(trx, id);
    if (existing && (existing.tenant_id !== ctx.tenantId || existing.employer_id !== employerId)) throw new AppError('ID_IN_USE', 409, 'Dit id is al in gebruik.');
    const at = ctx.now();
    const created = !existing && await repo.insertWorkplace(trx, { ...workplaceColumns(fields), tenant_id: ctx.tenantId, id, employer_id: employerId,
      name: input.name, created_by: ctx.user.id, created_at: at, updated_at: at });
    await logged(trx, ctx, created ? 'create' : 'read', 'workplace', id);
    return { workplace: presentWorkplace((await repo.workplace(trx, ctx.tenantId, id))!), created };
  });
}

export async function changeWorkplace(ctx: RequestContext, id: string, input: z.infer<typeof WorkplacePatch>) {
  assertMayUseEmployers(ctx);
  if (input.scannedOn) assertDateNotInFuture(input.scannedOn, ctx.now(), 'scannedOn');
  return inTransaction(ctx, async (trx) => {
    const current = await repo.workplace(trx, ctx.tenantId, id);
    if (!current) throw notFound('Deze werkplek');
    const { version, ...fields } = input;
    if (current.version !== version || !(await repo.updateWorkplace(trx, ctx.tenantId, id, version, { ...workplaceColumns(fields), updated_at: ctx.now() }))) {
      throw versionConflict(presentWorkplace((await repo.workplace(trx, ctx.tenantId, id))!));
    }
    await recordRevision(trx, { tenantId: ctx.tenantId, entity: 'workplace', entityId: id, youthId: null, actorId: ctx.user.id, at: ctx.now(),
      changes: changedFields(current as unknown as Record<string, unknown>, parsedJson(workplaceColumns(fields))) });
    await logged(trx, ctx, 'update', 'workplace', id);
    return presentWorkplace((await repo.workplace(trx, ctx.tenantId, id))!);
  });
}
