import { sql, type Db } from '../../platform/db/index.js';
import type { NewYouthRow } from '../../platform/db/schema.js';
import type { TenantLookups } from './youth-import.rows.js';

/** SQL of the youth import: the tenant's lookups, and a batch of youth in a few multi-row inserts. */

export async function lookups(db: Db, tenantId: string): Promise<TenantLookups> {
  const [teams, coaches, options] = await Promise.all([
    db.selectFrom('team').select(['id', 'name']).where('tenant_id', '=', tenantId).where('active', '=', true).execute(),
    db.selectFrom('app_user as u').innerJoin('user_team as ut', 'ut.user_id', 'u.id')
      .select(['u.id', 'u.email', 'ut.team_id'])
      .where('u.tenant_id', '=', tenantId).where('ut.tenant_id', '=', tenantId)
      .where('u.active', '=', true).where(sql<boolean>`'coach' = any(u.roles)`).execute(),
    db.selectFrom('option_list_item').select(['list', 'key', 'label'])
      .where('tenant_id', '=', tenantId).where('list', 'in', ['signal_source', 'gender']).where('active', '=', true).execute(),
  ]);
  const result: TenantLookups = { teams: new Map(), coachesByTeam: new Map(), signalSources: new Map(), genders: new Map() };
  for (const t of teams) { result.teams.set(t.id.toLowerCase(), t.id); result.teams.set(t.name.trim().toLowerCase(), t.id); }
  for (const c of coaches) {
    const team = result.coachesByTeam.get(c.team_id) ?? new Map<string, string>();
    team.set(c.email.toLowerCase(), c.id);
    result.coachesByTeam.set(c.team_id, team);
  }
  for (const o of options) {
    const map = o.list === 'gender' ? result.genders : result.signalSources;
    map.set(o.key.toLowerCase(), o.key);
    map.set(o.label.trim().toLowerCase(), o.key);
  }
  return result;
}

/** Which of these ids exist, and in which tenant (an id column may name another tenant's youth). */
export async function existing(db: Db, ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db.selectFrom('youth').select(['id', 'tenant_id']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.tenant_id]));
}

/** The youth of a batch; the ids that were new (a row imported before is left as it is). */
export async function insertYouth(db: Db, rows: NewYouthRow[]): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const inserted = await db.insertInto('youth').values(rows).onConflict((c) => c.column('id').doNothing()).returning('id').execute();
  return new Set(inserted.map((r) => r.id));
}

export async function insertCoaches(db: Db, tenantId: string, pairs: { youthId: string; userId: string }[], now: Date) {
  if (pairs.length === 0) return;
  await db.insertInto('youth_coach').values(pairs.map((p) => ({ tenant_id: tenantId, youth_id: p.youthId, user_id: p.userId, since: now }))).execute();
}

export async function insertRevisions(db: Db, tenantId: string, actorId: string, at: Date, revisions: { youthId: string; changes: Record<string, [unknown, unknown]> }[]) {
  if (revisions.length === 0) return;
  await db.insertInto('revision').values(revisions.map((r) => ({
    tenant_id: tenantId, entity: 'youth', entity_id: r.youthId, youth_id: r.youthId, actor_id: actorId, at, changes: JSON.stringify(r.changes),
  }))).execute();
}

// ---- the record of an import, which is also the status its page polls ----

export function insertImport(db: Db, row: { tenantId: string; id: string; fileName: string; sha256: string; startedBy: string; startedAt: Date; bytesTotal: number }) {
  return db.insertInto('youth_import').values({
    tenant_id: row.tenantId, id: row.id, file_name: row.fileName, file_sha256: row.sha256, started_by: row.startedBy,
    started_at: row.startedAt, finished_at: null, bytes_total: row.bytesTotal, report: null,
  }).execute();
}

export function updateImport(db: Db, tenantId: string, id: string, set: {
  status?: 'running' | 'done' | 'failed'; finishedAt?: Date; bytesDone?: number; rowsDone?: number;
  imported?: number; alreadyImported?: number; rejected?: number; report?: unknown;
}) {
  return db.updateTable('youth_import').set({
    ...(set.status && { status: set.status }),
    ...(set.finishedAt && { finished_at: set.finishedAt }),
    ...(set.bytesDone !== undefined && { bytes_done: set.bytesDone }),
    ...(set.rowsDone !== undefined && { rows_done: set.rowsDone }),
    ...(set.imported !== undefined && { imported: set.imported }),
    ...(set.alreadyImported !== undefined && { already_imported: set.alreadyImported }),
    ...(set.rejected !== undefined && { rejected: set.rejected }),
    ...(set.report !== undefined && { report: JSON.stringify(set.report) }),
  }).where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

export function getImport(db: Db, tenantId: string, id: string) {
  return db.selectFrom('youth_import as i').innerJoin('app_user as u', 'u.id', 'i.started_by')
    .selectAll('i').select('u.display_name as started_by_name')
    .where('i.tenant_id', '=', tenantId).where('i.id', '=', id).executeTakeFirst();
}
