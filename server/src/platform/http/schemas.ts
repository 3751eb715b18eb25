import { z } from 'zod';

/** Building blocks shared by all route schemas. Limits keep bad input out before it costs anything. */
// Lower case, as PostgreSQL stores a uuid: the access log hashes what it is given.
export const Id = z.uuid({ message: 'Geen geldig id.' }).toLowerCase();
export const IdParams = z.strictObject({ id: Id });
/** Whether a string taken from a cursor or a signal key has the shape of one of our ids, before it goes into a query. */
export const isUuid = (s: string | undefined): s is string => s !== undefined && /^[0-9a-f-]{36}$/.test(s);
export const Version = z.number().int().min(1).max(2_147_483_647);

/** PostgreSQL text cannot hold a NUL character; refuse it as bad input instead of failing on it. */
export const noNul = (s: string) => !s.includes('\u0000');
const NUL_MESSAGE = 'Bevat een ongeldig teken.';
export const Text = () => z.string().refine(noNul, NUL_MESSAGE);

/** Free text on a record: trimmed, bounded, empty means "not known". */
export const ShortText = (max = 200) => z.string().trim().max(max).refine(noNul, NUL_MESSAGE);
export const OptionalText = (max = 200) => ShortText(max).nullable().optional().transform((v) => (v === '' ? null : v));
export const LongText = (max = 5000) => z.string().trim().max(max).refine(noNul, NUL_MESSAGE);

/** A calendar date that exists ('2026-02-31' is refused). */
export const CalendarDate = z.iso.date({ message: 'Geen bestaande datum (JJJJ-MM-DD).' })
  .refine((d) => d >= '1900-01-01', 'Datum ligt te ver in het verleden.');

/** A birth date: an existing date, not in the future. */
export const BirthDate = CalendarDate.refine((d) => d <= new Date().toISOString().slice(0, 10), 'Een geboortedatum ligt niet in de toekomst.');

/** A moment with its offset, as phones send it ('2026-11-23T21:40:00+01:00'). */
export const Instant = z.iso.datetime({ offset: true, message: 'Geen geldig tijdstip (datum en tijd).' })
  // Casework happens in this century; a typo'd year would sit atop a newest-first timeline for good.
  .refine((s) => { const y = new Date(s).getUTCFullYear(); return y >= 2000 && y <= 2100; }, 'Een jaartal tussen 2000 en 2100.')
  // Milliseconds at most: the timeline pages by exact time, as JavaScript holds it.
  .transform((s) => new Date(s).toISOString());

/** A key from one of the tenant's answer lists (checked against the list by the service). */
export const OptionKey = ShortText(60).pipe(z.string().min(1, 'Kies een waarde uit de lijst.'));

/** Paging by position in a newest-first list: the cursor is the last item seen. */
export const PageQuery = { limit: z.coerce.number().int().min(1).max(200).default(50), before: ShortText(200).optional() };

export const ErrorBody = z.object({ code: z.string(), message: z.string(), details: z.unknown() });
export const errorResponses = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
