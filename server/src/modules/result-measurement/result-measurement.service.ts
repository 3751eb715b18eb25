import type { z } from 'zod';
import { checkResultAnswers, detailsToKeep, type GivenAnswer } from '../../core/closing/result-areas.js';
import { checkMeasurementMoment } from '../../core/closing/closing-rules.js';
import { amsterdamDate } from '../../core/youth/youth-rules.js';
import type { Db } from '../../platform/db/index.js';
import { AppError, notFound, versionConflict } from '../../platform/errors.js';
import { assertDateNotInFuture } from '../../platform/input-rules.js';
import type { RequestContext } from '../../platform/request-context.js';
import { changedFields, recordRevision } from '../../platform/revisions.js';
import { assertListed } from '../tenant-config/tenant-config.service.js';
import { assertClosing, ID_IN_USE, onTrajectory } from '../closing/trajectory-file.js';
import * as repo from './result-measurement.repository.js';
import type { NewResultMeasurement, ResultAnswers, ResultMeasurementPatch } from './result-measurement.schemas.js';

/**
 * The result measurement (resultaatmeting, IPTA Bijlage 5) of a trajectory at closing and at
 * six and twelve months after: per result area the form's answer, an explanation and details.
 */
type Answers = z.infer<typeof ResultAnswers>;
type Row = NonNullable<Awaited<ReturnType<typeof repo.one>>>;

/** The measurements of a trajectory with their answers (two queries). */
export async function presentMeasurements(db: Db, tenantId: string, rows: Row[]) {
  const answers = await repo.answers(db, tenantId, rows.map((r) => r.id));
  return rows.map((m) => ({
    id: m.id, trajectoryId: m.trajectory_id, youthId: m.youth_id, version: m.version,
    moment: m.moment, measuredOn: m.measured_on, note: m.note,
    answers: Object.fromEntries(answers.filter((a) => a.measurement_id === m.id).map((a) => [a.area, {
      answer: a.answer, explanation: a.explanation, details: (a.details ?? null) as Record<string, unknown> | null,
    }])),
    author: { id: m.author_id, name: m.author_name }, createdAt: new Date(m.created_at).toISOString(), updatedAt: new Date(m.updated_at).toISOString(),
  }));
}

export const measurementsOf = async (db: Db, tenantId: string, trajectoryId: string) =>
  presentMeasurements(db, tenantId, await repo.ofTrajectory(db, tenantId, trajectoryId));

const presentOne = async (db: Db, ctx: RequestContext, id: string) => (await presentMeasurements(db, ctx.tenantId, [(await repo.one(db, ctx.tenantId, id))!]))[0]!;

/**
 * Check the answers against the form (and the skills against the tenant's list of employee
 * competencies) and keep of each only what belongs with it.
 */
async function answerRows(db: Db, tenantId: string, measurementId: string, answers: Answers) {
  const given = answers as Partial<Record<string, GivenAnswer>>;
  const broken = checkResultAnswers(given);
  if (broken) {
    const { code, status, message, ...details } = broken;
    throw new AppError(code, status, message, details);
  }
  await assertListed(db, tenantId, [{ field: 'answers.employee_skills.details.skills', list: 'employee_competency', values: (given.employee_skills?.details?.skills as string[] | undefined) ?? [] }]);
  return Object.entries(given).filter(([, a]) => a !== undefined).map(([area, a]) => {
    const details = detailsToKeep(area, a!);
    return { tenant_id: tenantId, measurement_id: measurementId, area, answer: a!.answer, explanation: a!.explanation ?? null, details: details ? JSON.stringify(details) : null };
  });
}

const asRevision = (rows: Awaited<ReturnType<typeof answerRows>>) =>
  Object.fromEntries(rows.map((r) => [r.area, { answer: r.answer, explanation: r.explanation, details: r.details ? JSON.parse(r.details) as unknown : null }]));

/** A measurement after 6 or 12 months: of a closed trajectory, not long before its moment (core/closing/closing-rules.ts). */
function assertMoment(moment: string, measuredOn: string, t: { closed_at: Date | string | null }) {
  const problem = checkMeasurementMoment({ moment, measuredOn }, t.closed_at ? amsterdamDate(new Date(t.closed_at)) : null);
  if (problem) throw new AppError(problem.code, problem.status, problem.message, { field: problem.field });
}

