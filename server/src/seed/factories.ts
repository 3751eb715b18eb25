import { randomUUID } from 'node:crypto';
import { LIFE_DOMAIN_PRESETS } from '../core/picture/life-domain-presets.js';
import type { TaskRole } from '../core/plan/plan-parts.js';
import { amsterdamDayStart } from '../core/casework/calendar.js';
import { amsterdamDate } from '../core/youth/youth-rules.js';
import { AGE_WINDOW, PHASE_PRESETS, type Method } from '../core/trajectory/phase-presets.js';
import { hashPassword } from '../platform/auth/passwords.js';
import type { Db } from '../platform/db/index.js';
import type { NewYouthRow, PlacementTable } from '../platform/db/schema.js';
import type { Role } from '../platform/request-context.js';
import { TASK_ROLE_LABELS } from '../modules/plan/plan.labels.js';

/**
 * Factories build data for the demo seed and the tests alike. Each states only what matters
 * and fills the rest with something plausible. Times are passed in, so a test can say
 * "registered 41 days ago".
 */

/**
 * Answer lists a new tenant starts with (configuration, editable per tenant). Migrations that
 * introduced a list add it to the tenants that existed then, with their own frozen copy.
 */
export const DEFAULT_OPTION_LISTS: Record<string, [string, string][]> = {
  signal_source: [
    ['wijkagent', 'Wijkagent'], ['jongerenwerker', 'Jongerenwerker'], ['veiligheidshuis', 'Veiligheidshuis'],
    ['school', 'School (PrO / VSO cluster 4)'], ['leerplicht_rmc', 'Leerplicht / RMC'], ['familie', 'Familie'],
    ['zelf', 'Jongere zelf'], ['straat', 'Op straat'], ['anders', 'Anders'],
  ],
  closing_reason: [
    ['regulier_werk', 'Regulier werk'], ['opleiding', 'Opleiding'], ['verhuisd', 'Verhuisd'], ['detentie', 'Detentie'],
    ['ggz', 'GGZ / behandeling'], ['geweigerd_onbereikbaar', 'Geweigerd / onbereikbaar'], ['27_jaar', '27 jaar geworden'], ['anders', 'Anders'],
  ],
  gender: [['man', 'Man'], ['vrouw', 'Vrouw'], ['anders', 'Anders'], ['onbekend', 'Wil niet zeggen / onbekend']],
  attempt_channel: [['whatsapp', 'WhatsApp'], ['telefoon', 'Telefoon'], ['huisbezoek', 'Huisbezoek'], ['via_professional', 'Via een professional'], ['straat', 'Op straat'], ['anders', 'Anders']],
  attempt_outcome: [['geen_reactie', 'Geen reactie'], ['gesproken', 'Gesproken'], ['afspraak_gemaakt', 'Afspraak gemaakt'], ['geweigerd', 'Geweigerd'], ['verkeerd_nummer', 'Verkeerd nummer'], ['niet_thuis', 'Niet thuis'], ['bericht_achtergelaten', 'Bericht achtergelaten']],
  contact_mode: [['face_to_face', 'Face to face'], ['huisbezoek', 'Huisbezoek'], ['straat', 'Op straat'], ['werkplek', 'Op de werkplek'], ['telefoon', 'Telefoon'], ['whatsapp', 'WhatsApp'], ['video', 'Beeldbellen'], ['instantie', 'Bij een instantie']],
  contact_with: [['jongere', 'Jongere'], ['ouder', 'Ouder / verzorger'], ['netwerk', 'Iemand uit het netwerk'], ['professional', 'Professional'], ['werkgever', 'Werkgever']],
  // IPTA handbook: the six working principles.
  working_principle: [['normaliseren', 'Normaliseren'], ['aandacht_geven', 'Aandacht geven'], ['kansen_creeren', 'Kansen creëren'], ['leren', 'Leren'], ['draaglast_verkleinen', 'Draaglast verkleinen en structuur bieden'], ['dromen_en_talenten', 'Ondernemen met dromen en talenten']],
  incident_place: [['werk', 'Werk'], ['thuis', 'Thuis'], ['buren', 'Buren'], ['politie', 'Politie'], ['school', 'School'], ['straat', 'Straat'], ['anders', 'Anders']],
  // IPTA handbook ch. 5: the ten basic employee competencies.
  employee_competency: [['op_tijd_komen', 'Op tijd komen'], ['willen_werken', 'Willen werken'], ['respect_tonen', 'Respect tonen'], ['samenwerken', 'Kunnen samenwerken'], ['eerlijk_zijn', 'Eerlijk zijn'], ['ideeen_hebben', 'Ideeën hebben'], ['ondernemend_zijn', 'Ondernemend zijn'], ['afspraken_nakomen', 'Afspraken nakomen'], ['zelfstandig_werken', 'Zelfstandig kunnen werken'], ['doorzetten', 'Doorzetten']],
  // IPTA handbook ch. 4: the parts of the veranderplan form.
  plan_part: [['work', 'Werk of opleiding'], ['income', 'Inkomen'], ['debts', 'Schulden'], ['health', 'Gezondheid'], ['social', 'Sociale relaties en vrije tijd'], ['housing', 'Huisvesting'], ['other', 'Anders']],
  // IPTA handbook ch. 3.3: reasons to reconsider the intervention strategy.
  risk_indicator: [
    ['ondervragen', 'Ondervragen: te weinig uitdaging'], ['overvragen', 'Overvragen: te veel gevraagd'],
    ['zwakke_relatie', 'Begeleiding te licht of te weinig vertrouwen'], ['zelfbeeld_mismatch', 'Beeld van de coach past niet bij het zelfbeeld'],
    ['plan_lukt_niet', 'Plan lukt niet: ‘zie je wel’'], ['geen_aansluiting', 'Geen aansluiting op werk of school'],
    ['stress_zonder_regie', 'Minder stress, maar geen eigen regie'], ['geen_tastbaar_resultaat', 'Inzet zonder tastbaar resultaat'],
    ['geen_stabiel_inkomen', 'Geen stabiel inkomen'], ['knellende_controle', 'Toezicht voelt knellend'],
    ['verkeerde_vrienden', 'Verkeerde vrienden hebben te veel invloed'],
  ],
};

