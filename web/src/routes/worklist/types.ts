/** The worklist's JSON shapes (contract: server/src/modules/worklist/worklist.schemas.ts, norms/norms.schemas.ts). */
export const SIGNAL_KINDS = [
  'plan_unsigned', 'phase_over', 'no_contact', 'unanswered_attempts', 'caseload_over', 'reassessment_due',
  'action_due', 'meeting_due', 'placement_evaluation', 'subsidy_end', 'placement_end', 'turning_18', 'turning_27', 'group_response',
  'weekly_form_received', 'condition_occurred', 'aftercare_due', 'handover_check', 'result_measurement_due',
] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];

export const BUCKETS = ['overdue', 'today', 'week', 'later'] as const;
export type Bucket = (typeof BUCKETS)[number];

export interface WorkAck { action: 'acknowledged' | 'snoozed'; until: string | null; reason: string; at: string; by: string }

/** One signal: what is due (kind + facts for the sentence), for whom, when, and what was done with it. */
export interface WorkItem {
  key: string; kind: SignalKind; bucket: Bucket;
  /** Amsterdam calendar day it falls due; dueAt for clocks in hours. */
  due: string; dueAt: string | null;
  youthId: string | null; coachId: string | null; coachIds: string[];
  youth: { id: string; displayName: string } | null;
  facts: Record<string, string | number | null>;
  ack: WorkAck | null;
}

export interface Worklist { items: WorkItem[]; snoozed: WorkItem[] }

export interface Share { met: number; missed: number; open: number }

export interface TeamWorklist extends Worklist {
  caseload: { coachId: string; name: string; limit: number; active: number; perPhase: { phase: string; count: number }[] }[];
  performance: {
    quarter: { from: string; to: string; label: string };
    planSigned: Share & { weeks: number };
    groupResponse: Share & { hours: number };
  };
}

export type AckAction = 'acknowledged' | 'snoozed' | 'reopened';

export const NORM_KEYS = [
  'plan_signed', 'phase_duration', 'no_contact', 'unanswered_attempts', 'caseload', 'reassessment',
  'actions_due', 'meeting_due', 'placement_due', 'turning_18', 'turning_27', 'group_response',
] as const;
export type NormKey = (typeof NORM_KEYS)[number];
export type NormUnit = 'weeks' | 'days' | 'months' | 'hours';

export interface Norm { key: NormKey; enabled: boolean; threshold: number | null; unit: NormUnit | null; default: number | null; min: number; max: number }
export interface NormSet { items: Norm[]; version: number; lastChange: { at: string; by: string } | null }

export interface HandoverResult { moved: { id: string; displayName: string }[] }
