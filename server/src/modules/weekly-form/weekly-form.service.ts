import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { differenceInCalendarDays, parseISO } from 'date-fns';
import type { z } from 'zod';
import { competencyTrend, weekStartOf } from '../../core/work/weekly-form.js';
import { amsterdamDate } from '../../core/youth/youth-rules.js';
import { writeAccessLog } from '../../platform/access-log.js';
import { notAFailure, startAttempt } from '../../platform/auth/throttle.js';
import type { Db } from '../../platform/db/index.js';
import { AppError, notFound } from '../../platform/errors.js';
import type { RequestContext } from '../../platform/request-context.js';
import { recordRevision } from '../../platform/revisions.js';
import { placementOf } from '../placement/placement.service.js';
import { onYouthFile } from '../youth/youth.service.js';
import type { WeekBody } from './weekly-form.schemas.js';

type Week = z.infer<typeof WeekBody>;
const DAY = 86_400_000;
export const LINK_DEFAULT_DAYS = 14;
const LINK_ROLE = 'leidinggevende_link';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);

/** The tenant's basic employee competencies; a week is filled in on the active ones, the trend keeps switched-off ones that have history. */
export const competencies = (db: Db, tenantId: string, activeOnly = false) => {
  let q = db.selectFrom('option_list_item').select(['key', 'label']).where('tenant_id', '=', tenantId).where('list', '=', 'employee_competency');
  if (activeOnly) q = q.where('active', '=', true);
  return q.orderBy('position').execute();
};

const presentForm = (f: { id: string; week_start: string; filled_by: 'supervisor' | 'coach'; supervisor_name: string; ratings: unknown; note: string; submitted_at: Date | string }) => ({
  id: f.id, weekStart: f.week_start, filledBy: f.filled_by, supervisorName: f.supervisor_name,
  ratings: f.ratings as Record<string, { rating: 'seen' | 'partly' | 'not_yet' | 'na'; note?: string }>, note: f.note, submittedAt: iso(f.submitted_at)!,
});

function linkStatus(l: { expires_at: Date | string; revoked_at: Date | string | null }, now: Date) {
  if (l.revoked_at) return 'revoked' as const;
  return new Date(l.expires_at) <= now ? 'expired' as const : 'active' as const;
}

/**
 * A week can be filled in from the week the placement starts up to the current week (and up
 * to the week it ended): never a week to come.
 */
function checkWeek(week: Week, placement: { starts_on: string; ended_on: string | null }, today: string, known: Set<string>) {
  if (week.weekStart !== weekStartOf(week.weekStart)) throw new AppError('NOT_A_MONDAY', 400, 'Een week begint op maandag.', { field: 'weekStart' });
  if (week.weekStart > weekStartOf(today)) throw new AppError('IN_FUTURE', 400, 'Deze week is nog niet begonnen.', { field: 'weekStart' });
  if (week.weekStart < weekStartOf(placement.starts_on) || (placement.ended_on && week.weekStart > weekStartOf(placement.ended_on))) {
    throw new AppError('OUTSIDE_PLACEMENT', 400, 'Deze week valt buiten de plaatsing.', { field: 'weekStart' });
  }
  const unknown = Object.keys(week.ratings).find((k) => !known.has(k));
  if (unknown) throw new AppError('UNKNOWN_COMPETENCY', 400, 'Onbekende competentie.', { field: 'ratings', value: unknown });
}

async function saveWeek(trx: Db, row: { tenantId: string; placementId: string; youthId: string; week: Week; filledBy: 'supervisor' | 'coach'; linkId: string | null; recordedBy: string | null; at: Date }) {
  const values = {
    filled_by: row.filledBy, link_id: row.linkId, recorded_by: row.recordedBy, supervisor_name: row.week.supervisorName,
    ratings: JSON.stringify(row.week.ratings), note: row.week.note ?? '', submitted_at: row.at,
  };
  // The same week sent again replaces it: the supervisor corrects what they filled in.
  return trx.insertInto('weekly_form').values({ tenant_id: row.tenantId, id: randomUUID(), placement_id: row.placementId, youth_id: row.youthId, week_start: row.week.weekStart, ...values })
    .onConflict((c) => c.columns(['placement_id', 'week_start']).doUpdateSet(values)).returningAll().executeTakeFirstOrThrow();
}

