import { sql } from 'kysely';
import type { Db } from '../../platform/db/index.js';

export function normRows(db: Db, tenantId: string) {
  return db.selectFrom('norm_setting').select(['key', 'enabled', 'threshold']).where('tenant_id', '=', tenantId).execute();
}

export async function normsVersion(db: Db, tenantId: string, lock = false) {
  let q = db.selectFrom('tenant').select('norms_version').where('id', '=', tenantId);
  if (lock) q = q.forUpdate();
  return (await q.executeTakeFirstOrThrow()).norms_version;
}

export async function bumpNormsVersion(db: Db, tenantId: string, version: number) {
  const r = await db.updateTable('tenant').set({ norms_version: sql`norms_version + 1` })
    .where('id', '=', tenantId).where('norms_version', '=', version).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export function upsertNorm(db: Db, row: { tenant_id: string; key: string; enabled: boolean; threshold: number | null; updated_by: string; updated_at: Date }) {
  return db.insertInto('norm_setting').values(row)
    .onConflict((oc) => oc.columns(['tenant_id', 'key']).doUpdateSet({ enabled: row.enabled, threshold: row.threshold, updated_by: row.updated_by, updated_at: row.updated_at }))
    .execute();
}

/** Who changed the norms last, and when (the full history is in the revision table). */
export function lastChange(db: Db, tenantId: string) {
  return db.selectFrom('revision').innerJoin('app_user as u', 'u.id', 'revision.actor_id')
    .select(['revision.at', 'u.display_name']).where('revision.tenant_id', '=', tenantId).where('revision.entity', '=', 'norms')
    .orderBy('revision.at', 'desc').limit(1).executeTakeFirst();
}
