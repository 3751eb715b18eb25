import type { z } from 'zod';
import { amsterdamDate } from '../../core/youth/youth-rules.js';
import type { Db } from '../../platform/db/index.js';
import type { YouthRow } from '../../platform/db/schema.js';
import { AppError, notFound, versionConflict } from '../../platform/errors.js';
import { writeAccessLog, type AccessAction } from '../../platform/access-log.js';
import { AccessDenied, assertMayAccessYouth, mayRegisterYouthInTeam, type YouthAction, type YouthAccessFacts } from '../../platform/policy.js';
import { hasRole, type RequestContext } from '../../platform/request-context.js';
import { changedFields, recordRevision } from '../../platform/revisions.js';
import { inTransaction, withoutTransaction } from '../../platform/transaction.js';
import { decodeCursor, encodeCursor } from '../../platform/http/paging.js';
import { isUuid } from '../../platform/http/schemas.js';
import * as organisationRepository from '../organisation/organisation.repository.js';
import { assertListed } from '../tenant-config/tenant-config.service.js';
import * as trajectoryRepository from '../trajectory/trajectory.repository.js';
import { normWithFirstSigned } from '../plan/plan-norm.js';
import * as youthRepository from './youth.repository.js';
import { presentHistory, presentYouth, presentYouthSummary, referencedIds, youthColumns } from './youth.presenter.js';
import type { Assignment, NewYouth, YouthListQuery, YouthPatch } from './youth.schemas.js';

/**
 * One use case on a record in a youth's file: one transaction (a read needs none), the policy
 * decides (403 logged, 404 outside the tenant), and the access log records what was done with
 * which record.
 * Modules of the casework (contacts, incidents, ...) go through here, so none can forget either.
 */
export async function onYouthFile<T>(
  ctx: RequestContext, youthId: string,
  intent: {
    action: 'read' | 'print' | 'create' | 'update'; recordType: string; recordId?: string | undefined;
    /** Lock the youth's row: changes that must not interleave (who is the JIM mentor). */
    lock?: boolean;
  },
  work: (trx: Db, youth: YouthRow) => Promise<T>,
): Promise<T> {
  const entry = { action: intent.action, youthId, recordType: intent.recordType, recordId: intent.recordId ?? youthId };
  try {
    return await (intent.action === 'read' ? withoutTransaction : inTransaction)(ctx, async (trx) => {
      const action = intent.action === 'read' || intent.action === 'print' ? 'youth.read' : 'youth.update';
      const youth = await loadAuthorised(trx, ctx, youthId, action, intent.recordType, intent.lock ?? false, intent.action);
      const result = await work(trx, youth);
      await writeAccessLog(trx, ctx, entry);
      return result;
    });
  } catch (error) {
    // A 409 shows the current record to the user: that is a read of the file, logged after the rollback.
    if (error instanceof AppError && error.status === 409 && (error.details as { current?: unknown } | null)?.current !== undefined) {
      await writeAccessLog(ctx.db, ctx, { ...entry, action: 'read' });
    }
    throw error;
  }
}

/**
 * Load a youth for a use case: 404 when it is not in the caller's tenant, 403 (logged) when the
 * caller has no relationship with it. Every use case on a youth's file starts here.
 */
export async function loadAuthorised(
  trx: Db, ctx: RequestContext, youthId: string, action: YouthAction, recordType = 'youth', lock = false, attempted?: AccessAction,
) {
  const found = await youthRepository.getWithCoachIds(trx, ctx.tenantId, youthId, lock);
  if (!found) throw notFound('Deze jongere');
  const { youth, coachIds } = found;
  const facts: YouthAccessFacts = { id: youth.id, teamId: youth.team_id, coachIds };
  const logged = attempted ?? (action === 'youth.read' || action === 'youth.access_log.read' ? 'read' : 'update');
  assertMayAccessYouth(ctx.user, facts, action, { action: logged, recordType, recordId: youthId });
  return youth;
}

