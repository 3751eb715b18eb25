import { sql, type Kysely } from 'kysely';

// The administrator edits the tenant's answer lists (plan parts, competencies, closing
// reasons, ...): one row per list carries its version, so two administrators editing the same
// list at once get 409, and an id for the revision history. Lists a tenant gets later are
// added when first changed. Frozen once landed.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table option_list (
      tenant_id uuid not null references tenant(id),
      list text not null,
      id uuid not null unique,
      version int not null default 1 check (version >= 1),
      primary key (tenant_id, list)
    )`.execute(db);
  await sql`insert into option_list (tenant_id, list, id)
    select tenant_id, list, gen_random_uuid() from option_list_item group by tenant_id, list`.execute(db);
}
