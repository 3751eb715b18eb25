import type { Insertable, Updateable } from 'kysely';
import { sql, type Db } from '../../platform/db/index.js';
import type { ResultAnswerTable, ResultMeasurementTable } from '../../platform/db/schema.js';

const measurements = (db: Db, tenantId: string) =>
  db.selectFrom('result_measurement as m').innerJoin('app_user as u', 'u.id', 'm.author_id').selectAll('m').select('u.display_name as author_name')
    .where('m.tenant_id', '=', tenantId);

export const ofTrajectory = (db: Db, tenantId: string, trajectoryId: string) =>
  measurements(db, tenantId).where('m.trajectory_id', '=', trajectoryId).orderBy('m.measured_on').orderBy('m.moment').execute();

export const one = (db: Db, tenantId: string, id: string) => measurements(db, tenantId).where('m.id', '=', id).executeTakeFirst();

/** By id in any tenant: a client-made id already taken elsewhere is refused. */
export const byId = (db: Db, id: string) => db.selectFrom('result_measurement').selectAll().where('id', '=', id).executeTakeFirst();

export const atMoment = (db: Db, tenantId: string, trajectoryId: string, moment: string) =>
  db.selectFrom('result_measurement').select('id').where('tenant_id', '=', tenantId).where('trajectory_id', '=', trajectoryId).where('moment', '=', moment as never).executeTakeFirst();

export const answers = (db: Db, tenantId: string, ids: string[]) => ids.length === 0 ? Promise.resolve([]) :
  db.selectFrom('result_answer').selectAll().where('tenant_id', '=', tenantId).where('measurement_id', 'in', ids).execute();

export async function insert(db: Db, row: Insertable<ResultMeasurementTable>) {
  await db.insertInto('result_measurement').values(row).execute();
}

export const update = (db: Db, tenantId: string, id: string, version: number, set: Updateable<ResultMeasurementTable>) =>
  db.updateTable('result_measurement').set({ ...set, version: sql`version + 1` })
    .where('tenant_id', '=', tenantId).where('id', '=', id).where('version', '=', version).returning('id').executeTakeFirst();

/** The answers of a measurement, replaced as a whole. */
export async function replaceAnswers(db: Db, tenantId: string, measurementId: string, rows: Insertable<ResultAnswerTable>[]) {
  await db.deleteFrom('result_answer').where('tenant_id', '=', tenantId).where('measurement_id', '=', measurementId).execute();
  if (rows.length) await db.insertInto('result_answer').values(rows).execute();
}
