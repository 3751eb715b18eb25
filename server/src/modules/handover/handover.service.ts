import type { z } from 'zod';
import { displayName } from '../../core/youth/youth-rules.js';
import { writeAccessLog } from '../../platform/access-log.js';
import { AppError } from '../../platform/errors.js';
import { assertRole } from '../../platform/policy.js';
import type { RequestContext } from '../../platform/request-context.js';
import { recordRevision } from '../../platform/revisions.js';
import { inTransaction } from '../../platform/transaction.js';
import * as organisationRepository from '../organisation/organisation.repository.js';
import * as youthRepository from '../youth/youth.repository.js';
import { loadAuthorised } from '../youth/youth.service.js';
import type { Handover } from './handover.schemas.js';

/**
 * The team lead hands youth from one coach to another — one youth, a selection, or a whole
 * caseload during leave (the colleague as stand-in). The new coach gets them on their list;
 * the previous coach loses access unless kept on as co-coach. Each youth's change is in its
 * history with the note, and in the access log.
 */
export async function handOver(ctx: RequestContext, input: z.infer<typeof Handover>) {
  assertRole(ctx.user, 'teamleider');
  if (input.fromCoachId === input.toCoachId) throw new AppError('SAME_COACH', 400, 'Kies een andere coach dan de huidige.', { field: 'toCoachId' });
  return inTransaction(ctx, async (trx) => {
    const coaches = await organisationRepository.coachesOfTeams(trx, ctx.tenantId, ctx.user.teamIds);
    if (!coaches.some((c) => c.id === input.toCoachId)) throw new AppError('COACH_NOT_IN_TEAM', 400, 'De nieuwe coach werkt niet in een team waarvan u teamleider bent.', { field: 'toCoachId' });
    const ofCoach = await trx.selectFrom('youth_coach as yc').innerJoin('youth as y', 'y.id', 'yc.youth_id')
      .select(['y.id', 'y.team_id', 'y.first_name', 'y.last_name', 'y.nickname'])
      .where('yc.tenant_id', '=', ctx.tenantId).where('yc.user_id', '=', input.fromCoachId).where('yc.until', 'is', null)
      .where('y.team_id', 'in', ctx.user.teamIds.length ? ctx.user.teamIds : ['00000000-0000-0000-0000-000000000000'])
      .orderBy('y.id').execute();
    const chosen = input.youthIds ? ofCoach.filter((y) => input.youthIds!.includes(y.id)) : ofCoach;
    if (input.youthIds && chosen.length !== new Set(input.youthIds).size) {
      throw new AppError('NOT_OF_COACH', 400, 'Niet alle gekozen jongeren worden nu door deze coach begeleid in uw team.', { field: 'youthIds' });
    }
    if (chosen.length === 0) throw new AppError('NOTHING_TO_HAND_OVER', 400, 'Deze coach heeft geen jongeren in uw team om over te dragen.', { field: 'fromCoachId' });
    const now = ctx.now();
    for (const y of chosen) {
      const locked = await loadAuthorised(trx, ctx, y.id, 'youth.assign', 'assignment', true);
      const before = await youthRepository.coachIds(trx, ctx.tenantId, y.id);
      // Read before the lock: another handover may have moved this youth meanwhile.
      if (!before.includes(input.fromCoachId)) {
        throw new AppError('HANDED_OVER_MEANWHILE', 409, `${displayName(y)} is intussen al door iemand anders overgedragen. Laad de pagina opnieuw en kies opnieuw.`, { youthId: y.id });
      }
      await trx.updateTable('youth_coach').set({ until: now })
        .where('tenant_id', '=', ctx.tenantId).where('youth_id', '=', y.id).where('user_id', '=', input.fromCoachId).where('until', 'is', null).execute();
      const rows = [];
      if (input.keepPrevious) rows.push({ tenant_id: ctx.tenantId, youth_id: y.id, user_id: input.fromCoachId, since: now, kind: 'co_coach' as const, note: input.note });
      if (!before.includes(input.toCoachId)) rows.push({ tenant_id: ctx.tenantId, youth_id: y.id, user_id: input.toCoachId, since: now, kind: input.mode === 'stand_in' ? 'stand_in' as const : 'coach' as const, note: input.note });
      if (rows.length) await trx.insertInto('youth_coach').values(rows).execute();
      // A concurrent edit of this youth's record now gets 409 instead of undoing the handover.
      await youthRepository.update(trx, ctx.tenantId, y.id, locked.version, {}, now);
      const after = await youthRepository.coachIds(trx, ctx.tenantId, y.id);
      await recordRevision(trx, {
        tenantId: ctx.tenantId, entity: 'youth', entityId: y.id, youthId: y.id, actorId: ctx.user.id, at: now,
        changes: { coach_ids: [[...before].sort(), [...after].sort()], assignment_reason: [null, input.mode === 'stand_in' ? `Waarneming: ${input.note}` : input.note] },
      });
      await writeAccessLog(trx, ctx, { action: 'update', youthId: y.id, recordType: 'assignment', recordId: y.id });
    }
    return { moved: chosen.map((y) => ({ id: y.id, displayName: displayName(y) })) };
  });
}
