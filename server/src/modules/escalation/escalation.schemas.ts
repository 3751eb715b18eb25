import { z } from 'zod';
import { CalendarDate, Id, LongText, ShortText, Version } from '../../platform/http/schemas.js';

/** casus (one youth, part of their file) · knelpunt (a bottleneck in the system, no youth). */
export const ESCALATION_KINDS = ['case', 'bottleneck'] as const;
export const ESCALATION_STATUSES = ['open', 'decided', 'done'] as const;

const Title = ShortText(200).pipe(z.string().min(1, 'Geef het punt een korte titel.'));
const Question = LongText(4000).pipe(z.string().min(1, 'Schrijf op welke vraag of welk knelpunt u inbrengt.'));
const Note = (max: number) => LongText(max).nullable().optional().transform((v) => (v === '' ? null : v));

export const NewEscalation = z.strictObject({
  id: Id,
  kind: z.enum(ESCALATION_KINDS, { message: 'Kies casus of knelpunt.' }),
  /** A casus: the youth it is about. A knelpunt has none. */
  youthId: Id.nullable().optional(),
  /** The team that brings a knelpunt in (a casus takes the youth's team). */
  teamId: Id.nullable().optional(),
  title: Title,
  question: Question,
  meetingOn: CalendarDate.nullable().optional(),
});

export const EscalationPatch = z.strictObject({
  version: Version,
  title: Title.optional(),
  question: Question.optional(),
  meetingOn: CalendarDate.nullable().optional(),
  decision: Note(4000),
  /** Who acts on the decision (a person or a service, free text: often outside Spil). */
  actionOwner: ShortText(200).nullable().optional().transform((v) => (v === '' ? null : v)),
  actionDueOn: CalendarDate.nullable().optional(),
  outcome: Note(4000),
  status: z.enum(ESCALATION_STATUSES, { message: 'Kies open, besloten of afgerond.' }).optional(),
  policyChange: z.boolean().optional(),
  policyChangeNote: Note(2000),
});

export const EscalationListQuery = z.strictObject({
  status: z.enum(ESCALATION_STATUSES, { message: 'Kies open, besloten of afgerond.' }).optional(),
  kind: z.enum(ESCALATION_KINDS, { message: 'Kies casus of knelpunt.' }).optional(),
});

const Person = z.object({ id: Id, name: z.string() });

export const Escalation = z.object({
  id: Id, version: z.number(), kind: z.enum(ESCALATION_KINDS),
  youth: Person.nullable(), team: Person.nullable(),
  title: z.string(), question: z.string(), meetingOn: z.string().nullable(), decision: z.string().nullable(),
  actionOwner: z.string().nullable(), actionDueOn: z.string().nullable(), outcome: z.string().nullable(),
  status: z.enum(ESCALATION_STATUSES), policyChange: z.boolean(), policyChangeNote: z.string().nullable(),
  /** The action's due date has passed and the item is not done. */
  overdue: z.boolean(),
  raisedBy: Person,
  createdAt: z.string(), updatedAt: z.string(),
  /** Whether this user may record the decision, outcome, status and policy change. */
  mayChange: z.boolean(),
});

export const EscalationList = z.object({
  items: z.array(Escalation),
  /** How many items this user may see per status (with the same kind filter). */
  counts: z.object({ open: z.number(), decided: z.number(), done: z.number() }),
});
