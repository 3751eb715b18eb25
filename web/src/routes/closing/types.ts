/** The JSON shapes of the afronding API (contract: server/src/modules/closing/closing.schemas.ts). */
export type ResultAnswer = 'ja' | 'nee' | 'nee_wel_geprobeerd' | 'ja_gelukt' | 'nvt';
export const RESULT_MOMENTS = ['closing', 'after_6_months', 'after_12_months'] as const;
export type ResultMoment = typeof RESULT_MOMENTS[number];
export type DetailKey = 'function' | 'company' | 'hoursPerWeek' | 'amountPerMonth' | 'arrangement' | 'skills';

interface Person { id: string; name: string }

/** One row of the Bijlage 5 form, as the server defines it (core/closing/result-areas.ts). */
export interface ResultArea { key: string; label: string; answers: ResultAnswer[]; details: DetailKey[]; detailsWith: ResultAnswer[] }

export interface GivenAnswer { answer: ResultAnswer; explanation: string | null; details: Partial<Record<DetailKey, unknown>> | null }

export interface ResultMeasurement {
  id: string; trajectoryId: string; version: number; moment: ResultMoment; measuredOn: string; note: string | null;
  answers: Record<string, GivenAnswer>; author: Person; createdAt: string; updatedAt: string;
}

export interface WarmHandover {
  id: string; version: number; toOrganisation: string; toPerson: string | null; what: string;
  conversationOn: string | null; conversationNote: string | null; checkDueOn: string;
  checkedOn: string | null; landed: boolean | null; checkNote: string | null; checkOpen: boolean; checkDue: boolean; createdBy: Person; createdAt: string;
}

export type MomentStatus = 'held' | 'missed' | 'overdue' | 'due' | 'planned';

export interface ClosingView {
  trajectory: { id: string; youthId: string; version: number; status: 'active' | 'paused' | 'closed'; startedAt: string; closedAt: string | null; closingReason: string | null; closing: boolean };
  conversation: { version: number; heldOn: string; summary: string; takesAlong: string | null; author: Person; createdAt: string; updatedAt: string } | null;
  handovers: WarmHandover[];
  aftercare: {
    plan: { version: number; content: string; frequencyWeeks: number; startsOn: string; endsOn: string; createdBy: Person; updatedAt: string } | null;
    contacts: { id: string; heldOn: string; note: string | null; stillWorking: boolean | null; stillHoused: boolean | null; author: Person; createdAt: string }[];
    schedule: { moments: { dueOn: string; status: MomentStatus; heldOn: string | null }[]; next: { dueOn: string; overdue: boolean; daysLate: number } | null } | null;
  };
  resultMeasurements: ResultMeasurement[];
  /** Per moment after closing, the first day its measurement can be held (null: at closing, or not yet closed). */
  measurementOpensOn: Partial<Record<ResultMoment, string | null>>;
  resultAreas: ResultArea[];
}
