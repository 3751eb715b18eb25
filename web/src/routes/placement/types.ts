/** API shapes of placements and the weekly progress form (server: modules/placement, modules/weekly-form). */

export const PLACEMENT_KINDS = ['internship', 'work_experience', 'trial', 'regular_job', 'bbl', 'secondment'] as const;
export type PlacementKind = typeof PLACEMENT_KINDS[number];

export const END_REASONS = ['completed', 'regular_job', 'education', 'stopped_by_youth', 'stopped_by_employer', 'other'] as const;
export type EndReason = typeof END_REASONS[number];

/** What is agreed at placement (IPTA ch. 4, "Bij plaatsing van een jongere worden afspraken gemaakt over"). */
export const AGREEMENT_KEYS = ['working_hours', 'tasks', 'income', 'induction', 'supervision', 'training', 'skills_development', 'wage_subsidy', 'workplace_coaching', 'incidents'] as const;
export type AgreementKey = typeof AGREEMENT_KEYS[number];

export const SUBSIDY_KINDS = ['loonkostensubsidie', 'loondispensatie', 'no_risk_polis', 'begeleidingsvergoeding', 'proefplaatsing', 'anders'] as const;
export type SubsidyKind = typeof SUBSIDY_KINDS[number];
/** Subsidies that always run out: the server refuses them without an end date. */
export const SUBSIDIES_WITH_END: readonly SubsidyKind[] = ['loonkostensubsidie', 'loondispensatie', 'proefplaatsing'];

export interface Agreement { agreed: boolean; note: string }
export type PlacementStatus = 'planned' | 'running' | 'ended';

export interface Subsidy { id: string; kind: SubsidyKind; startsOn: string; endsOn: string | null; note: string }
export interface WageAssessment { id: string; assessedOn: string; percentage: number; assessor: string; note: string }
export interface Evaluation { id: string; version: number; plannedOn: string; heldOn: string | null; note: string }

export interface Placement {
  id: string; youthId: string; version: number; kind: PlacementKind;
  workplace: { id: string; name: string; employer: { id: string; name: string } };
  startsOn: string; plannedEndOn: string | null; endedOn: string | null; endReason: EndReason | null; endNote: string;
  supervisorName: string; supervisorFunction: string; hoursPerWeek: number | null;
  agreements: Partial<Record<string, Agreement>>;
  subsidies: Subsidy[]; wageAssessments: WageAssessment[]; evaluations: Evaluation[];
  status: PlacementStatus; createdAt: string;
}

/** The weekly form: how the supervisor saw each competency this week. */
export const RATINGS = ['seen', 'partly', 'not_yet', 'na'] as const;
export type Rating = typeof RATINGS[number];

export interface Competency { key: string; label: string }
export interface WeeklyForm {
  id: string; weekStart: string; filledBy: 'supervisor' | 'coach'; supervisorName: string;
  ratings: Partial<Record<string, { rating: Rating; note?: string }>>; note: string; submittedAt: string;
}
export type LinkStatus = 'active' | 'expired' | 'revoked';
export interface SupervisorLink {
  id: string; createdAt: string; expiresAt: string; revokedAt: string | null; lastUsedAt: string | null;
  status: LinkStatus; createdBy: { id: string; name: string };
}
export interface NewLinkResponse extends SupervisorLink { token: string; path: string }
/** Per competency: 2 = seen, 1 = partly, 0 = not yet, null = not applicable / not filled in. */
export interface TrendLine { key: string; first: number | null; latest: number | null; series: { weekStart: string; value: number | null }[] }
export interface WeeklyOverview { competencies: Competency[]; items: WeeklyForm[]; trend: TrendLine[]; links: SupervisorLink[] }

/** What the supervisor's link shows: the youth's first name and the placement, nothing else. */
export interface PublicWeek {
  firstName: string; employer: string; workplace: string; weekStart: string; expiresAt: string;
  competencies: Competency[]; existing: WeeklyForm | null;
}

/** The body of one week (the coach's form and the supervisor's link send the same). */
export interface WeekBody {
  weekStart: string; supervisorName: string;
  ratings: Record<string, { rating: Rating; note?: string }>;
  note?: string;
}

/**
 * The certificate and the recommendation letter of a placement (server: modules/work-reference):
 * drafted from the weekly forms, edited by the coach, confirmed by the employer through the link.
 */
export const REFERENCE_KINDS = ['certificate', 'recommendation'] as const;
export type ReferenceKind = typeof REFERENCE_KINDS[number];
export interface WorkReference {
  id: string; placementId: string; version: number; kind: ReferenceKind;
  competencies: Competency[]; conditions: string; body: string;
  confirmed: { at: string; name: string; function: string } | null;
  updatedAt: string;
}

/** Light shapes of the employer network, only what choosing a workplace needs. */
export interface EmployerChoice { id: string; name: string; town: string; neighbourhood: string | null; sector: string }
export interface EmployerWithWorkplaces extends EmployerChoice {
  workplaces: { id: string; name: string; active: boolean; openPlaces: number }[];
  contacts: { name: string; role?: string }[];
}
