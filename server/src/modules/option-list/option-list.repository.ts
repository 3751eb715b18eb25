import { sql, type Db } from '../../platform/db/index.js';

export function items(db: Db, tenantId: string, list?: string) {
  let q = db.selectFrom('option_list_item').select(['list', 'key', 'label', 'position', 'active', 'counts_as']).where('tenant_id', '=', tenantId);
  if (list) q = q.where('list', '=', list);
  return q.orderBy('list').orderBy('position').orderBy('key').execute();
}

export function lists(db: Db, tenantId: string) {
  return db.selectFrom('option_list').select(['list', 'id', 'version']).where('tenant_id', '=', tenantId).execute();
}

/** The list's own row, made on first use (a list a tenant got after the migration has none yet), locked. */
export async function lockList(db: Db, tenantId: string, list: string) {
  await db.insertInto('option_list').values({ tenant_id: tenantId, list, id: crypto.randomUUID() })
    .onConflict((c) => c.columns(['tenant_id', 'list']).doNothing()).execute();
  return db.selectFrom('option_list').select(['id', 'version']).where('tenant_id', '=', tenantId).where('list', '=', list)
    .forUpdate().executeTakeFirstOrThrow();
}

export async function bumpVersion(db: Db, tenantId: string, list: string, version: number) {
  const r = await db.updateTable('option_list').set({ version: sql`version + 1` })
    .where('tenant_id', '=', tenantId).where('list', '=', list).where('version', '=', version).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function upsertItem(db: Db, tenantId: string, list: string, item: { key: string; label: string; position: number; active: boolean; counts_as: string | null }) {
  await db.insertInto('option_list_item').values({ tenant_id: tenantId, list, ...item })
    .onConflict((c) => c.columns(['tenant_id', 'list', 'key']).doUpdateSet({ label: item.label, position: item.position, active: item.active, counts_as: item.counts_as }))
    .execute();
}
