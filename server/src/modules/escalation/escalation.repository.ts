import { sql, type Db } from '../../platform/db/index.js';
import type { EscalationTable } from '../../platform/db/schema.js';
import type { Insertable, Updateable } from 'kysely';

/** SQL for the opschaal-overleg. Tenant first in every where clause. */

/**
 * What the user may see, as the policy says it: knelpunten when their role may, and casussen
 * only of youth they coach or whose team they lead. Never the whole tenant's cases.
 */
export interface Visibility { bottlenecks: boolean; caseCoachId: string | null; caseTeamIds: string[] }

function base(db: Db, tenantId: string) {
  return db.selectFrom('escalation as e')
    .leftJoin('youth as y', (j) => j.onRef('y.id', '=', 'e.youth_id').on('y.tenant_id', '=', tenantId))
    .leftJoin('team as t', (j) => j.onRef('t.id', '=', 'e.team_id').on('t.tenant_id', '=', tenantId))
    .innerJoin('app_user as u', (j) => j.onRef('u.id', '=', 'e.raised_by').on('u.tenant_id', '=', tenantId))
    .selectAll('e')
    .select(['y.first_name', 'y.last_name', 'y.nickname', 'y.team_id as youth_team_id', 't.name as team_name', 'u.display_name as raised_by_name'])
    .where('e.tenant_id', '=', tenantId);
}

export type EscalationRow = NonNullable<Awaited<ReturnType<typeof byId>>>;

export function byId(db: Db, tenantId: string, id: string) {
  return base(db, tenantId).where('e.id', '=', id).executeTakeFirst();
}

/** Any tenant's row with this id: a retried create, or an id taken by something else. */
export function owner(db: Db, id: string) {
  return db.selectFrom('escalation').select(['tenant_id', 'raised_by', 'kind', 'youth_id', 'team_id', 'title', 'question', 'meeting_on']).where('id', '=', id).executeTakeFirst();
}

function visible(q: ReturnType<typeof base>, tenantId: string, v: Visibility) {
  return q.where((eb) => {
    const ors = [];
    if (v.bottlenecks) ors.push(eb('e.kind', '=', 'bottleneck'));
    if (v.caseCoachId) {
      ors.push(eb.and([eb('e.kind', '=', 'case'), eb.exists(eb.selectFrom('youth_coach as yc').select('yc.user_id')
        .whereRef('yc.youth_id', '=', 'e.youth_id').where('yc.tenant_id', '=', tenantId).where('yc.user_id', '=', v.caseCoachId).where('yc.until', 'is', null))]));
    }
    if (v.caseTeamIds.length) ors.push(eb.and([eb('e.kind', '=', 'case'), eb('y.team_id', 'in', v.caseTeamIds)]));
    return ors.length ? eb.or(ors) : sql<boolean>`false`;
  });
}

export function list(db: Db, tenantId: string, v: Visibility, f: { status?: string | undefined; kind?: string | undefined }) {
  let q = visible(base(db, tenantId), tenantId, v);
  if (f.status) q = q.where('e.status', '=', f.status as never);
  if (f.kind) q = q.where('e.kind', '=', f.kind as never);
  return q.orderBy('e.created_at', 'desc').orderBy('e.id').limit(200).execute();
}

export async function counts(db: Db, tenantId: string, v: Visibility, f: { kind?: string | undefined }) {
  let q = visible(base(db, tenantId), tenantId, v);
  if (f.kind) q = q.where('e.kind', '=', f.kind as never);
  const rows = await q.clearSelect().select(['e.status', (eb) => eb.fn.countAll<string>().as('n')]).groupBy('e.status').execute();
  const out = { open: 0, decided: 0, done: 0 };
  for (const r of rows) out[r.status] = Number(r.n);
  return out;
}

/** True when inserted; false when the id exists already (a retry, or someone else's id). */
export async function insert(db: Db, row: Insertable<EscalationTable>) {
  const r = await db.insertInto('escalation').values(row).onConflict((c) => c.column('id').doNothing()).returning('id').executeTakeFirst();
  return r !== undefined;
}

export function update(db: Db, tenantId: string, id: string, version: number, set: Updateable<EscalationTable>, now: Date) {
  return db.updateTable('escalation').set({ ...set, version: sql`version + 1`, updated_at: now })
    .where('tenant_id', '=', tenantId).where('id', '=', id).where('version', '=', version)
    .returning('id').executeTakeFirst();
}
