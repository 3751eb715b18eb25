import type { Insertable, Updateable } from 'kysely';
import { sql, type Db } from '../../platform/db/index.js';
import type { AssessmentTable } from '../../platform/db/schema.js';

export const domains = (db: Db, tenantId: string) =>
  db.selectFrom('life_domain').select(['key', 'label', 'levels', 'active', 'position']).where('tenant_id', '=', tenantId).orderBy('position').execute();

/**
 * Sets the domains in this order. keepTexts: a domain the tenant has already keeps its own
 * label and level texts (a method switch must not undo what the administrator wrote).
 */
export async function upsertDomains(db: Db, tenantId: string, list: { key: string; label: string; levels: string[]; active: boolean }[], keepTexts = false) {
  for (const [i, d] of list.entries()) {
    await db.insertInto('life_domain').values({ tenant_id: tenantId, key: d.key, label: d.label, levels: JSON.stringify(d.levels), active: d.active, position: i + 1 })
      .onConflict((c) => c.columns(['tenant_id', 'key']).doUpdateSet({
        ...(keepTexts ? {} : { label: d.label, levels: JSON.stringify(d.levels) }), active: d.active, position: i + 1,
      }))
      .execute();
  }
}

/** Domains not in the list stay (old scores point at them) but are switched off, at the end. */
export const deactivateOthers = (db: Db, tenantId: string, keep: string[]) =>
  db.updateTable('life_domain').set({ active: false, position: sql`position + 1000` })
    .where('tenant_id', '=', tenantId).where('key', 'not in', keep).execute();

export async function insert(db: Db, row: Insertable<AssessmentTable>) {
  const r = await db.insertInto('assessment').values(row).onConflict((c) => c.column('id').doNothing()).returning('id').executeTakeFirst();
  return r !== undefined;
}

/** Sets the given domains' scores; the assessment's other scores stay as they are. */
export const upsertScores = (db: Db, assessmentId: string, scores: { domainKey: string; score: number; note?: string | undefined }[]) =>
  db.insertInto('assessment_score').values(scores.map((s) => ({
    assessment_id: assessmentId, domain_key: s.domainKey, score: s.score, note: s.note || null,
  }))).onConflict((c) => c.columns(['assessment_id', 'domain_key']).doUpdateSet((eb) => ({ score: eb.ref('excluded.score'), note: eb.ref('excluded.note') })))
    .execute();

const columns = ['a.id', 'a.tenant_id', 'a.youth_id', 'a.version', 'a.assessed_on', 'a.moment', 'a.note', 'a.created_at',
  'u.id as author_id', 'u.display_name as author_name'] as const;

export const get = (db: Db, tenantId: string, id: string) =>
  db.selectFrom('assessment as a').innerJoin('app_user as u', 'u.id', 'a.author_id').select(columns)
    .where('a.tenant_id', '=', tenantId).where('a.id', '=', id).executeTakeFirst();

export const byId = (db: Db, id: string) =>
  db.selectFrom('assessment as a').innerJoin('app_user as u', 'u.id', 'a.author_id').select(columns).where('a.id', '=', id).executeTakeFirst();

export const ofYouth = (db: Db, tenantId: string, youthId: string) =>
  db.selectFrom('assessment as a').innerJoin('app_user as u', 'u.id', 'a.author_id').select(columns)
    .where('a.tenant_id', '=', tenantId).where('a.youth_id', '=', youthId).orderBy('a.assessed_on').orderBy('a.created_at').limit(200).execute();

export const scores = (db: Db, assessmentIds: string[]) => assessmentIds.length === 0 ? Promise.resolve([]) :
  db.selectFrom('assessment_score').selectAll().where('assessment_id', 'in', assessmentIds).execute();

export const update = (db: Db, tenantId: string, id: string, version: number, set: Updateable<AssessmentTable>) =>
  db.updateTable('assessment').set({ ...set, version: sql`version + 1` })
    .where('tenant_id', '=', tenantId).where('id', '=', id).where('version', '=', version).returning('id').executeTakeFirst();

export const domainsVersion = async (db: Db, tenantId: string) =>
  (await db.selectFrom('tenant').select('life_domains_version').where('id', '=', tenantId).executeTakeFirstOrThrow()).life_domains_version;

/** Claims the next version of the domain set; false when someone else saved first. */
export const bumpDomainsVersion = async (db: Db, tenantId: string, version: number) =>
  (await db.updateTable('tenant').set({ life_domains_version: sql`life_domains_version + 1` })
    .where('id', '=', tenantId).where('life_domains_version', '=', version).returning('id').executeTakeFirst()) !== undefined;