/** The weeks of a placement, the trend per competency, and its links. */
export function overview(ctx: RequestContext, youthId: string, placementId: string) {
  return onYouthFile(ctx, youthId, { action: 'read', recordType: 'weekly_form', recordId: placementId }, async (trx) => {
    await placementOf(trx, ctx, youthId, placementId);
    const list = await competencies(trx, ctx.tenantId);
    const forms = await trx.selectFrom('weekly_form').selectAll().where('tenant_id', '=', ctx.tenantId).where('placement_id', '=', placementId).orderBy('week_start', 'desc').limit(200).execute();
    const links = await trx.selectFrom('supervisor_link as l').innerJoin('app_user as u', 'u.id', 'l.created_by')
      .select(['l.id', 'l.created_at', 'l.expires_at', 'l.revoked_at', 'l.last_used_at', 'u.id as user_id', 'u.display_name'])
      .where('l.tenant_id', '=', ctx.tenantId).where('l.placement_id', '=', placementId).orderBy('l.created_at', 'desc').execute();
    const items = forms.map(presentForm);
    return {
      competencies: list, items,
      trend: competencyTrend(items, list.map((c) => c.key)),
      links: links.map((l) => ({
        id: l.id, createdAt: iso(l.created_at)!, expiresAt: iso(l.expires_at)!, revokedAt: iso(l.revoked_at), lastUsedAt: iso(l.last_used_at),
        status: linkStatus(l, ctx.now()), createdBy: { id: l.user_id, name: l.display_name },
      })),
    };
  });
}

/** The coach fills in the week with the supervisor, in person. */
export function fillInByCoach(ctx: RequestContext, youthId: string, placementId: string, week: Week) {
  return onYouthFile(ctx, youthId, { action: 'update', recordType: 'weekly_form', recordId: placementId }, async (trx) => {
    const placement = await placementOf(trx, ctx, youthId, placementId);
    checkWeek(week, placement, amsterdamDate(ctx.now()), new Set((await competencies(trx, ctx.tenantId)).map((c) => c.key)));
    const saved = await saveWeek(trx, { tenantId: ctx.tenantId, placementId, youthId, week, filledBy: 'coach', linkId: null, recordedBy: ctx.user.id, at: ctx.now() });
    await recordRevision(trx, { tenantId: ctx.tenantId, entity: 'weekly_form', entityId: saved.id, youthId, actorId: ctx.user.id, at: ctx.now(), changes: { week_start: [null, week.weekStart] } });
    return presentForm(saved);
  });
}

/**
 * A personal link for the supervisor of this placement. The token is shown once and stored
 * only as its hash: 32 random bytes, not guessable, useless for any other placement.
 */
export function createLink(ctx: RequestContext, youthId: string, placementId: string, days = LINK_DEFAULT_DAYS) {
  return onYouthFile(ctx, youthId, { action: 'create', recordType: 'supervisor_link', recordId: placementId }, async (trx) => {
    await placementOf(trx, ctx, youthId, placementId);
    const token = randomBytes(32).toString('base64url');
    const id = randomUUID();
    const at = ctx.now();
    const expires = new Date(at.getTime() + days * DAY);
    await trx.insertInto('supervisor_link').values({ tenant_id: ctx.tenantId, id, placement_id: placementId, youth_id: youthId, token_hash: hashToken(token), created_by: ctx.user.id, created_at: at, expires_at: expires }).execute();
    await recordRevision(trx, { tenantId: ctx.tenantId, entity: 'supervisor_link', entityId: id, youthId, actorId: ctx.user.id, at, changes: { expires_at: [null, expires.toISOString()] } });
    return { id, token, path: `/week/${token}`, createdAt: at.toISOString(), expiresAt: expires.toISOString(), revokedAt: null, lastUsedAt: null, status: 'active' as const, createdBy: { id: ctx.user.id, name: ctx.user.displayName } };
  });
}

/** Revoke a link at once, or renew it for another period (not a revoked one). */
export function changeLink(ctx: RequestContext, youthId: string, placementId: string, linkId: string, change: { revoke: true } | { renewDays: number }) {
  return onYouthFile(ctx, youthId, { action: 'update', recordType: 'supervisor_link', recordId: linkId }, async (trx) => {
    await placementOf(trx, ctx, youthId, placementId);
    const link = await trx.selectFrom('supervisor_link').selectAll().where('tenant_id', '=', ctx.tenantId).where('id', '=', linkId).executeTakeFirst();
    if (!link || link.placement_id !== placementId) throw notFound('Deze link');
    const at = ctx.now();
    if ('revoke' in change) {
      if (!link.revoked_at) await trx.updateTable('supervisor_link').set({ revoked_at: at, revoked_by: ctx.user.id }).where('id', '=', linkId).execute();
    } else {
      if (link.revoked_at) throw new AppError('LINK_REVOKED', 400, 'Een ingetrokken link kan niet verlengd worden. Maak een nieuwe.');
      await trx.updateTable('supervisor_link').set({ expires_at: new Date(at.getTime() + change.renewDays * DAY) }).where('id', '=', linkId).execute();
    }
    await recordRevision(trx, { tenantId: ctx.tenantId, entity: 'supervisor_link', entityId: linkId, youthId, actorId: ctx.user.id, at,
      changes: 'revoke' in change ? { revoked_at: [null, at.toISOString()] } : { expires_at: [iso(link.expires_at), new Date(at.getTime() + change.renewDays * DAY).toISOString()] } });
    return { status: 'revoke' in change ? 'revoked' as const : 'active' as const };
  });
}

