import { z } from 'zod';

/** Building blocks shared by all route schemas. Limits keep bad input out before it costs anything. */
export const Id = z.uuid({ message: 'Geen geldig id.' });
export const IdParams = z.strictObject({ id: Id });
export const Version = z.number().int().min(1);

/** Free text on a record: trimmed, bounded, empty means "not known". */
export const ShortText = (max = 200) => z.string().trim().max(max);
export const OptionalText = (max = 200) => ShortText(max).nullable().optional().transform((v) => (v === '' ? null : v));
export const LongText = (max = 5000) => z.string().trim().max(max);

/** A calendar date that exists ('2026-02-31' is refused). */
export const CalendarDate = z.iso.date({ message: 'Geen bestaande datum (JJJJ-MM-DD).' });

export const ErrorBody = z.object({ code: z.string(), message: z.string(), details: z.unknown() });
export const errorResponses = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
