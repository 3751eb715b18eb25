import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { groupResponseMet } from '../../core/norms/norm-engine.js';
import { displayName } from '../../core/youth/youth-rules.js';
import type { Db } from '../../platform/db/index.js';
import { writeAccessLog, writeAccessLogEntries } from '../../platform/access-log.js';
import { AppError, notFound, versionConflict } from '../../platform/errors.js';
import { assertNotInFuture } from '../../platform/input-rules.js';
import { AccessDenied, assertRole, mayAccessGroup, mayAccessYouth, mayRegisterYouthInTeam } from '../../platform/policy.js';
import { hasRole, type RequestContext } from '../../platform/request-context.js';
import { changedFields, recordRevision } from '../../platform/revisions.js';
import { inTransaction } from '../../platform/transaction.js';
import { normsOf } from '../norms/norms.service.js';
import * as organisationRepository from '../organisation/organisation.repository.js';
import { assertListed } from '../tenant-config/tenant-config.service.js';
import * as contactRepository from '../contact/contact.repository.js';
import * as youthRepository from '../youth/youth.repository.js';
import { loadAuthorised } from '../youth/youth.service.js';
import * as repo from './group.repository.js';
import type { GroupPatch, NewGroup, NewGroupContact, NewGroupReport, NewGroupSession } from './group.schemas.js';

/**
 * Group cases (IJA: a street group of six in one neighbourhood, handled together) and group
 * sessions. The youth stay individual cases: a report starts each member's own 24-hour clock
 * (in the norm engine), a group contact becomes a contactmoment in each present member's file,
 * and names of members are shown only to whom the policy lets see them.
 */
type GroupRow = NonNullable<Awaited<ReturnType<typeof repo.get>>>;

async function loadGroup(trx: Db, ctx: RequestContext, groupId: string, lock = false): Promise<GroupRow> {
  const group = await repo.get(trx, ctx.tenantId, groupId, lock);
  if (!group) throw notFound('Deze groep');
  if (!mayAccessGroup(ctx.user, { coachId: group.coach_id, teamId: group.team_id })) {
    throw new AppError('FORBIDDEN', 403, 'Alleen de coach van de groep en de teamleider van het team kunnen deze groep openen.');
  }
  return group;
}

/** Youth the user may change (they will be in the group, or get a record through it): checked and logged one by one. */
async function assertMayChangeEach(trx: Db, ctx: RequestContext, youthIds: string[], recordType: string) {
  for (const id of new Set(youthIds)) await loadAuthorised(trx, ctx, id, 'youth.update', recordType);
}

async function assertCoachOfTeam(trx: Db, ctx: RequestContext, teamId: string, coachId: string) {
  const coaches = await organisationRepository.coachesOfTeams(trx, ctx.tenantId, [teamId]);
  if (!coaches.some((c) => c.id === coachId)) throw new AppError('COACH_NOT_IN_TEAM', 400, 'De gekozen coach werkt niet in dit team.', { field: 'coachId' });
}

export async function list(ctx: RequestContext) {
  const rows = await repo.listFor(ctx.db, ctx.tenantId, ctx.user.id, hasRole(ctx.user, 'teamleider') ? ctx.user.teamIds : []);
  return {
    items: rows.map((g) => ({
      id: g.id, name: g.name, neighbourhood: g.neighbourhood, team: { id: g.team_id, name: g.team_name }, coach: { id: g.coach_id, name: g.coach_name },
      active: g.active, members: Number(g.members ?? 0),
    })),
  };
}

export async function create(ctx: RequestContext, input: z.infer<typeof NewGroup>) {
  return inTransaction(ctx, async (trx) => {
    if (!mayRegisterYouthInTeam(ctx.user, input.teamId)) {
      throw new AccessDenied({ action: 'create', recordType: 'group', recordId: input.id, result: 'denied' }, 'U kunt alleen een groep maken in een team waarin u werkt.');
    }
    await assertCoachOfTeam(trx, ctx, input.teamId, input.coachId);
    await assertMayChangeEach(trx, ctx, input.memberIds, 'group');
    const now = ctx.now();
    const inserted = await repo.insert(trx, {
      tenant_id: ctx.tenantId, id: input.id, team_id: input.teamId, name: input.name, neighbourhood: input.neighbourhood ?? null,
      coach_id: input.coachId, note: input.note ?? '', created_by: ctx.user.id, created_at: now,
    });
    if (!inserted) {
      const existing = await repo.get(trx, ctx.tenantId, input.id);
      if (!existing || existing.created_by !== ctx.user.id) throw new AppError('ID_IN_USE', 409, 'Dit id is al in gebruik. Vernieuw de pagina en probeer het opnieuw.');
      return { group: await present(trx, ctx, existing), created: false };
    }
    await repo.setMembers(trx, ctx.tenantId, input.id, input.memberIds, ctx.user.id, now);
    for (const youthId of new Set(input.memberIds)) {
      await recordRevision(trx, { tenantId: ctx.tenantId, entity: 'group_member', entityId: input.id, youthId, actorId: ctx.user.id, at: now, changes: { group: [null, input.name] } });
      await writeAccessLog(trx, ctx, { action: 'update', youthId, recordType: 'group', recordId: input.id });
    }
    return { group: await present(trx, ctx, (await repo.get(trx, ctx.tenantId, input.id))!), created: true };
  });
}

