import { z } from 'zod';
import { Id, Instant, LongText, OptionKey, OptionalText, ShortText, Version } from '../../platform/http/schemas.js';

const Name = ShortText(120).pipe(z.string().min(1, 'Geef de groep een naam.'));
const MemberIds = z.array(Id).max(60, 'Hoogstens 60 jongeren in één groep.')
  .refine((ids) => new Set(ids).size === ids.length, 'Een jongere staat twee keer in de lijst.');

export const NewGroup = z.strictObject({
  id: Id, teamId: Id, name: Name, neighbourhood: OptionalText(120), coachId: Id, note: LongText(2000).optional(), memberIds: MemberIds,
});

export const GroupPatch = z.strictObject({
  version: Version, name: Name.optional(), neighbourhood: OptionalText(120), coachId: Id.optional(), note: LongText(2000).optional(),
  active: z.boolean().optional(), memberIds: MemberIds.optional(),
});

export const REPORT_KINDS = ['nuisance', 'truancy', 'other'] as const;

export const NewGroupReport = z.strictObject({
  id: Id, reportedAt: Instant, kind: z.enum(REPORT_KINDS, { message: 'Kies overlast, schoolverzuim of anders.' }),
  reporterName: ShortText(120).pipe(z.string().min(1, 'Wie meldde het?')), reporterOrganisation: OptionalText(120),
  what: LongText(2000).pipe(z.string().min(1, 'Wat is er gemeld?')),
});

export const NewGroupContact = z.strictObject({
  id: Id, happenedAt: Instant, mode: OptionKey, note: LongText(5000).optional(),
  presentIds: z.array(Id).min(1, 'Wie waren erbij? Kies minstens één jongere.').max(60).refine((ids) => new Set(ids).size === ids.length, 'Een jongere staat twee keer in de lijst.'),
});

export const NewGroupSession = z.strictObject({
  id: Id, teamId: Id, topic: ShortText(200).pipe(z.string().min(1, 'Wat was het onderwerp?')), heldAt: Instant,
  facilitator: ShortText(120).pipe(z.string().min(1, 'Wie leidde de bijeenkomst?')), note: LongText(2000).optional(),
  attendeeIds: z.array(Id).min(1, 'Wie waren erbij? Kies minstens één jongere.').max(100),
});

const Person = z.object({ id: Id, name: z.string() });
const Clock = z.object({ youthId: Id, displayName: z.string(), dueAt: z.string(), answeredAt: z.string().nullable(), state: z.enum(['met', 'missed', 'open']) });

export const GroupSummary = z.object({
  id: Id, name: z.string(), neighbourhood: z.string().nullable(), team: Person, coach: Person, active: z.boolean(), members: z.number(),
});

export const Group = GroupSummary.extend({
  version: z.number(), note: z.string(),
  memberList: z.array(z.object({ youthId: Id, displayName: z.string(), since: z.string(), until: z.string().nullable() })),
  reports: z.array(z.object({
    id: Id, reportedAt: z.string(), kind: z.enum(REPORT_KINDS), reporterName: z.string(), reporterOrganisation: z.string().nullable(), what: z.string(),
    clocks: z.array(Clock),
  })),
  contacts: z.array(z.object({ id: Id, happenedAt: z.string(), mode: z.string(), note: z.string().nullable(), author: z.string(), present: z.array(Person) })),
  responseHours: z.number(),
});

export const GroupSession = z.object({
  id: Id, teamId: Id, topic: z.string(), heldAt: z.string(), facilitator: z.string(), note: z.string().nullable(), attendees: z.array(Person),
});
