import { sql, type Db } from '../../platform/db/index.js';
import type { ScoutCondition, TrajectoryEventKind, TrajectoryRow } from '../../platform/db/schema.js';

export function phases(db: Db, tenantId: string) {
  return db.selectFrom('phase').selectAll().where('tenant_id', '=', tenantId).where('active', '=', true).orderBy('position').execute();
}

export function get(db: Db, tenantId: string, id: string) {
  return db.selectFrom('trajectory').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

/** By id in any tenant: only to refuse a client-made id that is already taken elsewhere. */
export function findAnywhere(db: Db, id: string) {
  return db.selectFrom('trajectory').select(['tenant_id', 'youth_id', 'reopened_from']).where('id', '=', id).executeTakeFirst();
}

export function getForUpdate(db: Db, tenantId: string, id: string) {
  return db.selectFrom('trajectory').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).forUpdate().executeTakeFirst();
}

export function ofYouth(db: Db, tenantId: string, youthId: string) {
  return db.selectFrom('trajectory').selectAll().where('tenant_id', '=', tenantId).where('youth_id', '=', youthId)
    .orderBy(sql`status = 'closed'`).orderBy('started_at', 'desc').execute();
}

export function openOfYouth(db: Db, tenantId: string, youthId: string) {
  return db.selectFrom('trajectory').select('id').where('tenant_id', '=', tenantId).where('youth_id', '=', youthId)
    .where('status', '<>', 'closed').executeTakeFirst();
}

export async function insert(db: Db, row: Omit<TrajectoryRow, 'version'>) {
  await db.insertInto('trajectory').values(row).execute();
}

export function update(db: Db, tenantId: string, id: string, version: number, set: Partial<Omit<TrajectoryRow, 'id' | 'tenant_id' | 'version'>>) {
  return db.updateTable('trajectory').set({ ...set, version: sql`version + 1` })
    .where('tenant_id', '=', tenantId).where('id', '=', id).where('version', '=', version).returningAll().executeTakeFirst();
}

export async function insertEvent(db: Db, e: {
  tenant_id: string; id: string; trajectory_id: string; youth_id: string; kind: TrajectoryEventKind;
  from_phase_id: string | null; to_phase_id: string | null; reason: string | null; closing_reason: string | null; actor_id: string; at: Date;
  gate_override_reason?: string | null;
}) {
  await db.insertInto('trajectory_event').values(e).execute();
}

export function events(db: Db, tenantId: string, trajectoryIds: string[]) {
  if (trajectoryIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('trajectory_event as e').innerJoin('app_user as u', 'u.id', 'e.actor_id')
    .select(['e.id', 'e.trajectory_id', 'e.kind', 'e.from_phase_id', 'e.to_phase_id', 'e.reason', 'e.closing_reason', 'e.gate_override_reason', 'e.at', 'u.id as actor_id', 'u.display_name as actor_name'])
    .where('e.tenant_id', '=', tenantId).where('e.trajectory_id', 'in', trajectoryIds).orderBy('e.at').orderBy('e.seq').execute();
}

/** All phase changes of a youth with phase names, for the history. */
export function eventsOfYouth(db: Db, tenantId: string, youthId: string) {
  return db.selectFrom('trajectory_event as e').innerJoin('app_user as u', 'u.id', 'e.actor_id')
    .leftJoin('phase as pf', 'pf.id', 'e.from_phase_id').leftJoin('phase as pt', 'pt.id', 'e.to_phase_id')
    .select(['e.at', 'e.kind', 'pf.name as from_phase', 'pt.name as to_phase', 'e.reason', 'e.closing_reason', 'u.id as actor_id', 'u.display_name as actor_name'])
    .where('e.tenant_id', '=', tenantId).where('e.youth_id', '=', youthId).orderBy('e.at', 'desc').orderBy('e.seq', 'desc').limit(500).execute();
}

export function scoutChecks(db: Db, tenantId: string, trajectoryIds: string[]) {
  if (trajectoryIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('scout_check as s').innerJoin('app_user as u', 'u.id', 's.by_id')
    .select(['s.trajectory_id', 's.condition', 's.met', 's.at', 's.id', 'u.id as by_id', 'u.display_name as by_name'])
    .where('s.tenant_id', '=', tenantId).where('s.trajectory_id', 'in', trajectoryIds).orderBy('s.id').execute();
}

export async function insertScoutChecks(db: Db, rows: { tenant_id: string; trajectory_id: string; youth_id: string; condition: ScoutCondition; met: boolean; at: Date; by_id: string }[]) {
  if (rows.length) await db.insertInto('scout_check').values(rows).execute();
}

/** Phases by id, including phases since switched off (an old trajectory still names them). */
export async function phasesById(db: Db, tenantId: string) {
  const rows = await db.selectFrom('phase').selectAll().where('tenant_id', '=', tenantId).execute();
  return new Map(rows.map((p) => [p.id, p]));
}
