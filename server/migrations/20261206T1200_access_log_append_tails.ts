import { sql, type Kysely } from 'kysely';

/**
 * Chaining entries onto a tenant's access log from their canonical texts alone, and inserting them
 * in one statement.
 *
 * `access_log_append` (migration 20261205T2200) took each entry twice: its fields and its
 * canonical text after the seq (`tail`), as one JSON document, and inserted row by row. A list
 * that names a team's youth writes ~90 entries per request: some 50 KB to the database on every
 * look at the team's worklist, and 90 inserts. The tail already holds every field (it is JSON:
 * at, user, role, organisation, action, youth, record type, record id, address, result), so the
 * server now sends only the tails, one per line (JSON text holds no raw newline), and this function
 * reads the fields back out of the very text it hashes — the stored row and its hash cannot
 * disagree. Hashing as entryHash does: sha256 over the previous hash and '["<tenant>",<seq>' || tail.
 *
 * The old function stays, so a server still running the previous version keeps writing its
 * entries while the new one starts. Frozen once landed.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create function access_log_append_tails(p_tenant uuid, p_tails text) returns void language plpgsql as $$
    declare
      tails text[] := string_to_array(p_tails, E'\n');
      head text := '["' || p_tenant::text || '",';
      last_seq bigint;
      last_hash text;
      prevs text[] := '{}';
      hashes text[] := '{}';
      first_seq bigint;
    begin
      perform pg_advisory_xact_lock(hashtext(p_tenant::text));
      select seq, hash into last_seq, last_hash from access_log where tenant_id = p_tenant order by seq desc limit 1;
      first_seq := coalesce(last_seq, 0) + 1;
      last_hash := coalesce(last_hash, repeat('0', 64));
      for i in 1 .. coalesce(array_length(tails, 1), 0) loop
        prevs[i] := last_hash;
        last_hash := encode(sha256(convert_to(last_hash || head || (first_seq + i - 1)::text || tails[i], 'UTF8')), 'hex');
        hashes[i] := last_hash;
      end loop;
      insert into access_log (tenant_id, seq, at, user_id, role, organisation_id, action, youth_id, record_type, record_id, address, result, prev_hash, hash)
      select p_tenant, first_seq + e.n - 1, (f->>1)::timestamptz, (f->>2)::uuid, f->>3, (f->>4)::uuid,
        f->>5, (f->>6)::uuid, f->>7, f->>8, f->>9, f->>10, prevs[e.n], hashes[e.n]
      from unnest(tails) with ordinality as e(tail, n), lateral (select ('[0' || e.tail)::jsonb as f) fields
      order by e.n;
    end $$
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop function access_log_append_tails(uuid, text)`.execute(db);
}
