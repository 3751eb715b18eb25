import type { Db } from '../../platform/db/index.js';
import type { Insertable } from 'kysely';
import type { ContactAttemptTable, KennismakingTable } from '../../platform/db/schema.js';

/**
 * Attempts that reached the youth count as contact: on Mijn jongeren, the worklist and a group's clocks.
 * The worklist's kept facts list them too (youth_fact_compute, migration 20261206T0400): a change here is a migration there.
 */
export const REACHED = ['gesproken', 'afspraak_gemaakt'];

export async function insertAttempt(db: Db, row: Insertable<ContactAttemptTable>) {
  const r = await db.insertInto('contact_attempt').values(row).onConflict((c) => c.column('id').doNothing()).returning('id').executeTakeFirst();
  return r !== undefined;
}

export function attemptsOfYouth(db: Db, tenantId: string, youthId: string) {
  return db.selectFrom('contact_attempt as a').innerJoin('app_user as u', 'u.id', 'a.author_id')
    .select(['a.id', 'a.youth_id', 'a.at', 'a.channel', 'a.outcome', 'a.note', 'u.id as author_id', 'u.display_name as author_name', 'a.tenant_id'])
    .where('a.tenant_id', '=', tenantId).where('a.youth_id', '=', youthId).orderBy('a.at', 'desc').limit(500).execute();
}

export async function countAttempts(db: Db, tenantId: string, youthId: string) {
  const r = await db.selectFrom('contact_attempt').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('tenant_id', '=', tenantId).where('youth_id', '=', youthId).executeTakeFirstOrThrow();
  return Number(r.n);
}

export function attempt(db: Db, id: string) {
  return db.selectFrom('contact_attempt as a').innerJoin('app_user as u', 'u.id', 'a.author_id')
    .select(['a.id', 'a.youth_id', 'a.at', 'a.channel', 'a.outcome', 'a.note', 'u.id as author_id', 'u.display_name as author_name', 'a.tenant_id'])
    .where('a.id', '=', id).executeTakeFirst();
}

export async function insertKennismaking(db: Db, row: Insertable<KennismakingTable>) {
  const r = await db.insertInto('kennismaking').values(row).onConflict((c) => c.column('id').doNothing()).returning('id').executeTakeFirst();
  return r !== undefined;
}

const kennismakingColumns = ['k.id', 'k.tenant_id', 'k.youth_id', 'k.held_at', 'k.place', 'k.youth_expectations', 'k.coach_expectations',
  'k.urgent_matters', 'k.self_description', 'k.version', 'u.id as author_id', 'u.display_name as author_name'] as const;

export function kennismakingen(db: Db, tenantId: string, youthId: string) {
  return db.selectFrom('kennismaking as k').innerJoin('app_user as u', 'u.id', 'k.author_id').select(kennismakingColumns)
    .where('k.tenant_id', '=', tenantId).where('k.youth_id', '=', youthId).orderBy('k.held_at', 'desc').execute();
}

export function kennismaking(db: Db, id: string) {
  return db.selectFrom('kennismaking as k').innerJoin('app_user as u', 'u.id', 'k.author_id').select(kennismakingColumns)
    .where('k.id', '=', id).executeTakeFirst();
}
