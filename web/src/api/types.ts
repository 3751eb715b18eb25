/** The JSON shapes of the Spil API (contract: server/src/modules/*\/*.schemas.ts). */
import type { SixWeekNorm } from '../routes/plan/types';

export type Stage = 'totp' | 'totp_enrolment' | 'complete';
export type Role = 'coach' | 'teamleider' | 'organisatiemanager' | 'beleidsmedewerker' | 'functioneel_beheerder';
export const ROLES: Role[] = ['coach', 'teamleider', 'organisatiemanager', 'beleidsmedewerker', 'functioneel_beheerder'];

export interface Ref { id: string; name: string }

export interface Me {
  stage: Stage;
  user: {
    id: string; displayName: string; email: string; roles: string[];
    organisation: Ref; teams: Ref[]; totpEnabled: boolean; locale: string;
  };
  tenant: { id: string; name: string; method: 'ipta' | 'ija'; ageMin: number; ageMax: number };
}

export interface Enrolment { secret: string; otpauthUrl: string; qrDataUrl: string }
export interface EnrolmentConfirmed { stage: 'complete'; recoveryCodes: string[] }

export interface Phase {
  id: string; key: string; name: string; position: number; plannedWeeks: number | null; subSteps: string[];
}
export interface ListItem { key: string; label: string }
export type ListKey = 'signal_source' | 'attempt_channel' | 'attempt_outcome' | 'contact_mode' | 'contact_with'
  | 'working_principle' | 'incident_place' | 'closing_reason' | 'gender' | 'risk_indicator';
export type TargetIndicator = 'school_background' | 'multiple_problems' | 'family_high_impact_crime' | 'no_school_or_work';
export const TARGET_INDICATORS: TargetIndicator[] = ['school_background', 'multiple_problems', 'family_high_impact_crime', 'no_school_or_work'];

export interface Coach { id: string; name: string; teamId: string; activeCaseload: number; caseloadLimit: number }

export interface AppConfig {
  method: 'ipta' | 'ija';
  ageWindow: { min: number; max: number };
  phases: Phase[];
  lists: { [K in ListKey]: ListItem[] };
  targetIndicators: TargetIndicator[];
  teams: Ref[];
  coaches: Coach[];
}

export type TrajectoryStatus = 'active' | 'paused' | 'closed';

export interface YouthSummary {
  id: string; displayName: string; nickname: string | null; neighbourhood: string | null; age: number | null;
  team: Ref; coaches: Ref[]; registeredAt: string;
  daysSinceRegistration: number; attempts: number; daysSinceContact: number | null; lastContactAt?: string | null;
  trajectory: null | {
    id: string; status: TrajectoryStatus;
    phase: { id: string; key: string; name: string; position: number; plannedWeeks: number | null };
    phaseEnteredAt: string; daysInPhase: number; overPlanned: boolean;
  };
}

/** Editable text fields of a youth's record. */
export const YOUTH_TEXT_FIELDS = [
  'nickname', 'firstName', 'lastName', 'birthDate', 'gender', 'address', 'postcode', 'city', 'neighbourhood',
  'phone', 'email', 'schoolBackground', 'signalSource', 'reporterName', 'reporterOrganisation', 'vindplaats', 'reason',
] as const;
export type YouthTextField = typeof YOUTH_TEXT_FIELDS[number];

export type Youth = { [K in YouthTextField]: string | null } & {
  id: string; version: number; displayName: string; age: number | null;
  targetIndicators: string[]; outsideAgeWindow: boolean;
  team: Ref; coaches: Ref[]; registeredAt: string; registeredBy: Ref;
  /** Days since registration against the first signed plan (six-week norm). */
  planNorm: SixWeekNorm;
};

export interface HistoryItem {
  at: string; actor: Ref; kind: 'field' | 'trajectory'; what: string; from: unknown; to: unknown; reason: string | null;
  /** Which record of the file changed (youth, network_person, my_plan, …) and its label, e.g. the person's name. */
  record: { type: string; id: string; label: string | null } | null;
}
export interface AccessLogItem {
  at: string; user: { id: string | null; name: string }; role: string | null; organisation: string | null;
  action: string; recordType: string | null; result: 'allowed' | 'denied';
}

export type TransitionKind = 'forward' | 'back' | 'pause' | 'resume' | 'close';

export interface Trajectory {
  id: string; youthId: string; version: number; status: TrajectoryStatus;
  startedAt: string; closedAt: string | null; closingReason: string | null; reopenedFrom: string | null;
  currentPhase: Phase;
  phaseEnteredAt: string;
  timeline: { phaseId: string; name: string; enteredAt: string; leftAt: string | null; daysSpent: number; plannedDays: number | null; overPlanned: boolean }[];
  events: { id: string; kind: string; fromPhase: string | null; toPhase: string | null; reason: string | null; closingReason: string | null; gateOverrideReason: string | null; actor: Ref; at: string }[];
  scout: { complete: boolean; conditions: ScoutCondition[] };
}

