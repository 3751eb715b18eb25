import { sql, type Kysely } from 'kysely';

// Norms, signals and worklists (issue 9): the norms a municipality watches as configuration,
// the coach's acknowledgements and snoozes of signals (kept as history), and group cases —
// a street group with its members, reports that start the 24-hour clock, contacts recorded
// once for the members present — and group sessions. Frozen once landed.
export async function up(db: Kysely<any>): Promise<void> {
  // One statement per query: PGlite's extended protocol takes a single statement at a time.
  for (const statement of NORMS.split(/;\s*\n\s*\n/)) {
    if (statement.trim()) await sql.raw(statement).execute(db);
  }
}

const NORMS = `
    -- A norm the tenant changed; norms never touched keep the handbook's default (core/norms).
    create table norm_setting (
      tenant_id uuid not null references tenant(id),
      key text not null,
      enabled boolean not null,
      threshold int check (threshold is null or threshold >= 0),
      updated_by uuid not null references app_user(id),
      updated_at timestamptz not null,
      primary key (tenant_id, key)
    );

    -- Two administrators editing the norms at once: the second gets 409.
    alter table tenant add column norms_version int not null default 1;

    -- A coach saw a signal (acknowledged) or put it away until a day (snoozed), with a reason.
    -- Rows are only added: the newest per signal counts, the rest is its history.
    create table signal_ack (
      tenant_id uuid not null references tenant(id),
      id uuid primary key,
      seq bigint generated always as identity,
      signal_key text not null,
      youth_id uuid references youth(id),
      kind text not null,
      action text not null check (action in ('acknowledged', 'snoozed', 'reopened')),
      until date,
      reason text not null default '',
      by_id uuid not null references app_user(id),
      at timestamptz not null,
      check ((action = 'snoozed') = (until is not null))
    );

    create index signal_ack_youth on signal_ack (tenant_id, youth_id, at desc);

    create index signal_ack_key on signal_ack (tenant_id, signal_key, at desc);

    -- The worklist hears of the supervisor's weekly forms per youth of the caseload.
    create index weekly_form_youth on weekly_form (tenant_id, youth_id, submitted_at desc);

    -- ... and of ontbindende voorwaarden that occurred.
    create index meeting_condition_occurred on meeting_condition (tenant_id, youth_id) where occurred_at is not null;

    -- A group case (IJA: a street group of six in one neighbourhood): the youth stay individual cases too.
    create table youth_group (
      tenant_id uuid not null references tenant(id),
      id uuid primary key,
      team_id uuid not null references team(id),
      name text not null,
      neighbourhood text,
      coach_id uuid not null references app_user(id),
      note text not null default '',
      active boolean not null default true,
      created_by uuid not null references app_user(id),
      created_at timestamptz not null,
      version int not null default 1
    );

    create index youth_group_team on youth_group (tenant_id, team_id);

    create index youth_group_coach on youth_group (tenant_id, coach_id);

    create table youth_group_member (
      tenant_id uuid not null references tenant(id),
      id uuid primary key,
      group_id uuid not null references youth_group(id),
      youth_id uuid not null references youth(id),
      since timestamptz not null,
      until timestamptz,
      added_by uuid not null references app_user(id)
    );

    create unique index youth_group_member_current on youth_group_member (group_id, youth_id) where until is null;

    create index youth_group_member_youth on youth_group_member (tenant_id, youth_id);

    -- A report about the group (nuisance, truancy, other): each member's 24-hour clock starts.
    create table group_report (
      tenant_id uuid not null references tenant(id),
      id uuid primary key,
      group_id uuid not null references youth_group(id),
      reported_at timestamptz not null,
      kind text not null check (kind in ('nuisance', 'truancy', 'other')),
      reporter_name text not null,
      reporter_organisation text,
      what text not null,
      created_by uuid not null references app_user(id),
      created_at timestamptz not null
    );

    create index group_report_group on group_report (tenant_id, group_id, reported_at desc);

    -- A contact with the group, recorded once: each member present gets a contactmoment
    -- (in their own timeline) that points here.
    create table group_contact (
      tenant_id uuid not null references tenant(id),
      id uuid primary key,
      group_id uuid not null references youth_group(id),
      happened_at timestamptz not null,
      mode text not null,
      note text,
      author_id uuid not null references app_user(id),
      created_at timestamptz not null
    );

    create index group_contact_group on group_contact (tenant_id, group_id, happened_at desc);

    alter table contact add column group_contact_id uuid references group_contact(id);

    -- A training or theme session for several youth (not one group case).
    create table group_session (
      tenant_id uuid not null references tenant(id),
      id uuid primary key,
      team_id uuid not null references team(id),
      topic text not null,
      held_at timestamptz not null,
      facilitator text not null,
      note text,
      created_by uuid not null references app_user(id),
      created_at timestamptz not null
    );

    create index group_session_team on group_session (tenant_id, team_id, held_at desc);

    create table group_session_attendee (
      tenant_id uuid not null references tenant(id),
      session_id uuid not null references group_session(id),
      youth_id uuid not null references youth(id),
      primary key (session_id, youth_id)
    );

    create index group_session_attendee_youth on group_session_attendee (tenant_id, youth_id);

    -- A session in each attendee's timeline, shaped like the timeline's other sources.
    create view group_session_timeline as
      select a.tenant_id, a.youth_id, s.id, s.held_at, s.created_by, s.topic, s.facilitator, s.note
      from group_session_attendee a join group_session s on s.id = a.session_id;

    -- The team lead's handover during leave: a stand-in coaches for a while; the youth's own
    -- coach stays on record (youth_coach.kind).
    alter table youth_coach add column kind text not null default 'coach' check (kind in ('coach', 'co_coach', 'stand_in'));

    alter table youth_coach add column note text
`;
