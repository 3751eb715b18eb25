import type { z } from 'zod';
import { likelyDuplicates } from '../../core/casework/casework-rules.js';
import { displayName } from '../../core/youth/youth-rules.js';
import { writeAccessLog } from '../../platform/access-log.js';
import type { Db } from '../../platform/db/index.js';
import { AppError, notFound, versionConflict } from '../../platform/errors.js';
import { AccessDenied, mayRegisterYouthInTeam } from '../../platform/policy.js';
import { hasRole, type RequestContext } from '../../platform/request-context.js';
import { inTransaction } from '../../platform/transaction.js';
import * as organisationRepository from '../organisation/organisation.repository.js';
import { assertListed } from '../tenant-config/tenant-config.service.js';
import { startInFirstPhase } from '../trajectory/trajectory.service.js';
import * as trajectoryRepository from '../trajectory/trajectory.repository.js';
import * as youthRepository from '../youth/youth.repository.js';
import { createYouthRecord, loadAuthorised } from '../youth/youth.service.js';
import * as repo from './signal.repository.js';
import type { AssignBody, DismissBody, NewSignal } from './signal.schemas.js';

/**
 * Aanmeldingen: a wijkagent, school, family member or the youth reports; the signal waits in
 * the team's intake queue until the team lead assigns a coach, seeing each coach's caseload.
 * A signal about a youth Spil may already know gets a duplicate warning with the reasons.
 */

type Row = NonNullable<Awaited<ReturnType<typeof repo.get>>>;

const isLeadOf = (ctx: RequestContext, teamId: string) => hasRole(ctx.user, 'teamleider') && ctx.user.teamIds.includes(teamId);

/** Duplicates are shown only among youth the user may see: the team lead sees the team's. */
async function duplicates(db: Db, ctx: RequestContext, s: Row) {
  if (s.youth_id) return [];
  const candidates = await repo.duplicateCandidates(db, ctx.tenantId, [s.team_id],
    { nickname: s.youth_nickname, firstName: s.youth_first_name, birthDate: s.youth_birth_date });
  const visible = isLeadOf(ctx, s.team_id) ? candidates : await onlyMine(db, ctx, candidates);
  const matches = likelyDuplicates(
    { nickname: s.youth_nickname, firstName: s.youth_first_name, lastName: s.youth_last_name, birthDate: s.youth_birth_date, neighbourhood: s.youth_neighbourhood },
    visible.map((c) => ({ id: c.id, nickname: c.nickname, firstName: c.first_name, lastName: c.last_name, birthDate: c.birth_date, neighbourhood: c.neighbourhood, row: c })),
  );
  return matches.map((m) => ({ youthId: m.candidate.id, displayName: displayName(m.candidate.row), score: m.score, reasons: m.reasons }));
}

async function onlyMine<T extends { id: string }>(db: Db, ctx: RequestContext, candidates: T[]) {
  const mine = new Set(await youthRepository.coachedBy(db, ctx.tenantId, candidates.map((c) => c.id), ctx.user.id));
  return candidates.filter((c) => mine.has(c.id));
}

async function present(db: Db, ctx: RequestContext, s: Row) {
  return {
    id: s.id, teamId: s.team_id, youthId: s.youth_id,
    youthName: s.youth_id ? displayName({ first_name: s.y_first_name, last_name: s.y_last_name, nickname: s.y_nickname }) : null,
    status: s.status, source: s.source, reporterName: s.reporter_name, reporterOrganisation: s.reporter_organisation,
    vindplaats: s.vindplaats, reason: s.reason, reportedOn: s.reported_on,
    youth: { nickname: s.youth_nickname, firstName: s.youth_first_name, lastName: s.youth_last_name, birthDate: s.youth_birth_date, neighbourhood: s.youth_neighbourhood },
    assignedCoach: s.assigned_coach_id ? { id: s.assigned_coach_id, name: s.assigned_coach_name ?? '?' } : null,
    createdBy: { id: s.created_by, name: s.created_by_name },
    version: s.version,
    possibleDuplicates: s.status === 'open' ? await duplicates(db, ctx, s) : [],
  };
}

export async function report(ctx: RequestContext, input: z.infer<typeof NewSignal>) {
  return inTransaction(ctx, async (trx) => {
    if (!mayRegisterYouthInTeam(ctx.user, input.teamId)) {
      throw new AccessDenied({ action: 'create', recordType: 'signal', recordId: input.id, result: 'denied' }, 'U kunt alleen aanmelden bij een team waarin u werkt.');
    }
    if (input.youthId) await loadAuthorised(trx, ctx, input.youthId, 'youth.read', 'signal');
    else if (!input.youth?.nickname && !input.youth?.firstName && !input.youth?.lastName) {
      throw new AppError('NAME_REQUIRED', 400, 'Vul minstens een roepnaam of een naam van de jongere in.', { field: 'youth.nickname' });
    }
    if (input.reportedOn > ctx.now().toISOString().slice(0, 10)) {
      throw new AppError('IN_FUTURE', 400, 'De datum van de melding ligt in de toekomst.', { field: 'reportedOn' });
    }
    await assertListed(trx, ctx.tenantId, [{ field: 'source', list: 'signal_source', values: [input.source] }]);
    const created = await repo.insert(trx, {
      tenant_id: ctx.tenantId, id: input.id, team_id: input.teamId, youth_id: input.youthId ?? null, status: 'open', source: input.source,
      reporter_name: input.reporterName ?? null, reporter_organisation: input.reporterOrganisation ?? null, vindplaats: input.vindplaats ?? null,
      reason: input.reason || null, reported_on: input.reportedOn,
      youth_nickname: input.youth?.nickname ?? null, youth_first_name: input.youth?.firstName ?? null, youth_last_name: input.youth?.lastName ?? null,
      youth_birth_date: input.youth?.birthDate ?? null, youth_neighbourhood: input.youth?.neighbourhood ?? null,
      assigned_coach_id: null, assigned_by: null, assigned_at: null, dismissed_reason: null,
      created_by: ctx.user.id, created_at: ctx.now(),
    });
    const row = await repo.byId(trx, input.id);
    if (!row || row.tenant_id !== ctx.tenantId || row.created_by !== ctx.user.id) {
      throw new AppError('ID_IN_USE', 409, 'Dit id is al in gebruik. Vernieuw de pagina en probeer het opnieuw.');
    }
    await writeAccessLog(trx, ctx, { action: 'create', youthId: row.youth_id, recordType: 'signal', recordId: input.id });
    return { signal: await present(trx, ctx, row), created };
  });
}

