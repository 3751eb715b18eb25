import { z } from 'zod';
import { CalendarDate, Id, LongText, ShortText, Version } from '../../platform/http/schemas.js';

export const PLACEMENT_KINDS = ['internship', 'work_experience', 'trial', 'regular_job', 'bbl', 'secondment'] as const;
export const END_REASONS = ['completed', 'regular_job', 'education', 'stopped_by_youth', 'stopped_by_employer', 'other'] as const;
/** What is agreed at placement (IPTA ch. 4, "Bij plaatsing van een jongere worden afspraken gemaakt over"). */
export const AGREEMENT_KEYS = ['working_hours', 'tasks', 'income', 'induction', 'supervision', 'training', 'skills_development', 'wage_subsidy', 'workplace_coaching', 'incidents'] as const;
export const SUBSIDY_KINDS = ['loonkostensubsidie', 'loondispensatie', 'no_risk_polis', 'begeleidingsvergoeding', 'proefplaatsing', 'anders'] as const;
/** Subsidies that always run out: their end date is part of the decision. */
export const SUBSIDIES_WITH_END = ['loonkostensubsidie', 'loondispensatie', 'proefplaatsing'] as const;

const Agreement = z.strictObject({ agreed: z.boolean(), note: LongText(1000) });
const Agreements = z.strictObject(Object.fromEntries(AGREEMENT_KEYS.map((k) => [k, Agreement.optional()])) as Record<typeof AGREEMENT_KEYS[number], z.ZodOptional<typeof Agreement>>);

const placementFields = {
  kind: z.enum(PLACEMENT_KINDS),
  startsOn: CalendarDate,
  plannedEndOn: CalendarDate.nullable().optional(),
  supervisorName: ShortText(200).optional(),
  supervisorFunction: ShortText(200).optional(),
  hoursPerWeek: z.number().min(1, 'Uren per week: 1 of meer.').max(60, 'Uren per week: hoogstens 60.').nullable().optional(),
  agreements: Agreements.optional(),
};
export const NewPlacement = z.strictObject({ id: Id, workplaceId: Id, ...placementFields });
export const PlacementPatch = z.strictObject({
  version: Version, ...z.object(placementFields).partial().shape,
  /** Ending the placement: the day and why (both, or neither to reopen). */
  endedOn: CalendarDate.nullable().optional(),
  endReason: z.enum(END_REASONS).nullable().optional(),
  endNote: LongText(2000).optional(),
});

export const NewSubsidy = z.strictObject({ id: Id, kind: z.enum(SUBSIDY_KINDS), startsOn: CalendarDate, endsOn: CalendarDate.nullable().optional(), note: LongText(1000).optional() });
export const NewWageAssessment = z.strictObject({
  id: Id, assessedOn: CalendarDate, percentage: z.number().int().min(0, 'Een percentage van 0 tot en met 100.').max(100, 'Een percentage van 0 tot en met 100.'),
  assessor: ShortText(200).optional(), note: LongText(1000).optional(),
});
export const NewEvaluation = z.strictObject({ id: Id, plannedOn: CalendarDate, heldOn: CalendarDate.nullable().optional(), note: LongText(2000).optional() });
/** Marking an evaluation moment held (a date, or null when it was marked by mistake), with its note. */
export const EvaluationPatch = z.strictObject({ version: Version, heldOn: CalendarDate.nullable(), note: LongText(2000).optional() });
export const PlacementParams = z.strictObject({ id: Id, placementId: Id });
export const EvaluationParams = z.strictObject({ id: Id, placementId: Id, evaluationId: Id });

export const Placement = z.object({
  id: Id, youthId: Id, version: z.number(), kind: z.enum(PLACEMENT_KINDS),
  workplace: z.object({ id: Id, name: z.string(), employer: z.object({ id: Id, name: z.string() }) }),
  startsOn: z.string(), plannedEndOn: z.string().nullable(), endedOn: z.string().nullable(), endReason: z.enum(END_REASONS).nullable(), endNote: z.string(),
  supervisorName: z.string(), supervisorFunction: z.string(), hoursPerWeek: z.number().nullable(),
  agreements: z.record(z.string(), z.object({ agreed: z.boolean(), note: z.string() })),
  subsidies: z.array(z.object({ id: Id, kind: z.enum(SUBSIDY_KINDS), startsOn: z.string(), endsOn: z.string().nullable(), note: z.string() })),
  wageAssessments: z.array(z.object({ id: Id, assessedOn: z.string(), percentage: z.number(), assessor: z.string(), note: z.string() })),
  evaluations: z.array(z.object({ id: Id, version: z.number(), plannedOn: z.string(), heldOn: z.string().nullable(), note: z.string() })),
  status: z.enum(['planned', 'running', 'ended']),
  createdAt: z.string(),
});
export const PlacementList = z.object({ items: z.array(Placement) });
