import { sql, type Kysely } from 'kysely';

// Evaluation moments of a placement can be marked held (issue 8): the row changes after it is
// made, so it carries a version like every changeable record (a stale write gets 409). Frozen
// once landed.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table placement_evaluation add column version int not null default 1`.execute(db);
}
