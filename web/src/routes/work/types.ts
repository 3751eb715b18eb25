/** API shapes of the employer network and matching (server: modules/employer, modules/matching). */
import type { Person } from '../picture/types';

export const EMPLOYER_SIZES = ['zzp', 'klein', 'middel', 'groot'] as const;
export type EmployerSize = typeof EMPLOYER_SIZES[number];

/** The five pairs of the search profile; a workplace scan uses the same ones so the two can be matched. */
export const PAIRS = ['inside_outside', 'alone_together', 'precision_speed', 'head_hands', 'busy_quiet'] as const;
export type Pair = typeof PAIRS[number];
/** What a workplace is of a pair: the first, the second, some of both, or not known (null). */
export type Trait = 'first' | 'second' | 'mixed' | null;

export interface EmployerContactPerson { name: string; role?: string; phone?: string; email?: string }

export interface Workplace {
  id: string; employerId: string; version: number; name: string; openPlaces: number;
  traits: Partial<Record<string, Trait>>; atmosphere: string; tasks: string; skillsNeeded: string; instructionStyle: string;
  growth: string; socialSetting: string; scannedOn: string | null; active: boolean; createdAt: string;
}

export interface Employer {
  id: string; version: number; name: string; town: string; neighbourhood: string | null; sector: string;
  size: EmployerSize; csrCovenant: boolean; contacts: EmployerContactPerson[];
  entryWork: string; openness: string; experience: string; subsidiesDiscussed: string; jobCarving: string; notes: string;
  workplaces: Workplace[];
  history: { id: string; happenedOn: string; note: string; author: Person }[];
  createdBy: Person; createdAt: string; updatedAt: string;
}

export interface EmployerListItem {
  id: string; name: string; town: string; neighbourhood: string | null; sector: string; size: EmployerSize;
  csrCovenant: boolean; workplaces: number; openPlaces: number; lastContactOn: string | null;
}

/** 409 LIKELY_DUPLICATE: the employer(s) with the same name in the same town. */
export interface DuplicateDetails { existing: { id: string; name: string; town: string }[] }

export type Reason =
  | { kind: 'pair'; pair: Pair; fit: 'for' | 'partly' | 'against'; prefers: 'first' | 'second'; workplace: 'first' | 'second' | 'mixed' }
  | { kind: 'named_company'; fit: 'for' }
  | { kind: 'words'; fit: 'for'; words: string[] }
  | { kind: 'no_open_places'; fit: 'against' };

export type MarkStatus = 'candidate' | 'chosen' | 'rejected';
export const MARK_STATUSES: MarkStatus[] = ['candidate', 'chosen', 'rejected'];

export interface Match {
  workplace: {
    id: string; name: string; openPlaces: number;
    employer: { id: string; name: string; town: string; neighbourhood: string | null; sector: string };
  };
  score: number;
  reasons: Reason[];
  mark: { status: MarkStatus; note: string; markedBy: Person; markedAt: string } | null;
}

export interface MatchList {
  /** The version of the search profile matched against (0: there is none yet). */
  profileVersion: number;
  items: Match[];
}
