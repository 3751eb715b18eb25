import { RESULT_AREAS } from '../server/src/core/closing/result-areas.js';
import { LIFE_DOMAIN_PRESETS } from '../server/src/core/picture/life-domain-presets.js';
import { AGE_WINDOW, PHASE_PRESETS } from '../server/src/core/trajectory/phase-presets.js';
import { entryHash } from '../server/src/platform/access-log.js';
import type { Db } from '../server/src/platform/db/index.js';
import { DEFAULT_OPTION_LISTS, defaultOptionListRows } from '../server/src/seed/factories.js';
import { prng, uuidFrom } from '../server/src/seed/seeded-random.js';

/**
 * Synthetic municipalities for the benchmarks: deterministic from a seed, Dutch names and
 * Rotterdam neighbourhoods, shapes as in a running city (most youth closed, phases spread,
 * contacts per youth skewed: most 20–80, a few over 1,000). Written in large batches.
 */
export interface Scale {
  tenants: number; youthPerTenant: number; coachesPerTenant: number; teamsPerTenant: number; organisationsPerTenant: number;
  /** Access-log rows per contactmoment: every look at a file is a row, and a file is looked at far more often than written. */
  logPerContact: number;
}

/** Every generated user logs in with this password; team leads' second factor is this TOTP secret (set after the load). */
export const BENCH_PASSWORD = 'bench-password-2026';
export const BENCH_LEAD_SECRET = 'JBSWY3DPEHPK3PXPBENCHLEADSECRET2';

export const SCALES: Record<string, Scale> = {
  small: { tenants: 1, youthPerTenant: 400, coachesPerTenant: 8, teamsPerTenant: 4, organisationsPerTenant: 2, logPerContact: 1 / 3 },
  rotterdam: { tenants: 1, youthPerTenant: 7000, coachesPerTenant: 60, teamsPerTenant: 43, organisationsPerTenant: 6, logPerContact: 6.5 },
  national: { tenants: 40, youthPerTenant: 3375, coachesPerTenant: 30, teamsPerTenant: 20, organisationsPerTenant: 4, logPerContact: 6.5 },
};

/** Where the rows go: INSERT batches (PGlite, small sizes) or COPY (a PostgreSQL server, bench/copy.ts). */
export type Sink = (table: string, rows: Iterable<Record<string, unknown>>) => Promise<unknown>;

const FIRST = ['Mohamed', 'Daan', 'Sem', 'Noah', 'Liam', 'Lucas', 'Milan', 'Jayden', 'Yassin', 'Adam', 'Ryan', 'Levi', 'Finn', 'Emma', 'Julia',
  'Sara', 'Noor', 'Fenna', 'Lina', 'Aya', 'Ilias', 'Kevin', 'Dewi', 'Shanice', 'Priya', 'Anouk', 'Fatima', 'Zeynep', 'Bilal', 'Romano',
  'Jeffrey', 'Enzo', 'Ricardo', 'Tamir', 'Bob', 'Dex', 'Quincy', 'Gianni', 'Soufiane', 'Mila', 'Yara', 'Ayoub', 'Stefano', 'Naomi', 'Rayan'];
const LAST = ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'Meijer', 'El Amrani', 'Yilmaz', 'Martina', 'Pinas',
  'Kaya', 'Öztürk', 'Haddou', 'Bouzid', 'Rosaria', 'Wong', 'Nguyen', 'Biharie', 'Kok', 'Mulder', 'de Graaf', 'Ramdin', 'Tahiri', 'Dekker'];
const NICK = ['Mo', 'Dex', 'Jay', 'Kev', 'Rico', 'Sem', 'Yas', 'Lil B', 'Zo', 'Tam', 'Gio', 'Bilo', 'Q', 'Nizz', 'Stef'];
const WIJKEN = ['Feijenoord', 'Afrikaanderwijk', 'Hillesluis', 'Bloemhof', 'Vreewijk', 'Charlois', 'Carnisse', 'Tarwewijk', 'Delfshaven',
  'Bospolder', 'Tussendijken', 'Spangen', 'Overschie', 'Crooswijk', 'Kralingen', 'Ommoord', 'Hoogvliet', 'Pernis', 'IJsselmonde',
  'Lombardijen', 'Beverwaard', 'Zuidwijk', 'Pendrecht', 'Oude Westen', 'Middelland', 'Blijdorp', 'Noord'];