export function create(ctx: RequestContext, trajectoryId: string, input: z.infer<typeof NewResultMeasurement>) {
  return onTrajectory(ctx, trajectoryId, { action: 'create', recordType: 'result_measurement', recordId: input.id }, async (trx, t) => {
    const existing = await repo.byId(trx, input.id);
    if (existing) {
      // The same measurement sent again (a retry after a lost answer) gets what was stored;
      // other content under this id is another measurement.
      if (existing.tenant_id !== ctx.tenantId || existing.trajectory_id !== trajectoryId) throw ID_IN_USE();
      const stored = await presentOne(trx, ctx, input.id);
      const sent = asRevision(await answerRows(trx, ctx.tenantId, input.id, input.answers));
      const same = stored.moment === input.moment && stored.measuredOn === input.measuredOn && stored.note === (input.note ?? null)
        && Object.keys(changedFields<Record<string, unknown>>({ answers: stored.answers }, { answers: sent })).length === 0;
      if (!same) throw ID_IN_USE();
      return { measurement: stored, created: false };
    }
    const taken = await repo.atMoment(trx, ctx.tenantId, trajectoryId, input.moment);
    if (taken) {
      throw new AppError('RESULT_MOMENT_TAKEN', 409, 'Voor dit moment is al een resultaatmeting vastgelegd. Wijzig die meting.', { field: 'moment', current: await presentOne(trx, ctx, taken.id) });
    }
    await assertClosing(trx, ctx, t);
    assertDateNotInFuture(input.measuredOn, ctx.now(), 'measuredOn');
    assertMoment(input.moment, input.measuredOn, t);
    const rows = await answerRows(trx, ctx.tenantId, input.id, input.answers);
    const now = ctx.now();
    await repo.insert(trx, {
      tenant_id: ctx.tenantId, id: input.id, youth_id: t.youth_id, trajectory_id: trajectoryId, moment: input.moment, measured_on: input.measuredOn,
      note: input.note ?? null, author_id: ctx.user.id, created_at: now, updated_at: now,
    });
    await repo.replaceAnswers(trx, ctx.tenantId, input.id, rows);
    await recordRevision(trx, {
      tenantId: ctx.tenantId, entity: 'result_measurement', entityId: input.id, youthId: t.youth_id, actorId: ctx.user.id, at: now,
      changes: changedFields({}, { moment: input.moment, measured_on: input.measuredOn, note: input.note ?? null, answers: asRevision(rows) }),
    });
    return { measurement: await presentOne(trx, ctx, input.id), created: true };
  });
}

export function change(ctx: RequestContext, trajectoryId: string, measurementId: string, input: z.infer<typeof ResultMeasurementPatch>) {
  return onTrajectory(ctx, trajectoryId, { action: 'update', recordType: 'result_measurement', recordId: measurementId }, async (trx, t) => {
    const current = await repo.one(trx, ctx.tenantId, measurementId);
    if (!current || current.trajectory_id !== trajectoryId) throw notFound('Deze resultaatmeting');
    if (current.version !== input.version) throw versionConflict(await presentOne(trx, ctx, measurementId));
    if (input.measuredOn) {
      assertDateNotInFuture(input.measuredOn, ctx.now(), 'measuredOn');
      assertMoment(current.moment, input.measuredOn, t);
    }
    const rows = input.answers ? await answerRows(trx, ctx.tenantId, measurementId, input.answers) : null;
    const now = ctx.now();
    const set = {
      ...(input.measuredOn !== undefined ? { measured_on: input.measuredOn } : {}),
      ...(input.note !== undefined ? { note: input.note } : {}),
    };
    const before = (await presentMeasurements(trx, ctx.tenantId, [current]))[0]!;
    const changes = changedFields({ measured_on: current.measured_on, note: current.note, answers: before.answers } as Record<string, unknown>, { ...set, ...(rows ? { answers: asRevision(rows) } : {}) });
    // Nothing differs from what is stored: no new version, no revision.
    if (Object.keys(changes).length === 0) return before;
    if (!(await repo.update(trx, ctx.tenantId, measurementId, input.version, { ...set, updated_at: now }))) throw versionConflict(await presentOne(trx, ctx, measurementId));
    if (rows) await repo.replaceAnswers(trx, ctx.tenantId, measurementId, rows);
    await recordRevision(trx, { tenantId: ctx.tenantId, entity: 'result_measurement', entityId: measurementId, youthId: t.youth_id, actorId: ctx.user.id, at: now, changes });
    return presentOne(trx, ctx, measurementId);
  });
}
