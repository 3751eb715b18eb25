import { z } from 'zod';
import { PAIRS } from '../../core/work/matching.js';
import { CalendarDate, Id, LongText, ShortText, Version } from '../../platform/http/schemas.js';

const Required = (max: number, message: string) => ShortText(max).pipe(z.string().min(1, message));
export const EMPLOYER_SIZES = ['zzp', 'klein', 'middel', 'groot'] as const;

const Contact = z.strictObject({
  name: Required(120, 'Vul de naam van de contactpersoon in.'),
  role: ShortText(120).optional(),
  phone: ShortText(40).optional(),
  email: z.union([z.literal(''), z.email({ message: 'Geen geldig e-mailadres.' }).max(200)]).optional(),
});

const employerFields = {
  name: Required(200, 'Vul de naam van het bedrijf in.'),
  town: Required(120, 'In welke plaats?'),
  neighbourhood: ShortText(120).nullable().optional(),
  sector: Required(120, 'Welke branche?'),
  size: z.enum(EMPLOYER_SIZES),
  /** Signed the municipality's covenant for corporate social responsibility (MVO). */
  csrCovenant: z.boolean().optional(),
  contacts: z.array(Contact).max(10).optional(),
  /** Kinds of entry-level work. */
  entryWork: LongText(2000).optional(),
  /** How open the employer is to the target group. */
  openness: LongText(2000).optional(),
  /** What they did before for similar young people. */
  experience: LongText(2000).optional(),
  subsidiesDiscussed: LongText(2000).optional(),
  /** Work nobody gets to: job carving ideas. */
  jobCarving: LongText(2000).optional(),
  notes: LongText(4000).optional(),
};

export const NewEmployer = z.strictObject({
  id: Id, ...employerFields,
  /** Add it although an employer with this name in this town exists (the warning was seen). */
  confirmDuplicate: z.boolean().optional(),
});
export const EmployerPatch = z.strictObject({ version: Version, ...z.object(employerFields).partial().shape });
export const EmployerQuery = z.strictObject({
  q: ShortText(100).optional(), sector: ShortText(120).optional(), neighbourhood: ShortText(120).optional(),
});

export const NewEmployerContact = z.strictObject({ id: Id, happenedOn: CalendarDate, note: LongText(4000).pipe(z.string().min(1, 'Wat is er besproken?')) });

const Trait = z.enum(['first', 'second', 'mixed']).nullable();
const workplaceFields = {
  name: Required(200, 'Welke werkplek (bijvoorbeeld "keuken")?'),
  openPlaces: z.number().int().min(0, 'Open plekken: 0 of meer.').max(500),
  /** The five pairs of the search profile: what this workplace is. */
  traits: z.strictObject(Object.fromEntries(PAIRS.map((p) => [p, Trait.optional()])) as Record<typeof PAIRS[number], z.ZodOptional<typeof Trait>>),
  atmosphere: LongText(2000).optional(),
  /** The tasks and the steps they take. */
  tasks: LongText(4000).optional(),
  skillsNeeded: LongText(2000).optional(),
  /** Style of instruction and leadership. */
  instructionStyle: LongText(2000).optional(),
  growth: LongText(2000).optional(),
  socialSetting: LongText(2000).optional(),
  scannedOn: CalendarDate.nullable().optional(),
  active: z.boolean().optional(),
};
export const NewWorkplace = z.strictObject({ id: Id, ...workplaceFields });
export const WorkplacePatch = z.strictObject({ version: Version, ...z.object(workplaceFields).partial().shape });

const Person = z.object({ id: Id, name: z.string() });
const TraitOut = z.enum(['first', 'second', 'mixed']).nullable();
export const Workplace = z.object({
  id: Id, employerId: Id, version: z.number(), name: z.string(), openPlaces: z.number(),
  traits: z.record(z.string(), TraitOut), atmosphere: z.string(), tasks: z.string(), skillsNeeded: z.string(), instructionStyle: z.string(),
  growth: z.string(), socialSetting: z.string(), scannedOn: z.string().nullable(), active: z.boolean(), createdAt: z.string(),
});
export const Employer = z.object({
  id: Id, version: z.number(), name: z.string(), town: z.string(), neighbourhood: z.string().nullable(), sector: z.string(),
  size: z.enum(EMPLOYER_SIZES), csrCovenant: z.boolean(),
  contacts: z.array(z.object({ name: z.string(), role: z.string().optional(), phone: z.string().optional(), email: z.string().optional() })),
  entryWork: z.string(), openness: z.string(), experience: z.string(), subsidiesDiscussed: z.string(), jobCarving: z.string(), notes: z.string(),
  workplaces: z.array(Workplace),
  history: z.array(z.object({ id: Id, happenedOn: z.string(), note: z.string(), author: Person })),
  createdBy: Person, createdAt: z.string(), updatedAt: z.string(),
});
export const EmployerList = z.object({
  items: z.array(z.object({
    id: Id, name: z.string(), town: z.string(), neighbourhood: z.string().nullable(), sector: z.string(), size: z.enum(EMPLOYER_SIZES),
    csrCovenant: z.boolean(), workplaces: z.number(), openPlaces: z.number(), lastContactOn: z.string().nullable(),
  })),
});
