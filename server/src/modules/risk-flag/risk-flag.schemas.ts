import { z } from 'zod';
import { Id, LongText, OptionKey, Version } from '../../platform/http/schemas.js';

export const NewRiskFlag = z.strictObject({
  id: Id,
  /** One of the tenant's risk indicators (IPTA ch. 3.3). */
  kind: OptionKey,
  note: LongText(2000).optional(),
});

export const ResolveRiskFlag = z.strictObject({
  version: Version,
  note: LongText(2000).pipe(z.string().min(1, 'Wat is er veranderd? Schrijf kort waarom het signaal weg kan.')),
});

const Person = z.object({ id: Id, name: z.string() });

export const RiskFlag = z.object({
  id: Id, youthId: Id, version: z.number(), kind: z.string(), note: z.string().nullable(),
  raisedBy: Person, raisedAt: z.string(),
  resolvedBy: Person.nullable(), resolvedAt: z.string().nullable(), resolutionNote: z.string().nullable(),
});
export const RiskFlagList = z.object({ items: z.array(RiskFlag) });

export const TeamRiskFlags = z.object({
  items: z.array(RiskFlag.extend({ youthName: z.string() })),
});
export const TeamParams = z.strictObject({ teamId: Id });
