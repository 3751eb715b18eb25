import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** Table types for Kysely. One interface per table, named as the table. */
type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface TenantTable {
  id: string;
  name: string;
  method: 'ipta' | 'ija';
  age_min: number;
  age_max: number;
  require_2fa_for_all: Generated<boolean>;
  version: Generated<number>;
  created_at: Generated<Timestamp>;
}

export interface OrganisationTable {
  tenant_id: string;
  id: string;
  name: string;
  active: Generated<boolean>;
  version: Generated<number>;
  created_at: Generated<Timestamp>;
}

export interface TeamTable {
  tenant_id: string;
  id: string;
  name: string;
  neighbourhood: string | null;
  active: Generated<boolean>;
  version: Generated<number>;
  created_at: Generated<Timestamp>;
}

export interface AppUserTable {
  tenant_id: string;
  id: string;
  organisation_id: string;
  email: string;
  display_name: string;
  password_hash: string;
  roles: string[];
  active: Generated<boolean>;
  caseload_limit: Generated<number>;
  totp_secret: string | null;
  totp_pending_secret: string | null;
  totp_enabled_at: Timestamp | null;
  totp_last_step: number | null;
  recovery_code_hashes: Generated<string[]>;
  locale: Generated<string>;
  version: Generated<number>;
  created_at: Generated<Timestamp>;
}

export interface UserTeamTable { tenant_id: string; user_id: string; team_id: string }

export interface SessionTable {
  id: string;
  tenant_id: string;
  user_id: string;
  stage: 'totp' | 'totp_enrolment' | 'complete';
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  ended_at: Timestamp | null;
}

export interface LoginFailureTable { id: Generated<number>; key: string; at: Timestamp }

export interface OptionListItemTable {
  tenant_id: string;
  list: string;
  key: string;
  label: string;
  position: number;
  active: Generated<boolean>;
}

export interface PhaseTable {
  tenant_id: string;
  id: string;
  key: string;
  name: string;
  position: number;
  planned_weeks: number | null;
  sub_steps: string[];
  active: Generated<boolean>;
}

export interface PhaseModelTable { tenant_id: string; preset: string; version: Generated<number> }

export interface YouthTable {
  tenant_id: string;
  id: string;
  team_id: string;
  first_name: string | null;
  last_name: string | null;
  nickname: string | null;
  birth_date: string | null;
  gender: string | null;
  address: string | null;
  postcode: string | null;
  city: string | null;
  neighbourhood: string | null;
  phone: string | null;
  email: string | null;
  school_background: string | null;
  signal_source: string | null;
  reporter_name: string | null;
  reporter_organisation: string | null;
  vindplaats: string | null;
  reason: string | null;
  target_indicators: string[];
  version: Generated<number>;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface YouthCoachTable { tenant_id: string; id: Generated<number>; youth_id: string; user_id: string; since: Timestamp; until: Timestamp | null }

export type TrajectoryStatus = 'active' | 'paused' | 'closed';

export interface TrajectoryTable {
  tenant_id: string;
  id: string;
  youth_id: string;
  status: TrajectoryStatus;
  current_phase_id: string;
  phase_entered_at: Timestamp;
  started_at: Timestamp;
  closed_at: Timestamp | null;
  closing_reason: string | null;
  reopened_from: string | null;
  version: Generated<number>;
}

export type TrajectoryEventKind = 'start' | 'forward' | 'back' | 'pause' | 'resume' | 'close' | 'reopen';

export interface TrajectoryEventTable {
  tenant_id: string;
  id: string;
  trajectory_id: string;
  youth_id: string;
  kind: TrajectoryEventKind;
  from_phase_id: string | null;
  to_phase_id: string | null;
  reason: string | null;
  closing_reason: string | null;
  actor_id: string;
  at: Timestamp;
  seq: Generated<number>;
}

export interface RevisionTable {
  tenant_id: string;
  id: Generated<number>;
  entity: string;
  entity_id: string;
  youth_id: string | null;
  actor_id: string;
  at: Timestamp;
  changes: ColumnType<Record<string, [unknown, unknown]>, string, string>;
}

export interface AccessLogTable {
  tenant_id: string;
  seq: number;
  at: Timestamp;
  user_id: string | null;
  role: string | null;
  organisation_id: string | null;
  action: string;
  youth_id: string | null;
  record_type: string | null;
  record_id: string | null;
  address: string | null;
  result: 'allowed' | 'denied';
  prev_hash: string;
  hash: string;
}

export interface Database {
  tenant: TenantTable;
  organisation: OrganisationTable;
  team: TeamTable;
  app_user: AppUserTable;
  user_team: UserTeamTable;
  session: SessionTable;
  login_failure: LoginFailureTable;
  option_list_item: OptionListItemTable;
  phase: PhaseTable;
  phase_model: PhaseModelTable;
  youth: YouthTable;
  youth_coach: YouthCoachTable;
  trajectory: TrajectoryTable;
  trajectory_event: TrajectoryEventTable;
  revision: RevisionTable;
  access_log: AccessLogTable;
}

export type YouthRow = Selectable<YouthTable>;
export type NewYouthRow = Insertable<YouthTable>;
export type TrajectoryRow = Selectable<TrajectoryTable>;
export type PhaseRow = Selectable<PhaseTable>;
export type UserRow = Selectable<AppUserTable>;
