import { sql, type Kysely } from 'kysely';

// Finding and reaching youth, and the coach's daily casework (issue 5): signals in a team's
// intake queue, contact attempts, the kennismaking, the four scout-complete conditions,
// contacts with 5G notes and scaling scores, incidents, appointments.
// Frozen once landed: change the schema in a new migration.
export async function up(db: Kysely<any>): Promise<void> {
  // One statement per query: PGlite's extended protocol takes a single statement at a time.
  for (const statement of CASEWORK.split(/;\s*\n\s*\n/)) {
    if (statement.trim()) await sql.raw(statement).execute(db);
  }
  // The new answer lists for tenants that exist already (new tenants get them from the seed).
  for (const [list, items] of Object.entries(NEW_LISTS)) {
    for (const [i, [key, label]] of items.entries()) {
      await sql`insert into option_list_item (tenant_id, list, key, label, position)
        select id, ${list}, ${key}, ${label}, ${i + 1} from tenant on conflict do nothing`.execute(db);
    }
  }
}

const NEW_LISTS: Record<string, [string, string][]> = {
  attempt_channel: [['whatsapp', 'WhatsApp'], ['telefoon', 'Telefoon'], ['huisbezoek', 'Huisbezoek'], ['via_professional', 'Via een professional'], ['straat', 'Op straat'], ['anders', 'Anders']],
  attempt_outcome: [['geen_reactie', 'Geen reactie'], ['gesproken', 'Gesproken'], ['afspraak_gemaakt', 'Afspraak gemaakt'], ['geweigerd', 'Geweigerd'], ['verkeerd_nummer', 'Verkeerd nummer'], ['niet_thuis', 'Niet thuis'], ['bericht_achtergelaten', 'Bericht achtergelaten']],
  contact_mode: [['face_to_face', 'Face to face'], ['huisbezoek', 'Huisbezoek'], ['straat', 'Op straat'], ['werkplek', 'Op de werkplek'], ['telefoon', 'Telefoon'], ['whatsapp', 'WhatsApp'], ['video', 'Beeldbellen'], ['instantie', 'Bij een instantie']],
  contact_with: [['jongere', 'Jongere'], ['ouder', 'Ouder / verzorger'], ['netwerk', 'Iemand uit het netwerk'], ['professional', 'Professional'], ['werkgever', 'Werkgever']],
  // IPTA handbook: the six working principles.
  working_principle: [['normaliseren', 'Normaliseren'], ['aandacht_geven', 'Aandacht geven'], ['kansen_creeren', 'Kansen creëren'], ['leren', 'Leren'], ['draaglast_verkleinen', 'Draaglast verkleinen en structuur bieden'], ['dromen_en_talenten', 'Ondernemen met dromen en talenten']],
  incident_place: [['werk', 'Werk'], ['thuis', 'Thuis'], ['buren', 'Buren'], ['politie', 'Politie'], ['school', 'School'], ['straat', 'Straat'], ['anders', 'Anders']],
};

