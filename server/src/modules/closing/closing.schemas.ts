import { z } from 'zod';
import { CalendarDate, Id, LongText, OptionalText, OptionKey, ShortText, Version } from '../../platform/http/schemas.js';
import { ResultMeasurement } from '../result-measurement/result-measurement.schemas.js';

const Required = (max: number, message: string) => LongText(max).pipe(z.string().min(1, message));

/** The closing conversation (eindgesprek) and the close of the trajectory in one step. */
export const CloseWithConversation = z.strictObject({
  /** The trajectory's version, as for any step of the trajectory. */
  version: Version,
  heldOn: CalendarDate,
  summary: Required(2000, 'Vat het eindgesprek samen.'),
  takesAlong: OptionalText(2000),
  closingReason: OptionKey,
});

export const ConversationPatch = z.strictObject({
  /** The conversation's own version. */
  version: Version,
  heldOn: CalendarDate.optional(),
  summary: Required(2000, 'Vat het eindgesprek samen.').optional(),
  takesAlong: OptionalText(2000),
});

const handoverFields = {
  toOrganisation: ShortText(200).pipe(z.string().min(1, 'Vul in aan welke organisatie u het werk overdraagt.')),
  toPerson: OptionalText(200),
  what: Required(2000, 'Beschrijf wat u overdraagt.'),
  conversationOn: CalendarDate.nullable().optional(),
  conversationNote: OptionalText(2000),
  checkDueOn: CalendarDate.optional(),
};

/** A warm handover (warme overdracht) to another organisation. */
export const NewWarmHandover = z.strictObject({ id: Id, ...handoverFields });

/** A change to the handover, or the check that it landed (checkedOn and landed together). */
export const WarmHandoverPatch = z.strictObject({
  version: Version,
  ...z.object(handoverFields).partial().shape,
  checkedOn: CalendarDate.nullable().optional(),
  landed: z.boolean().nullable().optional(),
  checkNote: OptionalText(2000),
});

/** The aftercare plan (nazorg): without a version it is made, with one it is changed. */
export const AftercarePlanBody = z.strictObject({
  version: Version.optional(),
  content: Required(2000, 'Beschrijf wat de nazorg inhoudt.'),
  frequencyWeeks: z.number().int('Een heel aantal weken.').min(1, 'Eens per 1 tot 52 weken.').max(52, 'Eens per 1 tot 52 weken.'),
  startsOn: CalendarDate,
  endsOn: CalendarDate,
});

/** An aftercare contact with its checks; null: not asked. */
export const NewAftercareContact = z.strictObject({
  id: Id,
  heldOn: CalendarDate,
  note: OptionalText(2000),
  stillWorking: z.boolean().nullable(),
  stillHoused: z.boolean().nullable(),
});

export const HandoverParams = z.strictObject({ id: Id, handoverId: Id });

const Person = z.object({ id: Id, name: z.string() });

export const WarmHandover = z.object({
  id: Id, version: z.number(), toOrganisation: z.string(), toPerson: z.string().nullable(), what: z.string(),
  conversationOn: z.string().nullable(), conversationNote: z.string().nullable(), checkDueOn: z.string(),
  checkedOn: z.string().nullable(), landed: z.boolean().nullable(), checkNote: z.string().nullable(),
  /** Still to be asked after: never checked, or not landed with a later day to ask again. */
  checkOpen: z.boolean(),
  /** The check's day has come and it is not done yet. */
  checkDue: z.boolean(),
  createdBy: Person, createdAt: z.string(),
});

const MomentStatus = z.enum(['held', 'missed', 'overdue', 'due', 'planned']);

/** Everything of the afronding of one trajectory, for the youth file's Afronding tab. */
export const ClosingView = z.object({
  trajectory: z.object({
    id: Id, youthId: Id, version: z.number(), status: z.enum(['active', 'paused', 'closed']),
    startedAt: z.string(), closedAt: z.string().nullable(), closingReason: z.string().nullable(),
    /** In its closing phase or closed: handovers, aftercare and measurements can be recorded. */
    closing: z.boolean(),
  }),
  conversation: z.object({
    version: z.number(), heldOn: z.string(), summary: z.string(), takesAlong: z.string().nullable(),
    author: Person, createdAt: z.string(), updatedAt: z.string(),
  }).nullable(),
  handovers: z.array(WarmHandover),
  aftercare: z.object({
    plan: z.object({
      version: z.number(), content: z.string(), frequencyWeeks: z.number(), startsOn: z.string(), endsOn: z.string(),
      createdBy: Person, updatedAt: z.string(),
    }).nullable(),
    contacts: z.array(z.object({
      id: Id, heldOn: z.string(), note: z.string().nullable(), stillWorking: z.boolean().nullable(), stillHoused: z.boolean().nullable(),
      author: Person, createdAt: z.string(),
    })),
    schedule: z.object({
      moments: z.array(z.object({ dueOn: z.string(), status: MomentStatus, heldOn: z.string().nullable() })),
      next: z.object({ dueOn: z.string(), overdue: z.boolean(), daysLate: z.number() }).nullable(),
    }).nullable(),
  }),
  resultMeasurements: z.array(ResultMeasurement),
  /** Per moment after closing, the first day its measurement can be held (null: at closing, or not yet closed). */
  measurementOpensOn: z.record(z.string(), z.string().nullable()),
  /** The form (Bijlage 5): each area with its own answers and details, so a screen asks only those. */
  resultAreas: z.array(z.object({
    key: z.string(), label: z.string(), answers: z.array(z.string()), details: z.array(z.string()), detailsWith: z.array(z.string()),
  })),
});
