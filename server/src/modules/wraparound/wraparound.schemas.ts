import { z } from 'zod';
import { Action } from '../agreed-action/agreed-action.schemas.js';
import { CalendarDate, Id, Instant, LongText, ShortText, Version } from '../../platform/http/schemas.js';

const Required = (max: number, message: string) => ShortText(max).pipe(z.string().min(1, message));
export const PARTICIPANT_KINDS = ['youth', 'coach', 'network', 'professional', 'other'] as const;

/** Someone invited to the wrap-around meeting, with their role and what they contribute. */
const Participant = z.strictObject({
  id: Id,
  kind: z.enum(PARTICIPANT_KINDS),
  networkPersonId: Id.nullable().optional(),
  professionalId: Id.nullable().optional(),
  name: Required(200, 'Vul de naam van de deelnemer in.'),
  role: ShortText(200).optional(),
  contribution: LongText(2000).optional(),
  /** Null while the meeting is still to come. */
  attended: z.boolean().nullable().optional(),
});

/** Ontbindende voorwaarde: a situation that calls the team together again. */
const Condition = z.strictObject({ id: Id, text: Required(500, 'Beschrijf de situatie.') });

const uniqueIds = (items: { id: string }[]) => new Set(items.map((i) => i.id)).size === items.length;
const meetingFields = {
  startsAt: Instant,
  place: Required(200, 'Waar is het overleg?'),
  participants: z.array(Participant).min(1, 'Wie komen er?').max(40).refine(uniqueIds, 'Dubbele deelnemer.'),
  goals: LongText(4000).optional(),
  /** How they keep each other informed. */
  informing: LongText(2000).optional(),
  notes: LongText(4000).optional(),
  nextMeetingOn: CalendarDate.nullable().optional(),
  conditions: z.array(Condition).max(20).refine(uniqueIds, 'Dubbele voorwaarde.').optional(),
};

export const NewMeeting = z.strictObject({ id: Id, ...meetingFields });
export const MeetingPatch = z.strictObject({ version: Version, ...z.object(meetingFields).partial().shape });
export const ConditionOccurred = z.strictObject({ note: LongText(2000).optional() });
export const MeetingParams = z.strictObject({ id: Id, meetingId: Id });
export const ConditionParams = z.strictObject({ id: Id, meetingId: Id, conditionId: Id });

const Person = z.object({ id: Id, name: z.string() });
export const Meeting = z.object({
  id: Id, youthId: Id, version: z.number(), startsAt: z.string(), place: z.string(), chair: Person,
  participants: z.array(z.object({
    id: Id, kind: z.enum(PARTICIPANT_KINDS), networkPersonId: Id.nullable(), professionalId: Id.nullable(), name: z.string(), role: z.string(),
    contribution: z.string(), attended: z.boolean().nullable(),
  })),
  goals: z.string(), informing: z.string(), notes: z.string(), nextMeetingOn: z.string().nullable(),
  conditions: z.array(z.object({ id: Id, text: z.string(), occurredAt: z.string().nullable(), occurredNote: z.string().nullable(), occurredBy: Person.nullable() })),
  actions: z.array(Action), createdAt: z.string(), updatedAt: z.string(),
});
export const MeetingList = z.object({ items: z.array(Meeting) });
