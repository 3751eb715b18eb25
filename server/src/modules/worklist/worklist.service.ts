import type { z } from 'zod';
import { byUrgency, caseloadSignal, weeklyFormSignal, youthSignals, type Signal } from '../../core/norms/norm-engine.js';
import { groupResponseShare, planNormShare, quarterOf } from '../../core/norms/norm-performance.js';
import type { NormSettings } from '../../core/norms/norm-settings.js';
import { FOLLOW_UP_WATCH_MONTHS } from '../../core/closing/closing-rules.js';
import { amsterdamDate } from '../../core/youth/youth-rules.js';
import type { Db } from '../../platform/db/index.js';
import { writeAccessLog, writeAccessLogEntries } from '../../platform/access-log.js';
import { AppError } from '../../platform/errors.js';
import { isUuid } from '../../platform/http/schemas.js';
import { assertRole } from '../../platform/policy.js';
import { hasRole, type RequestContext } from '../../platform/request-context.js';
import { inTransaction } from '../../platform/transaction.js';
import { normsOf } from '../norms/norms.service.js';
import * as organisationRepository from '../organisation/organisation.repository.js';
import { loadAuthorised } from '../youth/youth.service.js';
import * as repo from './worklist.repository.js';
import type { AckInput } from './worklist.schemas.js';

type Ack = repo.Ack;

/**
 * From when a closed trajectory can still raise a signal: FOLLOW_UP_WATCH_MONTHS back, and a
 * few days more (months differ in length; the norm engine decides to the day).
 */
const watchedSince = (now: Date) => new Date(now.getTime() - (FOLLOW_UP_WATCH_MONTHS * 31 + 3) * 86_400_000);

/**
 * Every signal of these youth (given, or the youth a worklist covers) and the caseload signals of
 * these coaches, with the newest acknowledgement or snooze of each. Snoozed until a day still
 * ahead: put aside, listed apart. A signal whose cause is gone is simply not computed any more:
 * it resolves itself.
 */
async function signalsFor(db: Db, tenantId: string, youth: Parameters<typeof repo.factsOf>[2], coaches: Parameters<typeof repo.caseloads>[2], now: Date) {
  const { norms, rows, loads } = await inputsOf(db, tenantId, youth, coaches, now);
  return signalsOf(rows, loads, norms, now);
}

/** What the norm engine works from: the tenant's norms, the facts of these youth, the caseloads of these coaches. */
async function inputsOf(db: Db, tenantId: string, youth: Parameters<typeof repo.factsOf>[2], coaches: Parameters<typeof repo.caseloads>[2], now: Date) {
  const [norms, rows, loads] = await Promise.all([
    normsOf(db, tenantId),
    repo.factsOf(db, tenantId, youth, now),
    repo.caseloads(db, tenantId, coaches),
  ]);
  return { norms, rows, loads };
}

function signalsOf(rows: Awaited<ReturnType<typeof repo.factsOf>>, loads: Awaited<ReturnType<typeof repo.caseloads>>, norms: NormSettings, now: Date) {
  const facts = rows.map((r) => r.facts);
  const signals: Signal[] = facts.flatMap((f) => youthSignals(f, norms, now));
  for (const f of rows.flatMap((r) => r.supervisorForms)) {
    const s = weeklyFormSignal(f, norms);
    if (s) signals.push(s);
  }
  const caseload = caseloadPerCoach(loads);
  for (const c of caseload) {
    const s = caseloadSignal({ id: c.coachId, name: c.name, active: c.active, limit: c.limit }, norms, now);
    if (s) signals.push(s);
  }
  const acks = new Map<string, Ack>([...rows.flatMap((r) => r.acks), ...loads.flatMap((l) => (l.ack ? [l.ack] : []))]);
  return { norms, facts, signals, acks, caseload };
}

