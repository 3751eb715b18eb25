import { z } from 'zod';
import { CalendarDate, Id, LongText, OptionKey, ShortText, Version } from '../../platform/http/schemas.js';

export const Moment = z.enum(['baseline', 'interim', 'closing']);

const Score = z.strictObject({
  domainKey: OptionKey,
  score: z.number().int().min(1, 'Een score is 1 tot en met 5.').max(5, 'Een score is 1 tot en met 5.'),
  note: LongText(2000).optional(),
});

const fields = {
  assessedOn: CalendarDate,
  moment: Moment,
  note: LongText(4000).optional(),
  scores: z.array(Score).min(1, 'Scoor minstens één leefgebied.').max(40),
};

export const NewAssessment = z.strictObject({ id: Id, ...fields });
/** scores: the domains to correct; the other scores of the assessment stay. */
export const AssessmentPatch = z.strictObject({ version: Version, ...z.object(fields).partial().shape });

export const LifeDomain = z.object({ key: z.string(), label: z.string(), levels: z.array(z.string()), active: z.boolean() });

export const Assessment = z.object({
  id: Id, youthId: Id, version: z.number(), assessedOn: z.string(), moment: Moment, note: z.string().nullable(),
  scores: z.array(z.object({ domainKey: z.string(), score: z.number(), note: z.string().nullable() })),
  author: z.object({ id: Id, name: z.string() }), createdAt: z.string(),
});

export const Assessments = z.object({
  /** The tenant's domains in order: the active ones and any an earlier assessment used. */
  domains: z.array(LifeDomain),
  items: z.array(Assessment),
  trend: z.object({
    baselineId: z.string().nullable(), latestId: z.string().nullable(),
    domains: z.array(z.object({
      domainKey: z.string(),
      series: z.array(z.object({ assessmentId: z.string(), assessedOn: z.string(), score: z.number() })),
      baselineScore: z.number().nullable(), latestScore: z.number().nullable(), change: z.number().nullable(),
    })),
  }),
});

/** The administrator edits the domains: labels, order, Spil's level texts, on or off. */
export const LifeDomainsUpdate = z.strictObject({
  version: Version,
  domains: z.array(z.strictObject({
    key: ShortText(60).pipe(z.string().regex(/^[a-z][a-z0-9_]*$/, 'Een sleutel bestaat uit kleine letters, cijfers en _.')),
    label: ShortText(80).pipe(z.string().min(1, 'Geef het leefgebied een naam.')),
    levels: z.array(ShortText(300).pipe(z.string().min(1, 'Beschrijf elk niveau.'))).length(5, 'Beschrijf de vijf niveaus.'),
    active: z.boolean(),
  })).min(1).max(40),
});
export const LifeDomainList = z.object({ version: z.number(), items: z.array(LifeDomain) });
