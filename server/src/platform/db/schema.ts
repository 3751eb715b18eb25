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
  contact_edit_days: Generated<number>;
  norms_version: Generated<number>;
  life_domains_version: Generated<number>;
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
  /** What the answer means to Spil itself (OPTION_MEANINGS), e.g. a closing reason that counts as regular work. */
  counts_as: Generated<string | null>;
}

/** One of the tenant's answer lists as a whole: its version (two administrators → 409) and an id for its history. */
export interface OptionListTable {
  tenant_id: string;
  list: string;
  id: string;
  version: Generated<number>;
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

export interface YouthCoachTable {
  tenant_id: string; id: Generated<number>; youth_id: string; user_id: string; since: Timestamp; until: Timestamp | null;
  /** coach · co_coach (the previous coach kept on after a handover) · stand_in (during a colleague's leave). */
  kind: Generated<'coach' | 'co_coach' | 'stand_in'>; note: Generated<string | null>;
}

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
  gate_override_reason: Generated<string | null>;
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

export interface SignalTable {
  tenant_id: string; id: string; team_id: string; youth_id: string | null;
  status: 'open' | 'assigned' | 'dismissed'; source: string;
  reporter_name: string | null; reporter_organisation: string | null; vindplaats: string | null; reason: string | null;
  reported_on: string;
  youth_nickname: string | null; youth_first_name: string | null; youth_last_name: string | null;
  youth_birth_date: string | null; youth_neighbourhood: string | null;
  assigned_coach_id: string | null; assigned_by: string | null; assigned_at: Timestamp | null; dismissed_reason: string | null;
  created_by: string; created_at: Timestamp; version: Generated<number>;
}

export interface ContactAttemptTable {
  tenant_id: string; id: string; youth_id: string; at: Timestamp; channel: string; outcome: string;
  note: string | null; author_id: string; created_at: Timestamp;
}

export interface KennismakingTable {
  tenant_id: string; id: string; youth_id: string; held_at: Timestamp; place: string;
  youth_expectations: string | null; coach_expectations: string | null; urgent_matters: string | null; self_description: string | null;
  author_id: string; created_at: Timestamp; version: Generated<number>;
}

export type ScoutCondition = 'found_and_spoken' | 'meets_criteria' | 'wants_to_work_on_future' | 'expectations_aligned';

export interface ScoutCheckTable {
  tenant_id: string; id: Generated<number>; trajectory_id: string; youth_id: string; condition: ScoutCondition;
  met: boolean; at: Timestamp; by_id: string;
}

export interface FiveG { gebeurtenis: string; gedachten: string; gevoelens: string; gedrag: string; gevolg: string }

export interface ContactTable {
  tenant_id: string; id: string; youth_id: string; happened_at: Timestamp; mode: string; with_whom: string[];
  duration_minutes: number | null; note: string | null; principles: string[];
  five_g: ColumnType<FiveG | null, string | null, string | null>;
  scaling_score: number | null; scaling_topic: string | null; appointment_id: string | null;
  /** Recorded once for the members of a group present (group_contact). */
  group_contact_id: Generated<string | null>;
  author_id: string; created_at: Timestamp; version: Generated<number>;
}

export interface ContactAddendumTable {
  tenant_id: string; id: string; contact_id: string; youth_id: string; text: string; author_id: string; at: Timestamp;
}

export interface IncidentTable {
  tenant_id: string; id: string; youth_id: string; reported_at: Timestamp; coach_arrived_at: Timestamp | null;
  place: string; what: string; involved: string | null; agreed: string | null; follow_up: string | null;
  author_id: string; created_at: Timestamp; version: Generated<number>;
}

export type AppointmentStatus = 'planned' | 'held' | 'no_show' | 'cancelled';

export interface AppointmentTable {
  tenant_id: string; id: string; youth_id: string; coach_id: string; starts_at: Timestamp; duration_minutes: number;
  place: string | null; purpose: string; with_whom: string[]; status: AppointmentStatus; contact_id: string | null;
  created_by: string; created_at: Timestamp; version: Generated<number>;
}

export interface LifeDomainTable {
  tenant_id: string;
  key: string;
  label: string;
  position: number;
  levels: ColumnType<string[], string, string>;
  active: Generated<boolean>;
}

export interface AssessmentTable {
  tenant_id: string;
  id: string;
  youth_id: string;
  assessed_on: ColumnType<string, string, string>;
  moment: 'baseline' | 'interim' | 'closing';
  note: string | null;
  author_id: string;
  created_at: Timestamp;
  version: Generated<number>;
}

export interface AssessmentScoreTable {
  assessment_id: string;
  domain_key: string;
  score: number;
  note: string | null;
}

export interface YouthDocumentTable {
  tenant_id: string;
  youth_id: string;
  kind: string;
  version: number;
  body: ColumnType<unknown, string, string>;
  author_id: string;
  created_at: Timestamp;
}

export interface NetworkPersonTable {
  tenant_id: string;
  id: string;
  youth_id: string;
  name: string;
  relation: string;
  ring: number;
  support_practical: boolean;
  support_emotional: boolean;
  influence: 'vip' | 'vap' | 'neutral';
  is_jim: boolean;
  note: string | null;
  left_on: ColumnType<string | null, string | null | undefined, string | null>;
  created_by: string;
  created_at: Timestamp;
  version: Generated<number>;
}

export interface NetworkProfessionalTable {
  tenant_id: string;
  id: string;
  youth_id: string;
  name: string;
  organisation: string;
  role: string | null;
  phone: string | null;
  email: string | null;
  involved_since: ColumnType<string | null, string | null | undefined, string | null>;
  what_they_do: string | null;
  ended_on: ColumnType<string | null, string | null | undefined, string | null>;
  created_by: string;
  created_at: Timestamp;
  version: Generated<number>;
}

export interface ConsentTable {
  tenant_id: string;
  id: string;
  youth_id: string;
  purpose: string;
  recipient: string;
  given_on: ColumnType<string, string, string>;
  valid_until: ColumnType<string, string, string>;
  note: string | null;
  withdrawn_at: Timestamp | null;
  withdrawn_by: string | null;
  recorded_by: string;
  recorded_at: Timestamp;
  version: Generated<number>;
}

export interface RiskFlagTable {
  tenant_id: string;
  id: string;
  youth_id: string;
  kind: string;
  note: string | null;
  raised_by: string;
  raised_at: Timestamp;
  resolved_at: Timestamp | null;
  resolved_by: string | null;
  resolution_note: string | null;
  version: Generated<number>;
}

export interface PlanVersionTable {
  tenant_id: string;
  id: string;
  youth_id: string;
  version: number;
  revision: Generated<number>;
  body: ColumnType<unknown, string, string>;
  author_id: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  frozen_at: Timestamp | null;
  signed_at: Timestamp | null;
}

export interface PlanSignatureTable {
  tenant_id: string;
  id: string;
  plan_version_id: string;
  youth_id: string;
  role: 'youth' | 'coach';
  signer_name: string;
  method: 'typed' | 'drawn';
  typed: string | null;
  drawing: string | null;
  signed_at: Timestamp;
  recorded_by: string;
}

export interface WraparoundMeetingTable {
  tenant_id: string;
  id: string;
  youth_id: string;
  starts_at: Timestamp;
  place: string;
  chair_id: string;
  goals: Generated<string>;
  informing: Generated<string>;
  notes: Generated<string>;
  next_meeting_on: ColumnType<string | null, string | null | undefined, string | null>;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface MeetingParticipantTable {
  tenant_id: string;
  id: string;
  meeting_id: string;
  youth_id: string;
  position: number;
  kind: 'youth' | 'coach' | 'network' | 'professional' | 'other';
  network_person_id: string | null;
  professional_id: string | null;
  name: string;
  role: Generated<string>;
  contribution: Generated<string>;
  attended: boolean | null;
}

export interface MeetingConditionTable {
  tenant_id: string;
  id: string;
  meeting_id: string;
  youth_id: string;
  position: number;
  text: string;
  occurred_at: Timestamp | null;
  occurred_note: string | null;
  occurred_by: string | null;
}

export interface AgreedActionTable {
  tenant_id: string;
  id: string;
  youth_id: string;
  source_kind: 'meeting' | 'plan';
  meeting_id: string | null;
  owner_participant_id: string | null;
  plan_task_id: string | null;
  plan_version: number | null;
  plan_part: string | null;
  owner_kind: string;
  owner_name: string;
  description: string;
  due_on: ColumnType<string | null, string | null | undefined, string | null>;
  status: Generated<'open' | 'done' | 'cancelled'>;
  note: Generated<string>;
  principles: Generated<string[]>;
  done_at: Timestamp | null;
  done_by: string | null;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface EmployerTable {
  tenant_id: string;
  id: string;
  name: string;
  town: string;
  neighbourhood: string | null;
  sector: string;
  size: 'zzp' | 'klein' | 'middel' | 'groot';
  csr_covenant: Generated<boolean>;
  contacts: ColumnType<unknown, string | undefined, string>;
  entry_work: Generated<string>;
  openness: Generated<string>;
  experience: Generated<string>;
  subsidies_discussed: Generated<string>;
  job_carving: Generated<string>;
  notes: Generated<string>;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface EmployerContactTable {
  tenant_id: string;
  id: string;
  employer_id: string;
  author_id: string;
  happened_on: ColumnType<string, string, string>;
  note: string;
  created_at: Timestamp;
}

export interface WorkplaceTable {
  tenant_id: string;
  id: string;
  employer_id: string;
  name: string;
  open_places: Generated<number>;
  traits: ColumnType<unknown, string | undefined, string>;
  atmosphere: Generated<string>;
  tasks: Generated<string>;
  skills_needed: Generated<string>;
  instruction_style: Generated<string>;
  growth: Generated<string>;
  social_setting: Generated<string>;
  scanned_on: ColumnType<string | null, string | null | undefined, string | null>;
  active: Generated<boolean>;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface WorkplaceMarkTable {
  tenant_id: string;
  youth_id: string;
  workplace_id: string;
  status: 'candidate' | 'chosen' | 'rejected';
  note: Generated<string>;
  marked_by: string;
  marked_at: Timestamp;
}

type CalendarDateColumn = ColumnType<string, string, string>;
type OptionalDateColumn = ColumnType<string | null, string | null | undefined, string | null>;

export interface PlacementTable {
  tenant_id: string;
  id: string;
  youth_id: string;
  workplace_id: string;
  kind: 'internship' | 'work_experience' | 'trial' | 'regular_job' | 'bbl' | 'secondment';
  starts_on: CalendarDateColumn;
  planned_end_on: OptionalDateColumn;
  ended_on: OptionalDateColumn;
  end_reason: string | null;
  end_note: Generated<string>;
  supervisor_name: Generated<string>;
  supervisor_function: Generated<string>;
  hours_per_week: ColumnType<string | null, number | null | undefined, number | null>;
  agreements: ColumnType<unknown, string | undefined, string>;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface PlacementSubsidyTable {
  tenant_id: string;
  id: string;
  placement_id: string;
  youth_id: string;
  kind: string;
  starts_on: CalendarDateColumn;
  ends_on: OptionalDateColumn;
  note: Generated<string>;
  created_by: string;
  created_at: Timestamp;
}

export interface WageValueAssessmentTable {
  tenant_id: string;
  id: string;
  placement_id: string;
  youth_id: string;
  assessed_on: CalendarDateColumn;
  percentage: number;
  assessor: Generated<string>;
  note: Generated<string>;
  created_by: string;
  created_at: Timestamp;
}

export interface PlacementEvaluationTable {
  tenant_id: string;
  id: string;
  placement_id: string;
  youth_id: string;
  planned_on: CalendarDateColumn;
  held_on: OptionalDateColumn;
  note: Generated<string>;
  version: Generated<number>;
  created_by: string;
  created_at: Timestamp;
}

export interface SupervisorLinkTable {
  tenant_id: string;
  id: string;
  placement_id: string;
  youth_id: string;
  token_hash: string;
  created_by: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
  revoked_by: string | null;
  last_used_at: Timestamp | null;
}

export interface WeeklyFormTable {
  tenant_id: string;
  id: string;
  placement_id: string;
  youth_id: string;
  week_start: CalendarDateColumn;
  filled_by: 'supervisor' | 'coach';
  link_id: string | null;
  recorded_by: string | null;
  supervisor_name: string;
  ratings: ColumnType<unknown, string, string>;
  note: Generated<string>;
  submitted_at: Timestamp;
}

export interface WorkReferenceTable {
  tenant_id: string;
  id: string;
  placement_id: string;
  youth_id: string;
  kind: 'certificate' | 'recommendation';
  competencies: Generated<string[]>;
  conditions: Generated<string>;
  body: Generated<string>;
  confirmed_at: Timestamp | null;
  confirmed_name: string | null;
  confirmed_function: string | null;
  confirmed_link_id: string | null;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface NormSettingTable {
  tenant_id: string; key: string; enabled: boolean; threshold: number | null; updated_by: string; updated_at: Timestamp;
}

export interface SignalAckTable {
  tenant_id: string; id: string; seq: Generated<number>; signal_key: string; youth_id: string | null; kind: string;
  action: 'acknowledged' | 'snoozed' | 'reopened';
  until: ColumnType<string | null, string | null | undefined, string | null>;
  reason: Generated<string>; by_id: string; at: Timestamp;
}

/**
 * The worklist's facts of one youth, kept up to date by triggers on the tables they come from
 * (migration 20261206T0400: youth_fact_compute is their one definition). Read-only for the server.
 */
export interface YouthFactTable {
  tenant_id: string; youth_id: string; trajectory_id: string | null; status: TrajectoryStatus | null; phase_entered_at: Date | null;
  current_phase_id: string | null; paused_days: number | null; first_signed: Date | null; last_contact: Date | null; reached: Date | null;
  first_attempt: Date | null; attempts: number; last_assessed: string | null;
  actions: { id: string; description: string; due_on: string }[] | null;
  meeting: { id: string; next_meeting_on: string | null } | null;
  conditions: { id: string; meeting_id: string; text: string; occurred_at: string }[] | null;
  reports: { id: string; group_id: string; name: string; reported_at: string; kind: string; answered_at: string | null }[] | null;
  handovers: { id: string; organisation: string; check_due_on: string }[] | null;
  aftercare: { starts_on: string; ends_on: string; frequency_weeks: number; held: string[] } | null;
  follow_up: { closed_on: string; measured: string[] } | null;
  /** Until when the youth can raise a signal ('infinity' while watched for good, '-infinity' never again). */
  last_watched: Generated<Date>;
  placements: { id: string; planned_end_on: string | null; workplace: string; employer: string; evaluations: string[] | null; subsidies: { ends_on: string; kind: string }[] | null }[] | null;
}

export interface YouthGroupTable {
  tenant_id: string; id: string; team_id: string; name: string; neighbourhood: string | null; coach_id: string;
  note: Generated<string>; active: Generated<boolean>; created_by: string; created_at: Timestamp; version: Generated<number>;
}

export interface YouthGroupMemberTable {
  tenant_id: string; id: string; group_id: string; youth_id: string; since: Timestamp; until: Timestamp | null; added_by: string;
}

export interface GroupReportTable {
  tenant_id: string; id: string; group_id: string; reported_at: Timestamp; kind: 'nuisance' | 'truancy' | 'other';
  reporter_name: string; reporter_organisation: string | null; what: string; created_by: string; created_at: Timestamp;
}

export interface GroupContactTable {
  tenant_id: string; id: string; group_id: string; happened_at: Timestamp; mode: string; note: string | null; author_id: string; created_at: Timestamp;
}

export interface GroupSessionTable {
  tenant_id: string; id: string; team_id: string; topic: string; held_at: Timestamp; facilitator: string; note: string | null;
  created_by: string; created_at: Timestamp;
}

export interface GroupSessionAttendeeTable { tenant_id: string; session_id: string; youth_id: string }

/** An import of youth from a spreadsheet: the record of it, and the status its page polls. */
export interface YouthImportTable {
  tenant_id: string; id: string; file_name: string; file_sha256: string; started_by: string; started_at: Timestamp;
  finished_at: Timestamp | null; status: Generated<'running' | 'done' | 'failed'>;
  bytes_total: Generated<number | string>; bytes_done: Generated<number | string>; rows_done: Generated<number>;
  imported: Generated<number>; already_imported: Generated<number>; rejected: Generated<number>; report: unknown | null;
  /** The last batch's time: a 'running' import without progress for long was interrupted. */
  progress_at: Timestamp | null;
}

/** The closing conversation of a trajectory (afronding, eindgesprek). */
export interface ClosingConversationTable {
  tenant_id: string; trajectory_id: string; youth_id: string; held_on: CalendarDateColumn; summary: string; takes_along: string | null;
  author_id: string; created_at: Timestamp; updated_at: Timestamp; version: Generated<number>;
}

/** A warm handover to another organisation, with the later check that it landed. */
export interface WarmHandoverTable {
  tenant_id: string; id: string; youth_id: string; trajectory_id: string; to_organisation: string; to_person: string | null; what: string;
  conversation_on: OptionalDateColumn; conversation_note: string | null; check_due_on: CalendarDateColumn;
  checked_on: OptionalDateColumn; landed: boolean | null; check_note: string | null;
  created_by: string; created_at: Timestamp; updated_at: Timestamp; version: Generated<number>;
}

/** The aftercare plan (nazorg) of a closed trajectory. */
export interface AftercarePlanTable {
  tenant_id: string; trajectory_id: string; youth_id: string; content: string; frequency_weeks: number;
  starts_on: CalendarDateColumn; ends_on: CalendarDateColumn;
  created_by: string; created_at: Timestamp; updated_at: Timestamp; version: Generated<number>;
}

/** An aftercare contact and its checks; a null check was not asked. */
export interface AftercareContactTable {
  tenant_id: string; id: string; youth_id: string; trajectory_id: string; held_on: CalendarDateColumn; note: string | null;
  still_working: boolean | null; still_housed: boolean | null; author_id: string; created_at: Timestamp;
}

export type ResultMoment = 'closing' | 'after_6_months' | 'after_12_months';
export type ResultAnswerValue = 'ja' | 'nee' | 'nee_wel_geprobeerd' | 'ja_gelukt' | 'nvt';

/** The result measurement (IPTA Bijlage 5) of a trajectory at one moment. */
export interface ResultMeasurementTable {
  tenant_id: string; id: string; youth_id: string; trajectory_id: string; moment: ResultMoment; measured_on: CalendarDateColumn;
  note: string | null; author_id: string; created_at: Timestamp; updated_at: Timestamp; version: Generated<number>;
}

export interface ResultAnswerTable {
  tenant_id: string; measurement_id: string; area: string; answer: ResultAnswerValue; explanation: string | null;
  details: ColumnType<unknown, string | null | undefined, string | null>;
}

/** The opschaal-overleg: a case (one youth) or a bottleneck (no youth). */
export interface EscalationTable {
  tenant_id: string; id: string; kind: 'case' | 'bottleneck'; youth_id: string | null; team_id: string | null;
  title: string; question: string; meeting_on: OptionalDateColumn; decision: string | null;
  action_owner: string | null; action_due_on: OptionalDateColumn; outcome: string | null;
  status: Generated<'open' | 'decided' | 'done'>; policy_change: Generated<boolean>; policy_change_note: string | null;
  raised_by: string; created_at: Timestamp; updated_at: Timestamp; version: Generated<number>;
}

/** A view: each session once per attendee, for the timeline. */
export interface GroupSessionTimelineView { tenant_id: string; youth_id: string; id: string; held_at: Timestamp; created_by: string; topic: string; facilitator: string; note: string | null }

export interface Database {
  tenant: TenantTable;
  organisation: OrganisationTable;
  team: TeamTable;
  app_user: AppUserTable;
  user_team: UserTeamTable;
  session: SessionTable;
  login_failure: LoginFailureTable;
  option_list_item: OptionListItemTable;
  option_list: OptionListTable;
  phase: PhaseTable;
  phase_model: PhaseModelTable;
  youth: YouthTable;
  youth_coach: YouthCoachTable;
  trajectory: TrajectoryTable;
  trajectory_event: TrajectoryEventTable;
  revision: RevisionTable;
  access_log: AccessLogTable;
  signal: SignalTable;
  contact_attempt: ContactAttemptTable;
  kennismaking: KennismakingTable;
  scout_check: ScoutCheckTable;
  contact: ContactTable;
  contact_addendum: ContactAddendumTable;
  incident: IncidentTable;
  appointment: AppointmentTable;
  life_domain: LifeDomainTable;
  assessment: AssessmentTable;
  assessment_score: AssessmentScoreTable;
  youth_document: YouthDocumentTable;
  network_person: NetworkPersonTable;
  network_professional: NetworkProfessionalTable;
  consent: ConsentTable;
  risk_flag: RiskFlagTable;
  plan_version: PlanVersionTable;
  plan_signature: PlanSignatureTable;
  wraparound_meeting: WraparoundMeetingTable;
  meeting_participant: MeetingParticipantTable;
  meeting_condition: MeetingConditionTable;
  agreed_action: AgreedActionTable;
  employer: EmployerTable;
  employer_contact: EmployerContactTable;
  workplace: WorkplaceTable;
  workplace_mark: WorkplaceMarkTable;
  placement: PlacementTable;
  placement_subsidy: PlacementSubsidyTable;
  wage_value_assessment: WageValueAssessmentTable;
  placement_evaluation: PlacementEvaluationTable;
  supervisor_link: SupervisorLinkTable;
  weekly_form: WeeklyFormTable;
  work_reference: WorkReferenceTable;
  norm_setting: NormSettingTable;
  signal_ack: SignalAckTable;
  youth_fact: YouthFactTable;
  youth_group: YouthGroupTable;
  youth_group_member: YouthGroupMemberTable;
  group_report: GroupReportTable;
  group_contact: GroupContactTable;
  group_session: GroupSessionTable;
  group_session_attendee: GroupSessionAttendeeTable;
  youth_import: YouthImportTable;
  closing_conversation: ClosingConversationTable;
  warm_handover: WarmHandoverTable;
  aftercare_plan: AftercarePlanTable;
  aftercare_contact: AftercareContactTable;
  result_measurement: ResultMeasurementTable;
  result_answer: ResultAnswerTable;
  escalation: EscalationTable;
  group_session_timeline: GroupSessionTimelineView;
}

export type YouthRow = Selectable<YouthTable>;
export type NewYouthRow = Insertable<YouthTable>;
export type TrajectoryRow = Selectable<TrajectoryTable>;
export type PhaseRow = Selectable<PhaseTable>;
export type UserRow = Selectable<AppUserTable>;