const NOTES = ['Gesprek over thuis en werk.', 'Samen naar het jongerenloket.', 'Appje: afspraak bevestigd.', 'Huisbezoek, moeder was er ook.',
  'Cv bijgewerkt, vacatures bekeken.', 'Over schulden gesproken; overzicht gemaakt.', 'Op straat even bijgepraat.', 'Ruzie met vriendin besproken.'];

const DAY = 86_400_000;

export interface GeneratedTenant { id: string; coaches: { id: string; email: string; teamId: string }[]; leads: { id: string; email: string; teamId: string }[]; policy: { id: string; email: string }; names: string[] }

/** Why a closed trajectory closed: mostly regular work, then the other reasons of the list. */
function closingReasonOf(r: ReturnType<typeof prng>) {
  const x = r.next();
  if (x < 0.45) return 'regulier_werk';
  if (x < 0.6) return 'opleiding';
  return r.pick(['verhuisd', 'detentie', 'ggz', 'geweigerd_onbereikbaar', '27_jaar', 'anders']);
}

/** Contacts per youth: most 20–95, some a few, a few over 1,000 (the long, heavy cases). */
function contactCount(r: ReturnType<typeof prng>) {
  const x = r.next();
  if (x < 0.002) return r.int(1000, 1500);
  if (x < 0.15) return r.int(0, 19);
  return r.int(20, 95);
}

async function insertBatches<T extends Record<string, unknown>>(db: Db, table: string, rows: T[], batch = 1000) {
  for (let i = 0; i < rows.length; i += batch) {
    await (db as any).insertInto(table).values(rows.slice(i, i + batch)).execute();
  }
}