export const SCOUT_CONDITIONS = ['found_and_spoken', 'meets_criteria', 'wants_to_work_on_future', 'expectations_aligned'] as const;
export type ScoutConditionKey = typeof SCOUT_CONDITIONS[number];
export interface ScoutCondition { condition: string; met: boolean; at: string | null; by: Ref | null }

// Casework (issue 5)
export interface Attempt { id: string; youthId: string; at: string; channel: string; outcome: string; note: string | null; author: Ref }
export interface AttemptList { items: Attempt[]; daysSinceRegistration: number; count: number }
export interface FiveG { gebeurtenis: string; gedachten: string; gevoelens: string; gedrag: string; gevolg: string }
export const FIVE_G_KEYS = ['gebeurtenis', 'gedachten', 'gevoelens', 'gedrag', 'gevolg'] as const;
export interface Contact {
  id: string; youthId: string; version: number; happenedAt: string; mode: string; withWhom: string[];
  durationMinutes: number | null; note: string | null; principles: string[]; fiveG: FiveG | null;
  scalingScore: number | null; scalingTopic: string | null; appointmentId: string | null; author: Ref; createdAt: string;
  editable: boolean; addenda: { id: string; text: string; author: Ref; at: string }[];
}
export interface ScalingPoint { at: string; score: number; topic: string | null; contactId: string }
export interface Incident {
  id: string; youthId: string; version: number; reportedAt: string; coachArrivedAt: string | null; responseMinutes: number | null;
  place: string; what: string; involved: string | null; agreed: string | null; followUp: string | null; author: Ref;
}
export type AppointmentStatus = 'planned' | 'held' | 'no_show' | 'cancelled';
export interface Appointment {
  id: string; youthId: string; youthName: string; version: number; startsAt: string; durationMinutes: number;
  place: string | null; purpose: string; withWhom: string[]; status: AppointmentStatus; contactId: string | null; coach: Ref;
}
export interface Kennismaking {
  id: string; youthId: string; heldAt: string; place: string; youthExpectations: string | null; coachExpectations: string | null;
  urgentMatters: string | null; selfDescription: string | null; author: Ref; version: number;
}
export interface HomeData {
  /** Past appointments not yet marked held or no-show (two weeks back). */
  unsettled: Appointment[];
  today: Appointment[]; thisWeek: Appointment[];
}
export const TIMELINE_KINDS = ['signal', 'attempt', 'kennismaking', 'contact', 'incident', 'appointment', 'phase', 'group_session',
  'closing_conversation', 'warm_handover', 'handover_check', 'aftercare_contact', 'result_measurement'] as const;
export type TimelineKind = typeof TIMELINE_KINDS[number];
export interface TimelineItem { kind: TimelineKind; id: string; at: string; actor: Ref | null; data: Record<string, unknown> }
export interface TimelinePage { items: TimelineItem[]; nextCursor: string | null }
export interface Duplicate { youthId: string; displayName: string; score: number; reasons: string[] }
export interface Signal {
  id: string; teamId: string; youthId: string | null; youthName: string | null; status: 'open' | 'assigned' | 'dismissed';
  source: string; reporterName: string | null; reporterOrganisation: string | null; vindplaats: string | null;
  reason: string | null; reportedOn: string;
  youth: { nickname: string | null; firstName: string | null; lastName: string | null; birthDate: string | null; neighbourhood: string | null };
  assignedCoach: Ref | null; createdBy: Ref; version: number; possibleDuplicates: Duplicate[];
  /** Likely matches among youth this user may not see (another team): a count, never a name. */
  possibleDuplicatesElsewhere: number;
}
export interface IntakeQueue { items: Signal[]; coaches: { id: string; name: string; activeCaseload: number; caseloadLimit: number }[] }

export interface Items<T> { items: T[] }
/** A page of a long list: how many there are in all, and the cursor of the next page (null on the last). */
export interface Page<T> extends Items<T> { total: number; nextCursor: string | null }

// Admin
export interface Organisation { id: string; name: string; active: boolean; version: number }
export interface Team { id: string; name: string; neighbourhood: string | null; active: boolean; version: number }
export interface AdminUser {
  id: string; email: string; displayName: string; organisationId: string; roles: string[]; teamIds: string[];
  active: boolean; caseloadLimit: number | null; totpEnabled: boolean; version: number;
}
export interface PhaseModel {
  preset: string; version: number;
  phases: { id: string; key: string; name: string; position: number; plannedWeeks: number | null; subSteps: string[]; active: boolean }[];
}

export type Method = 'ipta' | 'ija';
export interface TenantSettings {
  name: string; method: Method; ageWindow: { min: number; max: number }; requireTwoFactorForAll: boolean; version: number;
}