async function present(trx: Db, ctx: RequestContext, youth: YouthRow) {
  const context = await youthRepository.fileContext(trx, ctx.tenantId, youth);
  const now = ctx.now();
  return presentYouth(youth, {
    team: context.team, coaches: context.coaches,
    registeredBy: { id: youth.created_by, name: context.registeredByName ?? '?' },
    today: amsterdamDate(now), ageWindow: context.ageWindow, planNorm: normWithFirstSigned(youth, context.firstPlanSignedAt, now),
  });
}

const assertOptions = (trx: Db, ctx: RequestContext, input: { signalSource?: string | null | undefined; gender?: string | null | undefined }) =>
  assertListed(trx, ctx.tenantId, [
    { field: 'signalSource', list: 'signal_source', values: [input.signalSource] },
    { field: 'gender', list: 'gender', values: [input.gender] },
  ]);

/**
 * The same registration sent again (a retry after a lost answer) gets the record made the
 * first time — read through the policy and logged like any read. Someone else's id is refused.
 */
async function retriedRegistration(trx: Db, ctx: RequestContext, id: string) {
  const existing = await trx.selectFrom('youth').select(['tenant_id', 'created_by']).where('id', '=', id).executeTakeFirst();
  if (!existing || existing.tenant_id !== ctx.tenantId || existing.created_by !== ctx.user.id) {
    throw new AppError('ID_IN_USE', 409, 'Dit id is al in gebruik. Vernieuw de pagina en probeer het opnieuw.');
  }
  const youth = await loadAuthorised(trx, ctx, id, 'youth.read');
  await writeAccessLog(trx, ctx, { action: 'read', youthId: id, recordType: 'youth', recordId: id });
  return present(trx, ctx, youth);
}

export async function register(ctx: RequestContext, input: z.infer<typeof NewYouth>) {
  return inTransaction(ctx, async (trx) => {
    const teamId = input.teamId ?? (ctx.user.teamIds.length === 1 ? ctx.user.teamIds[0] : undefined);
    if (!teamId) throw new AppError('TEAM_REQUIRED', 400, 'Kies het team waar deze jongere bij hoort.', { field: 'teamId' });
    if (!mayRegisterYouthInTeam(ctx.user, teamId)) {
      throw new AccessDenied({ action: 'create', recordType: 'youth', recordId: input.id, result: 'denied' },
        'U kunt alleen jongeren aanmelden in een team waarin u werkt.');
    }
    const coachIds = input.coachIds ?? (hasRole(ctx.user, 'coach') ? [ctx.user.id] : []);
    if (coachIds.length) {
      const coaches = await organisationRepository.coachesOfTeams(trx, ctx.tenantId, [teamId]);
      const unknown = coachIds.filter((id) => !coaches.some((c) => c.id === id));
      if (unknown.length) throw new AppError('COACH_NOT_IN_TEAM', 400, 'De gekozen coach werkt niet in dit team.', { field: 'coachIds', unknown });
    }
    await assertOptions(trx, ctx, input);
    const inserted = await createYouthRecord(trx, ctx, { id: input.id, teamId, coachIds, fields: input, targetIndicators: input.targetIndicators ?? [] });
    if (!inserted) return { youth: await retriedRegistration(trx, ctx, input.id), created: false };
    return { youth: await present(trx, ctx, (await youthRepository.get(trx, ctx.tenantId, input.id))!), created: true };
  });
}

/**
 * The record of a new youth with its coaches, its first revision and its access-log entry;
 * shared by registering on the street and assigning a signal from the intake queue.
 * The caller has checked the policy. False when the id exists already.
 */
export async function createYouthRecord(trx: Db, ctx: RequestContext, y: {
  id: string; teamId: string; coachIds: string[]; fields: Parameters<typeof youthColumns>[0]; targetIndicators: string[];
}): Promise<boolean> {
  const now = ctx.now();
  const fields = youthColumns(y.fields);
  const inserted = await youthRepository.insert(trx, {
    tenant_id: ctx.tenantId, id: y.id, team_id: y.teamId, ...fields, target_indicators: y.targetIndicators,
    created_by: ctx.user.id, created_at: now, updated_at: now,
  }, y.coachIds, now);
  if (!inserted) return false;
  await recordRevision(trx, {
    tenantId: ctx.tenantId, entity: 'youth', entityId: y.id, youthId: y.id, actorId: ctx.user.id, at: now,
    changes: changedFields({} as Record<string, unknown>, { ...fields, team_id: y.teamId, coach_ids: y.coachIds }),
  });
  await writeAccessLog(trx, ctx, { action: 'create', youthId: y.id, recordType: 'youth', recordId: y.id });
  return true;
}

