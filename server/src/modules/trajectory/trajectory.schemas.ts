import { z } from 'zod';
import { Id, ShortText, Version } from '../../platform/http/schemas.js';

export const StartTrajectory = z.strictObject({ id: Id });

/** A step in the trajectory; every step states why (reason), closing also which closing reason. */
export const TransitionBody = z.strictObject({
  version: Version,
  kind: z.enum(['forward', 'back', 'pause', 'resume', 'close']),
  toPhaseId: Id.optional(),
  reason: ShortText(2000),
  closingReason: ShortText(60).optional(),
  /** Leaving the first phase while not all four scout conditions are met needs this reason. */
  gateOverrideReason: ShortText(2000).optional(),
});

export const ScoutChecksBody = z.strictObject({
  conditions: z.array(z.strictObject({
    condition: z.enum(['found_and_spoken', 'meets_criteria', 'wants_to_work_on_future', 'expectations_aligned']),
    met: z.boolean(),
  })).min(1).max(4),
});

export const ReopenBody = z.strictObject({ id: Id, reason: ShortText(2000), phaseId: Id.optional(), gateOverrideReason: ShortText(2000).optional() });

export const Trajectory = z.object({
  id: Id,
  youthId: Id,
  version: z.number(),
  status: z.enum(['active', 'paused', 'closed']),
  startedAt: z.string(),
  closedAt: z.string().nullable(),
  closingReason: z.string().nullable(),
  reopenedFrom: Id.nullable(),
  currentPhase: z.object({ id: Id, key: z.string(), name: z.string(), position: z.number(), plannedWeeks: z.number().nullable(), subSteps: z.array(z.string()) }),
  phaseEnteredAt: z.string(),
  timeline: z.array(z.object({
    phaseId: Id, name: z.string(), enteredAt: z.string(), leftAt: z.string().nullable(),
    daysSpent: z.number(), plannedDays: z.number().nullable(), overPlanned: z.boolean(),
  })),
  /** The four scout-complete conditions (IPTA scout phase / IJA Fase 1), each with who ticked it when. */
  scout: z.object({
    complete: z.boolean(),
    conditions: z.array(z.object({ condition: z.string(), met: z.boolean(), at: z.string().nullable(), by: z.object({ id: Id, name: z.string() }).nullable() })),
  }),
  events: z.array(z.object({
    id: Id, kind: z.string(), fromPhase: z.string().nullable(), toPhase: z.string().nullable(),
    reason: z.string().nullable(), closingReason: z.string().nullable(), gateOverrideReason: z.string().nullable(), actor: z.object({ id: Id, name: z.string() }), at: z.string(),
  })),
});

export const TrajectoryList = z.object({ items: z.array(Trajectory) });
