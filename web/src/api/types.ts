/** The JSON shapes of the Spil API (contract: server/src/modules/*\/*.schemas.ts). */

export type Stage = 'totp' | 'totp_enrolment' | 'complete';
export type Role = 'coach' | 'teamleider' | 'beleidsmedewerker' | 'functioneel_beheerder';
export const ROLES: Role[] = ['coach', 'teamleider', 'beleidsmedewerker', 'functioneel_beheerder'];

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
export type TargetIndicator = 'school_background' | 'multiple_problems' | 'family_high_impact_crime' | 'no_school_or_work';
export const TARGET_INDICATORS: TargetIndicator[] = ['school_background', 'multiple_problems', 'family_high_impact_crime', 'no_school_or_work'];

export interface Coach { id: string; name: string; teamId: string; activeCaseload: number; caseloadLimit: number }

export interface AppConfig {
  method: 'ipta' | 'ija';
  ageWindow: { min: number; max: number };
  phases: Phase[];
  lists: { signal_source: ListItem[]; closing_reason: ListItem[]; gender: ListItem[] };
  targetIndicators: TargetIndicator[];
  teams: Ref[];
  coaches: Coach[];
}

export type TrajectoryStatus = 'active' | 'paused' | 'closed';

export interface YouthSummary {
  id: string; displayName: string; nickname: string | null; neighbourhood: string | null; age: number | null;
  team: Ref; coaches: Ref[]; registeredAt: string;
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
};

export interface HistoryItem {
  at: string; actor: Ref; kind: 'field' | 'trajectory'; what: string; from: unknown; to: unknown; reason: string | null;
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
  events: { id: string; kind: string; fromPhase: string | null; toPhase: string | null; reason: string | null; closingReason: string | null; actor: Ref; at: string }[];
}

export interface Items<T> { items: T[] }

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