export async function read(ctx: RequestContext, groupId: string) {
  return inTransaction(ctx, async (trx) => present(trx, ctx, await loadGroup(trx, ctx, groupId)));
}

export async function update(ctx: RequestContext, groupId: string, input: z.infer<typeof GroupPatch>) {
  return inTransaction(ctx, async (trx) => {
    const current = await loadGroup(trx, ctx, groupId, true);
    if (current.version !== input.version) throw versionConflict(await present(trx, ctx, current));
    if (input.coachId) await assertCoachOfTeam(trx, ctx, current.team_id, input.coachId);
    const now = ctx.now();
    const set = {
      ...(input.name !== undefined ? { name: input.name } : {}), ...(input.neighbourhood !== undefined ? { neighbourhood: input.neighbourhood } : {}),
      ...(input.coachId !== undefined ? { coach_id: input.coachId } : {}), ...(input.note !== undefined ? { note: input.note } : {}),
      ...(input.active !== undefined ? { active: input.active } : {}),
    };
    const updated = await repo.update(trx, ctx.tenantId, groupId, input.version, set);
    if (!updated) throw versionConflict(await present(trx, ctx, current));
    await recordRevision(trx, { tenantId: ctx.tenantId, entity: 'group', entityId: groupId, youthId: null, actorId: ctx.user.id, at: now, changes: changedFields(current as unknown as Record<string, unknown>, set) });
    if (input.memberIds) {
      const before = (await repo.members(trx, ctx.tenantId, groupId)).filter((m) => m.until === null).map((m) => m.youth_id);
      const changing = [...input.memberIds.filter((id) => !before.includes(id)), ...before.filter((id) => !input.memberIds!.includes(id))];
      await assertMayChangeEach(trx, ctx, changing, 'group');
      const { joining, leaving } = await repo.setMembers(trx, ctx.tenantId, groupId, input.memberIds, ctx.user.id, now);
      for (const [youthId, change] of [...joining.map((id) => [id, [null, updated.name]] as const), ...leaving.map((id) => [id, [updated.name, null]] as const)]) {
        await recordRevision(trx, { tenantId: ctx.tenantId, entity: 'group_member', entityId: groupId, youthId, actorId: ctx.user.id, at: now, changes: { group: [change[0], change[1]] } });
        await writeAccessLog(trx, ctx, { action: 'update', youthId, recordType: 'group', recordId: groupId });
      }
    }
    return present(trx, ctx, updated);
  });
}

/**
 * A report about the group (who, when, what): each member's 24-hour clock starts now, and the
 * group's coach sees it on the worklist. Reported at a moment in the past, never in the future.
 */
export async function report(ctx: RequestContext, groupId: string, input: z.infer<typeof NewGroupReport>) {
  return inTransaction(ctx, async (trx) => {
    const group = await loadGroup(trx, ctx, groupId);
    assertNotInFuture(input.reportedAt, ctx.now(), 'reportedAt');
    const inserted = await repo.insertReport(trx, {
      tenant_id: ctx.tenantId, id: input.id, group_id: groupId, reported_at: input.reportedAt, kind: input.kind, reporter_name: input.reporterName,
      reporter_organisation: input.reporterOrganisation ?? null, what: input.what, created_by: ctx.user.id, created_at: ctx.now(),
    });
    const row = await repo.reportById(trx, input.id);
    if (!row || row.tenant_id !== ctx.tenantId || row.group_id !== groupId) throw new AppError('ID_IN_USE', 409, 'Dit id is al in gebruik. Vernieuw de pagina en probeer het opnieuw.');
    if (inserted) {
      for (const m of (await repo.members(trx, ctx.tenantId, groupId)).filter((m) => m.until === null)) {
        await writeAccessLog(trx, ctx, { action: 'create', youthId: m.youth_id, recordType: 'group_report', recordId: input.id });
      }
    }
    return { group: await present(trx, ctx, group), created: inserted };
  });
}