/** Answers that mean something to Spil itself from the start (the administrator can mark more). */
const DEFAULT_MEANINGS: Partial<Record<string, Record<string, string>>> = { closing_reason: { regulier_werk: 'regular_work' } };

/** A new tenant's rows of the default answer lists. */
export const defaultOptionListRows = (tenantId: string) => Object.entries(DEFAULT_OPTION_LISTS).flatMap(([list, items]) =>
  items.map(([key, label], i) => ({ tenant_id: tenantId, list, key, label, position: i + 1, counts_as: DEFAULT_MEANINGS[list]?.[key] ?? null })));

export async function makeTenant(db: Db, opts: { name?: string; method?: Method; requireTwoFactorForAll?: boolean } = {}) {
  const id = randomUUID();
  const method = opts.method ?? 'ija';
  await db.insertInto('tenant').values({
    id, name: opts.name ?? 'Gemeente Test', method, age_min: AGE_WINDOW[method].min, age_max: AGE_WINDOW[method].max,
    require_2fa_for_all: opts.requireTwoFactorForAll ?? false,
  }).execute();
  await db.insertInto('phase_model').values({ tenant_id: id, preset: method }).execute();
  await db.insertInto('phase').values(PHASE_PRESETS[method].map((p, i) => ({
    tenant_id: id, id: randomUUID(), key: p.key, name: p.name, position: i + 1, planned_weeks: p.plannedWeeks, sub_steps: p.subSteps,
  }))).execute();
  await db.insertInto('option_list_item').values(defaultOptionListRows(id)).execute();
  await db.insertInto('life_domain').values(LIFE_DOMAIN_PRESETS[method].map((d, i) => ({
    tenant_id: id, key: d.key, label: d.label, position: i + 1, levels: JSON.stringify(d.levels),
  }))).execute();
  const phases = await db.selectFrom('phase').selectAll().where('tenant_id', '=', id).orderBy('position').execute();
  return { id, method, phases };
}

export async function makeOrganisation(db: Db, tenantId: string, name = `Organisatie ${randomUUID().slice(0, 6)}`) {
  const id = randomUUID();
  await db.insertInto('organisation').values({ tenant_id: tenantId, id, name }).execute();
  return { id, name };
}

