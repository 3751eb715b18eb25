import { z } from 'zod';
import { Id, ShortText, Version } from '../../platform/http/schemas.js';

const Option = z.object({ key: z.string(), label: z.string() });
const Phase = z.object({ id: Id, key: z.string(), name: z.string(), position: z.number(), plannedWeeks: z.number().nullable(), subSteps: z.array(z.string()) });

export const TenantConfig = z.object({
  method: z.enum(['ipta', 'ija']),
  ageWindow: z.object({ min: z.number(), max: z.number() }),
  phases: z.array(Phase),
  lists: z.record(z.string(), z.array(Option)),
  targetIndicators: z.array(z.string()),
  teams: z.array(z.object({ id: Id, name: z.string() })),
  coaches: z.array(z.object({ id: Id, name: z.string(), teamId: Id, activeCaseload: z.number(), caseloadLimit: z.number() })),
});

export const PhaseModel = z.object({
  preset: z.string(),
  version: z.number(),
  phases: z.array(Phase.extend({ active: z.boolean() })),
});

/** Rename, reorder (array order is the new order) and set durations. */
export const PhaseModelUpdate = z.strictObject({
  version: Version,
  phases: z.array(z.strictObject({
    id: Id,
    name: ShortText(80).min(1, 'Geef de fase een naam.'),
    plannedWeeks: z.number().int().min(1).max(104).nullable(),
  })).min(1).max(20),
});

export const TenantSettings = z.object({
  name: z.string(),
  method: z.enum(['ipta', 'ija']),
  ageWindow: z.object({ min: z.number(), max: z.number() }),
  requireTwoFactorForAll: z.boolean(),
  /** Days a contactmoment can still be changed; after that only an addendum. */
  contactEditDays: z.number(),
  version: z.number(),
});

/** Switch the method (its phase preset and age window) or require 2FA for everyone. */
export const TenantSettingsUpdate = z.strictObject({
  version: Version,
  method: z.enum(['ipta', 'ija']).optional(),
  requireTwoFactorForAll: z.boolean().optional(),
  contactEditDays: z.number().int().min(0).max(90).optional(),
});
