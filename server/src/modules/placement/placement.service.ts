import type { z } from 'zod';
import { amsterdamDate } from '../../core/youth/youth-rules.js';
import type { Db } from '../../platform/db/index.js';
import { AppError, notFound, versionConflict } from '../../platform/errors.js';
import { assertDateNotInFuture } from '../../platform/input-rules.js';
import type { RequestContext } from '../../platform/request-context.js';
import { changedFields, recordRevision } from '../../platform/revisions.js';
import { onYouthFile } from '../youth/youth.service.js';
import * as repo from './placement.repository.js';
import { SUBSIDIES_WITH_END, type EvaluationPatch, type NewEvaluation, type NewPlacement, type NewSubsidy, type NewWageAssessment, type PlacementPatch } from './placement.schemas.js';

type Row = NonNullable<Awaited<ReturnType<typeof repo.placement>>>;
type Fields = Partial<Omit<z.infer<typeof NewPlacement>, 'id' | 'workplaceId'>> & { endedOn?: string | null | undefined; endReason?: string | null | undefined; endNote?: string | undefined };

/** Placements with their subsidies, assessments and evaluations, three queries for the lot. */
async function present(trx: Db, rows: Row[], today: string) {
  const ids = rows.map((r) => r.id);
  const [subsidies, assessments, evaluations] = [await repo.subsidies(trx, ids), await repo.wageAssessments(trx, ids), await repo.evaluations(trx, ids)];
  return rows.map((p) => ({
    id: p.id, youthId: p.youth_id, version: p.version, kind: p.kind,
    workplace: { id: p.workplace_id, name: p.workplace_name, employer: { id: p.employer_id, name: p.employer_name } },
    startsOn: p.starts_on, plannedEndOn: p.planned_end_on, endedOn: p.ended_on, endReason: p.end_reason as never, endNote: p.end_note,
    supervisorName: p.supervisor_name, supervisorFunction: p.supervisor_function, hoursPerWeek: p.hours_per_week === null ? null : Number(p.hours_per_week),
    agreements: (p.agreements ?? {}) as Record<string, { agreed: boolean; note: string }>,
    subsidies: subsidies.filter((s) => s.placement_id === p.id).map((s) => ({ id: s.id, kind: s.kind as never, startsOn: s.starts_on, endsOn: s.ends_on, note: s.note })),
    wageAssessments: assessments.filter((a) => a.placement_id === p.id).map((a) => ({ id: a.id, assessedOn: a.assessed_on, percentage: a.percentage, assessor: a.assessor, note: a.note })),
    evaluations: evaluations.filter((e) => e.placement_id === p.id).map((e) => ({ id: e.id, version: e.version, plannedOn: e.planned_on, heldOn: e.held_on, note: e.note })),
    status: p.ended_on && p.ended_on <= today ? 'ended' as const : p.starts_on > today ? 'planned' as const : 'running' as const,
    createdAt: new Date(p.created_at).toISOString(),
  }));
}

const presentOne = async (trx: Db, ctx: RequestContext, id: string) =>
  (await present(trx, [(await repo.placement(trx, ctx.tenantId, id))!], amsterdamDate(ctx.now())))[0]!;

const columns = (f: Fields) => ({
  ...(f.kind !== undefined ? { kind: f.kind } : {}),
  ...(f.startsOn !== undefined ? { starts_on: f.startsOn } : {}),
  ...(f.plannedEndOn !== undefined ? { planned_end_on: f.plannedEndOn } : {}),
  ...(f.supervisorName !== undefined ? { supervisor_name: f.supervisorName } : {}),
  ...(f.supervisorFunction !== undefined ? { supervisor_function: f.supervisorFunction } : {}),
  ...(f.hoursPerWeek !== undefined ? { hours_per_week: f.hoursPerWeek } : {}),
  ...(f.agreements !== undefined ? { agreements: JSON.stringify(f.agreements) } : {}),
  ...(f.endedOn !== undefined ? { ended_on: f.endedOn } : {}),
  ...(f.endReason !== undefined ? { end_reason: f.endReason } : {}),
  ...(f.endNote !== undefined ? { end_note: f.endNote } : {}),
});

/** Dates in order: planned end and end not before the start; an end has a reason and a reason an end. */
function checkDates(f: { startsOn: string; plannedEndOn: string | null; endedOn: string | null; endReason: string | null }, now: Date) {
  if (f.plannedEndOn && f.plannedEndOn < f.startsOn) {
    throw new AppError('END_BEFORE_START', 400, 'De geplande einddatum ligt vóór de startdatum.', { field: 'plannedEndOn' });
  }
  if (f.endedOn && f.endedOn < f.startsOn) throw new AppError('END_BEFORE_START', 400, 'De einddatum ligt vóór de startdatum.', { field: 'endedOn' });
  if (f.endedOn) assertDateNotInFuture(f.endedOn, now, 'endedOn');
  if (Boolean(f.endedOn) !== Boolean(f.endReason)) {
    throw new AppError('END_NEEDS_REASON', 400, 'Een plaatsing beëindigen vraagt een datum én een reden.', { field: f.endedOn ? 'endReason' : 'endedOn' });
  }
}