export async function makeTeam(db: Db, tenantId: string, name = `Wijkteam ${randomUUID().slice(0, 6)}`, neighbourhood: string | null = null) {
  const id = randomUUID();
  await db.insertInto('team').values({ tenant_id: tenantId, id, name, neighbourhood }).execute();
  return { id, name };
}

let cachedHash: { password: string; hash: Promise<string> } | undefined;
const passwordHash = (password: string) => {
  if (cachedHash?.password !== password) cachedHash = { password, hash: hashPassword(password) };
  return cachedHash.hash;
};

export async function makeUser(db: Db, opts: {
  tenantId: string; organisationId: string; teamIds?: string[]; roles?: Role[]; email?: string; name?: string;
  password?: string; totpSecret?: string | null; caseloadLimit?: number;
}) {
  const id = randomUUID();
  const email = opts.email ?? `user-${id.slice(0, 8)}@test.spil`;
  await db.insertInto('app_user').values({
    tenant_id: opts.tenantId, id, organisation_id: opts.organisationId, email, display_name: opts.name ?? `Gebruiker ${id.slice(0, 4)}`,
    password_hash: await passwordHash(opts.password ?? 'correct horse battery'), roles: opts.roles ?? ['coach'],
    caseload_limit: opts.caseloadLimit ?? 20,
    totp_secret: opts.totpSecret ?? null, totp_pending_secret: null, totp_enabled_at: opts.totpSecret ? new Date() : null,
  }).execute();
  if (opts.teamIds?.length) {
    await db.insertInto('user_team').values(opts.teamIds.map((team_id) => ({ tenant_id: opts.tenantId, user_id: id, team_id }))).execute();
  }
  return { id, email, password: opts.password ?? 'correct horse battery' };
}

const DAY = 86_400_000;

/**
 * A youth, optionally with a trajectory that reached `phaseKey` — started `startedDaysAgo`,
 * entering each later phase at an even share of the time up to `daysInPhase` ago.
 */
export async function makeYouth(db: Db, opts: {
  tenantId: string; teamId: string; coachIds: string[]; createdBy: string; now: Date;
  fields?: Partial<Omit<NewYouthRow, 'tenant_id' | 'id' | 'team_id' | 'created_by' | 'created_at' | 'updated_at'>>;
  registeredDaysAgo?: number;
  trajectory?: { phaseKey: string; startedDaysAgo: number; daysInPhase: number };
}) {
  const id = randomUUID();
  const registeredAt = new Date(opts.now.getTime() - (opts.registeredDaysAgo ?? opts.trajectory?.startedDaysAgo ?? 0) * DAY);
  await db.insertInto('youth').values({
    tenant_id: opts.tenantId, id, team_id: opts.teamId, created_by: opts.createdBy, created_at: registeredAt, updated_at: registeredAt,
    target_indicators: [], first_name: null, last_name: null, nickname: null, birth_date: null, gender: null, address: null,
    postcode: null, city: null, neighbourhood: null, phone: null, email: null, school_background: null, signal_source: null,
    reporter_name: null, reporter_organisation: null, vindplaats: null, reason: null,
    ...opts.fields,
  }).execute();
  if (opts.coachIds.length) {
    await db.insertInto('youth_coach').values(opts.coachIds.map((user_id) => ({ tenant_id: opts.tenantId, youth_id: id, user_id, since: registeredAt }))).execute();
  }
  await db.insertInto('revision').values({
    tenant_id: opts.tenantId, entity: 'youth', entity_id: id, youth_id: id, actor_id: opts.createdBy, at: registeredAt,
    changes: JSON.stringify({ team_id: [null, opts.teamId], ...(opts.fields?.nickname ? { nickname: [null, opts.fields.nickname] } : {}) }),
  }).execute();
  let trajectoryId: string | null = null;
  if (opts.trajectory) trajectoryId = await makeTrajectory(db, { ...opts.trajectory, tenantId: opts.tenantId, youthId: id, actorId: opts.createdBy, now: opts.now });
  return { id, trajectoryId };
}

