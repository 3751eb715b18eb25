import { z } from 'zod';
import { NORM_KEYS } from '../../core/norms/norm-settings.js';
import { Version } from '../../platform/http/schemas.js';

const NormKey = z.enum(NORM_KEYS, { message: 'Onbekende norm.' });

export const Norm = z.object({
  key: NormKey, enabled: z.boolean(), threshold: z.number().nullable(),
  unit: z.enum(['weeks', 'days', 'months', 'hours']).nullable(), default: z.number().nullable(), min: z.number(), max: z.number(),
});

export const NormSet = z.object({
  items: z.array(Norm), version: z.number(),
  lastChange: z.object({ at: z.string(), by: z.string() }).nullable(),
});

export const NormSetUpdate = z.strictObject({
  version: Version,
  items: z.array(z.strictObject({ key: NormKey, enabled: z.boolean(), threshold: z.number().int({ message: 'Een heel getal.' }).nullable() })).min(1).max(NORM_KEYS.length),
});
