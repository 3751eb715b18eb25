/**
 * API shapes of the wrap-around meetings and the agreed actions (server: modules/wraparound,
 * modules/agreed-action). A meeting holds who came, the agreements (goals, everyone's role and
 * contribution, how people keep each other informed, when they meet again), the ontbindende
 * voorwaarden and the actions; actions from the plan and from meetings form one list per youth.
 */
import type { Person } from '../../picture/types';

export type ParticipantKind = 'youth' | 'coach' | 'network' | 'professional' | 'other';
export const PARTICIPANT_KINDS: ParticipantKind[] = ['youth', 'coach', 'network', 'professional', 'other'];

export interface Participant {
  id: string; kind: ParticipantKind; networkPersonId: string | null; professionalId: string | null;
  name: string; role: string; contribution: string;
  /** null: not recorded yet (the meeting is still to come). */
  attended: boolean | null;
}

/** Ontbindende voorwaarde: a situation that is a reason to meet again. */
export interface Condition {
  id: string; text: string; occurredAt: string | null; occurredNote: string | null; occurredBy: Person | null;
}

export type ActionStatus = 'open' | 'done' | 'cancelled';
export type ActionFilter = 'open' | 'overdue' | 'done' | 'all';
export const ACTION_FILTERS: ActionFilter[] = ['open', 'overdue', 'done', 'all'];

export type ActionSource =
  | { kind: 'meeting'; meetingId: string; startsAt: string }
  | { kind: 'plan'; planVersion: number; partKey: string };

export interface AgreedAction {
  id: string; youthId: string; version: number; source: ActionSource;
  description: string; owner: { participantId: string | null; kind: string; name: string };
  dueOn: string | null; status: ActionStatus; overdue: boolean;
  note: string; principles: string[];
  doneAt: string | null; doneBy: Person | null; createdAt: string;
}

export interface ActionList {
  items: AgreedAction[];
  counts: { open: number; overdue: number; done: number; cancelled: number };
}

export interface Meeting {
  id: string; youthId: string; version: number;
  startsAt: string; place: string; chair: Person;
  participants: Participant[];
  goals: string; informing: string; notes: string; nextMeetingOn: string | null;
  conditions: Condition[]; actions: AgreedAction[];
  createdAt: string; updatedAt: string;
}

/** A consent as GET /api/youth/:id/consents gives it; the minutes need purpose 'wraparound'. */
export interface ConsentSummary {
  id: string; purpose: string; recipient: string; givenOn: string; validUntil: string;
  status: 'active' | 'expired' | 'withdrawn' | 'future';
}