/** This youth's placement in this tenant, or 404: the one check for every record under a placement. */
export async function placementOf(trx: Db, ctx: RequestContext, youthId: string, placementId: string) {
  const p = await repo.placement(trx, ctx.tenantId, placementId);
  if (!p || p.youth_id !== youthId) throw notFound('Deze plaatsing');
  return p;
}

const revision = (trx: Db, ctx: RequestContext, youthId: string, id: string, changes: Record<string, [unknown, unknown]>) =>
  recordRevision(trx, { tenantId: ctx.tenantId, entity: 'placement', entityId: id, youthId, actorId: ctx.user.id, at: ctx.now(), changes });

export function list(ctx: RequestContext, youthId: string) {
  return onYouthFile(ctx, youthId, { action: 'read', recordType: 'placement' }, async (trx) =>
    ({ items: await present(trx, await repo.forYouth(trx, ctx.tenantId, youthId), amsterdamDate(ctx.now())) }));
}

/** Place the youth at a workplace of the network, with the agreements made. */
export function create(ctx: RequestContext, youthId: string, input: z.infer<typeof NewPlacement>) {
  return onYouthFile(ctx, youthId, { action: 'create', recordType: 'placement', recordId: input.id }, async (trx) => {
    const { id, workplaceId, ...fields } = input;
    const existing = await repo.placementById(trx, id);
    if (existing) {
      if (existing.tenant_id !== ctx.tenantId || existing.youth_id !== youthId) throw new AppError('ID_IN_USE', 409, 'Dit id is al in gebruik.');
      return { placement: await presentOne(trx, ctx, id), created: false };
    }
    const workplace = await trx.selectFrom('workplace').select('id').where('tenant_id', '=', ctx.tenantId).where('id', '=', workplaceId).executeTakeFirst();
    if (!workplace) throw new AppError('UNKNOWN_WORKPLACE', 400, 'Kies een werkplek uit het werkgeversnetwerk.', { field: 'workplaceId' });
    checkDates({ startsOn: input.startsOn, plannedEndOn: input.plannedEndOn ?? null, endedOn: null, endReason: null }, ctx.now());
    const at = ctx.now();
    const set = columns(fields);
    await repo.insert(trx, { ...set, tenant_id: ctx.tenantId, id, youth_id: youthId, workplace_id: workplaceId, kind: input.kind, starts_on: input.startsOn,
      created_by: ctx.user.id, created_at: at, updated_at: at });
    await revision(trx, ctx, youthId, id, changedFields({}, { workplace_id: workplaceId, ...set }));
    return { placement: await presentOne(trx, ctx, id), created: true };
  });
}

/** Change the placement, or end it with a date and a reason. */
export function change(ctx: RequestContext, youthId: string, placementId: string, input: z.infer<typeof PlacementPatch>) {
  return onYouthFile(ctx, youthId, { action: 'update', recordType: 'placement', recordId: placementId }, async (trx) => {
    const current = await placementOf(trx, ctx, youthId, placementId);
    if (current.version !== input.version) throw versionConflict(await presentOne(trx, ctx, placementId));
    const { version, ...fields } = input;
    checkDates({
      startsOn: fields.startsOn ?? current.starts_on,
      plannedEndOn: fields.plannedEndOn !== undefined ? fields.plannedEndOn : current.planned_end_on,
      endedOn: fields.endedOn !== undefined ? fields.endedOn : current.ended_on,
      endReason: fields.endReason !== undefined ? fields.endReason : current.end_reason,
    }, ctx.now());
    const set = columns(fields);
    if (!(await repo.update(trx, ctx.tenantId, placementId, version, { ...set, updated_at: ctx.now() }))) throw versionConflict(await presentOne(trx, ctx, placementId));
    await revision(trx, ctx, youthId, placementId, changedFields(current as unknown as Record<string, unknown>, set));
    return presentOne(trx, ctx, placementId);
  });
}

type Part = { table: 'placement_subsidy' | 'wage_value_assessment' | 'placement_evaluation'; row: Record<string, unknown>; id: string };

