import type { z } from 'zod';
import { assessmentTrend } from '../../core/picture/assessment-trend.js';
import type { Db } from '../../platform/db/index.js';
import { AppError, notFound, versionConflict } from '../../platform/errors.js';
import { sameRecordOrConflict } from '../../platform/idempotency.js';
import { assertDateNotInFuture } from '../../platform/input-rules.js';
import { assertRole } from '../../platform/policy.js';
import type { RequestContext } from '../../platform/request-context.js';
import { changedFields, recordRevision } from '../../platform/revisions.js';
import { onYouthFile } from '../youth/youth.service.js';
import * as repo from './assessment.repository.js';
import type { AssessmentPatch, LifeDomainsUpdate, NewAssessment } from './assessment.schemas.js';

type Row = NonNullable<Awaited<ReturnType<typeof repo.get>>>;
type ScoreRow = Awaited<ReturnType<typeof repo.scores>>[number];

const present = (a: Row, scores: ScoreRow[]) => ({
  id: a.id, youthId: a.youth_id, version: a.version, assessedOn: a.assessed_on, moment: a.moment, note: a.note,
  scores: scores.filter((s) => s.assessment_id === a.id).map((s) => ({ domainKey: s.domain_key, score: s.score, note: s.note })),
  author: { id: a.author_id, name: a.author_name }, createdAt: new Date(a.created_at).toISOString(),
});

const presentDomain = (d: Awaited<ReturnType<typeof repo.domains>>[number]) => ({ key: d.key, label: d.label, levels: d.levels, active: d.active });

/**
 * Scores only for the tenant's active domains, each domain once. A correction may also touch a
 * domain the assessment already scored, even if it has been switched off since.
 */
async function assertScores(db: Db, tenantId: string, scores: { domainKey: string }[], alreadyScored: string[] = []) {
  const active = new Set([...(await repo.domains(db, tenantId)).filter((d) => d.active).map((d) => d.key), ...alreadyScored]);
  const seen = new Set<string>();
  for (const { domainKey } of scores) {
    if (!active.has(domainKey)) throw new AppError('UNKNOWN_DOMAIN', 400, 'Dit leefgebied bestaat niet (meer) in deze gemeente.', { field: 'scores', value: domainKey });
    if (seen.has(domainKey)) throw new AppError('DUPLICATE_DOMAIN', 400, 'Elk leefgebied krijgt één score per meting.', { field: 'scores', value: domainKey });
    seen.add(domainKey);
  }
}

async function presentOne(trx: Db, row: Row) {
  return present(row, await repo.scores(trx, [row.id]));
}

export function list(ctx: RequestContext, youthId: string) {
  return onYouthFile(ctx, youthId, { action: 'read', recordType: 'assessment' }, async (trx) => {
    const [rows, domains] = await Promise.all([repo.ofYouth(trx, ctx.tenantId, youthId), repo.domains(trx, ctx.tenantId)]);
    const scores = await repo.scores(trx, rows.map((r) => r.id));
    const items = rows.map((r) => present(r, scores));
    const used = new Set(scores.map((s) => s.domain_key));
    const shown = domains.filter((d) => d.active || used.has(d.key));
    const trend = assessmentTrend(shown.map((d) => d.key), items.map((i) => ({
      id: i.id, assessedOn: i.assessedOn, createdAt: i.createdAt, moment: i.moment,
      scores: i.scores.map((s) => ({ domainKey: s.domainKey, score: s.score })),
    })));
    return { domains: shown.map(presentDomain), items, trend };
  });
}