function caseloadPerCoach(rows: Awaited<ReturnType<typeof repo.caseloads>>) {
  const map = new Map<string, { coachId: string; name: string; limit: number; active: number; perPhase: { phase: string; position: number; count: number }[] }>();
  for (const r of rows) {
    const c = map.get(r.id) ?? { coachId: r.id, name: r.display_name, limit: r.caseload_limit, active: 0, perPhase: [] };
    const n = Number(r.n);
    if (r.phase_name && n > 0) { c.active += n; c.perPhase.push({ phase: r.phase_name, position: r.phase_position ?? 0, count: n }); }
    map.set(r.id, c);
  }
  return [...map.values()].map((c) => ({ ...c, perPhase: c.perPhase.sort((a, b) => a.position - b.position).map(({ position: _p, ...p }) => p) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

function present(signals: Signal[], acks: Map<string, Ack>, names: Map<string, string>, coachesOf: Map<string, string[]>, today: string) {
  const item = (s: Signal) => {
    const ack = acks.get(s.key);
    return {
      ...s,
      youth: s.youthId ? { id: s.youthId, displayName: names.get(s.youthId) ?? '?' } : null,
      coachIds: s.youthId ? coachesOf.get(s.youthId) ?? [] : s.coachId ? [s.coachId] : [],
      ack: ack && ack.action !== 'reopened' ? { action: ack.action as 'acknowledged' | 'snoozed', until: ack.until, reason: ack.reason, at: ack.at.toISOString(), by: ack.by } : null,
    };
  };
  const all = signals.sort(byUrgency).map(item);
  const snoozed = (i: ReturnType<typeof item>) => i.ack?.action === 'snoozed' && i.ack.until !== null && i.ack.until >= today;
  return { items: all.filter((i) => !snoozed(i)), snoozed: all.filter(snoozed) };
}

/** The coach's worklist: the signals of their own caseload, most urgent first. */
export async function mine(ctx: RequestContext) {
  assertRole(ctx.user, 'coach', 'teamleider');
  const now = ctx.now();
  // The caseload and the members of the coach's groups in one statement (as a second one, its
  // array of ids was planned again on every call: 1.7 ms of PostgreSQL against 0.7 ms).
  const [{ norms, rows, loads }, members] = await Promise.all([
    inputsOf(ctx.db, ctx.tenantId, { scope: { coachId: ctx.user.id, groupMembers: true }, watchedSince: watchedSince(now) }, hasRole(ctx.user, 'coach') ? [ctx.user.id] : [], now),
    repo.groupMembers(ctx.db, ctx.tenantId, ctx.user.id),
  ]);
  const coached = (r: (typeof rows)[number]) => r.facts.coachIds.includes(ctx.user.id);
  const { signals, acks, facts } = signalsOf(rows.filter(coached), loads, norms, now);
  const theirs = rows.filter((r) => !coached(r));
  if (theirs.length) {
    // The group's clocks for members coached by a colleague: the group's coach answers the report
    // too, but sees no name or file of theirs (the signal carries no youth).
    const membership = new Set(members.map((m) => `${m.youth_id}:${m.group_id}`));
    const clocks = theirs.flatMap((t) => youthSignals({ ...t.facts, displayName: '' }, norms, now))
      .filter((sig) => sig.kind === 'group_response' && membership.has(`${sig.youthId}:${String(sig.facts.groupId)}`))
      .map((sig) => ({ ...sig, youthId: null }));
    signals.push(...clocks);
    // Their other signals are not listed, so of their acknowledgements only the clocks' are ever looked up.
    for (const [key, ack] of theirs.flatMap((t) => t.acks)) acks.set(key, ack);
  }
  const listed = present(signals, acks, new Map(facts.map((f) => [f.id, f.displayName])), new Map(facts.map((f) => [f.id, f.coachIds])), amsterdamDate(now));
  await logNamed(ctx, listed);
  return listed;
}

/** The worklist shows parts of each youth's file (an action, a condition, a workplace): a read of each youth named. */
async function logNamed(ctx: RequestContext, listed: ReturnType<typeof present>) {
  const named = [...new Set([...listed.items, ...listed.snoozed].map((i) => i.youthId).filter((id): id is string => id !== null))];
  await writeAccessLogEntries(ctx.db, ctx, named.map((youthId) => ({ action: 'read' as const, youthId, recordType: 'signal', recordId: youthId })));
}

/**
 * The team lead's view: all signals of the team, the caseload of each coach against the limit
 * (active youth per phase), and how the norms were met this quarter. As on the coach's own
 * list, each youth named is a read of that youth's data, so it is in the access log.
 */
export async function team(ctx: RequestContext, teamId: string | undefined) {
  assertRole(ctx.user, 'teamleider');
  if (teamId && !ctx.user.teamIds.includes(teamId)) throw new AppError('FORBIDDEN', 403, 'U bent geen teamleider van dit team.');
  const teamIds = teamId ? [teamId] : ctx.user.teamIds;
  const now = ctx.now();
  const today = amsterdamDate(now);
  const { signals, acks, facts, caseload, norms } = await signalsFor(ctx.db, ctx.tenantId, { scope: { teamIds }, watchedSince: watchedSince(now) }, { teamIds }, now);
  const listed = present(signals, acks, new Map(facts.map((f) => [f.id, f.displayName])), new Map(facts.map((f) => [f.id, f.coachIds])), today);
  await logNamed(ctx, listed);
  return { ...listed, caseload, performance: performance(facts, norms, now, today) };
}

function performance(facts: Awaited<ReturnType<typeof signalsFor>>['facts'], norms: NormSettings, now: Date, today: string) {
  const quarter = quarterOf(today);
  return {
    quarter,
    planSigned: { weeks: norms.plan_signed.threshold ?? 6, ...planNormShare(facts, norms.plan_signed.threshold ?? 6, quarter, today) },
    groupResponse: { hours: norms.group_response.threshold ?? 24, ...groupResponseShare(facts.flatMap((f) => f.groupReports), norms.group_response.threshold ?? 24, quarter, now) },
  };
}

/**
 * Acknowledge a signal ("gezien, ik pak het op"), snooze it until a day with a reason, or
 * undo either. The signal must be one the user sees now; every step is kept as history.
 */
export async function acknowledge(ctx: RequestContext, input: z.infer<typeof AckInput>) {
  const [kind, subject] = input.signalKey.split(':') as [string, string | undefined];
  const now = ctx.now();
  const today = amsterdamDate(now);
  /** Keep the step; a retry is the same step, an id of anything else is refused. True when it is new. */
  const record = async (db: Db, youthId: string | null) => {
    const inserted = await repo.insertAck(db, { tenant_id: ctx.tenantId, id: input.id, signal_key: input.signalKey, youth_id: youthId, kind, action: input.action, until: input.until ?? null, reason: input.reason ?? '', by_id: ctx.user.id, at: now });
    if (!inserted) await assertSameAck(db, ctx, input);
    return inserted;
  };
  if (input.action === 'snoozed') {
    if (!input.until || input.until <= today) throw new AppError('SNOOZE_UNTIL_INVALID', 400, 'Kies een dag na vandaag tot wanneer het signaal weg mag.', { field: 'until' });
    if (input.until > amsterdamDate(new Date(now.getTime() + 90 * 86_400_000))) throw new AppError('SNOOZE_TOO_LONG', 400, 'Een signaal kan hoogstens 90 dagen weg.', { field: 'until' });
    if (!input.reason) throw new AppError('REASON_REQUIRED', 400, 'Zeg waarom het signaal even weg mag.', { field: 'reason' });
  } else if (input.until) {
    throw new AppError('UNTIL_ONLY_FOR_SNOOZE', 400, 'Alleen bij uitstellen hoort een datum.', { field: 'until' });
  }
  if (kind === 'caseload_over') {
    // A coach's own caseload: the coach, or a team lead of one of the coach's teams.
    const coaches = await organisationRepository.coachesOfTeams(ctx.db, ctx.tenantId, hasRole(ctx.user, 'teamleider') ? ctx.user.teamIds : []);
    if (subject !== ctx.user.id && !coaches.some((c) => c.id === subject)) throw new AppError('SIGNAL_NOT_FOUND', 404, 'Dit signaal staat niet (meer) op uw werklijst.');
    const { signals } = await signalsFor(ctx.db, ctx.tenantId, [], [subject!], now);
    if (!signals.some((s) => s.key === input.signalKey)) throw new AppError('SIGNAL_NOT_FOUND', 404, 'Dit signaal staat niet (meer) op uw werklijst.');
    await record(ctx.db, null);
    return history(ctx.db, ctx.tenantId, input.signalKey);
  }
  if (!isUuid(subject)) throw new AppError('SIGNAL_NOT_FOUND', 404, 'Dit signaal staat niet (meer) op uw werklijst.');
  const reportId = input.signalKey.split(':')[2] ?? '';
  const coached = await repo.youthIdsOf(ctx.db, ctx.tenantId, { coachId: ctx.user.id });
  if (kind === 'group_response' && !coached.includes(subject) && isUuid(reportId)
    && await repo.coachesGroupOfReport(ctx.db, ctx.tenantId, ctx.user.id, reportId, subject)) {
    // The group's coach, for a member coached by a colleague: no file is opened, so nothing to log as a read.
    const { signals } = await signalsFor(ctx.db, ctx.tenantId, [subject], [], now);
    if (!signals.some((sig) => sig.key === input.signalKey)) throw new AppError('SIGNAL_NOT_FOUND', 404, 'Dit signaal staat niet (meer) op uw werklijst: de oorzaak is er niet meer.');
    await record(ctx.db, subject);
    return history(ctx.db, ctx.tenantId, input.signalKey);
  }
  return inTransaction(ctx, async (trx) => {
    await loadAuthorised(trx, ctx, subject, 'youth.update', 'signal');
    const { signals } = await signalsFor(trx, ctx.tenantId, [subject], [], now);
    if (!signals.some((s) => s.key === input.signalKey)) throw new AppError('SIGNAL_NOT_FOUND', 404, 'Dit signaal staat niet (meer) op uw werklijst: de oorzaak is er niet meer.');
    if (await record(trx, subject)) await writeAccessLog(trx, ctx, { action: 'update', youthId: subject, recordType: 'signal', recordId: input.id });
    return history(trx, ctx.tenantId, input.signalKey);
  });
}

/** A retry of the same acknowledgement is fine; an id used for something else is not. */
async function assertSameAck(db: Db, ctx: RequestContext, input: z.infer<typeof AckInput>) {
  const existing = await repo.ackById(db, input.id);
  if (!existing || existing.tenant_id !== ctx.tenantId || existing.by_id !== ctx.user.id || existing.signal_key !== input.signalKey) {
    throw new AppError('ID_IN_USE', 409, 'Dit id is al in gebruik. Vernieuw de pagina en probeer het opnieuw.');
  }
}

async function history(db: Db, tenantId: string, signalKey: string) {
  const rows = await repo.ackHistory(db, tenantId, signalKey);
  return {
    signalKey,
    items: rows.map((r) => ({ id: r.id, action: r.action, until: r.until ? String(r.until).slice(0, 10) : null, reason: r.reason, at: new Date(r.at).toISOString(), by: r.display_name })),
  };
}