export async function read(ctx: RequestContext, youthId: string) {
  return withoutTransaction(ctx, async (db) => {
    const youth = await loadAuthorised(db, ctx, youthId, 'youth.read');
    const [file] = await Promise.all([present(db, ctx, youth), writeAccessLog(db, ctx, { action: 'read', youthId, recordType: 'youth', recordId: youthId })]);
    return file;
  });
}

export async function update(ctx: RequestContext, youthId: string, input: z.infer<typeof YouthPatch>) {
  return inTransaction(ctx, async (trx) => {
    const current = await loadAuthorised(trx, ctx, youthId, 'youth.update', 'youth', true);
    if (current.version !== input.version) throw versionConflict(await present(trx, ctx, current));
    const { version: _v, ...rest } = input;
    await assertOptions(trx, ctx, rest);
    const set = youthColumns(rest);
    const after = { ...current, ...set };
    if (!after.first_name && !after.last_name && !after.nickname) {
      throw new AppError('NAME_REQUIRED', 400, 'Een jongere houdt minstens een roepnaam of een naam.', { field: 'nickname' });
    }
    if (input.targetIndicators) (set as Partial<YouthRow>).target_indicators = input.targetIndicators;
    const changes = changedFields(current as unknown as Record<string, unknown>, set);
    const now = ctx.now();
    const updated = await youthRepository.update(trx, ctx.tenantId, youthId, input.version, set, now);
    if (!updated) throw versionConflict(await present(trx, ctx, current));
    await recordRevision(trx, { tenantId: ctx.tenantId, entity: 'youth', entityId: youthId, youthId, actorId: ctx.user.id, at: now, changes });
    await writeAccessLog(trx, ctx, { action: 'update', youthId, recordType: 'youth', recordId: youthId });
    return present(trx, ctx, updated);
  });
}

export async function assign(ctx: RequestContext, youthId: string, input: z.infer<typeof Assignment>) {
  return inTransaction(ctx, async (trx) => {
    const current = await loadAuthorised(trx, ctx, youthId, 'youth.assign', 'youth', true);
    if (current.version !== input.version) throw versionConflict(await present(trx, ctx, current));
    if (!ctx.user.teamIds.includes(input.teamId)) {
      throw new AppError('FORBIDDEN', 403, 'U kunt een jongere alleen in een team plaatsen waarvan u teamleider bent.');
    }
    const coaches = await organisationRepository.coachesOfTeams(trx, ctx.tenantId, [input.teamId]);
    const unknown = input.coachIds.filter((id) => !coaches.some((c) => c.id === id));
    if (unknown.length) throw new AppError('COACH_NOT_IN_TEAM', 400, 'De gekozen coach werkt niet in dit team.', { field: 'coachIds', unknown });
    const now = ctx.now();
    const before = await youthRepository.coachIds(trx, ctx.tenantId, youthId);
    const updated = await youthRepository.update(trx, ctx.tenantId, youthId, input.version, { team_id: input.teamId }, now);
    if (!updated) throw versionConflict(await present(trx, ctx, current));
    await youthRepository.setCoaches(trx, ctx.tenantId, youthId, input.coachIds, now);
    await recordRevision(trx, {
      tenantId: ctx.tenantId, entity: 'youth', entityId: youthId, youthId, actorId: ctx.user.id, at: now,
      changes: { ...changedFields({ team_id: current.team_id, coach_ids: [...before].sort() }, { team_id: input.teamId, coach_ids: [...input.coachIds].sort() }), assignment_reason: [null, input.reason] },
    });
    await writeAccessLog(trx, ctx, { action: 'update', youthId, recordType: 'assignment', recordId: youthId });
    return present(trx, ctx, updated);
  });
}

