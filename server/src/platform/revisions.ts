import type { Db } from './db/index.js';

/** The revision history: who changed which field of which record, when. One table for all records. */
export async function recordRevision(db: Db, r: {
  tenantId: string; entity: string; entityId: string; youthId: string | null; actorId: string; at: Date;
  changes: Record<string, [unknown, unknown]>;
}) {
  if (Object.keys(r.changes).length === 0) return;
  await db.insertInto('revision').values({
    tenant_id: r.tenantId, entity: r.entity, entity_id: r.entityId, youth_id: r.youthId, actor_id: r.actorId, at: r.at,
    changes: JSON.stringify(r.changes),
  }).execute();
}

/** Field-by-field difference, for the revision history. */
export function changedFields<T extends Record<string, unknown>>(before: T, after: Partial<T>): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const [field, value] of Object.entries(after)) {
    if (value === undefined) continue;
    const old = before[field];
    if (canonical(old ?? null) !== canonical(value ?? null)) changes[field] = [old ?? null, value ?? null];
  }
  return changes;
}

/** JSON with object keys in order: the database may return a stored object's keys in another order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v);
}
