import type { Insertable } from 'kysely';
import { sql, type Db } from '../../platform/db/index.js';
import type { PlanSignatureTable, PlanVersionTable } from '../../platform/db/schema.js';

const columns = [
  'p.id', 'p.version', 'p.revision', 'p.body', 'p.created_at', 'p.updated_at', 'p.frozen_at', 'p.signed_at',
  'u.id as author_id', 'u.display_name as author_name',
] as const;

const versions = (db: Db, tenantId: string, youthId: string) =>
  db.selectFrom('plan_version as p').innerJoin('app_user as u', 'u.id', 'p.author_id').select(columns)
    .where('p.tenant_id', '=', tenantId).where('p.youth_id', '=', youthId);

export const latest = (db: Db, tenantId: string, youthId: string) =>
  versions(db, tenantId, youthId).orderBy('p.version', 'desc').limit(1).executeTakeFirst();

export const atVersion = (db: Db, tenantId: string, youthId: string, version: number) =>
  versions(db, tenantId, youthId).where('p.version', '=', version).executeTakeFirst();

export const all = (db: Db, tenantId: string, youthId: string) =>
  versions(db, tenantId, youthId).orderBy('p.version', 'asc').limit(1000).execute();

/** What the plan screen shows beside the plan, in one round trip: the tenant's method (what the plan is called), the newest signed version, the day the first was signed. */
export const signingFacts = (db: Db, tenantId: string, youthId: string) =>
  db.selectFrom('tenant as tn').select(['tn.method',
    sql<number | null>`(select max(p.version) from plan_version p where p.tenant_id = tn.id and p.youth_id = ${youthId} and p.signed_at is not null)`.as('newest_signed'),
    sql<Date | null>`(select min(p.signed_at) from plan_version p where p.tenant_id = tn.id and p.youth_id = ${youthId} and p.signed_at is not null)`.as('first_signed_at'),
  ]).where('tn.id', '=', tenantId).executeTakeFirstOrThrow();

export const signatures = (db: Db, planVersionIds: string[]) =>
  planVersionIds.length === 0 ? Promise.resolve([]) :
    db.selectFrom('plan_signature as s').innerJoin('app_user as u', 'u.id', 's.recorded_by')
      .select(['s.plan_version_id', 's.role', 's.signer_name', 's.method', 's.typed', 's.drawing', 's.signed_at', 'u.id as recorder_id', 'u.display_name as recorder_name'])
      .where('s.plan_version_id', 'in', planVersionIds).orderBy('s.signed_at').orderBy('s.role', 'desc').execute(); // the youth first

/** False when that version exists already: someone else saved first. */
export async function insertVersion(db: Db, row: Insertable<PlanVersionTable>) {
  const r = await db.insertInto('plan_version').values(row).onConflict((c) => c.columns(['youth_id', 'version']).doNothing()).returning('id').executeTakeFirst();
  return r !== undefined;
}

/** Save a draft in place; nothing happens (false) when it was saved or signed in between. */
export async function updateDraft(db: Db, id: string, revision: number, body: unknown, at: Date) {
  const r = await db.updateTable('plan_version').set({ body: JSON.stringify(body), revision: revision + 1, updated_at: at })
    .where('id', '=', id).where('revision', '=', revision).where('frozen_at', 'is', null).returning('id').executeTakeFirst();
  return r !== undefined;
}

export const insertSignature = (db: Db, row: Insertable<PlanSignatureTable>) => db.insertInto('plan_signature').values(row).execute();

/** The first signature freezes the version; the second completes it. */
export const markSigned = (db: Db, id: string, set: { frozen_at?: Date; signed_at?: Date }) =>
  db.updateTable('plan_version').set(set).where('id', '=', id).execute();
