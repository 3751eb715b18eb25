import { z } from 'zod';
import { RATINGS } from '../../core/work/weekly-form.js';
import { CalendarDate, Id, LongText, OptionKey, ShortText } from '../../platform/http/schemas.js';

const Rating = z.strictObject({ rating: z.enum(RATINGS), note: LongText(500).optional() });

/** One week: each competency seen / partly / not yet / not applicable, with a note. */
export const WeekBody = z.strictObject({
  weekStart: CalendarDate,
  supervisorName: ShortText(200).pipe(z.string().min(1, 'Vul uw naam in.')),
  ratings: z.record(OptionKey, Rating).refine((r) => Object.keys(r).length > 0, 'Vul minstens één punt in.'),
  note: LongText(2000).optional(),
});

export const NewLink = z.strictObject({ days: z.number().int().min(1, 'Minstens 1 dag.').max(60, 'Hoogstens 60 dagen.').optional() });
export const LinkParams = z.strictObject({ id: Id, placementId: Id, linkId: Id });
/** A token is 43 characters of base64url; anything else is not one of ours. */
export const TokenParams = z.strictObject({ token: z.string().min(20).max(100).regex(/^[A-Za-z0-9_-]+$/) });

const RatingOut = z.object({ rating: z.enum(RATINGS), note: z.string().optional() });
const Competency = z.object({ key: z.string(), label: z.string() });
export const WeeklyForm = z.object({
  id: Id, weekStart: z.string(), filledBy: z.enum(['supervisor', 'coach']), supervisorName: z.string(),
  ratings: z.record(z.string(), RatingOut), note: z.string(), submittedAt: z.string(),
});
export const Link = z.object({
  id: Id, createdAt: z.string(), expiresAt: z.string(), revokedAt: z.string().nullable(), lastUsedAt: z.string().nullable(),
  status: z.enum(['active', 'expired', 'revoked']), createdBy: z.object({ id: Id, name: z.string() }),
});
export const NewLinkResponse = Link.extend({ token: z.string(), path: z.string() });
export const WeeklyOverview = z.object({
  competencies: z.array(Competency),
  items: z.array(WeeklyForm),
  trend: z.array(z.object({ key: z.string(), first: z.number().nullable(), latest: z.number().nullable(), series: z.array(z.object({ weekStart: z.string(), value: z.number().nullable() })) })),
  links: z.array(Link),
});
/** What the supervisor sees: the youth's first name and the placement, nothing else of the file. */
export const PublicWeek = z.object({
  firstName: z.string(), employer: z.string(), workplace: z.string(), weekStart: z.string(), expiresAt: z.string(),
  competencies: z.array(Competency), existing: WeeklyForm.nullable(),
});