export async function makeTrajectory(db: Db, o: { tenantId: string; youthId: string; actorId: string; now: Date; phaseKey: string; startedDaysAgo: number; daysInPhase: number }) {
  const phases = await db.selectFrom('phase').selectAll().where('tenant_id', '=', o.tenantId).orderBy('position').execute();
  const targetIndex = phases.findIndex((p) => p.key === o.phaseKey);
  if (targetIndex < 0) throw new Error(`no phase ${o.phaseKey}`);
  const id = randomUUID();
  const startedAt = new Date(o.now.getTime() - o.startedDaysAgo * DAY);
  const enteredTarget = new Date(o.now.getTime() - o.daysInPhase * DAY);
  const steps = phases.slice(0, targetIndex + 1);
  await db.insertInto('trajectory').values({
    tenant_id: o.tenantId, id, youth_id: o.youthId, status: 'active', current_phase_id: steps.at(-1)!.id,
    phase_entered_at: targetIndex === 0 ? startedAt : enteredTarget, started_at: startedAt, closed_at: null, closing_reason: null, reopened_from: null,
  }).execute();
  const span = enteredTarget.getTime() - startedAt.getTime();
  await db.insertInto('trajectory_event').values(steps.map((p, i) => ({
    tenant_id: o.tenantId, id: randomUUID(), trajectory_id: id, youth_id: o.youthId,
    kind: i === 0 ? ('start' as const) : ('forward' as const),
    from_phase_id: i === 0 ? null : steps[i - 1]!.id, to_phase_id: p.id,
    reason: i === 0 ? null : `Doelen van ${steps[i - 1]!.name} bereikt`, closing_reason: null, actor_id: o.actorId,
    at: i === 0 ? startedAt : new Date(startedAt.getTime() + (span * i) / targetIndex),
  }))).execute();
  return id;
}

const HOUR = 3_600_000;

/**
 * A moment on the Amsterdam day `daysAgo` days before today, about `hoursEarlier` hours before
 * the current time of day — kept within that day (and before now), so "16 dagen geen contact"
 * in the demo holds at half past midnight too, and across a clock change.
 */
function onDayAgo(now: Date, daysAgo: number, hoursEarlier: number): Date {
  const dayStart = amsterdamDayStart(now, -daysAgo).getTime();
  const dayEnd = Math.min(amsterdamDayStart(now, -daysAgo + 1).getTime() - 60_000, now.getTime());
  return new Date(Math.min(Math.max(now.getTime() - daysAgo * DAY - hoursEarlier * HOUR, dayStart), dayEnd));
}

/** Casework history for demo and tests: attempts, contacts (with scaling scores), an incident, appointments. */
export async function makeAttempts(db: Db, o: { tenantId: string; youthId: string; authorId: string; now: Date; tries: { daysAgo: number; channel: string; outcome: string; note?: string }[] }) {
  await db.insertInto('contact_attempt').values(o.tries.map((a) => ({
    tenant_id: o.tenantId, id: randomUUID(), youth_id: o.youthId, at: onDayAgo(o.now, a.daysAgo, 3),
    channel: a.channel, outcome: a.outcome, note: a.note ?? null, author_id: o.authorId, created_at: new Date(o.now.getTime() - a.daysAgo * DAY),
  }))).execute();
}

export async function makeContacts(db: Db, o: {
  tenantId: string; youthId: string; authorId: string; now: Date;
  contacts: { daysAgo: number; mode?: string; note: string; scalingScore?: number; scalingTopic?: string; principles?: string[]; fiveG?: Record<string, string> }[];
}) {
  await db.insertInto('contact').values(o.contacts.map((c) => ({
    tenant_id: o.tenantId, id: randomUUID(), youth_id: o.youthId, happened_at: onDayAgo(o.now, c.daysAgo, 2),
    mode: c.mode ?? 'face_to_face', with_whom: ['jongere'], duration_minutes: 45, note: c.note, principles: c.principles ?? ['aandacht_geven'],
    five_g: c.fiveG ? JSON.stringify(c.fiveG) : null, scaling_score: c.scalingScore ?? null, scaling_topic: c.scalingTopic ?? null,
    appointment_id: null, author_id: o.authorId, created_at: new Date(o.now.getTime() - c.daysAgo * DAY),
  }))).execute();
}

export async function makeAppointment(db: Db, o: { tenantId: string; youthId: string; coachId: string; now: Date; inHours: number; purpose: string; place?: string }) {
  await db.insertInto('appointment').values({
    tenant_id: o.tenantId, id: randomUUID(), youth_id: o.youthId, coach_id: o.coachId, starts_at: new Date(o.now.getTime() + o.inHours * HOUR),
    duration_minutes: 60, place: o.place ?? null, purpose: o.purpose, with_whom: ['jongere'], status: 'planned', contact_id: null,
    created_by: o.coachId, created_at: o.now,
  }).execute();
}

