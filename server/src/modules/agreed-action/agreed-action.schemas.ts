import { z } from 'zod';
import { CalendarDate, Id, LongText, OptionKey, Version } from '../../platform/http/schemas.js';

const Description = LongText(1000).pipe(z.string().min(1, 'Wat is er afgesproken?'));
const Principles = z.array(OptionKey).max(10);

/** An action agreed in a wrap-around meeting: its owner is someone in that meeting. */
export const NewMeetingAction = z.strictObject({
  id: Id,
  description: Description,
  ownerParticipantId: Id,
  dueOn: CalendarDate.nullable().optional(),
  note: LongText(2000).optional(),
  principles: Principles.optional(),
});

export const ActionPatch = z.strictObject({
  version: Version,
  status: z.enum(['open', 'done', 'cancelled']).optional(),
  description: Description.optional(),
  /** Hand a meeting's action to someone else in that meeting. */
  ownerParticipantId: Id.optional(),
  dueOn: CalendarDate.nullable().optional(),
  note: LongText(2000).optional(),
  principles: Principles.optional(),
});

export const ActionFilter = z.strictObject({ status: z.enum(['open', 'overdue', 'done', 'all']).default('all') });
export const ActionParams = z.strictObject({ id: Id, actionId: Id });

const Person = z.object({ id: Id, name: z.string() });
export const Action = z.object({
  id: Id, youthId: Id, version: z.number(),
  source: z.union([
    z.object({ kind: z.literal('meeting'), meetingId: Id, startsAt: z.string() }),
    z.object({ kind: z.literal('plan'), planVersion: z.number(), partKey: z.string() }),
  ]),
  description: z.string(), owner: z.object({ participantId: Id.nullable(), kind: z.string(), name: z.string() }),
  dueOn: z.string().nullable(), status: z.enum(['open', 'done', 'cancelled']), overdue: z.boolean(),
  note: z.string(), principles: z.array(z.string()), doneAt: z.string().nullable(), doneBy: Person.nullable(), createdAt: z.string(),
});

export const ActionList = z.object({
  items: z.array(Action),
  counts: z.object({ open: z.number(), overdue: z.number(), done: z.number(), cancelled: z.number() }),
});

