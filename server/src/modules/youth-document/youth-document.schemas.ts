import { z } from 'zod';
import { CalendarDate, Id, LongText, ShortText } from '../../platform/http/schemas.js';

/**
 * The youth's documents. Each save is a new version; every version stays readable. One
 * mechanism (youth-document.service.ts) serves all kinds; each kind has its body schema here.
 */
const Free = (max = 5000) => LongText(max).optional();

/** "Mijn plan" (IPTA form, ch. 3): the youth's own words, and beside them the coach's column. */
export const MyPlanBody = z.strictObject({
  youth: z.strictObject({
    wants: Free(), toSolve: Free(), mostImportant: Free(), findHard: Free(), whoHelps: Free(), whoMakesHard: Free(),
    jobWanted: Free(), rememberAboutMe: Free(),
  }),
  coach: z.strictObject({
    futurePerspective: Free(), domainsAndAgencies: Free(), interventionStrategy: Free(), cognitivePsychological: Free(),
    vips: Free(), vaps: Free(), searchProfile: Free(),
  }),
});

export const QUICK_SCAN_POINTS = ['work', 'social_network', 'professional_network', 'life_domains', 'cognitive', 'psychological', 'expectations'] as const;
export const PointStatus = z.enum(['not_started', 'in_progress', 'done']);

/** The seven points of the quick scan (IPTA ch. 3), each with a status and a short note. */
export const QuickScanBody = z.strictObject({
  points: z.strictObject(Object.fromEntries(QUICK_SCAN_POINTS.map((p) => [p, z.strictObject({ status: PointStatus, note: Free(2000) })])) as
    Record<typeof QUICK_SCAN_POINTS[number], z.ZodObject<{ status: typeof PointStatus; note: ReturnType<typeof Free> }>>),
  cognitive: z.strictObject({
    /** Outcome of the BSA questionnaire (18 items, filled in by the coach after a conversation). */
    bsaOutcome: Free(2000),
    /** SCIL screener score, when done. */
    scilScore: z.number().int().min(0).max(200).nullable().optional(),
    conclusion: Free(2000),
  }),
  /** A referral for deeper diagnostics (psychologist), when the picture stays unclear. */
  referral: z.strictObject({ referredOn: CalendarDate, to: ShortText(200).pipe(z.string().min(1, 'Naar wie?')), reason: Free(2000) }).nullable(),
});

/** Preferences as pairs (IPTA ch. 3, point 1): the first, the second, or either. */
export const PREFERENCE_PAIRS = ['inside_outside', 'alone_together', 'precision_speed', 'head_hands', 'busy_quiet'] as const;
export const Preference = z.enum(['first', 'second', 'either']);

export const SearchProfileBody = z.strictObject({
  dreamJob: Free(500), breadJob: Free(500),
  preferences: z.strictObject(Object.fromEntries(PREFERENCE_PAIRS.map((p) => [p, Preference.nullable()])) as
    Record<typeof PREFERENCE_PAIRS[number], z.ZodNullable<typeof Preference>>).partial(),
  atmosphere: Free(2000), kindOfWork: Free(2000), skills: Free(2000), leadershipStyle: Free(2000), socialContext: Free(2000),
  companies: z.array(ShortText(200).pipe(z.string().min(1))).max(30),
});

/** Verkoopverhaal (a realistic, positive story) and gebruiksaanwijzing (when it goes well). */
export const SalesStoryBody = z.strictObject({ story: Free(4000), instructions: Free(4000) });

/** SLIM: the self-image the coach recognises and the strategy chosen, with the reason. */
export const SELF_IMAGES = ['conformist', 'afhankelijke', 'overlever', 'ondernemer'] as const;
export const STRATEGIES = ['faciliterend', 'pedagogisch', 'compenserend', 'participatief'] as const;
export const StrategyBody = z.strictObject({
  selfImage: z.enum(SELF_IMAGES),
  strategy: z.enum(STRATEGIES),
  reason: LongText(4000).pipe(z.string().min(1, 'Waarom deze strategie?')),
});

export const DOCUMENT_KINDS = {
  my_plan: { path: 'my-plan', body: MyPlanBody, title: 'Mijn plan' },
  quick_scan: { path: 'quick-scan', body: QuickScanBody, title: 'Quick scan (zeven punten)' },
  search_profile: { path: 'search-profile', body: SearchProfileBody, title: 'Zoekprofiel' },
  sales_story: { path: 'sales-story', body: SalesStoryBody, title: 'Verkoopverhaal en gebruiksaanwijzing' },
  strategy: { path: 'strategy', body: StrategyBody, title: 'Interventiestrategie (SLIM)' },
} as const;
export type DocumentKind = keyof typeof DOCUMENT_KINDS;

const Author = z.object({ id: Id, name: z.string() });

export const documentResponse = <B extends z.ZodType>(body: B) => z.object({
  kind: z.string(),
  /** 0 while nothing is saved yet. */
  version: z.number(),
  /** A version saved under an older form comes back as stored (the second shape). */
  body: z.union([body, z.looseObject({})]).nullable(),
  author: Author.nullable(),
  savedAt: z.string().nullable(),
});

export const documentSave = <B extends z.ZodType>(body: B) => z.strictObject({
  /** The version the change was made on (0 for the first save): a stale one gets 409. */
  version: z.number().int().min(0).max(2_147_483_647),
  body,
});

export const VersionList = z.object({
  items: z.array(z.object({ version: z.number(), author: Author, savedAt: z.string(), changedFields: z.array(z.string()) })),
});

export const VersionParams = z.strictObject({ id: Id, version: z.coerce.number().int().min(1).max(2_147_483_647) });