export async function generate(db: Db, opts: { scale: Scale; seed: number; now: Date; passwordHash: string; onProgress?: (msg: string) => void; sink?: Sink }): Promise<GeneratedTenant[]> {
  const r = prng(opts.seed);
  const put: Sink = opts.sink ?? ((table, rows) => insertBatches(db, table, [...rows], 2000));
  const out: GeneratedTenant[] = [];
  const phasesOf = PHASE_PRESETS.ija;
  for (let t = 0; t < opts.scale.tenants; t++) {
    const started = performance.now();
    const tenantId = uuidFrom(opts.seed, 'tenant', t);
    await db.insertInto('tenant').values({ id: tenantId, name: `Gemeente Bench ${t + 1}`, method: 'ija', age_min: AGE_WINDOW.ija.min, age_max: AGE_WINDOW.ija.max }).execute();
    await db.insertInto('phase_model').values({ tenant_id: tenantId, preset: 'ija' }).execute();
    const phases = phasesOf.map((p, i) => ({ tenant_id: tenantId, id: uuidFrom(tenantId, 'phase', p.key), key: p.key, name: p.name, position: i + 1, planned_weeks: p.plannedWeeks, sub_steps: p.subSteps }));
    await db.insertInto('phase').values(phases).execute();
    await db.insertInto('option_list_item').values(defaultOptionListRows(tenantId)).execute();
    const orgs = Array.from({ length: opts.scale.organisationsPerTenant }, (_, i) => ({ tenant_id: tenantId, id: uuidFrom(tenantId, 'org', i), name: `Aanbieder ${i + 1}` }));
    await db.insertInto('life_domain').values(LIFE_DOMAIN_PRESETS.ija.map((d, i) => ({
      tenant_id: tenantId, key: d.key, label: d.label, position: i + 1, levels: JSON.stringify(d.levels),
    }))).execute();
    await db.insertInto('organisation').values(orgs).execute();
    const teams = Array.from({ length: opts.scale.teamsPerTenant }, (_, i) => ({ tenant_id: tenantId, id: uuidFrom(tenantId, 'team', i), name: `Wijkteam ${WIJKEN[i % WIJKEN.length]} ${i + 1}`, neighbourhood: WIJKEN[i % WIJKEN.length]! }));
    await db.insertInto('team').values(teams).execute();
    const users: Record<string, unknown>[] = [];
    const memberships: Record<string, unknown>[] = [];
    const coaches = Array.from({ length: opts.scale.coachesPerTenant }, (_, i) => {
      const id = uuidFrom(tenantId, 'coach', i);
      const teamId = teams[i % teams.length]!.id;
      users.push({ tenant_id: tenantId, id, organisation_id: orgs[i % orgs.length]!.id, email: `coach${i}.t${t}@bench.spil`, display_name: `${r.pick(FIRST)} ${r.pick(LAST)}`, password_hash: opts.passwordHash, roles: ['coach'] });
      memberships.push({ tenant_id: tenantId, user_id: id, team_id: teamId });
      return { id, email: `coach${i}.t${t}@bench.spil`, teamId };
    });
    const leads = teams.slice(0, Math.min(teams.length, 10)).map((team, i) => {
      const id = uuidFrom(tenantId, 'lead', i);
      users.push({ tenant_id: tenantId, id, organisation_id: orgs[0]!.id, email: `lead${i}.t${t}@bench.spil`, display_name: `Teamleider ${i + 1}`, password_hash: opts.passwordHash, roles: ['teamleider'] });
      memberships.push({ tenant_id: tenantId, user_id: id, team_id: team.id });
      return { id, email: `lead${i}.t${t}@bench.spil`, teamId: team.id };
    });
    const policy = { id: uuidFrom(tenantId, 'policy'), email: `beleid.t${t}@bench.spil` };
    users.push({ tenant_id: tenantId, id: policy.id, organisation_id: orgs[0]!.id, email: policy.email, display_name: 'Beleidsmedewerker', password_hash: opts.passwordHash, roles: ['beleidsmedewerker'] });
    await insertBatches(db, 'app_user', users);
    // A few employers with a workplace each, for placements.
    const workplaces = Array.from({ length: Math.max(5, Math.round(opts.scale.youthPerTenant / 100)) }, (_, i) => uuidFrom(tenantId, 'workplace', i));
    await insertBatches(db, 'employer', workplaces.map((_, i) => ({ tenant_id: tenantId, id: uuidFrom(tenantId, 'employer', i), name: `Werkgever ${i + 1}`, town: 'Rotterdam',
      neighbourhood: null, sector: 'horeca', size: 'klein', created_by: coaches[0]!.id, created_at: opts.now, updated_at: opts.now })));
    await insertBatches(db, 'workplace', workplaces.map((id, i) => ({ tenant_id: tenantId, id, employer_id: uuidFrom(tenantId, 'employer', i), name: 'Werkplek',
      created_by: coaches[0]!.id, created_at: opts.now, updated_at: opts.now })));
    await insertBatches(db, 'user_team', memberships);

    const youth: Record<string, unknown>[] = [];
    const youthCoach: Record<string, unknown>[] = [];
    const trajectories: Record<string, unknown>[] = [];
    const events: Record<string, unknown>[] = [];
    const contacts: Record<string, unknown>[] = [];
    const attempts: Record<string, unknown>[] = [];
    const assessments: Record<string, unknown>[] = [];
    const scores: Record<string, unknown>[] = [];
    const people: Record<string, unknown>[] = [];
    const plans: Record<string, unknown>[] = [];
    const meetings: Record<string, unknown>[] = [];
    const actions: Record<string, unknown>[] = [];
    const placements: Record<string, unknown>[] = [];
    const measurements: Record<string, unknown>[] = [];
    const answers: Record<string, unknown>[] = [];
    const aftercare: Record<string, unknown>[] = [];
    const revisions: Record<string, unknown>[] = [];
    // Looks at a file, as [time, youth index, coach index]: compact, sorted before the chain is made.
    const log: [number, number, number][] = [];
    const youthIds: string[] = [];
    const coachIndex = new Map(coaches.map((c, i) => [c.id, i]));
    const names: string[] = [];
    for (let y = 0; y < opts.scale.youthPerTenant; y++) {
      const id = uuidFrom(tenantId, 'youth', y);
      youthIds.push(id);
      // A coach's caseload: the coach by index, so each coach has an even share (active ones ~18).
      const coach = coaches[y % coaches.length]!;
      const registeredDaysAgo = r.int(5, 5 * 365);
      const registered = new Date(opts.now.getTime() - registeredDaysAgo * DAY);
      const first = r.pick(FIRST);
      names.push(first);
      youth.push({
        tenant_id: tenantId, id, team_id: coach.teamId, first_name: first, last_name: r.pick(LAST), nickname: r.next() < 0.3 ? r.pick(NICK) : null,
        birth_date: `${r.int(1999, 2012)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`,
        neighbourhood: r.pick(WIJKEN), city: 'Rotterdam', signal_source: r.pick(DEFAULT_OPTION_LISTS.signal_source!)[0], target_indicators: ['no_school_or_work'],
        created_by: coach.id, created_at: registered, updated_at: registered,
      });
      youthCoach.push({ tenant_id: tenantId, youth_id: id, user_id: coach.id, since: registered });
      // Youth registered in the last year are mostly active; older ones mostly closed.
      const active = registeredDaysAgo < 240 ? r.next() < 0.9 : r.next() < 0.05;
      const phaseIndex = active ? Math.min(phases.length - 1, Math.floor(registeredDaysAgo / 60)) : phases.length - 1;
      const trajectoryId = uuidFrom(id, 'trajectory');
      const entered = new Date(registered.getTime() + Math.min(registeredDaysAgo - 1, phaseIndex * 50) * DAY);
      const closedAt = active ? null : new Date(Math.min(entered.getTime() + 20 * DAY, opts.now.getTime() - DAY));
      const closingReason = active ? null : closingReasonOf(r);
      trajectories.push({
        tenant_id: tenantId, id: trajectoryId, youth_id: id, status: active ? 'active' : 'closed', current_phase_id: phases[phaseIndex]!.id,
        phase_entered_at: entered, started_at: registered, closed_at: closedAt, closing_reason: closingReason, reopened_from: null,
      });
      for (let p = 0; p <= phaseIndex; p++) {
        events.push({
          tenant_id: tenantId, id: uuidFrom(trajectoryId, 'event', p), trajectory_id: trajectoryId, youth_id: id, kind: p === 0 ? 'start' : 'forward',
          from_phase_id: p === 0 ? null : phases[p - 1]!.id, to_phase_id: phases[p]!.id, reason: p === 0 ? null : 'Doelen bereikt', closing_reason: null,
          actor_id: coach.id, at: p === 0 ? registered : new Date(registered.getTime() + Math.min(registeredDaysAgo - 1, p * 50) * DAY),
        });
      }
      // Afronding: the close event; a placement for many who got past the second phase; at closing
      // a result measurement, six months on another for some, and aftercare contacts every six weeks.
      const working = closingReason === 'regulier_werk';
      if (phaseIndex >= 2 && (working || r.next() < 0.5)) {
        const starts = new Date(registered.getTime() + Math.min(registeredDaysAgo - 1, 2 * 50 + 10) * DAY);
        placements.push({ tenant_id: tenantId, id: uuidFrom(id, 'placement'), youth_id: id, workplace_id: r.pick(workplaces), kind: working ? 'regular_job' : r.pick(['internship', 'work_experience', 'trial'] as const),
          starts_on: starts.toISOString().slice(0, 10), created_by: coach.id, created_at: starts, updated_at: starts });
      }
      if (closedAt) {
        events.push({ tenant_id: tenantId, id: uuidFrom(trajectoryId, 'event', 'close'), trajectory_id: trajectoryId, youth_id: id, kind: 'close', from_phase_id: phases[phaseIndex]!.id,
          to_phase_id: null, reason: 'Afgerond', closing_reason: closingReason, actor_id: coach.id, at: closedAt });
        const measure = (moment: 'closing' | 'after_6_months', on: Date) => {
          const mid = uuidFrom(trajectoryId, 'result', moment);
          measurements.push({ tenant_id: tenantId, id: mid, youth_id: id, trajectory_id: trajectoryId, moment, measured_on: on.toISOString().slice(0, 10), note: null,
            author_id: coach.id, created_at: on, updated_at: on });
          for (const area of RESULT_AREAS) {
            const answer = area.key === 'work' ? (working && (moment === 'closing' || r.next() < 0.8) ? 'ja' : 'nee') : r.pick(area.answers);
            answers.push({ tenant_id: tenantId, measurement_id: mid, area: area.key, answer, explanation: null });
          }
        };
        measure('closing', closedAt);
        const sixMonths = new Date(closedAt.getTime() + 183 * DAY);
        if (sixMonths < opts.now && r.next() < 0.6) measure('after_6_months', sixMonths);
        for (let k = 1; k <= 4; k++) {
          const on = new Date(closedAt.getTime() + k * 42 * DAY + (k === 4 ? 20 * DAY : 0));
          if (on > opts.now) break;
          aftercare.push({ tenant_id: tenantId, id: uuidFrom(trajectoryId, 'aftercare', k), youth_id: id, trajectory_id: trajectoryId, held_on: on.toISOString().slice(0, 10),
            note: null, still_working: working ? r.next() < 0.85 : null, still_housed: r.next() < 0.9, author_id: coach.id, created_at: on });
        }
      }
      const n = contactCount(r);
      const span = Math.max(1, active ? registeredDaysAgo : Math.min(registeredDaysAgo, 300));
      for (let c = 0; c < n; c++) {
        const at = new Date(registered.getTime() + ((c + 1) / (n + 1)) * span * DAY);
        contacts.push({
          tenant_id: tenantId, id: uuidFrom(id, 'contact', c), youth_id: id, happened_at: at, mode: r.pick(DEFAULT_OPTION_LISTS.contact_mode!)[0],
          with_whom: ['jongere'], duration_minutes: r.int(10, 90), note: r.pick(NOTES), principles: ['aandacht_geven'],
          scaling_score: c % 4 === 0 ? r.int(2, 9) : null, scaling_topic: c % 4 === 0 ? 'Hoe gaat het' : null, author_id: coach.id, created_at: at,
        });
        // One contactmoment in twenty-five corrected within the hour (the history and the timeline
        // read these); by position, so the random draws of the rest stay as they were.
        if (c % 25 === 7) {
          revisions.push({ tenant_id: tenantId, entity: 'contact', entity_id: uuidFrom(id, 'contact', c), youth_id: id, actor_id: coach.id,
            at: new Date(at.getTime() + 40 * 60_000), changes: JSON.stringify({ duration_minutes: [45, 60] }) });
        }
        // Reads of the file around this contact (a whole part of one when under one per contact).
        const reads = Math.floor(opts.scale.logPerContact) + (r.next() < opts.scale.logPerContact % 1 ? 1 : 0);
        for (let k = 0; k < reads; k++) log.push([Math.min(opts.now.getTime() - 1000, at.getTime() + k * 3_600_000 + r.int(0, 3_600_000)), y, coachIndex.get(coach.id)!]);
      }
      // Life domains scored every three months, from the baseline on.
      const domainKeys = LIFE_DOMAIN_PRESETS.ija.map((d) => d.key);
      const rounds = Math.ceil(span / 90);
      for (let m = 0; m < rounds; m++) {
        const assessmentId = uuidFrom(id, 'assessment', m);
        const at = new Date(registered.getTime() + (m * 90 + 10) * DAY);
        // The last scoring of a closed trajectory is its closing assessment.
        const moment = m === 0 ? 'baseline' : closedAt && m === rounds - 1 ? 'closing' : 'interim';
        assessments.push({ tenant_id: tenantId, id: assessmentId, youth_id: id, assessed_on: at.toISOString().slice(0, 10), moment,
          note: null, author_id: coach.id, created_at: at });
        for (const domain_key of domainKeys) scores.push({ assessment_id: assessmentId, domain_key, score: Math.min(5, r.int(1, 3) + m), note: null });
      }
      for (let p = 0; p < r.int(1, 5); p++) {
        people.push({ tenant_id: tenantId, id: uuidFrom(id, 'person', p), youth_id: id, name: r.pick(FIRST), relation: 'familie', ring: r.int(1, 3),
          support_practical: r.next() < 0.5, support_emotional: r.next() < 0.5, influence: r.next() < 0.2 ? 'vap' : 'vip', is_jim: p === 0 && r.next() < 0.3,
          note: null, created_by: coach.id, created_at: registered });
      }
      // A plan from the fifth week on: signed versions, the newest sometimes a draft; its tasks
      // and a wrap-around meeting's actions tracked, the older ones mostly done.
      if (registeredDaysAgo > 30) {
        const versions = r.int(1, 3);
        for (let v = 1; v <= versions; v++) {
          const at = new Date(registered.getTime() + (20 + (v - 1) * 60) * DAY);
          if (at > opts.now) break;
          const signed = v < versions || r.next() < 0.6 ? new Date(at.getTime() + r.int(1, 14) * DAY) : null;
          plans.push({ tenant_id: tenantId, id: uuidFrom(id, 'plan', v), youth_id: id, version: v, revision: 1, author_id: coach.id, created_at: at, updated_at: at,
            frozen_at: signed, signed_at: signed, body: JSON.stringify({ parts: [{ key: 'housing', title: null, priority: 1, basicInfo: r.pick(NOTES), tools: [], strategy: 'Zelf zoeken', strategyNote: '', goals: [], tasks: [] }] }) });
        }
        const meetingId = uuidFrom(id, 'meeting');
        const meetingAt = new Date(registered.getTime() + 35 * DAY);
        meetings.push({ tenant_id: tenantId, id: meetingId, youth_id: id, starts_at: meetingAt, place: 'Wijkteam', chair_id: coach.id, created_by: coach.id, created_at: meetingAt, updated_at: meetingAt });
        for (let a = 0; a < r.int(3, 10); a++) {
          const due = new Date(meetingAt.getTime() + r.int(7, 120) * DAY);
          const done = due < opts.now && r.next() < 0.8;
          actions.push({ tenant_id: tenantId, id: uuidFrom(id, 'action', a), youth_id: id, source_kind: 'meeting', meeting_id: meetingId, owner_kind: 'youth', owner_name: first,
            description: r.pick(NOTES), due_on: due.toISOString().slice(0, 10), status: done ? 'done' : 'open', done_at: done ? due : null, done_by: done ? coach.id : null,
            created_by: coach.id, created_at: meetingAt, updated_at: meetingAt });
        }
      }
      for (let a = 0; a < r.int(1, 6); a++) {
        const at = new Date(registered.getTime() + a * 2 * DAY);
        attempts.push({ tenant_id: tenantId, id: uuidFrom(id, 'attempt', a), youth_id: id, at, channel: 'whatsapp', outcome: a === 0 ? 'geen_reactie' : 'gesproken', note: null, author_id: coach.id, created_at: at });
      }
    }
    // Street groups (IJA's groepsaanpak): one for every two coaches, of the coach's team, with 5–12
    // of the team's youth of the last two years (some coached by a colleague), a member in six
    // since left; the active ones with nuisance and truancy reports of the last four months. And
    // a risk flag for one youth in twenty-five, half of them resolved. Drawn after the youth, so
    // the youth and their files stay as the seed made them before.
    const groups: Record<string, unknown>[] = [];
    const members: Record<string, unknown>[] = [];
    const reports: Record<string, unknown>[] = [];
    const flags: Record<string, unknown>[] = [];
    const recentOfTeam = new Map<string, number[]>();
    youth.forEach((row, y) => {
      if (opts.now.getTime() - (row.created_at as Date).getTime() > 2 * 365 * DAY) return;
      const team = row.team_id as string;
      if (!recentOfTeam.has(team)) recentOfTeam.set(team, []);
      recentOfTeam.get(team)!.push(y);
    });
    for (let g = 0; g < Math.floor(coaches.length / 2); g++) {
      const coach = coaches[g * 2]!;
      const candidates = [...(recentOfTeam.get(coach.teamId) ?? [])];
      if (candidates.length < 5) continue;
      const groupId = uuidFrom(tenantId, 'group', g);
      const createdAt = new Date(opts.now.getTime() - r.int(60, 700) * DAY);
      const active = r.next() < 0.9;
      const wijk = r.pick(WIJKEN);
      groups.push({ tenant_id: tenantId, id: groupId, team_id: coach.teamId, name: `Groep ${wijk} ${g + 1}`, neighbourhood: wijk, coach_id: coach.id,
        note: '', active, created_by: coach.id, created_at: createdAt, version: 1 });
      for (let m = 0, size = Math.min(candidates.length, r.int(5, 12)); m < size; m++) {
        const y = candidates.splice(r.int(0, candidates.length - 1), 1)[0]!;
        const since = new Date(Math.max(createdAt.getTime(), (youth[y]!.created_at as Date).getTime()) + r.int(1, 20) * DAY);
        if (since > opts.now) continue;
        const left = r.next() < 1 / 6 ? new Date(Math.min(opts.now.getTime() - DAY, since.getTime() + r.int(30, 200) * DAY)) : null;
        members.push({ tenant_id: tenantId, id: uuidFrom(groupId, 'member', m), group_id: groupId, youth_id: youthIds[y]!, since,
          until: left && left > since ? left : null, added_by: coach.id });
      }
      for (let k = 0, n = active ? r.int(0, 6) : 0; k < n; k++) {
        const at = new Date(opts.now.getTime() - r.int(1, 120) * DAY - r.int(0, 86_399) * 1000);
        if (at < createdAt) continue;
        const kind = r.pick(['nuisance', 'nuisance', 'truancy', 'other'] as const);
        reports.push({ tenant_id: tenantId, id: uuidFrom(groupId, 'report', k), group_id: groupId, reported_at: at, kind,
          reporter_name: kind === 'truancy' ? 'Leerplichtambtenaar' : 'Wijkagent', reporter_organisation: kind === 'truancy' ? 'Gemeente' : 'Politie',
          what: kind === 'truancy' ? 'Niet op school gezien deze week.' : 'Overlast bij het winkelcentrum.', created_by: coach.id, created_at: at });
      }
    }
    youth.forEach((row, y) => {
      if (r.next() >= 0.04) return;
      const coach = coaches[y % coaches.length]!;
      const raised = new Date(Math.min(opts.now.getTime() - DAY, (row.created_at as Date).getTime() + r.int(5, 200) * DAY));
      const resolved = r.next() < 0.5 ? new Date(Math.min(opts.now.getTime() - 1000, raised.getTime() + r.int(3, 60) * DAY)) : null;
      flags.push({ tenant_id: tenantId, id: uuidFrom(youthIds[y]!, 'risk_flag'), youth_id: youthIds[y]!, kind: r.pick(DEFAULT_OPTION_LISTS.risk_indicator!)[0],
        note: r.pick(NOTES), raised_by: coach.id, raised_at: raised, resolved_at: resolved, resolved_by: resolved ? coach.id : null,
        resolution_note: resolved ? 'Besproken, gaat weer goed.' : null, version: 1 });
    });
    const generated = performance.now();
    for (const [table, rows] of [['youth', youth], ['youth_coach', youthCoach], ['trajectory', trajectories], ['trajectory_event', events],
      ['contact', contacts], ['contact_attempt', attempts], ['assessment', assessments], ['assessment_score', scores], ['network_person', people],
      ['plan_version', plans], ['wraparound_meeting', meetings], ['agreed_action', actions], ['placement', placements],
      ['result_measurement', measurements], ['result_answer', answers], ['aftercare_contact', aftercare], ['revision', revisions],
      ['youth_group', groups], ['youth_group_member', members], ['group_report', reports], ['risk_flag', flags]] as const) await put(table, rows);
    // The access log as a valid chain, in time order, so audit:verify holds on generated data too;
    // made row by row as it is written (a national tenant has over a million).
    log.sort((a, b) => a[0] - b[0]);
    const orgOf = new Map(users.map((u) => [u.id as string, u.organisation_id as string]));
    await put('access_log', (function* () {
      let prev = '0'.repeat(64);
      for (let i = 0; i < log.length; i++) {
        const [at, y, c] = log[i]!;
        const coach = coaches[c]!;
        const row = { tenant_id: tenantId, seq: i + 1, at: new Date(at), user_id: coach.id, role: 'coach', organisation_id: orgOf.get(coach.id)!, action: 'read',
          youth_id: youthIds[y]!, record_type: 'youth', record_id: youthIds[y]!, address: '127.0.0.1', result: 'allowed' as const, prev_hash: prev, hash: '' };
        // Filled in place, not copied: 46 million rows at national size, and the garbage collector was a fifth of the load.
        row.hash = entryHash(prev, row);
        yield row;
        prev = row.hash;
      }
    })());
    // Where a tenant's time goes: making its rows here, or writing them (the load's budget is the sum).
    const seconds = (ms: number) => (ms / 1000).toFixed(1);
    opts.onProgress?.(`tenant ${t + 1}: ${youth.length} jongeren, ${contacts.length} contactmomenten, ${log.length} toegangslogregels`
      + ` (gemaakt in ${seconds(generated - started)} s, geschreven in ${seconds(performance.now() - generated)} s)`);
    out.push({ id: tenantId, coaches, leads, policy, names });
  }
  return out;
}

