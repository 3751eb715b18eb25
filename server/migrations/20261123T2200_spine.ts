import { sql, type Kysely } from 'kysely';

// The spine: tenants, organisations, teams, users and sessions; youth and their trajectories
// through a configurable phase model; the revision history and the hash-chained access log.
// Frozen once landed: change the schema in a new migration.
export async function up(db: Kysely<any>): Promise<void> {
  // One statement per query: PGlite's extended protocol takes a single statement at a time.
  for (const statement of SPINE.split(/;\s*\n\s*\n/)) {
    if (statement.trim()) await sql.raw(statement).execute(db);
  }
}

const SPINE = `
    create table tenant (
      id uuid primary key,
      name text not null,
      method text not null check (method in ('ipta', 'ija')),
      age_min int not null,
      age_max int not null,
      require_2fa_for_all boolean not null default false,
      version int not null default 1,
      created_at timestamptz not null default now()
    );

    create table organisation (
      tenant_id uuid not null references tenant(id),
      id uuid primary key,
      name text not null,
      active boolean not null default true,
      version int not null default 1,
      created_at timestamptz not null default now(),
      unique (tenant_id, name)
    );

    create table team (
      tenant_id uuid not null references tenant(id),
      id uuid primary key,
      name text not null,
      neighbourhood text,
      active boolean not null default true,
      version int not null default 1,
      created_at timestamptz not null default now(),
      unique (tenant_id, name)
    );

    create table app_user (
      tenant_id uuid not null references tenant(id),
      id uuid primary key,
      organisation_id uuid not null references organisation(id),
      email text not null,
      display_name text not null,
      password_hash text not null,
      roles text[] not null,
      active boolean not null default true,
      caseload_limit int not null default 20,
      totp_secret text,
      totp_pending_secret text,
      totp_enabled_at timestamptz,
      totp_last_step bigint,                  -- a code is accepted once: later codes must be of a later step
      recovery_code_hashes text[] not null default '{}',
      locale text not null default 'nl',
      version int not null default 1,
      created_at timestamptz not null default now()
    );

    -- An e-mail address logs in to exactly one account, in any tenant.
    create unique index app_user_email on app_user (lower(email));

    create table user_team (
      tenant_id uuid not null references tenant(id),
      user_id uuid not null references app_user(id),
      team_id uuid not null references team(id),
      primary key (user_id, team_id)
    );

    create index user_team_team on user_team (tenant_id, team_id);

    create table session (
      id text primary key,                    -- sha-256 of the cookie token; the token itself is never stored
      tenant_id uuid not null references tenant(id),
      user_id uuid not null references app_user(id),
      stage text not null check (stage in ('totp', 'totp_enrolment', 'complete')),
      created_at timestamptz not null,
      last_seen_at timestamptz not null,
      expires_at timestamptz not null,
      ended_at timestamptz
    );

    create index session_by_user on session (user_id);

    -- The one table without a tenant: a failed login is counted before anyone knows the tenant.
    create table login_failure (
      id bigserial primary key,
      key text not null,                      -- 'account:<email>' or 'address:<ip>'
      at timestamptz not null
    );

    create index login_failure_key_at on login_failure (key, at);

    -- Configurable answer lists per tenant (signal sources, closing reasons, genders, ...).
    create table option_list_item (
      tenant_id uuid not null references tenant(id),
      list text not null,
      key text not null,
      label text not null,
      position int not null,
      active boolean not null default true,
      primary key (tenant_id, list, key)
    );

    -- The tenant's phase model: data, not code (IPTA and IJA are two presets).
    create table phase (
      tenant_id uuid not null references tenant(id),
      id uuid primary key,
      key text not null,
      name text not null,
      position int not null,
      planned_weeks int,
      sub_steps text[] not null default '{}',
      active boolean not null default true,
      unique (tenant_id, key)
    );

    create table phase_model (
      tenant_id uuid primary key references tenant(id),
      preset text not null,
      version int not null default 1
    );

    create table youth (
      tenant_id uuid not null references tenant(id),
      id uuid primary key,
      team_id uuid not null references team(id),
      first_name text,
      last_name text,
      nickname text,
      birth_date date,
      gender text,
      address text,
      postcode text,
      city text,
      neighbourhood text,
      phone text,
      email text,
      school_background text,
      signal_source text,
      reporter_name text,
      reporter_organisation text,
      vindplaats text,
      reason text,
      target_indicators text[] not null default '{}',
      version int not null default 1,
      created_by uuid not null references app_user(id),
      created_at timestamptz not null,
      updated_at timestamptz not null
    );

    create index youth_team on youth (tenant_id, team_id);

    create index youth_search on youth (tenant_id, lower(coalesce(nickname, '')), lower(coalesce(first_name, '')), lower(coalesce(last_name, '')));

    -- Who coaches the youth, and since when; an ended assignment keeps its row (until is set).
    create table youth_coach (
      tenant_id uuid not null references tenant(id),
      id bigint generated always as identity primary key,
      youth_id uuid not null references youth(id),
      user_id uuid not null references app_user(id),
      since timestamptz not null,
      until timestamptz
    );

    create unique index youth_coach_current on youth_coach (youth_id, user_id) where until is null;

    create index youth_coach_user on youth_coach (tenant_id, user_id) where until is null;

    create table trajectory (
      tenant_id uuid not null references tenant(id),
      id uuid primary key,
      youth_id uuid not null references youth(id),
      status text not null check (status in ('active', 'paused', 'closed')),
      current_phase_id uuid not null references phase(id),
      phase_entered_at timestamptz not null,
      started_at timestamptz not null,
      closed_at timestamptz,
      closing_reason text,
      reopened_from uuid references trajectory(id),
      version int not null default 1
    );

    create index trajectory_youth on trajectory (tenant_id, youth_id);

    -- One trajectory per youth is open (active or paused) at a time.
    create unique index trajectory_one_open on trajectory (youth_id) where status <> 'closed';

    create table trajectory_event (
      tenant_id uuid not null references tenant(id),
      id uuid primary key,
      trajectory_id uuid not null references trajectory(id),
      youth_id uuid not null references youth(id),
      kind text not null check (kind in ('start', 'forward', 'back', 'pause', 'resume', 'close', 'reopen')),
      from_phase_id uuid references phase(id),
      to_phase_id uuid references phase(id),
      reason text,
      closing_reason text,
      actor_id uuid not null references app_user(id),
      at timestamptz not null,
      seq bigint generated always as identity   -- order of events recorded in the same instant
    );

    create index trajectory_event_trajectory on trajectory_event (tenant_id, trajectory_id, at);

    -- Who changed which field when, for every versioned record of a youth.
    create table revision (
      tenant_id uuid not null references tenant(id),
      id bigserial primary key,
      entity text not null,
      entity_id uuid not null,
      youth_id uuid,
      actor_id uuid not null references app_user(id),
      at timestamptz not null,
      changes jsonb not null
    );

    create index revision_youth on revision (tenant_id, youth_id, at);

    -- NEN 7513-style access log: append-only, each row carries the hash of the previous row of
    -- its tenant, so a changed or removed row breaks the chain (npm run audit:verify).
    create table access_log (
      tenant_id uuid not null references tenant(id),
      seq bigint not null,
      at timestamptz not null,
      user_id uuid,
      role text,
      organisation_id uuid,
      action text not null,
      youth_id uuid,
      record_type text,
      record_id text,
      address text,
      result text not null check (result in ('allowed', 'denied')),
      prev_hash text not null,
      hash text not null,
      primary key (tenant_id, seq)
    );

    create index access_log_youth on access_log (tenant_id, youth_id, at);

    create function access_log_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'access_log is append-only';
    end $$;

    create trigger access_log_no_change before update or delete on access_log
      for each row execute function access_log_append_only();
`;

export async function down(): Promise<void> {
  throw new Error('The spine migration cannot be undone.');
}
