import { z } from 'zod';
import { BirthDate, CalendarDate, Id, LongText, OptionKey, OptionalText, ShortText, Version } from '../../platform/http/schemas.js';

/** Aanmelding: someone reports a youth; it waits in the team's intake queue. */
export const NewSignal = z.strictObject({
  id: Id,
  teamId: Id,
  /** A youth Spil knows already; otherwise what is known of the youth goes in `youth`. */
  youthId: Id.optional(),
  source: OptionKey,
  reporterName: OptionalText(200),
  reporterOrganisation: OptionalText(200),
  vindplaats: OptionalText(200),
  reason: LongText(5000).optional(),
  reportedOn: CalendarDate,
  youth: z.strictObject({
    nickname: OptionalText(100), firstName: OptionalText(100), lastName: OptionalText(100),
    birthDate: BirthDate.nullable().optional(), neighbourhood: OptionalText(100),
  }).optional(),
});

export const AssignBody = z.strictObject({
  version: Version,
  coachId: Id,
  /** Link to a known youth instead of registering a new one (after a duplicate warning). */
  linkYouthId: Id.optional(),
});

export const DismissBody = z.strictObject({ version: Version, reason: ShortText(2000).pipe(z.string().min(1, 'Geef een reden op.')) });

const Duplicate = z.object({ youthId: Id, displayName: z.string(), score: z.number(), reasons: z.array(z.string()) });

export const Signal = z.object({
  id: Id, teamId: Id, youthId: Id.nullable(), youthName: z.string().nullable(), status: z.enum(['open', 'assigned', 'dismissed']),
  source: z.string(), reporterName: z.string().nullable(), reporterOrganisation: z.string().nullable(), vindplaats: z.string().nullable(),
  reason: z.string().nullable(), reportedOn: z.string(),
  youth: z.object({ nickname: z.string().nullable(), firstName: z.string().nullable(), lastName: z.string().nullable(), birthDate: z.string().nullable(), neighbourhood: z.string().nullable() }),
  assignedCoach: z.object({ id: Id, name: z.string() }).nullable(),
  createdBy: z.object({ id: Id, name: z.string() }),
  version: z.number(),
  /** Youth the reported one may be (same nickname, name, birth date, ...), with why. */
  possibleDuplicates: z.array(Duplicate),
  /** Likely matches among youth this user may not see (another team): a count, never a name. */
  possibleDuplicatesElsewhere: z.number(),
});

export const IntakeQueue = z.object({
  items: z.array(Signal),
  coaches: z.array(z.object({ id: Id, name: z.string(), activeCaseload: z.number(), caseloadLimit: z.number() })),
});
