import { sql, type Kysely } from 'kysely';

// Youth imported from a municipality's spreadsheet (issue 10): each import is recorded — who,
// which file (its SHA-256), when, the counts and the report of rejected rows — and its row is
// the status a page polls while the batches run. Frozen once landed.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table youth_import (
      tenant_id uuid not null references tenant(id),
      id uuid primary key,
      file_name text not null,
      file_sha256 text not null,
      started_by uuid not null references app_user(id),
      started_at timestamptz not null,
      finished_at timestamptz,
      -- running · done · failed
      status text not null default 'running',
      bytes_total bigint not null default 0,
      bytes_done bigint not null default 0,
      rows_done int not null default 0,
      imported int not null default 0,
      already_imported int not null default 0,
      rejected int not null default 0,
      report jsonb
    )
  `.execute(db);
  await sql`create index youth_import_tenant on youth_import (tenant_id, started_at)`.execute(db);
}