/** All four scout conditions met, for a youth past the first phase. */
export async function makeScoutComplete(db: Db, o: { tenantId: string; youthId: string; trajectoryId: string; byId: string; at: Date }) {
  await db.insertInto('scout_check').values(['found_and_spoken', 'meets_criteria', 'wants_to_work_on_future', 'expectations_aligned'].map((condition) => ({
    tenant_id: o.tenantId, trajectory_id: o.trajectoryId, youth_id: o.youthId, condition: condition as 'found_and_spoken', met: true, at: o.at, by_id: o.byId,
  }))).execute();
}

/** A life-domain assessment with its scores (domain key → score). */
export async function makeAssessment(db: Db, o: {
  tenantId: string; youthId: string; authorId: string; now: Date; daysAgo: number; moment: 'baseline' | 'interim' | 'closing';
  scores: Record<string, number>; note?: string;
}) {
  const id = randomUUID();
  const at = new Date(o.now.getTime() - o.daysAgo * DAY);
  await db.insertInto('assessment').values({
    tenant_id: o.tenantId, id, youth_id: o.youthId, assessed_on: at.toISOString().slice(0, 10), moment: o.moment, note: o.note ?? null,
    author_id: o.authorId, created_at: at,
  }).execute();
  await db.insertInto('assessment_score').values(Object.entries(o.scores).map(([domain_key, score]) => ({ assessment_id: id, domain_key, score, note: null }))).execute();
  return id;
}

/** Versions of one of the youth's documents (mijn plan, zoekprofiel, …), oldest first. */
export async function makeDocument(db: Db, o: { tenantId: string; youthId: string; authorId: string; now: Date; kind: string; versions: { daysAgo: number; body: unknown }[] }) {
  for (const [i, v] of o.versions.entries()) {
    await db.insertInto('youth_document').values({
      tenant_id: o.tenantId, youth_id: o.youthId, kind: o.kind, version: i + 1, body: JSON.stringify(v.body), author_id: o.authorId,
      created_at: new Date(o.now.getTime() - v.daysAgo * DAY),
    }).execute();
  }
}

/** People around the youth on the network map. */
export async function makeNetwork(db: Db, o: {
  tenantId: string; youthId: string; authorId: string; now: Date;
  people: { name: string; relation: string; ring: number; influence: 'vip' | 'vap' | 'neutral'; practical?: boolean; emotional?: boolean; jim?: boolean; note?: string }[];
}) {
  await db.insertInto('network_person').values(o.people.map((p) => ({
    tenant_id: o.tenantId, id: randomUUID(), youth_id: o.youthId, name: p.name, relation: p.relation, ring: p.ring, influence: p.influence,
    support_practical: p.practical ?? false, support_emotional: p.emotional ?? false, is_jim: p.jim ?? false, note: p.note ?? null,
    created_by: o.authorId, created_at: o.now,
  }))).execute();
}

/** Professionals and agencies already working with the youth. */
export async function makeProfessionals(db: Db, o: {
  tenantId: string; youthId: string; authorId: string; now: Date;
  professionals: { name: string; organisation: string; role?: string; phone?: string; since?: string; what?: string }[];
}) {
  await db.insertInto('network_professional').values(o.professionals.map((p) => ({
    tenant_id: o.tenantId, id: randomUUID(), youth_id: o.youthId, name: p.name, organisation: p.organisation, role: p.role ?? null, phone: p.phone ?? null,
    email: null, involved_since: p.since ?? null, what_they_do: p.what ?? null, created_by: o.authorId, created_at: o.now,
  }))).execute();
}

export async function makeConsent(db: Db, o: { tenantId: string; youthId: string; authorId: string; now: Date; recipient: string; givenDaysAgo: number; validDays: number }) {
  const given = new Date(o.now.getTime() - o.givenDaysAgo * DAY);
  await db.insertInto('consent').values({
    tenant_id: o.tenantId, id: randomUUID(), youth_id: o.youthId, purpose: 'sales_story', recipient: o.recipient,
    given_on: given.toISOString().slice(0, 10), valid_until: new Date(given.getTime() + o.validDays * DAY).toISOString().slice(0, 10),
    note: null, withdrawn_at: null, withdrawn_by: null, recorded_by: o.authorId, recorded_at: given,
  }).execute();
}