export async function queue(ctx: RequestContext, teamId: string) {
  if (!isLeadOf(ctx, teamId)) throw new AppError('FORBIDDEN', 403, 'Alleen de teamleider ziet de aanmeldingen van het team.');
  return inTransaction(ctx, async (trx) => {
    const rows = await repo.openOfTeam(trx, ctx.tenantId, teamId);
    const coaches = await organisationRepository.coachesOfTeams(trx, ctx.tenantId, [teamId]);
    await writeAccessLog(trx, ctx, { action: 'read', recordType: 'intake_queue', recordId: teamId });
    return {
      items: await Promise.all(rows.map((r) => present(trx, ctx, r))),
      coaches: coaches.map((c) => ({ id: c.id, name: c.display_name, activeCaseload: Number(c.active_caseload ?? 0), caseloadLimit: c.caseload_limit })),
    };
  });
}

async function openSignalForLead(trx: Db, ctx: RequestContext, signalId: string, version: number) {
  const signal = await repo.getForUpdate(trx, ctx.tenantId, signalId);
  if (!signal) throw notFound('Deze aanmelding');
  if (!isLeadOf(ctx, signal.team_id)) throw new AppError('FORBIDDEN', 403, 'Alleen de teamleider van het team wijst aanmeldingen toe.');
  const current = (await repo.get(trx, ctx.tenantId, signalId))!;
  if (signal.version !== version) throw versionConflict(await present(trx, ctx, current));
  if (signal.status !== 'open') throw new AppError('SIGNAL_HANDLED', 409, 'Deze aanmelding is al afgehandeld.');
  return signal;
}

/**
 * The team lead assigns a coach: a known youth gets the coach added; an unknown one is
 * registered from the signal, with a trajectory started in the first phase.
 */
export async function assign(ctx: RequestContext, signalId: string, input: z.infer<typeof AssignBody>) {
  return inTransaction(ctx, async (trx) => {
    const signal = await openSignalForLead(trx, ctx, signalId, input.version);
    const coaches = await organisationRepository.coachesOfTeams(trx, ctx.tenantId, [signal.team_id]);
    if (!coaches.some((c) => c.id === input.coachId)) {
      throw new AppError('COACH_NOT_IN_TEAM', 400, 'De gekozen coach werkt niet in dit team.', { field: 'coachId' });
    }
    let youthId = input.linkYouthId ?? signal.youth_id;
    if (youthId) {
      const youth = await loadAuthorised(trx, ctx, youthId, 'youth.assign', 'signal', true);
      const current = await youthRepository.coachIds(trx, ctx.tenantId, youth.id);
      if (!current.includes(input.coachId)) await youthRepository.setCoaches(trx, ctx.tenantId, youth.id, [...current, input.coachId], ctx.now());
    } else {
      youthId = crypto.randomUUID();
      await createYouthRecord(trx, ctx, {
        id: youthId, teamId: signal.team_id, coachIds: [input.coachId], targetIndicators: [],
        fields: {
          nickname: signal.youth_nickname, firstName: signal.youth_first_name, lastName: signal.youth_last_name,
          birthDate: signal.youth_birth_date, neighbourhood: signal.youth_neighbourhood, signalSource: signal.source,
          reporterName: signal.reporter_name, reporterOrganisation: signal.reporter_organisation, vindplaats: signal.vindplaats, reason: signal.reason,
        },
      });
    }
    if (!(await trajectoryRepository.openOfYouth(trx, ctx.tenantId, youthId))) await startInFirstPhase(trx, ctx, youthId);
    await repo.update(trx, ctx.tenantId, signalId, input.version, {
      status: 'assigned', youth_id: youthId, assigned_coach_id: input.coachId, assigned_by: ctx.user.id, assigned_at: ctx.now(),
    });
    await writeAccessLog(trx, ctx, { action: 'update', youthId, recordType: 'signal', recordId: signalId });
    return present(trx, ctx, (await repo.get(trx, ctx.tenantId, signalId))!);
  });
}

export async function dismiss(ctx: RequestContext, signalId: string, input: z.infer<typeof DismissBody>) {
  return inTransaction(ctx, async (trx) => {
    const signal = await openSignalForLead(trx, ctx, signalId, input.version);
    await repo.update(trx, ctx.tenantId, signalId, input.version, { status: 'dismissed', dismissed_reason: input.reason });
    await writeAccessLog(trx, ctx, { action: 'update', youthId: signal.youth_id, recordType: 'signal', recordId: signalId });
    return present(trx, ctx, (await repo.get(trx, ctx.tenantId, signalId))!);
  });
}
