/**
 * API shapes of the plan (veranderplan in IPTA tenants, ondersteuningsplan in IJA tenants;
 * server: modules/plan). One part per life area, each with tools, a main strategy, goals and
 * the division of tasks; every version is kept, and a version is frozen from its first signature.
 */
import type { Person } from '../picture/types';

export type TaskRole = 'youth' | 'coach' | 'network' | 'professional' | 'employer' | 'vip';
export const TASK_ROLES: TaskRole[] = ['youth', 'coach', 'network', 'professional', 'employer', 'vip'];

export type GoalStatus = 'open' | 'bezig' | 'behaald' | 'niet_behaald';
export const GOAL_STATUSES: GoalStatus[] = ['open', 'bezig', 'behaald', 'niet_behaald'];

export type PlanLabel = 'veranderplan' | 'ondersteuningsplan';
export type PlanStatus = 'draft' | 'signing' | 'signed';
export type SignerRole = 'youth' | 'coach';
export const SIGNER_ROLES: SignerRole[] = ['youth', 'coach'];

/** A part of the tenant's plan form with the handbook's suggestions. */
export interface PlanPartDef {
  key: string; label: string; basicInfoHint: string | null;
  tools: string[]; strategies: string[];
  /** All six roles, the ones the veranderplan form names for this part first (formRoles). */
  roles: TaskRole[]; formRoles: TaskRole[];
  /** Switched off by the administrator: not offered for a new part, still named in older plans. */
  active: boolean;
}

/** One of the tenant's basic employee competencies (IPTA ch. 5) a learning goal can work on. */
export interface Competency { key: string; label: string; active: boolean }

/** A short-term goal; a learning goal names the competencies it works on. */
export interface PlanStep { id: string; text: string; status: GoalStatus; competencies: string[] }
/** A long-term goal with the short-term steps on the way there. */
export interface PlanGoal { id: string; longTerm: string; steps: PlanStep[] }
/** One line of the division of tasks (taakverdeling): who does what, by when. */
export interface PlanTask { id: string; role: TaskRole; who: string; what: string; dueOn: string | null }

export interface PlanPart {
  key: string;
  title: string | null;
  priority: number | null;
  basicInfo: string;
  tools: string[];
  strategy: string | null;
  strategyNote: string;
  goals: PlanGoal[];
  tasks: PlanTask[];
}

export interface PlanBody { parts: PlanPart[] }

export interface PlanSignature {
  role: SignerRole; name: string; signedAt: string;
  method: 'typed' | 'drawn'; typed: string | null;
  /** SVG path data in a 300×100 box ("M10 50 L20 55"). */
  drawing: string | null;
  recordedBy: Person;
}

export interface PlanVersion {
  version: number;
  /** Saves of this draft version. */
  revision: number;
  status: PlanStatus;
  frozen: boolean;
  body: PlanBody;
  author: Person;
  createdAt: string;
  updatedAt: string;
  signedAt: string | null;
  signatures: PlanSignature[];
}

export interface SixWeekNorm {
  registeredOn: string; deadline: string; weeks: number;
  daysSinceRegistration: number;
  firstSignedOn: string | null; signedOnDay: number | null;
  state: 'signed_in_time' | 'signed_late' | 'open' | 'overdue';
  daysLeft: number | null;
}

export interface PlanState {
  label: PlanLabel;
  latest: PlanVersion | null;
  /** The newest fully signed version. */
  signedVersion: number | null;
  norm: SixWeekNorm;
}

export interface PlanVersionSummary {
  version: number; status: PlanStatus; author: Person; createdAt: string; signedAt: string | null; changedFields: string[];
}

export const EMPTY_BODY: PlanBody = { parts: [] };

/** Parts in the order the plan is read: by priority, parts without one last. */
export function byPriority(parts: PlanPart[]): PlanPart[] {
  return [...parts].sort((a, b) => (a.priority ?? 99) - (b.priority ?? 99));
}

/** "Afspraken nakomen, Doorzetten": a learning goal's competencies by the tenant's names. */
export function competencyNames(keys: string[] | undefined, competencies: Map<string, Competency>): string {
  return (keys ?? []).map((k) => competencies.get(k)?.label ?? k).join(', ');
}