/** Add a subsidy, a wage-value assessment or an evaluation moment (once, by its id). */
async function addPart(ctx: RequestContext, youthId: string, placementId: string, part: Part, check: (p: Row) => void) {
  return onYouthFile(ctx, youthId, { action: 'update', recordType: part.table, recordId: part.id }, async (trx) => {
    const p = await placementOf(trx, ctx, youthId, placementId);
    const existing = await repo.partById(trx, part.table, part.id);
    if (existing && existing.placement_id !== placementId) throw new AppError('ID_IN_USE', 409, 'Dit id is al in gebruik.');
    if (!existing) {
      check(p);
      await repo.insertPart(trx, part.table, { ...part.row, tenant_id: ctx.tenantId, id: part.id, placement_id: placementId, youth_id: youthId, created_by: ctx.user.id, created_at: ctx.now() });
      await revision(trx, ctx, youthId, placementId, changedFields({}, { [part.table]: part.row }));
    }
    return presentOne(trx, ctx, placementId);
  });
}

export function addSubsidy(ctx: RequestContext, youthId: string, placementId: string, s: z.infer<typeof NewSubsidy>) {
  return addPart(ctx, youthId, placementId, { table: 'placement_subsidy', id: s.id, row: { kind: s.kind, starts_on: s.startsOn, ends_on: s.endsOn ?? null, note: s.note ?? '' } }, () => {
    if (!s.endsOn && (SUBSIDIES_WITH_END as readonly string[]).includes(s.kind)) {
      throw new AppError('SUBSIDY_END_REQUIRED', 400, 'Deze regeling loopt af: vul de einddatum in, zodat Spil op tijd waarschuwt.', { field: 'endsOn' });
    }
    if (s.endsOn && s.endsOn < s.startsOn) throw new AppError('END_BEFORE_START', 400, 'De einddatum ligt vóór de startdatum.', { field: 'endsOn' });
  });
}

export function addWageAssessment(ctx: RequestContext, youthId: string, placementId: string, a: z.infer<typeof NewWageAssessment>) {
  return addPart(ctx, youthId, placementId, { table: 'wage_value_assessment', id: a.id, row: { assessed_on: a.assessedOn, percentage: a.percentage, assessor: a.assessor ?? '', note: a.note ?? '' } }, () => {
    assertDateNotInFuture(a.assessedOn, ctx.now(), 'assessedOn');
  });
}

export function addEvaluation(ctx: RequestContext, youthId: string, placementId: string, e: z.infer<typeof NewEvaluation>) {
  return addPart(ctx, youthId, placementId, { table: 'placement_evaluation', id: e.id, row: { planned_on: e.plannedOn, held_on: e.heldOn ?? null, note: e.note ?? '' } }, (p) => {
    if (e.heldOn) assertDateNotInFuture(e.heldOn, ctx.now(), 'heldOn');
    if (e.plannedOn < p.starts_on) throw new AppError('BEFORE_PLACEMENT', 400, 'Een evaluatie valt niet vóór de start van de plaatsing.', { field: 'plannedOn' });
  });
}

/**
 * Mark an evaluation moment held: the day it happened and what came out of it. Held on a day
 * before the planned one is fine (an evaluation brought forward), but not before the placement
 * started nor in the future. An empty day undoes a mark made by mistake.
 */
export function markEvaluation(ctx: RequestContext, youthId: string, placementId: string, evaluationId: string, input: z.infer<typeof EvaluationPatch>) {
  return onYouthFile(ctx, youthId, { action: 'update', recordType: 'placement_evaluation', recordId: evaluationId }, async (trx) => {
    const p = await placementOf(trx, ctx, youthId, placementId);
    const current = await repo.evaluationById(trx, ctx.tenantId, evaluationId);
    if (!current || current.placement_id !== placementId) throw notFound('Dit evaluatiemoment');
    if (current.version !== input.version) throw versionConflict(await presentOne(trx, ctx, placementId));
    if (input.heldOn) {
      assertDateNotInFuture(input.heldOn, ctx.now(), 'heldOn');
      if (input.heldOn < p.starts_on) throw new AppError('BEFORE_PLACEMENT', 400, 'Een evaluatie valt niet vóór de start van de plaatsing.', { field: 'heldOn' });
    }
    const set = { held_on: input.heldOn, ...(input.note !== undefined ? { note: input.note } : {}) };
    if (!(await repo.updateEvaluation(trx, ctx.tenantId, evaluationId, input.version, set))) throw versionConflict(await presentOne(trx, ctx, placementId));
    const changes = changedFields({ held_on: current.held_on, note: current.note } as Record<string, unknown>, set);
    await revision(trx, ctx, youthId, placementId, Object.fromEntries(Object.entries(changes).map(([k, v]) => [`placement_evaluation.${k}`, v])));
    return presentOne(trx, ctx, placementId);
  });
}