const CASEWORK = `
    -- How many days a contact can still be changed; after that only an addendum (default 7).
    alter table tenant add column contact_edit_days int not null default 7;

    -- A report about a youth (aanmelding): waits in the team's intake queue until the team lead
    -- assigns a coach; concerns a known youth (youth_id) or one not yet known (the youth_* fields).
    create table signal (
      tenant_id uuid not null references tenant(id),
      id uuid primary key,
      team_id uuid not null references team(id),
      youth_id uuid references youth(id),
      status text not null check (status in ('open', 'assigned', 'dismissed')),
      source text not null,
      reporter_name text,
      reporter_organisation text,
      vindplaats text,
      reason text,
      reported_on date not null,
      youth_nickname text,
      youth_first_name text,
      youth_last_name text,
      youth_birth_date date,
      youth_neighbourhood text,
      assigned_coach_id uuid references app_user(id),
      assigned_by uuid references app_user(id),
      assigned_at timestamptz,
      dismissed_reason text,
      created_by uuid not null references app_user(id),
      created_at timestamptz not null,
      version int not null default 1
    );

    create index signal_queue on signal (tenant_id, team_id, status, reported_on);

    create index signal_youth on signal (tenant_id, youth_id);

    create table contact_attempt (
      tenant_id uuid not null references tenant(id),
      id uuid primary key,
      youth_id uuid not null references youth(id),
      at timestamptz not null,
      channel text not null,
      outcome text not null,
      note text,
      author_id uuid not null references app_user(id),
      created_at timestamptz not null
    );

    create index contact_attempt_youth on contact_attempt (tenant_id, youth_id, at desc);

    -- Kennismaking / keukentafelgesprek: the first real meeting, at a place the youth chose.
    create table kennismaking (
      tenant_id uuid not null references tenant(id),
      id uuid primary key,
      youth_id uuid not null references youth(id),
      held_at timestamptz not null,
      place text not null,
      youth_expectations text,
      coach_expectations text,
      urgent_matters text,
      self_description text,
      author_id uuid not null references app_user(id),
      created_at timestamptz not null,
      version int not null default 1
    );

    create index kennismaking_youth on kennismaking (tenant_id, youth_id, held_at desc);

    -- The four scout-complete conditions, each ticked (or unticked) with date and by whom; the
    -- latest row per condition counts.
    create table scout_check (
      tenant_id uuid not null references tenant(id),
      id bigint generated always as identity primary key,
      trajectory_id uuid not null references trajectory(id),
      youth_id uuid not null references youth(id),
      condition text not null check (condition in ('found_and_spoken', 'meets_criteria', 'wants_to_work_on_future', 'expectations_aligned')),
      met boolean not null,
      at timestamptz not null,
      by_id uuid not null references app_user(id)
    );

    create index scout_check_trajectory on scout_check (tenant_id, trajectory_id, condition, id desc);

    alter table trajectory_event add column gate_override_reason text;

    create table contact (
      tenant_id uuid not null references tenant(id),
      id uuid primary key,
      youth_id uuid not null references youth(id),
      happened_at timestamptz not null,
      mode text not null,
      with_whom text[] not null,
      duration_minutes int,
      note text,
      principles text[] not null default '{}',
      five_g jsonb,
      scaling_score int check (scaling_score between 0 and 10),
      scaling_topic text,
      appointment_id uuid,
      author_id uuid not null references app_user(id),
      created_at timestamptz not null,
      version int not null default 1
    );

    create index contact_youth on contact (tenant_id, youth_id, happened_at desc);

    -- After the edit window a contact is not changed but amended, visibly.
    create table contact_addendum (
      tenant_id uuid not null references tenant(id),
      id uuid primary key,
      contact_id uuid not null references contact(id),
      youth_id uuid not null references youth(id),
      text text not null,
      author_id uuid not null references app_user(id),
      at timestamptz not null
    );

    create index contact_addendum_contact on contact_addendum (tenant_id, contact_id, at);

    create table incident (
      tenant_id uuid not null references tenant(id),
      id uuid primary key,
      youth_id uuid not null references youth(id),
      reported_at timestamptz not null,
      coach_arrived_at timestamptz,
      place text not null,
      what text not null,
      involved text,
      agreed text,
      follow_up text,
      author_id uuid not null references app_user(id),
      created_at timestamptz not null,
      version int not null default 1
    );

    create index incident_youth on incident (tenant_id, youth_id, reported_at desc);

    create table appointment (
      tenant_id uuid not null references tenant(id),
      id uuid primary key,
      youth_id uuid not null references youth(id),
      coach_id uuid not null references app_user(id),
      starts_at timestamptz not null,
      duration_minutes int not null default 60,
      place text,
      purpose text not null,
      with_whom text[] not null default '{jongere}',
      status text not null check (status in ('planned', 'held', 'no_show', 'cancelled')),
      contact_id uuid references contact(id),
      created_by uuid not null references app_user(id),
      created_at timestamptz not null,
      version int not null default 1
    );

    create index appointment_youth on appointment (tenant_id, youth_id, starts_at desc);

    create index appointment_coach_agenda on appointment (tenant_id, coach_id, starts_at) where status = 'planned'
`;

export async function down(): Promise<void> {
  throw new Error('The casework migration cannot be undone.');
}
