import { randomUUID } from 'node:crypto';
import { rolesInOrder, suggestionsFor } from '../../core/plan/plan-parts.js';
import { actionsFromPlan, planChanges, planChangeValues, planStatus, saveTarget, signatureRefusal, type SignerRole } from '../../core/plan/plan-rules.js';
import { amsterdamDate } from '../../core/youth/youth-rules.js';
import type { Db } from '../../platform/db/index.js';
import type { YouthRow } from '../../platform/db/schema.js';
import { AppError, versionConflict } from '../../platform/errors.js';
import { dutchDate, renderPdf } from '../../platform/pdf.js';
import type { RequestContext } from '../../platform/request-context.js';
import { recordRevision } from '../../platform/revisions.js';
import { trackPlanTasks } from '../agreed-action/agreed-action.service.js';
import { assertListed } from '../tenant-config/tenant-config.service.js';
import { onYouthFile } from '../youth/youth.service.js';
import { TASK_ROLE_LABELS } from './plan.labels.js';
import { planDocument } from './plan.pdf.js';
import { normWithFirstSigned } from './plan-norm.js';
import * as repo from './plan.repository.js';
import { PlanBody, type PlanBodyInput } from './plan.schemas.js';

type Row = NonNullable<Awaited<ReturnType<typeof repo.latest>>>;
type SignatureRow = Awaited<ReturnType<typeof repo.signatures>>[number];

/** A stored body read back through its schema (fields in the form's order); an older shape as it was stored. */
function parsed(body: unknown): PlanBodyInput {
  const result = PlanBody.safeParse(body);
  return result.success ? result.data : body as PlanBodyInput;
}

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);

function present(row: Row, signatures: SignatureRow[]) {
  const mine = signatures.filter((s) => s.plan_version_id === row.id);
  return {
    version: row.version, revision: row.revision, status: planStatus(mine.map((s) => s.role)), frozen: row.frozen_at !== null,
    body: parsed(row.body), author: { id: row.author_id, name: row.author_name },
    createdAt: iso(row.created_at)!, updatedAt: iso(row.updated_at)!, signedAt: iso(row.signed_at),
    signatures: mine.map((s) => ({
      role: s.role, name: s.signer_name, signedAt: iso(s.signed_at)!, method: s.method, typed: s.typed, drawing: s.drawing,
      recordedBy: { id: s.recorder_id, name: s.recorder_name },
    })),
  };
}
export type PresentedPlan = ReturnType<typeof present>;

async function presentRow(trx: Db, row: Row) {
  return present(row, await repo.signatures(trx, [row.id]));
}

/** Version `n` of the youth's plan, with its signatures; 404 when there is none. */
export async function versionOf(trx: Db, ctx: RequestContext, youthId: string, version: number) {
  const row = await repo.atVersion(trx, ctx.tenantId, youthId, version);
  if (!row) throw new AppError('NOT_FOUND', 404, `Versie ${version} van het plan bestaat niet.`);
  return presentRow(trx, row);
}

/** What the plan is called: veranderplan in the IPTA method, ondersteuningsplan in the Rotterdam one (IJA). */
async function planLabel(trx: Db, ctx: RequestContext) {
  const tenant = await trx.selectFrom('tenant').select('method').where('id', '=', ctx.tenantId).executeTakeFirstOrThrow();
  return labelOf(tenant.method);
}
const labelOf = (method: string) => (method === 'ipta' ? 'veranderplan' as const : 'ondersteuningsplan' as const);

/**
 * The tenant's parts of the plan, each with the handbook's suggestions, and the competencies a
 * learning goal can name. Switched-off items come along (marked) so older plans keep their names.
 */
export async function parts(ctx: RequestContext, db: Db = ctx.db) {
  const rows = await db.selectFrom('option_list_item').select(['list', 'key', 'label', 'active']).where('tenant_id', '=', ctx.tenantId)
    .where('list', 'in', ['plan_part', 'employee_competency']).orderBy('position').execute();
  return {
    items: rows.filter((r) => r.list === 'plan_part').map((r) => {
      const s = suggestionsFor(r.key);
      return {
        key: r.key, label: r.label, basicInfoHint: s.basicInfoHint || null, tools: s.tools, strategies: s.strategies,
        roles: rolesInOrder(r.key), formRoles: s.roles, active: r.active,
      };
    }),
    competencies: rows.filter((r) => r.list === 'employee_competency').map((r) => ({ key: r.key, label: r.label, active: r.active })),
  };
}

