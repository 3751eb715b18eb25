import { sql, type Kysely } from 'kysely';

// The plan and the wrap-around team (issue 7): the veranderplan / ondersteuningsplan in
// versions, each signed by the youth and the coach; wrap-around meetings with who came, the
// ontbindende voorwaarden and the agreed actions, which are tracked to done together with the
// tasks of the signed plans. Frozen once landed: change the schema in a new migration.
export async function up(db: Kysely<any>): Promise<void> {
  // One statement per query: PGlite's extended protocol takes a single statement at a time.
  for (const statement of PLAN.split(/;\s*\n\s*\n/)) {
    if (statement.trim()) await sql.raw(statement).execute(db);
  }
  // The parts of the plan (IPTA ch. 4, the veranderplan form) as a tenant list: a tenant can
  // rename or add parts. (A frozen copy: later changes to the seed do not reach old tenants.)
  for (const [i, [key, label]] of PLAN_PARTS.entries()) {
    await sql`insert into option_list_item (tenant_id, list, key, label, position)
      select id, 'plan_part', ${key}, ${label}, ${i + 1} from tenant on conflict do nothing`.execute(db);
  }
}

const PLAN_PARTS: [string, string][] = [
  ['work', 'Werk of opleiding'], ['income', 'Inkomen'], ['debts', 'Schulden'], ['health', 'Gezondheid'],
  ['social', 'Sociale relaties en vrije tijd'], ['housing', 'Huisvesting'], ['other', 'Anders'],
];

const PLAN = `
    -- One version of a youth's plan. A draft is saved in place (revision counts the saves);
    -- from the first signature on, the version is frozen: a change makes the next version.
    create table plan_version (
      tenant_id uuid not null references tenant(id),
      id uuid primary key,
      youth_id uuid not null references youth(id),
      version int not null check (version >= 1),
      revision int not null default 1,
      body jsonb not null,
      author_id uuid not null references app_user(id),
      created_at timestamptz not null,
      updated_at timestamptz not null,
      frozen_at timestamptz,
      signed_at timestamptz,
      unique (youth_id, version)
    );

    create index plan_version_youth on plan_version (tenant_id, youth_id, version);

    -- The six-week norm counts to the first fully signed version of a youth's plan.
    create index plan_version_signed on plan_version (tenant_id, youth_id, signed_at) where signed_at is not null;

    -- A signed version never changes, whatever code runs against the database.
    create function plan_version_keep_frozen() returns trigger language plpgsql as $fn$
    begin
      if tg_op = 'DELETE' and old.frozen_at is not null then
        raise exception 'plan version % is signed and cannot be removed', old.version using errcode = 'check_violation';
      end if;
      if tg_op = 'UPDATE' and old.frozen_at is not null and (new.body is distinct from old.body
          or new.version <> old.version or new.youth_id <> old.youth_id or new.tenant_id <> old.tenant_id or new.revision <> old.revision
          or new.author_id <> old.author_id or new.created_at <> old.created_at or new.frozen_at is distinct from old.frozen_at
          or (old.signed_at is not null and new.signed_at is distinct from old.signed_at)) then
        raise exception 'plan version % is signed and cannot change', old.version using errcode = 'check_violation';
      end if;
      if tg_op = 'DELETE' then return old; end if;
      return new;
    end
    $fn$;

    create trigger plan_version_keep_frozen before update or delete on plan_version
      for each row execute function plan_version_keep_frozen();

    -- A signature of the youth or the coach under one version, typed or drawn on the device.
    create table plan_signature (
      tenant_id uuid not null references tenant(id),
      id uuid primary key,
      plan_version_id uuid not null references plan_version(id),
      youth_id uuid not null references youth(id),
      role text not null check (role in ('youth', 'coach')),
      signer_name text not null,
      method text not null check (method in ('typed', 'drawn')),
      typed text,
      drawing text,
      signed_at timestamptz not null,
      recorded_by uuid not null references app_user(id),
      unique (plan_version_id, role),
      check ((method = 'typed' and typed is not null) or (method = 'drawn' and drawing is not null))
    );

    -- A signature, once placed, stays as it was placed.
    create function plan_signature_keep() returns trigger language plpgsql as $fn$
    begin
      raise exception 'a signature under a plan cannot be changed or removed' using errcode = 'check_violation';
    end
    $fn$;

    create trigger plan_signature_keep before update or delete on plan_signature
      for each row execute function plan_signature_keep();

    create table wraparound_meeting (
      tenant_id uuid not null references tenant(id),
      id uuid primary key,
      youth_id uuid not null references youth(id),
      starts_at timestamptz not null,
      place text not null,
      chair_id uuid not null references app_user(id),
      goals text not null default '',
      informing text not null default '',
      notes text not null default '',
      next_meeting_on date,
      created_by uuid not null references app_user(id),
      created_at timestamptz not null,
      updated_at timestamptz not null,
      version int not null default 1
    );

    create index wraparound_meeting_youth on wraparound_meeting (tenant_id, youth_id, starts_at desc);

    -- Everyone invited: the youth, the coach, people of the network, professionals, others.
    create table meeting_participant (
      tenant_id uuid not null references tenant(id),
      id uuid primary key,
      meeting_id uuid not null references wraparound_meeting(id),
      youth_id uuid not null references youth(id),
      position int not null,
      kind text not null check (kind in ('youth', 'coach', 'network', 'professional', 'other')),
      network_person_id uuid references network_person(id),
      professional_id uuid references network_professional(id),
      name text not null,
      role text not null default '',
      contribution text not null default '',
      attended boolean
    );

    create index meeting_participant_meeting on meeting_participant (meeting_id, position);

    -- Ontbindende voorwaarden: situations that call the team together again.
    create table meeting_condition (
      tenant_id uuid not null references tenant(id),
      id uuid primary key,
      meeting_id uuid not null references wraparound_meeting(id),
      youth_id uuid not null references youth(id),
      position int not null,
      text text not null,
      occurred_at timestamptz,
      occurred_note text,
      occurred_by uuid references app_user(id)
    );

    create index meeting_condition_meeting on meeting_condition (meeting_id, position);

    -- Every agreed action of a youth, from a meeting or from a task of a signed plan.
    create table agreed_action (
      tenant_id uuid not null references tenant(id),
      id uuid primary key,
      youth_id uuid not null references youth(id),
      source_kind text not null check (source_kind in ('meeting', 'plan')),
      meeting_id uuid references wraparound_meeting(id),
      owner_participant_id uuid references meeting_participant(id),
      plan_task_id uuid,
      plan_version int,
      plan_part text,
      owner_kind text not null,
      owner_name text not null,
      description text not null,
      due_on date,
      status text not null default 'open' check (status in ('open', 'done', 'cancelled')),
      note text not null default '',
      principles text[] not null default '{}',
      done_at timestamptz,
      done_by uuid references app_user(id),
      created_by uuid not null references app_user(id),
      created_at timestamptz not null,
      updated_at timestamptz not null,
      version int not null default 1,
      check ((source_kind = 'meeting' and meeting_id is not null) or (source_kind = 'plan' and plan_task_id is not null))
    );

    create index agreed_action_youth on agreed_action (tenant_id, youth_id, status, due_on);

    create unique index agreed_action_plan_task on agreed_action (youth_id, plan_task_id) where plan_task_id is not null;

    -- For the norms (issue 9): open actions by due date across a coach's youth.
    create index agreed_action_open_due on agreed_action (tenant_id, due_on) where status = 'open'
`;
