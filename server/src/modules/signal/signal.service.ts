import type { z } from 'zod';
import { likelyDuplicates } from '../../core/casework/casework-rules.js';
import { amsterdamDate, displayName } from '../../core/youth/youth-rules.js';
import { recordRevision } from '../../platform/revisions.js';
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

/**
 * Likely duplicates of the reported youth in the whole municipality. Names only of youth the
 * user may see (the team lead: the team's); elsewhere only that there is a likely match, so
 * the lead can ask the other team without Spil showing who it is.
 */
async function duplicates(db: Db, ctx: RequestContext, s: Row) {
  if (s.youth_id) return { visible: [], elsewhere: 0 };
  const candidates = await repo.duplicateCandidates(db, ctx.tenantId,
    { nickname: s.youth_nickname, firstName: s.youth_first_name, birthDate: s.youth_birth_date });
  const matches = likelyDuplicates(
    { nickname: s.youth_nickname, firstName: s.youth_first_name, lastName: s.youth_last_name, birthDate: s.youth_birth_date, neighbourhood: s.youth_neighbourhood },
    candidates.map((c) => ({ id: c.id, nickname: c.nickname, firstName: c.first_name, lastName: c.last_name, birthDate: c.birth_date, neighbourhood: c.neighbourhood, row: c })),
  );
  const mine = new Set(await youthRepository.coachedBy(db, ctx.tenantId, matches.map((m) => m.candidate.id), ctx.user.id));
  const mayName = (m: (typeof matches)[number]) => mine.has(m.candidate.id) || isLeadOf(ctx, m.candidate.row.team_id);
  return {
    visible: matches.filter(mayName).map((m) => ({ youthId: m.candidate.id, displayName: displayName(m.candidate.row), score: m.score, reasons: m.reasons })),
    elsewhere: matches.filter((m) => !mayName(m)).length,
  };
}

async function present(db: Db, ctx: RequestContext, s: Row) {
  const dupes = s.status === 'open' ? await duplicates(db, ctx, s) : { visible: [], elsewhere: 0 };
  // The linked youth's name only for who may see that youth.
  const mayName = s.youth_id !== null && s.y_team_id !== null
    && (isLeadOf(ctx, s.y_team_id) || (await youthRepository.coachedBy(db, ctx.tenantId, [s.youth_id], ctx.user.id)).length > 0);
  return {
    id: s.id, teamId: s.team_id, youthId: s.youth_id,
    youthName: mayName ? displayName({ first_name: s.y_first_name, last_name: s.y_last_name, nickname: s.y_nickname }) : null,
    status: s.status, source: s.source, reporterName: s.reporter_name, reporterOrganisation: s.reporter_organisation,
    vindplaats: s.vindplaats, reason: s.reason, reportedOn: s.reported_on,
    youth: { nickname: s.youth_nickname, firstName: s.youth_first_name, lastName: s.youth_last_name, birthDate: s.youth_birth_date, neighbourhood: s.youth_neighbourhood },
    assignedCoach: s.assigned_coach_id ? { id: s.assigned_coach_id, name: s.assigned_coach_name ?? '?' } : null,
    createdBy: { id: s.created_by, name: s.created_by_name },
    version: s.version,
    possibleDuplicates: dupes.visible,
    possibleDuplicatesElsewhere: dupes.elsewhere,
  };
}

export async function report(ctx: RequestContext, input: z.infer<typeof NewSignal>) {
  return inTransaction(ctx, async (trx) => {
    if (!mayRegisterYouthInTeam(ctx.user, input.teamId)) {
      throw new AccessDenied({ action: 'create', recordType: 'signal', recordId: input.id, result: 'denied' }, 'U kunt alleen aanmelden bij een team waarin u werkt.');
    }
    if (input.youthId) {
      const known = await loadAuthorised(trx, ctx, input.youthId, 'youth.read', 'signal');
      // The signal goes to the youth's own team: its lead may see the youth, another team's may not.
      if (known.team_id !== input.teamId) {
        throw new AppError('WRONG_TEAM', 400, 'Deze jongere hoort bij een ander team. Meld bij dat team aan.', { field: 'teamId' });
      }
    } else if (!input.youth?.nickname && !input.youth?.firstName && !input.youth?.lastName) {
      throw new AppError('NAME_REQUIRED', 400, 'Vul minstens een roepnaam of een naam van de jongere in.', { field: 'youth.nickname' });
    }
    if (input.reportedOn > amsterdamDate(ctx.now())) {
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
    if (!created && row.status !== 'open') {
      // A late retry after the signal was handled: the reporter learns that, not whom it was linked to.
      throw new AppError('SIGNAL_HANDLED', 409, 'Deze aanmelding is al afgehandeld door de teamleider.');
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
      if (!current.includes(input.coachId)) {
        // Like any change of coaches: the youth's version moves on and the history says why.
        await youthRepository.update(trx, ctx.tenantId, youth.id, youth.version, {}, ctx.now());
        await youthRepository.setCoaches(trx, ctx.tenantId, youth.id, [...current, input.coachId], ctx.now());
        await recordRevision(trx, {
          tenantId: ctx.tenantId, entity: 'youth', entityId: youth.id, youthId: youth.id, actorId: ctx.user.id, at: ctx.now(),
          changes: { coach_ids: [[...current].sort(), [...current, input.coachId].sort()], assignment_reason: [null, 'Aanmelding toegewezen'] },
        });
      }
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