/** One contact with the group, recorded once: a contactmoment in the file of each member present. */
export async function recordContact(ctx: RequestContext, groupId: string, input: z.infer<typeof NewGroupContact>) {
  return inTransaction(ctx, async (trx) => {
    const group = await loadGroup(trx, ctx, groupId);
    const now = ctx.now();
    assertNotInFuture(input.happenedAt, now, 'happenedAt');
    await assertListed(trx, ctx.tenantId, [{ field: 'mode', list: 'contact_mode', values: [input.mode] }]);
    const current = (await repo.members(trx, ctx.tenantId, groupId)).filter((m) => m.until === null).map((m) => m.youth_id);
    const strangers = input.presentIds.filter((id) => !current.includes(id));
    if (strangers.length) throw new AppError('NOT_A_MEMBER', 400, 'Alleen leden van de groep kunnen bij een groepscontact aanwezig zijn.', { field: 'presentIds', youthIds: strangers });
    const inserted = await repo.insertGroupContact(trx, {
      tenant_id: ctx.tenantId, id: input.id, group_id: groupId, happened_at: input.happenedAt, mode: input.mode, note: input.note || null, author_id: ctx.user.id, created_at: now,
    });
    const row = await repo.groupContactById(trx, input.id);
    if (!row || row.tenant_id !== ctx.tenantId || row.group_id !== groupId) throw new AppError('ID_IN_USE', 409, 'Dit id is al in gebruik. Vernieuw de pagina en probeer het opnieuw.');
    if (inserted) {
      await assertMayChangeEach(trx, ctx, input.presentIds, 'contact');
      for (const youthId of new Set(input.presentIds)) {
        const id = randomUUID();
        await contactRepository.insert(trx, {
          tenant_id: ctx.tenantId, id, youth_id: youthId, happened_at: input.happenedAt, mode: input.mode, with_whom: ['jongere'], duration_minutes: null,
          note: input.note || null, principles: [], five_g: null, scaling_score: null, scaling_topic: null, appointment_id: null,
          author_id: ctx.user.id, created_at: now, group_contact_id: input.id,
        });
        await writeAccessLog(trx, ctx, { action: 'create', youthId, recordType: 'contact', recordId: id });
      }
    }
    return { group: await present(trx, ctx, group), created: inserted };
  });
}

async function present(trx: Db, ctx: RequestContext, g: GroupRow) {
  const [members, reports, contacts, team, names, norms] = await Promise.all([
    repo.members(trx, ctx.tenantId, g.id), repo.reports(trx, ctx.tenantId, g.id), repo.groupContacts(trx, ctx.tenantId, g.id),
    youthRepository.teamName(trx, ctx.tenantId, g.team_id), youthRepository.userNames(trx, ctx.tenantId, [g.coach_id]), normsOf(trx, ctx.tenantId),
  ]);
  const visible = await namesShown(trx, ctx, members.map((m) => ({ ...m, id: m.youth_id })), { recordType: 'group', recordId: () => g.id });
  const nameOf = (id: string) => visible.get(id) ?? 'Lid van de groep (geen toegang tot dit dossier)';
  const hours = norms.group_response.threshold ?? 24;
  const now = ctx.now();
  const byReport = new Map<string, { head: (typeof reports)[number]; rows: (typeof reports)[number][] }>();
  for (const r of reports) byReport.set(r.id, { head: byReport.get(r.id)?.head ?? r, rows: [...(byReport.get(r.id)?.rows ?? []), r] });
  return {
    id: g.id, version: g.version, name: g.name, neighbourhood: g.neighbourhood, note: g.note, active: g.active,
    team: { id: g.team_id, name: team.name }, coach: { id: g.coach_id, name: names.get(g.coach_id) ?? '?' },
    members: members.filter((m) => m.until === null).length,
    memberList: members.map((m) => ({ youthId: m.youth_id, displayName: nameOf(m.youth_id), since: new Date(m.since).toISOString(), until: m.until ? new Date(m.until).toISOString() : null })),
    reports: [...byReport.values()].map(({ head, rows }) => ({
      id: head.id, reportedAt: new Date(head.reported_at).toISOString(), kind: head.kind, reporterName: head.reporter_name,
      reporterOrganisation: head.reporter_organisation, what: head.what,
      clocks: rows.map((r) => {
        const reportedAt = new Date(r.reported_at);
        const answeredAt = r.answered_at ? new Date(r.answered_at) : null;
        return {
          youthId: r.youth_id, displayName: nameOf(r.youth_id), dueAt: new Date(reportedAt.getTime() + hours * 3_600_000).toISOString(),
          // When a member the user may not see was last spoken to comes from that member's file: only the state is shown.
          answeredAt: visible.has(r.youth_id) ? answeredAt?.toISOString() ?? null : null, state: groupResponseMet(reportedAt, answeredAt, hours, now),
        };
      }),
    })),
    contacts: contacts.map((c) => ({
      id: c.id, happenedAt: new Date(c.happened_at).toISOString(), mode: c.mode, note: c.note, author: c.author_name,
      present: (c.present ?? []).map((id) => ({ id, name: nameOf(id) })),
    })),
    responseHours: hours,
  };
}

