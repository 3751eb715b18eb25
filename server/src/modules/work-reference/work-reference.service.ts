import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { observedCompetencies } from '../../core/work/weekly-form.js';
import { amsterdamDate } from '../../core/youth/youth-rules.js';
import type { Db } from '../../platform/db/index.js';
import { AppError, notFound, versionConflict } from '../../platform/errors.js';
import { dutchDate, renderPdf } from '../../platform/pdf.js';
import type { RequestContext } from '../../platform/request-context.js';
import { changedFields, recordRevision } from '../../platform/revisions.js';
import { assertListed } from '../tenant-config/tenant-config.service.js';
import { competencies, useLink, type LinkDeps } from '../weekly-form/weekly-form.service.js';
import { placementOf } from '../placement/placement.service.js';
import { onYouthFile } from '../youth/youth.service.js';
import { referenceDocument } from './work-reference.pdf.js';
import type { Confirmation, ReferencePatch } from './work-reference.schemas.js';

type Row = NonNullable<Awaited<ReturnType<typeof byId>>>;
const byId = (db: Db, tenantId: string, id: string) =>
  db.selectFrom('work_reference').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();

const KIND_LABEL = { trial: 'proefplaatsing', internship: 'stage', work_experience: 'werkervaringsplaats', regular_job: 'baan', bbl: 'BBL-leerbaan', secondment: 'detachering' } as const;

