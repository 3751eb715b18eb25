import { z } from 'zod';
import { Id, Instant, LongText, OptionKey, ShortText } from '../../platform/http/schemas.js';

/** A try to reach the youth (contactpoging): logged on the street in seconds. */
export const NewAttempt = z.strictObject({
  id: Id,
  at: Instant,
  channel: OptionKey,
  outcome: OptionKey,
  note: LongText(2000).optional(),
});

export const Attempt = z.object({
  id: Id, youthId: Id, at: z.string(), channel: z.string(), outcome: z.string(), note: z.string().nullable(),
  author: z.object({ id: Id, name: z.string() }),
});

export const AttemptList = z.object({
  items: z.array(Attempt),
  /** Days since the youth was registered: the coach does not give up ("nee is geen optie"). */
  daysSinceRegistration: z.number(),
  count: z.number(),
});

/** Kennismaking / keukentafelgesprek, at a place the youth chose. */
export const NewKennismaking = z.strictObject({
  id: Id,
  heldAt: Instant,
  place: ShortText(200).pipe(z.string().min(1, 'Waar was de kennismaking?')),
  youthExpectations: LongText(5000).optional(),
  coachExpectations: LongText(5000).optional(),
  urgentMatters: LongText(5000).optional(),
  selfDescription: LongText(5000).optional(),
});

export const Kennismaking = z.object({
  id: Id, youthId: Id, heldAt: z.string(), place: z.string(),
  youthExpectations: z.string().nullable(), coachExpectations: z.string().nullable(),
  urgentMatters: z.string().nullable(), selfDescription: z.string().nullable(),
  author: z.object({ id: Id, name: z.string() }), version: z.number(),
});
export const KennismakingList = z.object({ items: z.array(Kennismaking) });
