import { sql, type Kysely } from 'kysely';

// Closing and learning (issue 11): the closing conversation (afronding), warm handovers to
// another organisation with a check that they landed, the aftercare plan and its contacts,
// the result measurement (IPTA Bijlage 5) and the opschaal-overleg. Frozen once landed.
export async function up(db: Kysely<any>): Promise<void> {
  // One statement per query: PGlite's extended protocol takes a single statement at a time.
  for (const statement of CLOSING.split(/;\s*\n\s*\n/)) {
    if (statement.trim()) await sql.raw(statement).execute(db);
  }
}

const CLOSING = `
    -- The closing conversation of a trajectory (eindgesprek): one per trajectory.
    create table closing_conversation (
      tenant_id uuid not null references tenant(id),
      trajectory_id uuid primary key references trajectory(id),
      youth_id uuid not null references youth(id),
      held_on date not null,
      summary text not null,
      takes_along text,                       -- what the youth takes along (wat neemt de jongere mee)
      author_id uuid not null references app_user(id),
      created_at timestamptz not null,
      updated_at timestamptz not null,
      version int not null default 1
    );

    create index closing_conversation_youth on closing_conversation (tenant_id, youth_id);

    -- A warm handover (warme overdracht) of remaining work to another organisation: who takes
    -- it over, what, the handover conversation, and a later check that it landed.
    create table warm_handover (
      tenant_id uuid not null references tenant(id),
      id uuid primary key,
      youth_id uuid not null references youth(id),
      trajectory_id uuid not null references trajectory(id),
      to_organisation text not null check (length(trim(to_organisation)) > 0),
      to_person text,
      what text not null,
      conversation_on date,
      conversation_note text,
      check_due_on date not null,
      checked_on date,
      landed boolean,
      check_note text,
      created_by uuid not null references app_user(id),
      created_at timestamptz not null,
      updated_at timestamptz not null,
      version int not null default 1,
      check ((checked_on is null) = (landed is null))
    );

    create index warm_handover_youth on warm_handover (tenant_id, youth_id, created_at);

    create index warm_handover_check_due on warm_handover (tenant_id, check_due_on) where checked_on is null;

    -- The aftercare plan (nazorg): its content, how often, from when until when.
    create table aftercare_plan (
      tenant_id uuid not null references tenant(id),
      trajectory_id uuid primary key references trajectory(id),
      youth_id uuid not null references youth(id),
      content text not null,
      frequency_weeks int not null check (frequency_weeks between 1 and 52),
      starts_on date not null,
      ends_on date not null,
      created_by uuid not null references app_user(id),
      created_at timestamptz not null,
      updated_at timestamptz not null,
      version int not null default 1,
      check (ends_on >= starts_on)
    );

    create index aftercare_plan_youth on aftercare_plan (tenant_id, youth_id);

    -- An aftercare contact with its checks ("still working?", "still housed?"); null: not asked.
    create table aftercare_contact (
      tenant_id uuid not null references tenant(id),
      id uuid primary key,
      youth_id uuid not null references youth(id),
      trajectory_id uuid not null references trajectory(id),
      held_on date not null,
      note text,
      still_working boolean,
      still_housed boolean,
      author_id uuid not null references app_user(id),
      created_at timestamptz not null
    );

    create index aftercare_contact_youth on aftercare_contact (tenant_id, youth_id, held_on);

    -- The result measurement (resultaatmeting, IPTA Bijlage 5) at closing and at fixed moments
    -- after it; one per trajectory and moment.
    create table result_measurement (
      tenant_id uuid not null references tenant(id),
      id uuid primary key,
      youth_id uuid not null references youth(id),
      trajectory_id uuid not null references trajectory(id),
      moment text not null check (moment in ('closing', 'after_6_months', 'after_12_months')),
      measured_on date not null,
      note text,
      author_id uuid not null references app_user(id),
      created_at timestamptz not null,
      updated_at timestamptz not null,
      version int not null default 1,
      unique (trajectory_id, moment)
    );

    create index result_measurement_youth on result_measurement (tenant_id, youth_id, measured_on);

    create index result_measurement_moment on result_measurement (tenant_id, moment, measured_on);

    -- One answer per result area, from the form's answer set, with its explanation and the
    -- area's own details (work: function, company, hours; income: amount; ...).
    create table result_answer (
      tenant_id uuid not null references tenant(id),
      measurement_id uuid not null references result_measurement(id),
      area text not null,
      answer text not null check (answer in ('ja', 'nee', 'nee_wel_geprobeerd', 'ja_gelukt', 'nvt')),
      explanation text,
      details jsonb,
      primary key (measurement_id, area)
    );

    -- The opschaal-overleg: a case (one youth) or a bottleneck (no youth), the question, the
    -- decision, who acts by when, the outcome and whether it became a policy change.
    create table escalation (
      tenant_id uuid not null references tenant(id),
      id uuid primary key,
      kind text not null check (kind in ('case', 'bottleneck')),
      youth_id uuid references youth(id),
      team_id uuid references team(id),
      title text not null,
      question text not null,
      meeting_on date,
      decision text,
      action_owner text,
      action_due_on date,
      outcome text,
      status text not null default 'open' check (status in ('open', 'decided', 'done')),
      policy_change boolean not null default false,
      policy_change_note text,
      raised_by uuid not null references app_user(id),
      created_at timestamptz not null,
      updated_at timestamptz not null,
      version int not null default 1,
      check ((kind = 'case') = (youth_id is not null))
    );

    create index escalation_tenant_status on escalation (tenant_id, status, created_at);

    create index escalation_youth on escalation (tenant_id, youth_id) where youth_id is not null
`;