export async function makeRiskFlag(db: Db, o: { tenantId: string; youthId: string; authorId: string; now: Date; kind: string; daysAgo: number; note: string }) {
  await db.insertInto('risk_flag').values({
    tenant_id: o.tenantId, id: randomUUID(), youth_id: o.youthId, kind: o.kind, note: o.note, raised_by: o.authorId,
    raised_at: new Date(o.now.getTime() - o.daysAgo * DAY), resolved_at: null, resolved_by: null, resolution_note: null,
  }).execute();
}

type SeedPart = { key: string; priority: number; basicInfo?: string; tools?: string[]; strategy?: string; goals?: { longTerm: string; steps: ([string, string] | [string, string, string[]])[] }[]; tasks?: { role: TaskRole; who?: string; what: string; dueDaysFromNow?: number; done?: boolean }[] };

/**
 * A plan in versions. A version signed `signedDaysAgo` carries both signatures (the youth's
 * drawn, the coach's typed) and its tasks are tracked as actions, as signing does in the app.
 */
export async function makePlan(db: Db, o: {
  tenantId: string; youthId: string; authorId: string; authorName: string; youthName: string; now: Date;
  versions: { daysAgo: number; signedDaysAgo?: number; parts: SeedPart[] }[];
}) {
  const taskIds = new Map<string, string>();   // the same task keeps its id across versions
  const dateFromNow = (days: number) => amsterdamDate(new Date(o.now.getTime() + days * DAY));
  for (const [i, v] of o.versions.entries()) {
    const id = randomUUID();
    const at = new Date(o.now.getTime() - v.daysAgo * DAY);
    const signedAt = v.signedDaysAgo !== undefined ? new Date(o.now.getTime() - v.signedDaysAgo * DAY) : null;
    const body = { parts: v.parts.map((p) => ({
      key: p.key, title: null, priority: p.priority, basicInfo: p.basicInfo ?? '', tools: p.tools ?? [], strategy: p.strategy ?? null, strategyNote: '',
      goals: (p.goals ?? []).map((g) => ({ id: randomUUID(), longTerm: g.longTerm, steps: g.steps.map(([text, status, competencies]) => ({ id: randomUUID(), text, status, competencies: competencies ?? [] })) })),
      tasks: (p.tasks ?? []).map((t) => {
        if (!taskIds.has(t.what)) taskIds.set(t.what, randomUUID());
        return { id: taskIds.get(t.what)!, role: t.role, who: t.who ?? '', what: t.what, dueOn: t.dueDaysFromNow !== undefined ? dateFromNow(t.dueDaysFromNow) : null, done: t.done ?? false };
      }),
    })) };
    const stored = { parts: body.parts.map((p) => ({ ...p, tasks: p.tasks.map(({ done: _done, ...t }) => t) })) };
    await db.insertInto('plan_version').values({
      tenant_id: o.tenantId, id, youth_id: o.youthId, version: i + 1, body: JSON.stringify(stored), author_id: o.authorId,
      created_at: at, updated_at: at, frozen_at: signedAt, signed_at: signedAt,
    }).execute();
    if (!signedAt) continue;
    await db.insertInto('plan_signature').values([
      { tenant_id: o.tenantId, id: randomUUID(), plan_version_id: id, youth_id: o.youthId, role: 'youth', signer_name: o.youthName, method: 'drawn',
        typed: null, drawing: 'M20 70 L45 30 L60 65 L80 35 L100 60 L130 40 L170 55 L210 45 L260 50', signed_at: signedAt, recorded_by: o.authorId },
      { tenant_id: o.tenantId, id: randomUUID(), plan_version_id: id, youth_id: o.youthId, role: 'coach', signer_name: o.authorName, method: 'typed',
        typed: o.authorName, drawing: null, signed_at: signedAt, recorded_by: o.authorId },
    ]).execute();
    for (const part of body.parts) {
      for (const task of part.tasks) {
        await db.insertInto('agreed_action').values({
          tenant_id: o.tenantId, id: randomUUID(), youth_id: o.youthId, source_kind: 'plan', plan_task_id: task.id, plan_version: i + 1, plan_part: part.key,
          owner_kind: task.role, owner_name: task.who || TASK_ROLE_LABELS[task.role], description: task.what, due_on: task.dueOn,
          status: task.done ? 'done' : 'open', done_at: task.done ? new Date(`${task.dueOn}T12:00:00Z`) : null, done_by: task.done ? o.authorId : null,
          created_by: o.authorId, created_at: signedAt, updated_at: signedAt,
        }).onConflict((c) => c.columns(['youth_id', 'plan_task_id']).where('plan_task_id', 'is not', null).doNothing()).execute();
      }
    }
  }
}

