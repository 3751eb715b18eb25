import { sql, type Kysely } from 'kysely';

// Dashboards (issue 11): a youth's organisation is that of their main coach's latest
// assignment, ended or not; looked up per youth when a dashboard is narrowed to one
// organisation. Frozen once landed.
export async function up(db: Kysely<any>): Promise<void> {
  await sql.raw(`create index youth_coach_main on youth_coach (tenant_id, youth_id, since desc, id desc) where kind = 'coach'`).execute(db);
}
