import { z } from 'zod';
import { TASK_ROLES } from '../../core/plan/plan-parts.js';
import { CalendarDate, Id, LongText, OptionKey, ShortText } from '../../platform/http/schemas.js';

const Required = (max: number, message: string) => ShortText(max).pipe(z.string().min(1, message));
export const GOAL_STATUSES = ['open', 'bezig', 'behaald', 'niet_behaald'] as const;

/**
 * A short-term goal, reachable soon, on the way to a long-term goal. A learning goal names the
 * basic employee competencies it works on (IPTA ch. 5; keys of the tenant's list
 * 'employee_competency', checked by the service). Versions stored before this have none.
 */
const GoalStep = z.strictObject({
  id: Id, text: Required(500, 'Beschrijf het doel.'), status: z.enum(GOAL_STATUSES),
  competencies: z.array(OptionKey).max(10, 'Kies hooguit tien competenties.')
    .refine((keys) => new Set(keys).size === keys.length, 'Elke competentie komt één keer voor.').default([]),
});
const Goal = z.strictObject({ id: Id, longTerm: Required(500, 'Beschrijf het doel op lange termijn.'), steps: z.array(GoalStep).max(20) });

/** One line of the division of tasks (taakverdeling): who does what, by when. */
const Task = z.strictObject({
  id: Id,
  role: z.enum(TASK_ROLES, { message: 'Kies wie de taak doet: jongere, coach, netwerk, professional, werkgever of VIP.' }),
  who: ShortText(200),
  what: LongText(1000).pipe(z.string().min(1, 'Wat gaat deze persoon doen?')),
  dueOn: CalendarDate.nullable(),
});

/** One column of the veranderplan form: a life area with its information, tools, strategy, goals and tasks. */
const Part = z.strictObject({
  key: OptionKey,
  /** For "Anders, nl: …". */
  title: ShortText(200).nullable(),
  priority: z.number().int().min(1, 'Prioriteit is een cijfer vanaf 1.').max(20, 'Prioriteit is een cijfer tot en met 20.').nullable(),
  basicInfo: LongText(4000),
  tools: z.array(Required(200, 'Een hulpmiddel heeft een naam.')).max(20),
  /** The main strategy chosen ("hoofd-interventiestrategie"). */
  strategy: ShortText(200).nullable(),
  strategyNote: LongText(2000),
  goals: z.array(Goal).max(20),
  tasks: z.array(Task).max(40),
});

export const PlanBody = z.strictObject({ parts: z.array(Part).max(20) }).superRefine((body, ctx) => {
  const seen = { keys: new Set<string>(), priorities: new Set<number>(), ids: new Set<string>() };
  body.parts.forEach((part, i) => {
    if (seen.keys.has(part.key)) ctx.addIssue({ code: 'custom', path: ['parts', i, 'key'], message: 'Elk onderdeel komt één keer in het plan.' });
    seen.keys.add(part.key);
    if (part.priority !== null) {
      if (seen.priorities.has(part.priority)) ctx.addIssue({ code: 'custom', path: ['parts', i, 'priority'], message: 'Elke prioriteit komt één keer voor: wat gaat voor?' });
      seen.priorities.add(part.priority);
    }
    // Ids of goals and tasks are unique across the plan: a task's id follows it into its action.
    for (const id of [...part.goals.flatMap((g) => [g.id, ...g.steps.map((s) => s.id)]), ...part.tasks.map((t) => t.id)]) {
      if (seen.ids.has(id)) ctx.addIssue({ code: 'custom', path: ['parts', i], message: 'Dubbel id van een doel of taak.' });
      seen.ids.add(id);
    }
  });
});
export type PlanBodyInput = z.infer<typeof PlanBody>;

export const SavePlan = z.strictObject({ version: z.number().int().min(0), revision: z.number().int().min(0), body: PlanBody });

