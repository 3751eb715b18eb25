import { z } from 'zod';
import { RESULT_ANSWERS, RESULT_AREAS, RESULT_MOMENTS, type ResultAreaKey } from '../../core/closing/result-areas.js';
import { CalendarDate, Id, OptionalText, ShortText, Version } from '../../platform/http/schemas.js';

/**
 * The result measurement (IPTA Bijlage 5) as the form has it: per result area an answer, an
 * explanation and the area's own details. Which answer fits which area is checked by the
 * service against RESULT_AREAS (a stable RESULT_ANSWER_NOT_ALLOWED naming the field).
 */
const Details = {
  work: z.strictObject({
    function: OptionalText(200), company: OptionalText(200),
    hoursPerWeek: z.number().min(1, 'Uren per week: 1 of meer.').max(60, 'Uren per week: hoogstens 60.').nullable().optional(),
  }),
  income: z.strictObject({ amountPerMonth: z.number().min(0, 'Een bedrag van 0 of meer.').max(100_000, 'Een bedrag per maand tot 100.000 euro.').nullable().optional() }),
  debts: z.strictObject({ arrangement: OptionalText(500) }),
  employee_skills: z.strictObject({ skills: z.array(ShortText(60).pipe(z.string().min(1))).max(20).optional() }),
} satisfies Partial<Record<ResultAreaKey, z.ZodType>>;

const answerOf = (key: ResultAreaKey) => z.strictObject({
  answer: z.enum(RESULT_ANSWERS, { message: 'Kies een antwoord.' }),
  explanation: OptionalText(2000),
  ...(key in Details ? { details: Details[key as keyof typeof Details].nullable().optional() } : {}),
}, { error: (issue) => (issue.input === undefined ? 'Deze vraag is nog niet beantwoord. Kies een antwoord; past de vraag niet, dan ‘nvt’ of ‘nee’.' : undefined) });

/**
 * Every question of the form answered, as on paper (each row has its "nee" or "nvt"): the
 * dashboard counts answers per area, and with gaps each area's share would be of other youth.
 */
export const ResultAnswers = z.strictObject(
  Object.fromEntries(RESULT_AREAS.map((a) => [a.key, answerOf(a.key)])) as Record<ResultAreaKey, ReturnType<typeof answerOf>>,
);

export const NewResultMeasurement = z.strictObject({
  id: Id,
  moment: z.enum(RESULT_MOMENTS, { message: 'Kies het moment van de meting.' }),
  measuredOn: CalendarDate,
  note: OptionalText(2000),
  answers: ResultAnswers,
});

export const ResultMeasurementPatch = z.strictObject({
  version: Version,
  measuredOn: CalendarDate.optional(),
  note: OptionalText(2000),
  /** When given, the answers replace the earlier ones as a whole (the form is sent as a whole). */
  answers: ResultAnswers.optional(),
});

export const ResultMeasurementParams = z.strictObject({ id: Id, measurementId: Id });

export const ResultMeasurement = z.object({
  id: Id, trajectoryId: Id, youthId: Id, version: z.number(),
  moment: z.enum(RESULT_MOMENTS), measuredOn: z.string(), note: z.string().nullable(),
  answers: z.record(z.string(), z.object({
    answer: z.enum(RESULT_ANSWERS), explanation: z.string().nullable(),
    details: z.record(z.string(), z.unknown()).nullable(),
  })),
  author: z.object({ id: Id, name: z.string() }),
  createdAt: z.string(), updatedAt: z.string(),
});
