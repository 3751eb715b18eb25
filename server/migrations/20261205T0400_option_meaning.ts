import { sql, type Kysely } from 'kysely';

// What an answer means to Spil itself, beside its label: a closing reason that counts as
// regular work in the dashboard's funnel (issue 11). The administrator marks it, so a reason
// the municipality adds ("Werk via uitzendbureau") counts too. Frozen once landed.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table option_list_item add column counts_as text check (counts_as in ('regular_work'))`.execute(db);
  await sql`update option_list_item set counts_as = 'regular_work' where list = 'closing_reason' and key = 'regulier_werk'`.execute(db);
}