export function record(ctx: RequestContext, youthId: string, input: z.infer<typeof NewAssessment>) {
  return onYouthFile(ctx, youthId, { action: 'create', recordType: 'assessment', recordId: input.id }, async (trx) => {
    assertDateNotInFuture(input.assessedOn, ctx.now(), 'assessedOn');
    await assertScores(trx, ctx.tenantId, input.scores);
    const created = await repo.insert(trx, {
      tenant_id: ctx.tenantId, id: input.id, youth_id: youthId, assessed_on: input.assessedOn, moment: input.moment,
      note: input.note || null, author_id: ctx.user.id, created_at: ctx.now(),
    });
    if (created) await repo.upsertScores(trx, input.id, input.scores);
    const row = sameRecordOrConflict(await repo.byId(trx, input.id), ctx.tenantId, youthId);
    return { assessment: await presentOne(trx, row), created };
  });
}

/** A correction of an assessment (a wrong score, the date): the history keeps what it was. */
export async function change(ctx: RequestContext, assessmentId: string, input: z.infer<typeof AssessmentPatch>) {
  const found = await repo.get(ctx.db, ctx.tenantId, assessmentId);
  if (!found) throw notFound('Deze meting');
  return onYouthFile(ctx, found.youth_id, { action: 'update', recordType: 'assessment', recordId: assessmentId }, async (trx) => {
    const current = (await repo.get(trx, ctx.tenantId, assessmentId))!;
    const before = await presentOne(trx, current);
    if (current.version !== input.version) throw versionConflict(before);
    if (input.assessedOn !== undefined) assertDateNotInFuture(input.assessedOn, ctx.now(), 'assessedOn');
    if (input.scores) await assertScores(trx, ctx.tenantId, input.scores, before.scores.map((s) => s.domainKey));
    const set = {
      ...(input.assessedOn !== undefined ? { assessed_on: input.assessedOn } : {}),
      ...(input.moment !== undefined ? { moment: input.moment } : {}),
      ...(input.note !== undefined ? { note: input.note || null } : {}),
    };
    if (!(await repo.update(trx, ctx.tenantId, assessmentId, input.version, set))) {
      throw versionConflict(await presentOne(trx, (await repo.get(trx, ctx.tenantId, assessmentId))!));
    }
    if (input.scores) await repo.upsertScores(trx, assessmentId, input.scores);
    const after = await presentOne(trx, (await repo.get(trx, ctx.tenantId, assessmentId))!);
    const scoreMap = (a: typeof before) => Object.fromEntries(a.scores.map((s) => [s.domainKey, s.score]));
    await recordRevision(trx, {
      tenantId: ctx.tenantId, entity: 'assessment', entityId: assessmentId, youthId: current.youth_id, actorId: ctx.user.id, at: ctx.now(),
      changes: changedFields({ ...(current as unknown as Record<string, unknown>), scores: scoreMap(before) }, { ...set, ...(input.scores ? { scores: scoreMap(after) } : {}) }),
    });
    return after;
  });
}

export async function domains(ctx: RequestContext) {
  const [version, items] = await Promise.all([repo.domainsVersion(ctx.db, ctx.tenantId), repo.domains(ctx.db, ctx.tenantId)]);
  return { version, items: items.map(presentDomain) };
}

/** The administrator sets the tenant's domains in the order given; the ones left out are switched off. */
export async function updateDomains(ctx: RequestContext, input: z.infer<typeof LifeDomainsUpdate>) {
  assertRole(ctx.user, 'functioneel_beheerder');
  const keys = input.domains.map((d) => d.key);
  if (new Set(keys).size !== keys.length) throw new AppError('DUPLICATE_DOMAIN', 400, 'Elk leefgebied komt één keer voor.', { field: 'domains' });
  if (!input.domains.some((d) => d.active)) throw new AppError('NO_ACTIVE_DOMAIN', 400, 'Laat minstens één leefgebied aan staan.', { field: 'domains' });
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.bumpDomainsVersion(trx, ctx.tenantId, input.version))) {
      throw new AppError('VERSION_CONFLICT', 409, 'Iemand anders heeft de leefgebieden intussen gewijzigd. Laad ze opnieuw.');
    }
    await repo.deactivateOthers(trx, ctx.tenantId, keys);
    await repo.upsertDomains(trx, ctx.tenantId, input.domains);
  });
  return domains(ctx);
}