async function present(db: Db, tenantId: string, r: Row) {
  const labels = new Map((await competencies(db, tenantId)).map((c) => [c.key, c.label]));
  return {
    id: r.id, placementId: r.placement_id, version: r.version, kind: r.kind,
    competencies: r.competencies.map((key) => ({ key, label: labels.get(key) ?? key })), conditions: r.conditions, body: r.body,
    confirmed: r.confirmed_at ? { at: new Date(r.confirmed_at).toISOString(), name: r.confirmed_name!, function: r.confirmed_function! } : null,
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}

const facts = (db: Db, placementId: string) =>
  db.selectFrom('placement as p').innerJoin('youth as y', 'y.id', 'p.youth_id').innerJoin('workplace as w', 'w.id', 'p.workplace_id').innerJoin('employer as e', 'e.id', 'w.employer_id')
    .select(['p.id', 'p.youth_id', 'p.kind', 'p.starts_on', 'p.ended_on', 'p.planned_end_on', 'p.supervisor_name', 'p.supervisor_function',
      'y.first_name', 'y.last_name', 'y.nickname', 'w.name as workplace', 'e.name as employer', 'e.town'])
    .where('p.id', '=', placementId).executeTakeFirst();

/** The placement with the names the documents need, after the one check that it is this youth's. */
async function placementFacts(trx: Db, ctx: RequestContext, youthId: string, placementId: string) {
  await placementOf(trx, ctx, youthId, placementId);
  return (await facts(trx, placementId))!;
}

export function list(ctx: RequestContext, youthId: string, placementId: string) {
  return onYouthFile(ctx, youthId, { action: 'read', recordType: 'work_reference', recordId: placementId }, async (trx) => {
    await placementOf(trx, ctx, youthId, placementId);
    const rows = await trx.selectFrom('work_reference').selectAll().where('tenant_id', '=', ctx.tenantId).where('placement_id', '=', placementId).orderBy('kind').execute();
    return { items: await Promise.all(rows.map((r) => present(trx, ctx.tenantId, r))) };
  });
}

/**
 * Draft the certificate or the recommendation letter from the weekly forms: the competencies
 * seen lately, those seen partly as a condition the employer may keep, and a first text.
 * Drafting again returns the draft that exists.
 */
export function draft(ctx: RequestContext, youthId: string, placementId: string, kind: 'certificate' | 'recommendation') {
  return onYouthFile(ctx, youthId, { action: 'create', recordType: 'work_reference', recordId: placementId, lock: true }, async (trx) => {
    const p = await placementFacts(trx, ctx, youthId, placementId);
    const existing = await trx.selectFrom('work_reference').selectAll().where('placement_id', '=', placementId).where('kind', '=', kind).executeTakeFirst();
    if (existing) return { reference: await present(trx, ctx.tenantId, existing), created: false };
    const list = await competencies(trx, ctx.tenantId);
    const forms = await trx.selectFrom('weekly_form').select(['week_start', 'ratings']).where('placement_id', '=', placementId).execute();
    const observed = observedCompetencies(forms.map((f) => ({ weekStart: f.week_start, ratings: f.ratings as never })), list.map((c) => c.key));
    const label = new Map(list.map((c) => [c.key, c.label.toLowerCase()]));
    const name = p.first_name || p.nickname || 'de jongere';
    const period = `van ${dutchDate(p.starts_on)}${p.ended_on ? ` tot ${dutchDate(p.ended_on)}` : ''}`;
    const body = kind === 'certificate'
      ? `${p.employer} verklaart dat ${name} tijdens de ${KIND_LABEL[p.kind]} in de ${p.workplace.toLowerCase()} ${period} de basiscompetenties van een werknemer heeft laten zien die hieronder staan.`
      : `Graag bevelen wij ${name} aan. ${name} werkte ${period} bij ons in de ${p.workplace.toLowerCase()}. In die tijd zagen wij ${name} groeien: ${observed.seen.map((k) => label.get(k)).join(', ') || 'zie hieronder'}. Wij zouden ${name} zo weer aannemen.`;
    const id = randomUUID();
    const at = ctx.now();
    await trx.insertInto('work_reference').values({
      tenant_id: ctx.tenantId, id, placement_id: placementId, youth_id: youthId, kind, competencies: observed.seen,
      conditions: observed.partly.length ? `Deels gezien, nog in ontwikkeling: ${observed.partly.map((k) => label.get(k)).join(', ')}.` : '',
      body, created_by: ctx.user.id, created_at: at, updated_at: at,
    }).execute();
    await recordRevision(trx, { tenantId: ctx.tenantId, entity: 'work_reference', entityId: id, youthId, actorId: ctx.user.id, at, changes: { kind: [null, kind] } });
    return { reference: await present(trx, ctx.tenantId, (await byId(trx, ctx.tenantId, id))!), created: true };
  });
}

/** The coach edits a draft; a confirmed one stays as the employer confirmed it. */
export function change(ctx: RequestContext, youthId: string, placementId: string, referenceId: string, input: z.infer<typeof ReferencePatch>) {
  return onYouthFile(ctx, youthId, { action: 'update', recordType: 'work_reference', recordId: referenceId }, async (trx) => {
    await placementOf(trx, ctx, youthId, placementId);
    const current = await byId(trx, ctx.tenantId, referenceId);
    if (!current || current.placement_id !== placementId) throw notFound('Dit document');
    if (current.confirmed_at) throw new AppError('REFERENCE_CONFIRMED', 409, 'De werkgever heeft dit al bevestigd; het blijft zoals het is.');
    if (current.version !== input.version) throw versionConflict(await present(trx, ctx.tenantId, current));
    await assertListed(trx, ctx.tenantId, [{ field: 'competencies', list: 'employee_competency', values: input.competencies ?? [] }]);
    const { version, ...fields } = input;
    const set = { ...fields, updated_at: ctx.now() };
    const done = await trx.updateTable('work_reference').set((eb) => ({ ...set, version: eb('version', '+', 1) }))
      .where('id', '=', referenceId).where('version', '=', version).where('confirmed_at', 'is', null).returning('id').executeTakeFirst();
    if (!done) throw versionConflict(await present(trx, ctx.tenantId, (await byId(trx, ctx.tenantId, referenceId))!));
    await recordRevision(trx, { tenantId: ctx.tenantId, entity: 'work_reference', entityId: referenceId, youthId, actorId: ctx.user.id, at: ctx.now(),
      changes: changedFields(current as unknown as Record<string, unknown>, fields) });
    return present(trx, ctx.tenantId, (await byId(trx, ctx.tenantId, referenceId))!);
  });
}

/** The certificate or letter as a PDF: a logged print, with the place for the employer's signature. */
export async function print(ctx: RequestContext, youthId: string, placementId: string, referenceId: string) {
  const doc = await onYouthFile(ctx, youthId, { action: 'print', recordType: 'work_reference', recordId: referenceId }, async (trx) => {
    const p = await placementFacts(trx, ctx, youthId, placementId);
    const r = await byId(trx, ctx.tenantId, referenceId);
    if (!r || r.placement_id !== placementId) throw notFound('Dit document');
    const shown = await present(trx, ctx.tenantId, r);
    return referenceDocument({
      kind: r.kind, fullName: [p.first_name, p.last_name].filter(Boolean).join(' ') || p.nickname || 'de jongere', employer: p.employer, town: p.town,
      workplace: p.workplace, period: `${dutchDate(p.starts_on)} – ${p.ended_on ? dutchDate(p.ended_on) : p.planned_end_on ? dutchDate(p.planned_end_on) : 'heden'}`,
      competencies: shown.competencies.map((c) => c.label), conditions: r.conditions, body: r.body,
      signer: r.confirmed_at ? { name: r.confirmed_name!, function: r.confirmed_function!, on: dutchDate(amsterdamDate(new Date(r.confirmed_at))) }
        : { name: p.supervisor_name, function: p.supervisor_function, on: null },
      printedOn: dutchDate(amsterdamDate(ctx.now())),
    });
  });
  return renderPdf(doc);
}

/** The employer's side, through the weekly-form link: read the drafts and confirm one. */
export function publicList(deps: LinkDeps, token: string) {
  return useLink(deps, token, 'read', async (trx, link) => {
    const rows = await trx.selectFrom('work_reference').selectAll().where('placement_id', '=', link.placement_id).orderBy('kind').execute();
    return { items: await Promise.all(rows.map((r) => present(trx, link.tenant_id, r))) };
  });
}

export function confirm(deps: LinkDeps, token: string, referenceId: string, input: z.infer<typeof Confirmation>) {
  return useLink(deps, token, 'update', async (trx, link) => {
    const r = await trx.selectFrom('work_reference').selectAll().where('id', '=', referenceId).executeTakeFirst();
    if (!r || r.placement_id !== link.placement_id) throw new AppError('NOT_FOUND', 404, 'Dit document hoort niet bij deze link.');
    if (!r.confirmed_at) {
      await trx.updateTable('work_reference').set({ confirmed_at: deps.now(), confirmed_name: input.name, confirmed_function: input.function, confirmed_link_id: link.id })
        .where('id', '=', referenceId).where('confirmed_at', 'is', null).execute();
    }
    return present(trx, link.tenant_id, (await trx.selectFrom('work_reference').selectAll().where('id', '=', referenceId).executeTakeFirstOrThrow()));
  });
}