export interface LinkDeps { db: Db; now: () => Date; address: string }

const invalid = () => new AppError('LINK_INVALID', 404, 'Deze link werkt niet (meer). Vraag de coach om een nieuwe link.');

/**
 * The supervisor's side: the token is looked up by its hash. Failed lookups count against the
 * address (throttled like logins); every use of a known link is in the youth's access log,
 * also a refused one (expired or revoked).
 */
export async function useLink<T>(deps: LinkDeps, token: string, action: 'read' | 'create' | 'update', work: (trx: Db, link: { id: string; tenant_id: string; youth_id: string; placement_id: string; expires_at: Date | string }) => Promise<T>): Promise<T> {
  const now = deps.now();
  const attempt = await startAttempt(deps.db, [{ kind: 'link_address', value: deps.address }], now);
  if (attempt.throttled) throw new AppError('LINK_THROTTLED', 429, 'Te veel pogingen. Probeer het over een kwartier opnieuw.');
  const link = await deps.db.selectFrom('supervisor_link').selectAll().where('token_hash', '=', hashToken(token)).executeTakeFirst();
  if (!link) throw invalid();
  await notAFailure(deps.db, attempt);
  const actor = { tenantId: link.tenant_id, user: null, linkRole: LINK_ROLE, address: deps.address, now: deps.now };
  const entry = { action, youthId: link.youth_id, recordType: 'weekly_form', recordId: link.id };
  const refused = link.revoked_at ? 'revoked' : new Date(link.expires_at) <= now ? 'expired' : null;
  if (refused) {
    await writeAccessLog(deps.db, actor, { ...entry, result: 'denied' });
    throw new AppError(refused === 'revoked' ? 'LINK_REVOKED' : 'LINK_EXPIRED', 410,
      refused === 'revoked' ? 'Deze link is ingetrokken. Vraag de coach om een nieuwe link.' : 'Deze link is verlopen. Vraag de coach om een nieuwe link.');
  }
  return deps.db.transaction().execute(async (trx) => {
    const result = await work(trx, link);
    await trx.updateTable('supervisor_link').set({ last_used_at: now }).where('id', '=', link.id).execute();
    await writeAccessLog(trx, actor, entry);
    return result;
  });
}

const placementFacts = (trx: Db, placementId: string) =>
  trx.selectFrom('placement as p').innerJoin('youth as y', 'y.id', 'p.youth_id').innerJoin('workplace as w', 'w.id', 'p.workplace_id').innerJoin('employer as e', 'e.id', 'w.employer_id')
    .select(['p.starts_on', 'p.ended_on', 'y.first_name', 'y.nickname', 'w.name as workplace', 'e.name as employer']).where('p.id', '=', placementId).executeTakeFirstOrThrow();

/** The form for this week, with only the youth's first name and the placement. */
export function publicWeek(deps: LinkDeps, token: string) {
  return useLink(deps, token, 'read', async (trx, link) => {
    const p = await placementFacts(trx, link.placement_id);
    const today = amsterdamDate(deps.now());
    // The week to fill in: this one, or the last week of a placement that has ended.
    const weekStart = weekStartOf(p.ended_on && p.ended_on < today ? p.ended_on : today);
    const existing = await trx.selectFrom('weekly_form').selectAll().where('placement_id', '=', link.placement_id).where('week_start', '=', weekStart).executeTakeFirst();
    return {
      firstName: p.first_name || p.nickname || 'de jongere', employer: p.employer, workplace: p.workplace, weekStart, expiresAt: iso(link.expires_at)!,
      competencies: await competencies(trx, link.tenant_id, true), existing: existing ? presentForm(existing) : null,
    };
  });
}

/** The supervisor submits the week: this week or one of the two before it (a form filled in late). */
export function submitWeek(deps: LinkDeps, token: string, week: Week) {
  return useLink(deps, token, 'create', async (trx, link) => {
    const p = await placementFacts(trx, link.placement_id);
    const today = amsterdamDate(deps.now());
    if (differenceInCalendarDays(parseISO(weekStartOf(today)), parseISO(week.weekStart)) > 14) {
      throw new AppError('WEEK_TOO_OLD', 400, 'Via deze link vult u deze week of de twee weken daarvoor in.', { field: 'weekStart' });
    }
    checkWeek(week, p, today, new Set((await competencies(trx, link.tenant_id, true)).map((c) => c.key)));
    return presentForm(await saveWeek(trx, { tenantId: link.tenant_id, placementId: link.placement_id, youthId: link.youth_id, week, filledBy: 'supervisor', linkId: link.id, recordedBy: null, at: deps.now() }));
  });
}

