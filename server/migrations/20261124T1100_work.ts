import { sql, type Kysely } from 'kysely';

// Work (issue 8, first part): the team's employer network, shared within the tenant, with a
// contact history per coach; the workplaces of an employer, each with a quick scan in the
// terms of the search profile so the two can be matched; the coach's marks on the ranked
// workplaces for one youth and the youth's choice. Frozen once landed.
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of WORK.split(/;\s*\n\s*\n/)) {
    if (statement.trim()) await sql.raw(statement).execute(db);
  }
  // The ten basic employee competencies (IPTA ch. 5) as a tenant list (a frozen copy).
  for (const [i, [key, label]] of COMPETENCIES.entries()) {
    await sql`insert into option_list_item (tenant_id, list, key, label, position)
      select id, 'employee_competency', ${key}, ${label}, ${i + 1} from tenant on conflict do nothing`.execute(db);
  }
}

const COMPETENCIES: [string, string][] = [
  ['op_tijd_komen', 'Op tijd komen'], ['willen_werken', 'Willen werken'], ['respect_tonen', 'Respect tonen'], ['samenwerken', 'Kunnen samenwerken'],
  ['eerlijk_zijn', 'Eerlijk zijn'], ['ideeen_hebben', 'Ideeën hebben'], ['ondernemend_zijn', 'Ondernemend zijn'], ['afspraken_nakomen', 'Afspraken nakomen'],
  ['zelfstandig_werken', 'Zelfstandig kunnen werken'], ['doorzetten', 'Doorzetten'],
];

