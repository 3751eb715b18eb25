import { z } from 'zod';
import { Id, Instant, LongText, OptionKey, Version } from '../../platform/http/schemas.js';

/** An incident (at work, at home, with neighbours, police, ...): being there at once is the method's core. */
const fields = {
  reportedAt: Instant,
  coachArrivedAt: Instant.nullable().optional(),
  place: OptionKey,
  what: LongText(10_000).pipe(z.string().min(1, 'Wat is er gebeurd?')),
  involved: LongText(2000).optional(),
  agreed: LongText(5000).optional(),
  followUp: LongText(5000).optional(),
};

export const NewIncident = z.strictObject({ id: Id, ...fields });
export const IncidentPatch = z.strictObject({ version: Version, ...z.object(fields).partial().shape });

export const Incident = z.object({
  id: Id, youthId: Id, version: z.number(), reportedAt: z.string(), coachArrivedAt: z.string().nullable(),
  /** Minutes from report until the coach was there. */
  responseMinutes: z.number().nullable(),
  place: z.string(), what: z.string(), involved: z.string().nullable(), agreed: z.string().nullable(), followUp: z.string().nullable(),
  author: z.object({ id: Id, name: z.string() }),
});
export const IncidentList = z.object({ items: z.array(Incident) });
