import { sql, type Kysely } from 'kysely';

// Dashboards (issue 11), speed at Rotterdam size: the funnel's "work found" answers, the phase
// events of a period, and a trajectory's previous phase event in (at, seq) order (time in
// phase). One statement per query (PGlite). Frozen once landed.
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of [
    `create index result_answer_area on result_answer (tenant_id, area, answer, measurement_id)`,
    `create index trajectory_event_at on trajectory_event (tenant_id, at) include (trajectory_id, youth_id, kind, seq)`,
    `create index trajectory_event_order on trajectory_event (tenant_id, trajectory_id, at desc, seq desc) include (kind, to_phase_id)`,
  ]) await sql.raw(statement).execute(db);
}
