import { z } from 'zod';
import { Id, Instant, LongText, OptionKey, ShortText, Version } from '../../platform/http/schemas.js';

/** 5G model (toolbox): gebeurtenis, gedachten, gevoelens, gedrag, gevolg. */
export const FiveG = z.strictObject({
  gebeurtenis: LongText(2000), gedachten: LongText(2000), gevoelens: LongText(2000), gedrag: LongText(2000), gevolg: LongText(2000),
});

const contactFields = {
  happenedAt: Instant,
  mode: OptionKey,
  withWhom: z.array(OptionKey).min(1, 'Met wie was het contact?').max(5),
  durationMinutes: z.number().int().min(1).max(24 * 60).nullable().optional(),
  note: LongText(20_000).optional(),
  principles: z.array(OptionKey).max(6).optional(),
  fiveG: FiveG.nullable().optional(),
  /** Schaalvraag: 0–10, with what it was about. */
  scalingScore: z.number().int().min(0, 'Een score van 0 tot en met 10.').max(10, 'Een score van 0 tot en met 10.').nullable().optional(),
  scalingTopic: ShortText(200).optional(),
};

export const NewContact = z.strictObject({ id: Id, ...contactFields });
export const ContactPatch = z.strictObject({ version: Version, ...z.object(contactFields).partial().shape });
export const NewAddendum = z.strictObject({ id: Id, text: LongText(5000).pipe(z.string().min(1, 'Schrijf de aanvulling.')) });

const Person = z.object({ id: Id, name: z.string() });

export const Contact = z.object({
  id: Id, youthId: Id, version: z.number(), happenedAt: z.string(), mode: z.string(), withWhom: z.array(z.string()),
  durationMinutes: z.number().nullable(), note: z.string().nullable(), principles: z.array(z.string()),
  fiveG: FiveG.nullable(), scalingScore: z.number().nullable(), scalingTopic: z.string().nullable(),
  appointmentId: Id.nullable(), author: Person, createdAt: z.string(),
  /** Still changeable; after the tenant's edit window only an addendum. */
  editable: z.boolean(),
  addenda: z.array(z.object({ id: Id, text: z.string(), author: Person, at: z.string() })),
});

export const ScalingSeries = z.object({ items: z.array(z.object({ at: z.string(), score: z.number(), topic: z.string().nullable(), contactId: Id })) });
