export type EscalationKind = 'case' | 'bottleneck';
export type EscalationStatus = 'open' | 'decided' | 'done';
export const ESCALATION_STATUSES: EscalationStatus[] = ['open', 'decided', 'done'];

interface Ref { id: string; name: string }

/** One item of the opschaal-overleg: a casus (one youth) or a knelpunt (no youth). */
export interface Escalation {
  id: string; version: number; kind: EscalationKind; youth: Ref | null; team: Ref | null;
  title: string; question: string; meetingOn: string | null; decision: string | null;
  actionOwner: string | null; actionDueOn: string | null; outcome: string | null;
  status: EscalationStatus; policyChange: boolean; policyChangeNote: string | null;
  overdue: boolean; raisedBy: Ref; createdAt: string; updatedAt: string; mayChange: boolean;
}

export interface EscalationList { items: Escalation[]; counts: Record<EscalationStatus, number> }
