import { sql, type Db } from '../../platform/db/index.js';
import { workingCoach } from '../organisation/organisation.repository.js';
import type { TenantLookups } from './youth-import.rows.js';

/** SQL of the youth import: the tenant's lookups, and a batch of youth in a few multi-row inserts. */

export async function lookups(db: Db, tenantId: string): Promise<TenantLookups> {
  const [teams, coaches, options] = await Promise.all([
    db.selectFrom('team').select(['id', 'name']).where('tenant_id', '=', tenantId).where('active', '=', true).execute(),
    db.selectFrom('app_user as u').innerJoin('user_team as ut', 'ut.user_id', 'u.id')
      .select(['u.id', 'u.email', 'ut.team_id'])
      .where('u.tenant_id', '=', tenantId).where('ut.tenant_id', '=', tenantId)
      .where(workingCoach).execute(),
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

/**
 * The youth of a batch in one statement; the ids that were new (a row imported before is left
 * as it is). The rows travel as one JSON parameter, unpacked by jsonb_to_recordset: for a
 * thousand rows that is much cheaper to send and plan than 24,000 bind parameters.
 */
export async function insertYouth(db: Db, tenantId: string, createdBy: string, now: Date, rows: YouthImportRow[]): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const inserted = await sql<{ id: string }>`
    insert into youth (tenant_id, id, team_id, first_name, last_name, nickname, birth_date, gender, address, postcode, city,
      neighbourhood, phone, email, signal_source, reason, target_indicators, created_by, created_at, updated_at)
    select ${tenantId}::uuid, r.id, r.team_id, r.first_name, r.last_name, r.nickname, r.birth_date, r.gender, r.address, r.postcode, r.city,
      r.neighbourhood, r.phone, r.email, r.signal_source, r.reason, '{}'::text[], ${createdBy}::uuid, ${now}, ${now}
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(id uuid, team_id uuid, first_name text, last_name text, nickname text,
      birth_date date, gender text, address text, postcode text, city text, neighbourhood text, phone text, email text, signal_source text, reason text)
    on conflict (id) do nothing
    returning id`.execute(db);
  return new Set(inserted.rows.map((r) => r.id));
}

export interface YouthImportRow {
  id: string; team_id: string; first_name: string | null; last_name: string | null; nickname: string | null; birth_date: string | null;
  gender: string | null; address: string | null; postcode: string | null; city: string | null; neighbourhood: string | null;
  phone: string | null; email: string | null; signal_source: string | null; reason: string | null;
}

export async function insertCoaches(db: Db, tenantId: string, pairs: { youth_id: string; user_id: string }[], now: Date) {
  if (pairs.length === 0) return;
  await sql`
    insert into youth_coach (tenant_id, youth_id, user_id, since)
    select ${tenantId}::uuid, r.youth_id, r.user_id, ${now}
    from jsonb_to_recordset(${JSON.stringify(pairs)}::jsonb) as r(youth_id uuid, user_id uuid)`.execute(db);
}

/** The first revision of each youth (as a registration writes it): who made it, with which fields. */
export async function insertRevisions(db: Db, tenantId: string, actorId: string, at: Date, revisions: { youth_id: string; changes: Record<string, [unknown, unknown]> }[]) {
  if (revisions.length === 0) return;
  await sql`
    insert into revision (tenant_id, entity, entity_id, youth_id, actor_id, at, changes)
    select ${tenantId}::uuid, 'youth', r.youth_id, r.youth_id, ${actorId}::uuid, ${at}, r.changes
    from jsonb_to_recordset(${JSON.stringify(revisions)}::jsonb) as r(youth_id uuid, changes jsonb)`.execute(db);
}

// ---- the record of an import, which is also the status its page polls ----

export function insertImport(db: Db, row: { tenantId: string; id: string; fileName: string; sha256: string; startedBy: string; startedAt: Date; bytesTotal: number }) {
  return db.insertInto('youth_import').values({
    tenant_id: row.tenantId, id: row.id, file_name: row.fileName, file_sha256: row.sha256, started_by: row.startedBy,
    started_at: row.startedAt, finished_at: null, bytes_total: row.bytesTotal, report: null, progress_at: row.startedAt,
  }).execute();
}

export function updateImport(db: Db, tenantId: string, id: string, at: Date, set: {
  status?: 'running' | 'done' | 'failed'; finishedAt?: Date; bytesDone?: number; rowsDone?: number;
  imported?: number; alreadyImported?: number; rejected?: number; report?: unknown;
}) {
  return db.updateTable('youth_import').set({
    progress_at: at,
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

function imports(db: Db, tenantId: string) {
  return db.selectFrom('youth_import as i').innerJoin('app_user as u', 'u.id', 'i.started_by')
    .selectAll('i').select('u.display_name as started_by_name')
    .where('i.tenant_id', '=', tenantId);
}

export function getImport(db: Db, tenantId: string, id: string) {
  return imports(db, tenantId).where('i.id', '=', id).executeTakeFirst();
}

/** The tenant's imports, newest first. */
export function listImports(db: Db, tenantId: string, limit: number) {
  return imports(db, tenantId).orderBy('i.started_at', 'desc').limit(limit).execute();
}
