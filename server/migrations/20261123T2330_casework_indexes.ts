import { sql, type Kysely } from 'kysely';

// The youth timeline reads each kind newest first by (time, id): indexes in that order, so no
// kind is scanned or sorted in full; phase changes had no index by youth at all. And a
// contact's appointment must exist. Frozen once landed.
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of [
    'create index trajectory_event_youth on trajectory_event (tenant_id, youth_id, at desc, id desc)',
    'drop index contact_youth',
    'create index contact_youth on contact (tenant_id, youth_id, happened_at desc, id desc)',
    'drop index contact_attempt_youth',
    'create index contact_attempt_youth on contact_attempt (tenant_id, youth_id, at desc, id desc)',
    'drop index incident_youth',
    'create index incident_youth on incident (tenant_id, youth_id, reported_at desc, id desc)',
    'drop index appointment_youth',
    'create index appointment_youth on appointment (tenant_id, youth_id, starts_at desc, id desc)',
    'create index kennismaking_youth_keyset on kennismaking (tenant_id, youth_id, held_at desc, id desc)',
    'create index signal_youth_time on signal (tenant_id, youth_id, created_at desc, id desc)',
    'alter table contact add constraint contact_appointment_fk foreign key (appointment_id) references appointment(id)',
  ]) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Not reversible.');
}