/** A wrap-around meeting with who came, the conditions and the actions (some done, some overdue). */
export async function makeMeeting(db: Db, o: {
  tenantId: string; youthId: string; authorId: string; now: Date; daysAgo: number; place: string; goals: string; informing: string; nextMeetingInDays: number;
  participants: { kind: 'youth' | 'coach' | 'network' | 'professional' | 'other'; name: string; role: string; contribution?: string; attended: boolean; networkPersonId?: string; professionalId?: string }[];
  conditions: string[];
  actions: { description: string; owner: number; dueDaysFromNow: number; done?: boolean; principles?: string[] }[];
}) {
  const id = randomUUID();
  const at = new Date(o.now.getTime() - o.daysAgo * DAY);
  const dateFromNow = (days: number) => amsterdamDate(new Date(o.now.getTime() + days * DAY));
  await db.insertInto('wraparound_meeting').values({
    tenant_id: o.tenantId, id, youth_id: o.youthId, starts_at: at, place: o.place, chair_id: o.authorId, goals: o.goals, informing: o.informing,
    next_meeting_on: dateFromNow(o.nextMeetingInDays), created_by: o.authorId, created_at: at, updated_at: at,
  }).execute();
  const people = o.participants.map((p, i) => ({
    tenant_id: o.tenantId, id: randomUUID(), meeting_id: id, youth_id: o.youthId, position: i + 1, kind: p.kind, name: p.name, role: p.role,
    contribution: p.contribution ?? '', attended: p.attended, network_person_id: p.networkPersonId ?? null, professional_id: p.professionalId ?? null,
  }));
  await db.insertInto('meeting_participant').values(people).execute();
  await db.insertInto('meeting_condition').values(o.conditions.map((text, i) => ({ tenant_id: o.tenantId, id: randomUUID(), meeting_id: id, youth_id: o.youthId, position: i + 1, text }))).execute();
  for (const a of o.actions) {
    const owner = people[a.owner]!;
    await db.insertInto('agreed_action').values({
      tenant_id: o.tenantId, id: randomUUID(), youth_id: o.youthId, source_kind: 'meeting', meeting_id: id, owner_participant_id: owner.id, owner_kind: owner.kind,
      owner_name: owner.name, description: a.description, due_on: dateFromNow(a.dueDaysFromNow), principles: a.principles ?? [],
      status: a.done ? 'done' : 'open', done_at: a.done ? new Date(o.now.getTime() - 2 * DAY) : null, done_by: a.done ? o.authorId : null,
      created_by: o.authorId, created_at: at, updated_at: at,
    }).execute();
  }
}

/** A placement of a youth at a workplace of a new employer (tests that count placements need no more of the employer). */
export async function makePlacement(db: Db, o: {
  tenantId: string; youthId: string; createdBy: string; at: Date; startsOn: string; kind: PlacementTable['kind'];
  employerName?: string;
}) {
  const employer = randomUUID();
  const workplace = randomUUID();
  const id = randomUUID();
  const made = { created_by: o.createdBy, created_at: o.at, updated_at: o.at };
  await db.insertInto('employer').values({ tenant_id: o.tenantId, id: employer, name: o.employerName ?? 'Keuken BV', town: 'Rotterdam', neighbourhood: null, sector: 'horeca', size: 'klein', ...made }).execute();
  await db.insertInto('workplace').values({ tenant_id: o.tenantId, id: workplace, employer_id: employer, name: 'Keuken', ...made }).execute();
  await db.insertInto('placement').values({ tenant_id: o.tenantId, id, youth_id: o.youthId, workplace_id: workplace, kind: o.kind, starts_on: o.startsOn, ...made }).execute();
  return id;
}