/**
 * Keys the plan takes from the tenant's lists must be on them. Only keys this save brings in
 * are checked: a part or competency the administrator switched off later may stay where it was.
 */
async function assertPlanListed(trx: Db, tenantId: string, before: PlanBodyInput | null, body: PlanBodyInput) {
  const steps = (b: PlanBodyInput | null) => (b?.parts ?? []).flatMap((p) => p.goals.flatMap((g) => g.steps));
  const hadParts = new Set((before?.parts ?? []).map((p) => p.key));
  const had = new Map(steps(before).map((s) => [s.id, new Set(s.competencies ?? [])]));
  await assertListed(trx, tenantId, [
    { field: 'parts', list: 'plan_part', values: body.parts.map((p) => p.key).filter((k) => !hadParts.has(k)) },
    { field: 'competencies', list: 'employee_competency', values: steps(body).flatMap((s) => s.competencies.filter((k) => !had.get(s.id)?.has(k))) },
  ]);
}

/** The plan as it stands, what it is called in this tenant, and the six-week norm. */
export function overview(ctx: RequestContext, youthId: string) {
  return onYouthFile(ctx, youthId, { action: 'read', recordType: 'plan' }, async (trx, youth) => {
    const [row, facts] = await Promise.all([repo.latest(trx, ctx.tenantId, youthId), repo.signingFacts(trx, ctx.tenantId, youthId)]);
    return {
      label: labelOf(facts.method),
      latest: row ? await presentRow(trx, row) : null, signedVersion: facts.newest_signed, norm: normWithFirstSigned(youth, facts.first_signed_at, ctx.now()),
    };
  });
}

export function readVersion(ctx: RequestContext, youthId: string, version: number) {
  return onYouthFile(ctx, youthId, { action: 'read', recordType: 'plan' }, (trx) => versionOf(trx, ctx, youthId, version));
}

/** Every version, oldest first, with the parts each one changed. */
export function versions(ctx: RequestContext, youthId: string) {
  return onYouthFile(ctx, youthId, { action: 'read', recordType: 'plan' }, async (trx) => {
    const rows = await repo.all(trx, ctx.tenantId, youthId);
    const signatures = await repo.signatures(trx, rows.map((r) => r.id));
    return {
      items: rows.map((r, i) => ({
        version: r.version, status: present(r, signatures).status, author: { id: r.author_id, name: r.author_name },
        createdAt: iso(r.created_at)!, signedAt: iso(r.signed_at),
        changedFields: planChanges(i > 0 ? parsed(rows[i - 1]!.body) : null, parsed(r.body)),
      })),
    };
  });
}

/**
 * Save the plan. A draft is saved in place; a version someone signed is never touched: the
 * change becomes the next draft version. Made on anything but the newest save → 409.
 */
export function save(ctx: RequestContext, youthId: string, input: { version: number; revision: number; body: PlanBodyInput }) {
  return onYouthFile(ctx, youthId, { action: 'update', recordType: 'plan', lock: true }, async (trx) => {
    const current = await repo.latest(trx, ctx.tenantId, youthId);
    await assertPlanListed(trx, ctx.tenantId, current ? parsed(current.body) : null, input.body);
    const target = saveTarget(current ? { version: current.version, revision: current.revision, frozen: current.frozen_at !== null } : null, input);
    const conflict = async () => versionConflict(current ? await presentRow(trx, current) : null);
    if (target.kind === 'conflict') throw await conflict();
    const changed = planChanges(current ? parsed(current.body) : null, input.body);
    if (current && changed.length === 0) return presentRow(trx, current);
    const at = ctx.now();
    let id = current?.id ?? '';
    if (target.kind === 'in_place') {
      if (!(await repo.updateDraft(trx, id, current!.revision, input.body, at))) throw await conflict();
    } else {
      id = randomUUID();
      const version = target.kind === 'first' ? 1 : target.version;
      const inserted = await repo.insertVersion(trx, {
        tenant_id: ctx.tenantId, id, youth_id: youthId, version, body: JSON.stringify(input.body), author_id: ctx.user.id, created_at: at, updated_at: at,
      });
      if (!inserted) throw await conflict();
    }
    await recordRevision(trx, {
      tenantId: ctx.tenantId, entity: 'plan', entityId: id, youthId, actorId: ctx.user.id, at,
      changes: planChangeValues(current ? parsed(current.body) : null, input.body, changed),
    });
    return presentRow(trx, (await repo.latest(trx, ctx.tenantId, youthId))!);
  });
}

