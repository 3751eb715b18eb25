import type { Insertable, Updateable } from 'kysely';
import { sql, type Db } from '../../platform/db/index.js';
import type { EmployerTable, WorkplaceTable } from '../../platform/db/schema.js';

export const employer = (db: Db, tenantId: string, id: string) =>
  db.selectFrom('employer as e').innerJoin('app_user as u', 'u.id', 'e.created_by').selectAll('e').select('u.display_name as created_by_name')
    .where('e.tenant_id', '=', tenantId).where('e.id', '=', id).executeTakeFirst();

export const employerById = (db: Db, id: string) => db.selectFrom('employer').selectAll().where('id', '=', id).executeTakeFirst();

/** The tenant's employers with their number of workplaces, open places and last contact. */
export const list = (db: Db, tenantId: string, f: { q?: string | undefined; sector?: string | undefined; neighbourhood?: string | undefined }) =>
  db.selectFrom('employer as e')
    .select(['e.id', 'e.name', 'e.town', 'e.neighbourhood', 'e.sector', 'e.size', 'e.csr_covenant',
      (eb) => eb.selectFrom('workplace as w').select(eb.fn.countAll<number>().as('n')).whereRef('w.employer_id', '=', 'e.id').where('w.active', '=', true).as('workplaces'),
      (eb) => eb.selectFrom('workplace as w').select(sql<number>`coalesce(sum(w.open_places), 0)`.as('n')).whereRef('w.employer_id', '=', 'e.id').where('w.active', '=', true).as('open_places'),
      (eb) => eb.selectFrom('employer_contact as c').select(sql<string>`max(c.happened_on)::text`.as('d')).whereRef('c.employer_id', '=', 'e.id').as('last_contact_on'),
    ])
    .where('e.tenant_id', '=', tenantId)
    .$if(Boolean(f.q), (q) => q.where(sql`lower(e.name)`, 'like', `%${f.q!.toLowerCase().replace(/[%_\\]/g, '\\$&')}%`))
    .$if(Boolean(f.sector), (q) => q.where('e.sector', '=', f.sector!))
    .$if(Boolean(f.neighbourhood), (q) => q.where('e.neighbourhood', '=', f.neighbourhood!))
    .orderBy(sql`lower(e.name)`).limit(500).execute();

/** Employers with the same name in the same town, whatever the case or spacing. */
export const sameNameAndTown = (db: Db, tenantId: string, name: string, town: string) =>
  db.selectFrom('employer').select(['id', 'name', 'town']).where('tenant_id', '=', tenantId)
    .where(sql`lower(regexp_replace(name, '\\s+', ' ', 'g'))`, '=', name.toLowerCase().replace(/\s+/g, ' '))
    .where(sql`lower(town)`, '=', town.toLowerCase()).execute();

export async function insertEmployer(db: Db, row: Insertable<EmployerTable>) {
  const r = await db.insertInto('employer').values(row).onConflict((c) => c.column('id').doNothing()).returning('id').executeTakeFirst();
  return r !== undefined;
}

export const updateEmployer = (db: Db, tenantId: string, id: string, version: number, set: Updateable<EmployerTable>) =>
  db.updateTable('employer').set({ ...set, version: sql`version + 1` })
    .where('tenant_id', '=', tenantId).where('id', '=', id).where('version', '=', version).returning('id').executeTakeFirst();

export const contacts = (db: Db, tenantId: string, employerId: string) =>
  db.selectFrom('employer_contact as c').innerJoin('app_user as u', 'u.id', 'c.author_id')
    .select(['c.id', 'c.happened_on', 'c.note', 'u.id as author_id', 'u.display_name as author_name'])
    .where('c.tenant_id', '=', tenantId).where('c.employer_id', '=', employerId).orderBy('c.happened_on', 'desc').orderBy('c.created_at', 'desc').limit(200).execute();

export const insertContact = (db: Db, row: { tenant_id: string; id: string; employer_id: string; author_id: string; happened_on: string; note: string; created_at: Date }) =>
  db.insertInto('employer_contact').values(row).onConflict((c) => c.column('id').doNothing()).execute();

export const workplaces = (db: Db, tenantId: string, employerIds: string[]) =>
  employerIds.length === 0 ? Promise.resolve([]) :
    db.selectFrom('workplace').selectAll().where('tenant_id', '=', tenantId).where('employer_id', 'in', employerIds).orderBy('name').execute();

export const workplace = (db: Db, tenantId: string, id: string) =>
  db.selectFrom('workplace').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();

export const workplaceById = (db: Db, id: string) => db.selectFrom('workplace').selectAll().where('id', '=', id).executeTakeFirst();

export async function insertWorkplace(db: Db, row: Insertable<WorkplaceTable>) {
  const r = await db.insertInto('workplace').values(row).onConflict((c) => c.column('id').doNothing()).returning('id').executeTakeFirst();
  return r !== undefined;
}

export const updateWorkplace = (db: Db, tenantId: string, id: string, version: number, set: Updateable<WorkplaceTable>) =>
  db.updateTable('workplace').set({ ...set, version: sql`version + 1` })
    .where('tenant_id', '=', tenantId).where('id', '=', id).where('version', '=', version).returning('id').executeTakeFirst();