export async function list(ctx: RequestContext, query: z.infer<typeof YouthListQuery>) {
  let filter: youthRepository.ListFilter;
  if (query.scope === 'team') {
    // Team leads see the youth of the teams they lead.
    const led = hasRole(ctx.user, 'teamleider') ? ctx.user.teamIds : [];
    if (query.teamId && !led.includes(query.teamId)) throw new AppError('FORBIDDEN', 403, 'U bent geen teamleider van dit team.');
    filter = { teamIds: query.teamId ? [query.teamId] : led, coachId: query.coachId };
  } else {
    if (query.coachId) throw new AppError('COACH_ONLY_IN_TEAM', 400, 'Kiezen op coach kan alleen in de lijst van het team (scope=team).', { field: 'coachId' });
    filter = { coachId: ctx.user.id };
  }
  filter.search = query.q || undefined;
  const after = query.after ? decodeListPosition(query.after) : undefined;
  const rows = await youthRepository.list(ctx.db, ctx.tenantId, filter, { limit: query.limit, after });
  // A first page carries the total; a later page counts the filter again.
  const total = after ? await youthRepository.count(ctx.db, ctx.tenantId, filter) : Number(rows[0]?.total_rows ?? 0);
  const pageRows = rows.slice(0, query.limit);
  const [coaches] = await Promise.all([
    youthRepository.people(ctx.db, ctx.tenantId, pageRows.map((r) => r.id)),
    query.q ? writeAccessLog(ctx.db, ctx, { action: 'search', recordType: 'youth' }) : null,
  ]);
  const today = amsterdamDate(ctx.now());
  const last = pageRows.at(-1);
  return {
    items: pageRows.map((r) => presentYouthSummary(r, coaches.get(r.id) ?? [], ctx.now(), today)),
    total,
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.sort_closed ? '1' : '0', last.sort_name, last.id]) : null,
  };
}

function decodeListPosition(cursor: string): youthRepository.ListPosition {
  const [closed, name, id] = decodeCursor(cursor, 'after', ([c, n, i]) => (c === '0' || c === '1') && n !== undefined && isUuid(i));
  return { closed: closed === '1', name: name!, id: id! };
}

export async function history(ctx: RequestContext, youthId: string) {
  return withoutTransaction(ctx, async (db) => {
    await loadAuthorised(db, ctx, youthId, 'youth.read', 'history');
    const [revisions, events] = await Promise.all([
      youthRepository.revisions(db, ctx.tenantId, youthId),
      trajectoryRepository.eventsOfYouth(db, ctx.tenantId, youthId),
    ]);
    const ids = referencedIds(revisions);
    const [people, teams, network] = await Promise.all([
      youthRepository.userNames(db, ctx.tenantId, ids),
      youthRepository.teamNames(db, ctx.tenantId, ids),
      youthRepository.recordLabels(db, ctx.tenantId, youthId),
    ]);
    await writeAccessLog(db, ctx, { action: 'read', youthId, recordType: 'history', recordId: youthId });
    return { items: presentHistory(revisions, events, new Map([...people, ...teams]), network) };
  });
}

export async function accessLog(ctx: RequestContext, youthId: string) {
  return withoutTransaction(ctx, async (db) => {
    await loadAuthorised(db, ctx, youthId, 'youth.access_log.read', 'access_log');
    const rows = await youthRepository.accessLog(db, ctx.tenantId, youthId);
    await writeAccessLog(db, ctx, { action: 'read', youthId, recordType: 'access_log', recordId: youthId });
    return {
      items: rows.map((r) => ({
        at: new Date(r.at).toISOString(), user: { id: r.user_id, name: r.display_name ?? (r.role === 'leidinggevende_link' ? 'Leidinggevende (via persoonlijke link)' : '?') }, role: r.role,
        organisation: r.organisation_name, action: r.action, recordType: r.record_type, result: r.result,
      })),
    };
  });
}