/** A training or theme session for several youth: in each attendee's timeline. */
export async function recordSession(ctx: RequestContext, input: z.infer<typeof NewGroupSession>) {
  return inTransaction(ctx, async (trx) => {
    if (!mayRegisterYouthInTeam(ctx.user, input.teamId)) {
      throw new AccessDenied({ action: 'create', recordType: 'group_session', recordId: input.id, result: 'denied' }, 'U kunt alleen een groepsbijeenkomst vastleggen in een team waarin u werkt.');
    }
    assertNotInFuture(input.heldAt, ctx.now(), 'heldAt');
    const attendees = [...new Set(input.attendeeIds)];
    await assertMayChangeEach(trx, ctx, attendees, 'group_session');
    const inserted = await repo.insertSession(trx, {
      tenant_id: ctx.tenantId, id: input.id, team_id: input.teamId, topic: input.topic, held_at: input.heldAt, facilitator: input.facilitator,
      note: input.note || null, created_by: ctx.user.id, created_at: ctx.now(),
    }, attendees);
    const row = await repo.sessionById(trx, input.id);
    if (!row || row.tenant_id !== ctx.tenantId || row.created_by !== ctx.user.id) throw new AppError('ID_IN_USE', 409, 'Dit id is al in gebruik. Vernieuw de pagina en probeer het opnieuw.');
    if (inserted) for (const youthId of attendees) await writeAccessLog(trx, ctx, { action: 'create', youthId, recordType: 'group_session', recordId: input.id });
    const [session] = await sessionsPresented(trx, ctx, [row.team_id], input.id);
    return { session: session!, created: inserted };
  });
}

export async function sessions(ctx: RequestContext) {
  // Session notes and attendees are case content: for the people who run groups, whatever team a user is put in.
  assertRole(ctx.user, 'coach', 'teamleider');
  return inTransaction(ctx, async (trx) => ({ items: await sessionsPresented(trx, ctx, ctx.user.teamIds) }));
}

/**
 * The names of these youth that the user may see (the policy decides, one look-up of their
 * coaches for all); each youth named is a read of that youth's data, logged in one step.
 */
async function namesShown(
  trx: Db, ctx: RequestContext, youth: { id: string; team_id: string; first_name: string | null; last_name: string | null; nickname: string | null }[],
  log: { recordType: string; recordId: (youthId: string) => string },
) {
  const coaches = await youthRepository.people(trx, ctx.tenantId, [...new Set(youth.map((y) => y.id))]);
  const names = new Map<string, string>();
  for (const y of youth) {
    const coachIds = (coaches.get(y.id) ?? []).map((c) => c.id);
    if (!names.has(y.id) && mayAccessYouth(ctx.user, { id: y.id, teamId: y.team_id, coachIds }, 'youth.read')) names.set(y.id, displayName(y));
  }
  await writeAccessLogEntries(trx, ctx, [...names.keys()].map((youthId) => ({ action: 'read' as const, youthId, recordType: log.recordType, recordId: log.recordId(youthId) })));
  return names;
}

async function sessionsPresented(trx: Db, ctx: RequestContext, teamIds: string[], onlyId?: string) {
  const rows = await repo.sessionsOfTeams(trx, ctx.tenantId, teamIds, onlyId);
  const ids = [...new Set(rows.flatMap((s) => s.attendees ?? []))];
  const youth = ids.length ? await trx.selectFrom('youth').select(['id', 'team_id', 'first_name', 'last_name', 'nickname']).where('tenant_id', '=', ctx.tenantId).where('id', 'in', ids).execute() : [];
  const names = await namesShown(trx, ctx, youth, { recordType: 'group_session', recordId: (youthId) => onlyId ?? youthId });
  return rows.map((s) => ({
    id: s.id, teamId: s.team_id, topic: s.topic, heldAt: new Date(s.held_at).toISOString(), facilitator: s.facilitator, note: s.note,
    // Attendees the user may not see are counted, not named.
    attendees: (s.attendees ?? []).map((id) => ({ id, name: names.get(id) ?? 'Deelnemer (geen toegang tot dit dossier)' })),
  }));
}
