import { z } from 'zod';
import { CalendarDate, Id, LongText, ShortText, Version } from '../../platform/http/schemas.js';

/** What a youth can consent to share: the sales story with one recipient; the minutes of a wrap-around meeting with its participants. */
export const CONSENT_PURPOSES = ['sales_story', 'wraparound'] as const;

export const NewConsent = z.strictObject({
  id: Id,
  purpose: z.enum(CONSENT_PURPOSES),
  /** With whom: "Restaurant De Haven (werkgever)", "Kredietbank Rotterdam". */
  recipient: ShortText(200).pipe(z.string().min(1, 'Met wie mag het gedeeld worden?')),
  givenOn: CalendarDate,
  validUntil: CalendarDate,
  note: LongText(2000).optional(),
});

export const WithdrawConsent = z.strictObject({ version: Version });

export const Consent = z.object({
  id: Id, youthId: Id, version: z.number(), purpose: z.string(), recipient: z.string(), givenOn: z.string(), validUntil: z.string(),
  note: z.string().nullable(), status: z.enum(['active', 'expired', 'withdrawn', 'future']), withdrawnAt: z.string().nullable(),
  recordedBy: z.object({ id: Id, name: z.string() }), recordedAt: z.string(),
});
export const ConsentList = z.object({ items: z.array(Consent) });