const WORK = `
    create table employer (
      tenant_id uuid not null references tenant(id),
      id uuid primary key,
      name text not null,
      town text not null,
      neighbourhood text,
      sector text not null,
      size text not null check (size in ('zzp', 'klein', 'middel', 'groot')),
      csr_covenant boolean not null default false,
      contacts jsonb not null default '[]',
      entry_work text not null default '',
      openness text not null default '',
      experience text not null default '',
      subsidies_discussed text not null default '',
      job_carving text not null default '',
      notes text not null default '',
      created_by uuid not null references app_user(id),
      created_at timestamptz not null,
      updated_at timestamptz not null,
      version int not null default 1
    );

    create index employer_tenant_name on employer (tenant_id, lower(name));

    -- Who spoke with the employer, when, about what: each coach's own contact history.
    create table employer_contact (
      tenant_id uuid not null references tenant(id),
      id uuid primary key,
      employer_id uuid not null references employer(id),
      author_id uuid not null references app_user(id),
      happened_on date not null,
      note text not null,
      created_at timestamptz not null
    );

    create index employer_contact_employer on employer_contact (tenant_id, employer_id, happened_on desc);

    -- A workplace of an employer and its quick scan (IPTA ch. 4): the five pairs of the search
    -- profile as traits, and the open descriptions.
    create table workplace (
      tenant_id uuid not null references tenant(id),
      id uuid primary key,
      employer_id uuid not null references employer(id),
      name text not null,
      open_places int not null default 0 check (open_places >= 0),
      traits jsonb not null default '{}',
      atmosphere text not null default '',
      tasks text not null default '',
      skills_needed text not null default '',
      instruction_style text not null default '',
      growth text not null default '',
      social_setting text not null default '',
      scanned_on date,
      active boolean not null default true,
      created_by uuid not null references app_user(id),
      created_at timestamptz not null,
      updated_at timestamptz not null,
      version int not null default 1
    );

    create index workplace_employer on workplace (tenant_id, employer_id);

    -- The coach's marks on workplaces for one youth, and the one the youth chose.
    create table workplace_mark (
      tenant_id uuid not null references tenant(id),
      youth_id uuid not null references youth(id),
      workplace_id uuid not null references workplace(id),
      status text not null check (status in ('candidate', 'chosen', 'rejected')),
      note text not null default '',
      marked_by uuid not null references app_user(id),
      marked_at timestamptz not null,
      primary key (youth_id, workplace_id)
    );

    create unique index workplace_mark_one_choice on workplace_mark (youth_id) where status = 'chosen';

    -- A youth at a workplace: the kind of placement, its dates, who supervises, and the
    -- agreements made at placement (IPTA ch. 4) as a checklist with notes.
    create table placement (
      tenant_id uuid not null references tenant(id),
      id uuid primary key,
      youth_id uuid not null references youth(id),
      workplace_id uuid not null references workplace(id),
      kind text not null check (kind in ('internship', 'work_experience', 'trial', 'regular_job', 'bbl', 'secondment')),
      starts_on date not null,
      planned_end_on date,
      ended_on date,
      end_reason text check (end_reason in ('completed', 'regular_job', 'education', 'stopped_by_youth', 'stopped_by_employer', 'other')),
      end_note text not null default '',
      supervisor_name text not null default '',
      supervisor_function text not null default '',
      hours_per_week numeric(4, 1),
      agreements jsonb not null default '{}',
      created_by uuid not null references app_user(id),
      created_at timestamptz not null,
      updated_at timestamptz not null,
      version int not null default 1,
      check (planned_end_on is null or planned_end_on >= starts_on),
      check (ended_on is null or ended_on >= starts_on),
      check ((ended_on is null) = (end_reason is null))
    );

    create index placement_youth on placement (tenant_id, youth_id, starts_on desc);

    -- Subsidies, wage-value assessments and evaluation moments of a placement, with their dates.
    create table placement_subsidy (
      tenant_id uuid not null references tenant(id),
      id uuid primary key,
      placement_id uuid not null references placement(id),
      youth_id uuid not null references youth(id),
      kind text not null check (kind in ('loonkostensubsidie', 'loondispensatie', 'no_risk_polis', 'begeleidingsvergoeding', 'proefplaatsing', 'anders')),
      starts_on date not null,
      ends_on date,
      note text not null default '',
      created_by uuid not null references app_user(id),
      created_at timestamptz not null,
      check (ends_on is null or ends_on >= starts_on)
    );

    create index placement_subsidy_placement on placement_subsidy (placement_id);

    -- For the norms (issue 9): subsidies ending soon across a coach's youth.
    create index placement_subsidy_ends on placement_subsidy (tenant_id, ends_on);

    create table wage_value_assessment (
      tenant_id uuid not null references tenant(id),
      id uuid primary key,
      placement_id uuid not null references placement(id),
      youth_id uuid not null references youth(id),
      assessed_on date not null,
      percentage int not null check (percentage between 0 and 100),
      assessor text not null default '',
      note text not null default '',
      created_by uuid not null references app_user(id),
      created_at timestamptz not null
    );

    create index wage_value_assessment_placement on wage_value_assessment (placement_id);

    create table placement_evaluation (
      tenant_id uuid not null references tenant(id),
      id uuid primary key,
      placement_id uuid not null references placement(id),
      youth_id uuid not null references youth(id),
      planned_on date not null,
      held_on date,
      note text not null default '',
      created_by uuid not null references app_user(id),
      created_at timestamptz not null
    );

    create index placement_evaluation_placement on placement_evaluation (placement_id);

    -- A personal link for the supervisor of one placement: the token itself is never stored,
    -- only its hash; it expires, can be renewed and revoked.
    create table supervisor_link (
      tenant_id uuid not null references tenant(id),
      id uuid primary key,
      placement_id uuid not null references placement(id),
      youth_id uuid not null references youth(id),
      token_hash text not null unique,
      created_by uuid not null references app_user(id),
      created_at timestamptz not null,
      expires_at timestamptz not null,
      revoked_at timestamptz,
      revoked_by uuid references app_user(id),
      last_used_at timestamptz
    );

    create index supervisor_link_placement on supervisor_link (placement_id);

    -- The weekly progress form (IPTA ch. 5): the ten basic employee competencies as seen this
    -- week, by the supervisor through the link or by the coach with the supervisor in person.
    create table weekly_form (
      tenant_id uuid not null references tenant(id),
      id uuid primary key,
      placement_id uuid not null references placement(id),
      youth_id uuid not null references youth(id),
      week_start date not null,
      filled_by text not null check (filled_by in ('supervisor', 'coach')),
      link_id uuid references supervisor_link(id),
      recorded_by uuid references app_user(id),
      supervisor_name text not null,
      ratings jsonb not null,
      note text not null default '',
      submitted_at timestamptz not null,
      unique (placement_id, week_start),
      check (extract(isodow from week_start) = 1)
    );

    -- The certificate and the recommendation letter of a placement (IPTA ch. 5): drafted by the
    -- coach from the weekly forms, confirmed by the employer through the link, then fixed.
    create table work_reference (
      tenant_id uuid not null references tenant(id),
      id uuid primary key,
      placement_id uuid not null references placement(id),
      youth_id uuid not null references youth(id),
      kind text not null check (kind in ('certificate', 'recommendation')),
      competencies text[] not null default '{}',
      conditions text not null default '',
      body text not null default '',
      confirmed_at timestamptz,
      confirmed_name text,
      confirmed_function text,
      confirmed_link_id uuid references supervisor_link(id),
      created_by uuid not null references app_user(id),
      created_at timestamptz not null,
      updated_at timestamptz not null,
      version int not null default 1,
      unique (placement_id, kind)
    )
`;
