import { z } from 'zod';
import { Id, LongText, OptionKey, ShortText, Version } from '../../platform/http/schemas.js';

export const REFERENCE_KINDS = ['certificate', 'recommendation'] as const;
export const NewReference = z.strictObject({ kind: z.enum(REFERENCE_KINDS) });
export const ReferencePatch = z.strictObject({
  version: Version,
  competencies: z.array(OptionKey).max(20).optional(),
  conditions: LongText(2000).optional(),
  body: LongText(6000).optional(),
});
export const Confirmation = z.strictObject({
  name: ShortText(200).pipe(z.string().min(1, 'Vul uw naam in.')),
  function: ShortText(200).pipe(z.string().min(1, 'Vul uw functie in.')),
});
export const ReferenceParams = z.strictObject({ id: Id, placementId: Id, referenceId: Id });
export const PublicReferenceParams = z.strictObject({ token: z.string().min(20).max(100).regex(/^[A-Za-z0-9_-]+$/), referenceId: Id });

export const Reference = z.object({
  id: Id, placementId: Id, version: z.number(), kind: z.enum(REFERENCE_KINDS),
  competencies: z.array(z.object({ key: z.string(), label: z.string() })), conditions: z.string(), body: z.string(),
  confirmed: z.object({ at: z.string(), name: z.string(), function: z.string() }).nullable(),
  updatedAt: z.string(),
});
export const ReferenceList = z.object({ items: z.array(Reference) });