/** SVG path data in a 300×100 box: moves and lines only, nothing that could run. */
const Drawing = z.string().max(20_000, 'De handtekening is te groot.')
  .regex(/^M\s*-?\d+(\.\d+)?[\s,]+-?\d+(\.\d+)?[\d\s.,MLmlZz-]*$/, 'Zet een handtekening in het vak.');

export const NewSignature = z.strictObject({
  role: z.enum(['youth', 'coach']),
  name: Required(200, 'Wie tekent?'),
  method: z.enum(['typed', 'drawn']),
  typed: ShortText(200).optional(),
  drawing: Drawing.optional(),
  revision: z.number().int().min(1),
}).superRefine((s, ctx) => {
  if (s.method === 'typed' && !s.typed) ctx.addIssue({ code: 'custom', path: ['typed'], message: 'Typ de handtekening.' });
  if (s.method === 'drawn' && !s.drawing) ctx.addIssue({ code: 'custom', path: ['drawing'], message: 'Zet een handtekening in het vak.' });
});

export const VersionParams = z.strictObject({ id: Id, version: z.coerce.number().int().min(1).max(100_000) });

const Person = z.object({ id: Id, name: z.string() });
const PlanBodyOut = z.object({
  parts: z.array(z.object({
    key: z.string(), title: z.string().nullable(), priority: z.number().nullable(), basicInfo: z.string(), tools: z.array(z.string()),
    strategy: z.string().nullable(), strategyNote: z.string(),
    goals: z.array(z.object({ id: z.string(), longTerm: z.string(), steps: z.array(z.object({ id: z.string(), text: z.string(), status: z.string(), competencies: z.array(z.string()) })) })),
    tasks: z.array(z.object({ id: z.string(), role: z.string(), who: z.string(), what: z.string(), dueOn: z.string().nullable() })),
  })),
});

export const PlanVersion = z.object({
  version: z.number(), revision: z.number(), status: z.enum(['draft', 'signing', 'signed']), frozen: z.boolean(), body: PlanBodyOut,
  author: Person, createdAt: z.string(), updatedAt: z.string(), signedAt: z.string().nullable(),
  signatures: z.array(z.object({
    role: z.enum(['youth', 'coach']), name: z.string(), signedAt: z.string(), method: z.enum(['typed', 'drawn']),
    typed: z.string().nullable(), drawing: z.string().nullable(), recordedBy: Person,
  })),
});

export const SixWeekNorm = z.object({
  registeredOn: z.string(), deadline: z.string(), weeks: z.number(), daysSinceRegistration: z.number(),
  firstSignedOn: z.string().nullable(), signedOnDay: z.number().nullable(),
  state: z.enum(['signed_in_time', 'signed_late', 'open', 'overdue']), daysLeft: z.number().nullable(),
});

export const PlanOverview = z.object({
  label: z.enum(['veranderplan', 'ondersteuningsplan']), latest: PlanVersion.nullable(), signedVersion: z.number().nullable(), norm: SixWeekNorm,
});

export const PlanVersionList = z.object({
  items: z.array(z.object({
    version: z.number(), status: z.enum(['draft', 'signing', 'signed']), author: Person, createdAt: z.string(), signedAt: z.string().nullable(),
    changedFields: z.array(z.string()),
  })),
});

export const PlanParts = z.object({
  items: z.array(z.object({
    key: z.string(), label: z.string(), basicInfoHint: z.string().nullable(), tools: z.array(z.string()), strategies: z.array(z.string()),
    /** Every role, the ones the veranderplan form names for this part first. */
    roles: z.array(z.enum(TASK_ROLES)),
    /** The roles the form names for this part. */
    formRoles: z.array(z.enum(TASK_ROLES)),
    /** Switched off by the administrator: no longer offered, still named in older plans. */
    active: z.boolean(),
  })),
  /** The basic employee competencies a learning goal can work on; switched-off ones keep their name. */
  competencies: z.array(z.object({ key: z.string(), label: z.string(), active: z.boolean() })),
});
