import type { Db } from '../../platform/db/index.js';

const columns = ['d.version', 'd.body', 'd.created_at', 'u.id as author_id', 'u.display_name as author_name'] as const;

export const latest = (db: Db, tenantId: string, youthId: string, kind: string) =>
  db.selectFrom('youth_document as d').innerJoin('app_user as u', 'u.id', 'd.author_id').select(columns)
    .where('d.tenant_id', '=', tenantId).where('d.youth_id', '=', youthId).where('d.kind', '=', kind)
    .orderBy('d.version', 'desc').limit(1).executeTakeFirst();

export const atVersion = (db: Db, tenantId: string, youthId: string, kind: string, version: number) =>
  db.selectFrom('youth_document as d').innerJoin('app_user as u', 'u.id', 'd.author_id').select(columns)
    .where('d.tenant_id', '=', tenantId).where('d.youth_id', '=', youthId).where('d.kind', '=', kind).where('d.version', '=', version)
    .executeTakeFirst();

export const all = (db: Db, tenantId: string, youthId: string, kind: string) =>
  db.selectFrom('youth_document as d').innerJoin('app_user as u', 'u.id', 'd.author_id').select(columns)
    .where('d.tenant_id', '=', tenantId).where('d.youth_id', '=', youthId).where('d.kind', '=', kind)
    .orderBy('d.version', 'asc').limit(1000).execute();

/** False when that version exists already: someone else saved first. */
export async function insert(db: Db, row: { tenantId: string; youthId: string; kind: string; version: number; body: unknown; authorId: string; at: Date }) {
  const r = await db.insertInto('youth_document').values({
    tenant_id: row.tenantId, youth_id: row.youthId, kind: row.kind, version: row.version, body: JSON.stringify(row.body),
    author_id: row.authorId, created_at: row.at,
  }).onConflict((c) => c.columns(['youth_id', 'kind', 'version']).doNothing()).returning('version').executeTakeFirst();
  return r !== undefined;
}