/**
 * The youth or the coach signs a version, on the coach's device. The first signature freezes
 * it; with both, the plan is signed and each task of its division of tasks is tracked as an
 * agreed action. One signature per role per version.
 */
export function sign(ctx: RequestContext, youthId: string, version: number, input: {
  role: SignerRole; name: string; method: 'typed' | 'drawn'; typed?: string | undefined; drawing?: string | undefined; revision: number;
}) {
  return onYouthFile(ctx, youthId, { action: 'update', recordType: 'plan_signature', lock: true }, async (trx) => {
    const row = await repo.atVersion(trx, ctx.tenantId, youthId, version);
    if (!row) throw new AppError('NOT_FOUND', 404, `Versie ${version} van het plan bestaat niet.`);
    const newest = (await repo.latest(trx, ctx.tenantId, youthId))!;
    const existing = await repo.signatures(trx, [row.id]);
    const refusal = signatureRefusal({ isLatest: newest.version === version, signedRoles: existing.map((s) => s.role), role: input.role });
    if (refusal === 'PLAN_NOT_LATEST') {
      throw new AppError(refusal, 400, `Er is een nieuwere versie (${newest.version}) van het plan: teken die.`, { field: 'version', latest: newest.version });
    }
    if (refusal === 'PLAN_ALREADY_SIGNED') {
      throw new AppError(refusal, 400, input.role === 'youth' ? 'De jongere heeft deze versie al getekend.' : 'De coach heeft deze versie al getekend.', { field: 'role' });
    }
    // The signer signs what they saw: a save in between means they must look again.
    if (row.revision !== input.revision) throw versionConflict(present(row, existing));
    // The coach signs as themselves: a coach of this youth, under their own name.
    let name = input.name;
    if (input.role === 'coach') {
      const isCoach = await trx.selectFrom('youth_coach').select('user_id').where('youth_id', '=', youthId).where('user_id', '=', ctx.user.id)
        .where('until', 'is', null).executeTakeFirst();
      if (!isCoach) throw new AppError('NOT_THE_COACH', 403, 'Alleen een coach van deze jongere kan als coach tekenen.', { field: 'role' });
      name = ctx.user.displayName;
    }
    const other = existing.find((s) => s.role !== input.role);
    if (other && other.signer_name.trim().toLowerCase() === name.trim().toLowerCase()) {
      throw new AppError('SAME_SIGNER', 400, 'De jongere en de coach tekenen elk voor zich: deze naam staat al onder het plan.', { field: 'name' });
    }
    const at = ctx.now();
    await repo.insertSignature(trx, {
      tenant_id: ctx.tenantId, id: randomUUID(), plan_version_id: row.id, youth_id: youthId, role: input.role, signer_name: name,
      method: input.method, typed: input.method === 'typed' ? input.typed! : null, drawing: input.method === 'drawn' ? input.drawing! : null,
      signed_at: at, recorded_by: ctx.user.id,
    });
    const complete = planStatus([...existing.map((s) => s.role), input.role]) === 'signed';
    await repo.markSigned(trx, row.id, { ...(row.frozen_at ? {} : { frozen_at: at }), ...(complete ? { signed_at: at } : {}) });
    await recordRevision(trx, {
      tenantId: ctx.tenantId, entity: 'plan', entityId: row.id, youthId, actorId: ctx.user.id, at,
      changes: { [`signature.${input.role}`]: [null, name] },
    });
    if (complete) {
      const body = parsed(row.body);
      await trackPlanTasks(trx, ctx, youthId, version, actionsFromPlan(body.parts, (role) => TASK_ROLE_LABELS[role]));
    }
    return presentRow(trx, (await repo.atVersion(trx, ctx.tenantId, youthId, version))!);
  });
}


/** The plan for the youth as a PDF: a logged print; rendered after the transaction. */
export async function print(ctx: RequestContext, youthId: string, version: number) {
  const doc = await onYouthFile(ctx, youthId, { action: 'print', recordType: 'plan' }, async (trx, youth) => {
    const plan = await versionOf(trx, ctx, youthId, version);
    const lists = await parts(ctx, trx);
    return planDocument({
      firstName: youth.first_name || youth.nickname || 'de jongere',
      label: await planLabel(trx, ctx),
      plan, partLabels: Object.fromEntries(lists.items.map((l) => [l.key, l.label])),
      competencyLabels: Object.fromEntries(lists.competencies.map((c) => [c.key, c.label])),
      printedOn: dutchDate(amsterdamDate(ctx.now())),
    });
  });
  return renderPdf(doc);
}
