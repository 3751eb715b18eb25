import { z } from 'zod';
import { Id, Instant, LongText, OptionKey, ShortText, Version } from '../../platform/http/schemas.js';
import { FiveG } from '../contact/contact.schemas.js';

export const NewAppointment = z.strictObject({
  id: Id,
  startsAt: Instant,
  durationMinutes: z.number().int().min(5).max(12 * 60).optional(),
  place: ShortText(200).optional(),
  purpose: ShortText(500).pipe(z.string().min(1, 'Waarvoor is de afspraak?')),
  withWhom: z.array(OptionKey).min(1).max(5).optional(),
});

/** Marking an appointment as held makes its contactmoment in one tap; the rest is optional. */
export const HeldBody = z.strictObject({
  version: Version,
  contactId: Id,
  mode: OptionKey.optional(),
  note: LongText(20_000).optional(),
  fiveG: FiveG.nullable().optional(),
  scalingScore: z.number().int().min(0).max(10).nullable().optional(),
  scalingTopic: ShortText(200).optional(),
  principles: z.array(OptionKey).max(6).optional(),
});

export const StatusBody = z.strictObject({ version: Version });

export const Appointment = z.object({
  id: Id, youthId: Id, youthName: z.string(), version: z.number(), startsAt: z.string(), durationMinutes: z.number(),
  place: z.string().nullable(), purpose: z.string(), withWhom: z.array(z.string()),
  status: z.enum(['planned', 'held', 'no_show', 'cancelled']), contactId: Id.nullable(),
  coach: z.object({ id: Id, name: z.string() }),
});
export const AppointmentList = z.object({ items: z.array(Appointment) });
