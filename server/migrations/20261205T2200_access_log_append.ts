import { sql, type Kysely } from 'kysely';

// Chaining entries onto a tenant's access log in one statement instead of five (begin, lock, read
// the end, insert, commit): every read of a file writes its entry, so each round trip saved is
// saved on every call. The server sends each entry's canonical text after its seq (`tail`,
// platform/access-log's chainTail); this function takes the tenant's lock, reads the chain's
// end, and hashes as entryHash does: sha256 over the previous hash and
// '["<tenant>",<seq>' || tail. Each statement in a (volatile) function reads with a fresh
// snapshot, so the end it reads is the newest committed one once the lock is held. Frozen once landed.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create function access_log_append(p_tenant uuid, p_entries jsonb) returns void language plpgsql as $$
    declare
      last_seq bigint;
      last_hash text;
      entry jsonb;
      next_hash text;
    begin
      perform pg_advisory_xact_lock(hashtext(p_tenant::text));
      select seq, hash into last_seq, last_hash from access_log where tenant_id = p_tenant order by seq desc limit 1;
      last_seq := coalesce(last_seq, 0);
      last_hash := coalesce(last_hash, repeat('0', 64));
      for entry in select e.value from jsonb_array_elements(p_entries) with ordinality as e(value, n) order by e.n loop
        last_seq := last_seq + 1;
        next_hash := encode(sha256(convert_to(last_hash || '["' || p_tenant::text || '",' || last_seq::text || (entry->>'tail'), 'UTF8')), 'hex');
        insert into access_log (tenant_id, seq, at, user_id, role, organisation_id, action, youth_id, record_type, record_id, address, result, prev_hash, hash)
        values (p_tenant, last_seq, (entry->>'at')::timestamptz, (entry->>'user_id')::uuid, entry->>'role', (entry->>'organisation_id')::uuid,
          entry->>'action', (entry->>'youth_id')::uuid, entry->>'record_type', entry->>'record_id', entry->>'address', entry->>'result', last_hash, next_hash);
        last_hash := next_hash;
      end loop;
    end $$
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop function access_log_append(uuid, jsonb)`.execute(db);
}
