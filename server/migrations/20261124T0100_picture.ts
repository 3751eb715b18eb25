import { sql, type Kysely } from 'kysely';
import { LIFE_DOMAIN_PRESETS } from '../src/core/picture/life-domain-presets.js';

// The picture of the youth (issue 6): life domains (configuration per tenant) and their
// assessments over time; the youth's own documents kept in versions (mijn plan, quick scan,
// zoekprofiel, verkoopverhaal, SLIM strategy); the network map and the professionals involved;
// consents to share; risk flags. Frozen once landed: change the schema in a new migration.
export async function up(db: Kysely<any>): Promise<void> {
  // One statement per query: PGlite's extended protocol takes a single statement at a time.
  for (const statement of PICTURE.split(/;\s*\n\s*\n/)) {
    if (statement.trim()) await sql.raw(statement).execute(db);
  }
  // Tenants that exist already get the life domains of their method and the risk indicators.
  // (The presets as they were at this migration are in git history; a later change to a
  // preset does not reach existing tenants unless a new migration says so.)
  for (const method of ['ija', 'ipta'] as const) {
    for (const [i, d] of LIFE_DOMAIN_PRESETS[method].entries()) {
      await sql`insert into life_domain (tenant_id, key, label, position, levels)
        select id, ${d.key}, ${d.label}, ${i + 1}, ${JSON.stringify(d.levels)}::jsonb from tenant where method = ${method}
        on conflict do nothing`.execute(db);
    }
  }
  for (const [i, [key, label]] of RISK_INDICATORS.entries()) {
    await sql`insert into option_list_item (tenant_id, list, key, label, position)
      select id, 'risk_indicator', ${key}, ${label}, ${i + 1} from tenant on conflict do nothing`.execute(db);
  }
}

// IPTA handbook ch. 3.3: reasons to reconsider the intervention strategy (frozen copy).
const RISK_INDICATORS: [string, string][] = [
  ['ondervragen', 'Ondervragen: te weinig uitdaging'], ['overvragen', 'Overvragen: te veel gevraagd'],
  ['zwakke_relatie', 'Begeleiding te licht of te weinig vertrouwen'], ['zelfbeeld_mismatch', 'Beeld van de coach past niet bij het zelfbeeld'],
  ['plan_lukt_niet', 'Plan lukt niet: ‘zie je wel’'], ['geen_aansluiting', 'Geen aansluiting op werk of school'],
  ['stress_zonder_regie', 'Minder stress, maar geen eigen regie'], ['geen_tastbaar_resultaat', 'Inzet zonder tastbaar resultaat'],
  ['geen_stabiel_inkomen', 'Geen stabiel inkomen'], ['knellende_controle', 'Toezicht voelt knellend'],
  ['verkeerde_vrienden', 'Verkeerde vrienden hebben te veel invloed'],
];

const PICTURE = `
    -- The version of the tenant's set of life domains: two administrators editing it at once get 409.
    alter table tenant add column life_domains_version int not null default 1;

    -- The life domains a tenant scores (IJA: eight; IPTA: a self-reliance matrix), with Spil's
    -- own short description of each score 1..5. A domain is deactivated, never removed: old
    -- assessments keep pointing at it.
    create table life_domain (
      tenant_id uuid not null references tenant(id),
      key text not null,
      label text not null,
      position int not null,
      levels jsonb not null,
      active boolean not null default true,
      primary key (tenant_id, key)
    );

    -- One scoring of the life domains at a moment in the trajectory.
    create table assessment (
      tenant_id uuid not null references tenant(id),
      id uuid primary key,
      youth_id uuid not null references youth(id),
      assessed_on date not null,
      moment text not null check (moment in ('baseline', 'interim', 'closing')),
      note text,
      author_id uuid not null references app_user(id),
      created_at timestamptz not null,
      version int not null default 1
    );

    create index assessment_youth on assessment (tenant_id, youth_id, assessed_on, created_at);

    create table assessment_score (
      assessment_id uuid not null references assessment(id),
      domain_key text not null,
      score smallint not null check (score between 1 and 5),
      note text,
      primary key (assessment_id, domain_key)
    );

    -- The youth's documents, each save a new version; earlier versions stay readable.
    -- kind: my_plan, quick_scan, search_profile, sales_story, strategy.
    create table youth_document (
      tenant_id uuid not null references tenant(id),
      youth_id uuid not null references youth(id),
      kind text not null,
      version int not null check (version > 0),
      body jsonb not null,
      author_id uuid not null references app_user(id),
      created_at timestamptz not null,
      primary key (youth_id, kind, version)
    );

    -- The people around the youth (bolletjesschema / VIP-kaart). Leaving the network ends the
    -- row (left_on); changes are in the revision history.
    create table network_person (
      tenant_id uuid not null references tenant(id),
      id uuid primary key,
      youth_id uuid not null references youth(id),
      name text not null,
      relation text not null,
      ring smallint not null check (ring between 1 and 3),
      support_practical boolean not null default false,
      support_emotional boolean not null default false,
      influence text not null check (influence in ('vip', 'vap', 'neutral')),
      is_jim boolean not null default false,
      note text,
      left_on date,
      created_by uuid not null references app_user(id),
      created_at timestamptz not null,
      version int not null default 1
    );

    create index network_person_youth on network_person (tenant_id, youth_id, created_at);

    -- One JIM mentor at a time.
    create unique index network_person_one_jim on network_person (youth_id) where is_jim and left_on is null;

    -- The professionals and agencies already working with the youth.
    create table network_professional (
      tenant_id uuid not null references tenant(id),
      id uuid primary key,
      youth_id uuid not null references youth(id),
      name text not null,
      organisation text not null,
      role text,
      phone text,
      email text,
      involved_since date,
      what_they_do text,
      ended_on date,
      created_by uuid not null references app_user(id),
      created_at timestamptz not null,
      version int not null default 1
    );

    create index network_professional_youth on network_professional (tenant_id, youth_id, created_at);

    -- The youth's consent to share something with someone, for a period. Withdrawn, not deleted.
    create table consent (
      tenant_id uuid not null references tenant(id),
      id uuid primary key,
      youth_id uuid not null references youth(id),
      purpose text not null,
      recipient text not null,
      given_on date not null,
      valid_until date not null,
      note text,
      withdrawn_at timestamptz,
      withdrawn_by uuid references app_user(id),
      recorded_by uuid not null references app_user(id),
      recorded_at timestamptz not null,
      version int not null default 1,
      check (valid_until >= given_on)
    );

    create index consent_youth on consent (tenant_id, youth_id, given_on);

    -- A reason to reconsider the strategy (IPTA ch. 3.3), open until resolved with a note.
    create table risk_flag (
      tenant_id uuid not null references tenant(id),
      id uuid primary key,
      youth_id uuid not null references youth(id),
      kind text not null,
      note text,
      raised_by uuid not null references app_user(id),
      raised_at timestamptz not null,
      resolved_at timestamptz,
      resolved_by uuid references app_user(id),
      resolution_note text,
      version int not null default 1
    );

    create index risk_flag_youth on risk_flag (tenant_id, youth_id, raised_at desc);

    create index risk_flag_open on risk_flag (tenant_id, youth_id) where resolved_at is null;
`;

export async function down(): Promise<void> {
  throw new Error('Not reversible.');
}
