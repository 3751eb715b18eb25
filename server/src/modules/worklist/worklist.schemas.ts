import { z } from 'zod';
import { BUCKETS, SIGNAL_KINDS } from '../../core/norms/norm-engine.js';
import { CalendarDate, Id, LongText, ShortText } from '../../platform/http/schemas.js';

const Ack = z.object({ action: z.enum(['acknowledged', 'snoozed']), until: z.string().nullable(), reason: z.string(), at: z.string(), by: z.string() });

/** One signal on a worklist: what is due (kind + facts for the sentence), for whom, when, and what was done with it. */
export const WorkItem = z.object({
  key: z.string(), kind: z.enum(SIGNAL_KINDS), bucket: z.enum(BUCKETS),
  due: z.string(), dueAt: z.string().nullable(),
  youthId: Id.nullable(), coachId: Id.nullable(), coachIds: z.array(Id),
  youth: z.object({ id: Id, displayName: z.string() }).nullable(),
  facts: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
  ack: Ack.nullable(),
});

export const Worklist = z.object({ items: z.array(WorkItem), snoozed: z.array(WorkItem) });

const Share = z.object({ met: z.number(), missed: z.number(), open: z.number() });

export const TeamWorklist = Worklist.extend({
  caseload: z.array(z.object({
    coachId: Id, name: z.string(), limit: z.number(), active: z.number(),
    perPhase: z.array(z.object({ phase: z.string(), count: z.number() })),
  })),
  performance: z.object({
    quarter: z.object({ from: z.string(), to: z.string(), label: z.string() }),
    planSigned: Share.extend({ weeks: z.number() }),
    groupResponse: Share.extend({ hours: z.number() }),
  }),
});

export const TeamQuery = z.strictObject({ teamId: Id.optional() });

export const AckInput = z.strictObject({
  id: Id,
  // Keys hold ids, dates and kinds, all lower case as Spil makes them (an id may arrive upper case).
  signalKey: ShortText(200).pipe(z.string().min(3, 'Welk signaal?')).transform((k) => k.toLowerCase()),
  action: z.enum(['acknowledged', 'snoozed', 'reopened'], { message: 'Kies gezien, uitstellen of terugzetten.' }),
  until: CalendarDate.optional(),
  reason: LongText(500).optional(),
});

export const AckHistory = z.object({
  signalKey: z.string(),
  items: z.array(z.object({ id: Id, action: z.string(), until: z.string().nullable(), reason: z.string(), at: z.string(), by: z.string() })),
});