/**
 * The first tenant of an earlier run with the same seed, read back from its database (`--reuse`):
 * the same ids and logins `generate` gave it, so a run can measure again without loading again.
 */
export async function generatedTenantIn(db: Db, seed: number): Promise<GeneratedTenant | null> {
  const tenantId = uuidFrom(seed, 'tenant', 0);
  const users = await db.selectFrom('app_user as u').innerJoin('user_team as ut', 'ut.user_id', 'u.id')
    .select(['u.id', 'u.email', 'u.roles', 'ut.team_id']).where('u.tenant_id', '=', tenantId).execute();
  const policy = await db.selectFrom('app_user').select(['id', 'email']).where('tenant_id', '=', tenantId)
    .where('id', '=', uuidFrom(tenantId, 'policy')).executeTakeFirst();
  if (!policy || !users.length) return null;
  // In the order generate made them (coach0, coach1, …), so the same coaches are measured.
  const numbered = (role: string, prefix: string) => users.filter((u) => u.roles.includes(role))
    .map((u) => ({ id: u.id, email: u.email, teamId: u.team_id, n: Number(u.email.slice(prefix.length).split('.')[0]) }))
    .sort((a, b) => a.n - b.n).map(({ n: _n, ...u }) => u);
  const names = (await db.selectFrom('youth').select('first_name').where('tenant_id', '=', tenantId).where('first_name', 'is not', null)
    .orderBy('id').limit(2000).execute()).map((y) => y.first_name!);
  return { id: tenantId, coaches: numbered('coach', 'coach'), leads: numbered('teamleider', 'lead'), policy, names };
}
