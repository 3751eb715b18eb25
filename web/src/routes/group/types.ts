/** The JSON shapes of the group API (contract: server/src/modules/group/group.schemas.ts). */
import type { Ref } from '../../api/types';

export const REPORT_KINDS = ['nuisance', 'truancy', 'other'] as const;
export type ReportKind = typeof REPORT_KINDS[number];

export interface GroupSummary {
  id: string; name: string; neighbourhood: string | null; team: Ref; coach: Ref; active: boolean; members: number;
}

/** One member's 24-hour clock after a report: met (op tijd), missed (te laat) or open (loopt nog). */
export interface ResponseClock {
  youthId: string; displayName: string; dueAt: string; answeredAt: string | null; state: 'met' | 'missed' | 'open';
}

export interface GroupReport {
  id: string; reportedAt: string; kind: ReportKind; reporterName: string; reporterOrganisation: string | null; what: string;
  clocks: ResponseClock[];
}

export interface GroupContact {
  id: string; happenedAt: string; mode: string; note: string | null; author: string; present: Ref[];
}

export interface GroupMember { youthId: string; displayName: string; since: string; until: string | null }

export interface Group extends GroupSummary {
  version: number; note: string;
  memberList: GroupMember[];
  reports: GroupReport[];
  contacts: GroupContact[];
  responseHours: number;
}

export interface GroupSession {
  id: string; teamId: string; topic: string; heldAt: string; facilitator: string; note: string | null; attendees: Ref[];
}
