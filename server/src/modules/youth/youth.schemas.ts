import { z } from 'zod';
import { SixWeekNorm } from '../plan/plan.schemas.js';
import { BirthDate, Id, OptionalText, PageQuery, ShortText, Version } from '../../platform/http/schemas.js';

/**
 * A youth's record (jongere). It may start almost empty: a nickname and a neighbourhood are
 * enough to register a youth found on the street (domain.md §1).
 */
const youthFields = {
  firstName: OptionalText(100),
  lastName: OptionalText(100),
  nickname: OptionalText(100),
  birthDate: BirthDate.nullable().optional(),
  gender: OptionalText(40),
  address: OptionalText(200),
  postcode: z.string().trim().regex(/^(\d{4}\s?[A-Za-z]{2})?$/, 'Postcode als 1234 AB.').nullable().optional().transform((v) => (v === '' ? null : v)),
  city: OptionalText(100),
  neighbourhood: OptionalText(100),
  phone: z.string().trim().regex(/^[+\d][\d\s-]{5,19}$|^$/, 'Telefoonnummer met alleen cijfers, spaties, - of +.').nullable().optional().transform((v) => (v === '' ? null : v)),
  email: z.union([z.email('Geen geldig e-mailadres.').max(254), z.literal('')]).nullable().optional().transform((v) => (v === '' ? null : v)),
  schoolBackground: OptionalText(500),
  signalSource: OptionalText(60),
  reporterName: OptionalText(200),
  reporterOrganisation: OptionalText(200),
  vindplaats: OptionalText(200),
  reason: OptionalText(2000),
  targetIndicators: z.array(z.enum(['school_background', 'multiple_problems', 'family_high_impact_crime', 'no_school_or_work'])).max(10).optional(),
};

export const NewYouth = z.strictObject({
  /** Client-made UUID: a retried request does not register the youth twice. */
  id: Id,
  teamId: Id.optional(),
  coachIds: z.array(Id).max(5).refine((ids) => new Set(ids).size === ids.length, 'Elke coach één keer.').optional(),
  ...youthFields,
}).refine((y) => Boolean(y.nickname || y.firstName || y.lastName), {
  message: 'Vul minstens een roepnaam of een naam in.', path: ['nickname'],
});

export const YouthPatch = z.strictObject({ version: Version, ...youthFields });
/** The team lead decides who coaches the youth, and in which team; the reason is kept. */
export const Assignment = z.strictObject({
  version: Version,
  teamId: Id,
  coachIds: z.array(Id).min(1, 'Kies minstens één coach.').max(5).refine((ids) => new Set(ids).size === ids.length, 'Elke coach één keer.'),
  reason: ShortText(2000).pipe(z.string().min(1, 'Geef een reden op.')),
});

/** Names that a patch would clear (null or empty); the service refuses clearing all three. */
export const NAME_FIELDS = ['firstName', 'lastName', 'nickname'] as const;

const Person = z.object({ id: Id, name: z.string() });

export const PhaseSummary = z.object({ id: Id, key: z.string(), name: z.string(), position: z.number(), plannedWeeks: z.number().nullable() });

export const TrajectorySummary = z.object({
  id: Id,
  status: z.enum(['active', 'paused', 'closed']),
  phase: PhaseSummary,
  phaseEnteredAt: z.string(),
  daysInPhase: z.number(),
  overPlanned: z.boolean(),
});

export const YouthSummary = z.object({
  id: Id,
  displayName: z.string(),
  nickname: z.string().nullable(),
  neighbourhood: z.string().nullable(),
  age: z.number().nullable(),
  team: Person,
  coaches: z.array(Person),
  registeredAt: z.string(),
  trajectory: TrajectorySummary.nullable(),
  daysSinceRegistration: z.number(),
  /** Contact attempts so far (IJA: "nee is geen optie" — the count stays in sight). */
  attempts: z.number(),
  /** Last contactmoment or attempt in which the youth was spoken; null when never. */
  lastContactAt: z.string().nullable(),
  daysSinceContact: z.number().nullable(),
});

export const YouthList = z.object({
  items: z.array(YouthSummary),
  /** How many youth the list holds in all, over every page. */
  total: z.number(),
  /** Pass as `after` for the next page; null on the last. */
  nextCursor: z.string().nullable(),
});

/** Running trajectories first, then by name; a page at a time (a phone shows ten, a caseload can hold hundreds). */
export const YouthListQuery = z.strictObject({
  scope: z.enum(['mine', 'team']).default('mine'),
  teamId: Id.optional(),
  /** Team scope: only the youth this coach coaches now (the team lead's handover). */
  coachId: Id.optional(),
  q: ShortText(100).optional(),
  limit: PageQuery.limit,
  after: ShortText(400).optional(),
});

export const Youth = z.object({
  id: Id,
  version: z.number(),
  displayName: z.string(),
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  nickname: z.string().nullable(),
  birthDate: z.string().nullable(),
  age: z.number().nullable(),
  gender: z.string().nullable(),
  address: z.string().nullable(),
  postcode: z.string().nullable(),
  city: z.string().nullable(),
  neighbourhood: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  schoolBackground: z.string().nullable(),
  signalSource: z.string().nullable(),
  reporterName: z.string().nullable(),
  reporterOrganisation: z.string().nullable(),
  vindplaats: z.string().nullable(),
  reason: z.string().nullable(),
  targetIndicators: z.array(z.string()),
  /** Outside the tenant's age window (IPTA 16–27, IJA 12–27): shown, not blocking. */
  outsideAgeWindow: z.boolean(),
  team: Person,
  coaches: z.array(Person),
  registeredAt: z.string(),
  registeredBy: Person,
  planNorm: SixWeekNorm,
});

export const HistoryItem = z.object({
  at: z.string(),
  actor: Person,
  kind: z.enum(['field', 'trajectory']),
  /** field: which field changed; trajectory: start/forward/back/pause/resume/close/reopen. */
  what: z.string(),
  from: z.unknown(),
  to: z.unknown(),
  reason: z.string().nullable(),
  /** Which record of the file changed (youth, network_person, my_plan, …) and its label when it has one. */
  record: z.object({ type: z.string(), id: z.string(), label: z.string().nullable() }).nullable(),
});
export const History = z.object({ items: z.array(HistoryItem) });

export const AccessLogItem = z.object({
  at: z.string(),
  user: z.object({ id: Id.nullable(), name: z.string() }),
  role: z.string().nullable(),
  organisation: z.string().nullable(),
  action: z.string(),
  recordType: z.string().nullable(),
  result: z.enum(['allowed', 'denied']),
});
export const AccessLogList = z.object({ items: z.array(AccessLogItem) });
