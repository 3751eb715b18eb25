import { sql, type Kysely } from 'kysely';

// When an import last made progress (issue 10): an import whose server stopped mid-way stays
// 'running' in its row; with this time its page can say it was interrupted. Frozen once landed.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table youth_import add column progress_at timestamptz`.execute(db);
  await sql`update youth_import set progress_at = coalesce(finished_at, started_at)`.execute(db);
}
