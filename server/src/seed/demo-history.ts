import { randomUUID } from 'node:crypto';
import { addDays, format, parseISO } from 'date-fns';
import type { ResultMomentKey } from '../core/closing/result-areas.js';
import { amsterdamDate } from '../core/youth/youth-rules.js';
import type { Db } from '../platform/db/index.js';
import type { Insertable } from 'kysely';
import type { Database } from '../platform/db/schema.js';
import { makeOrganisation, makeTeam, makeUser } from './factories.js';
import { prng, type Prng } from './seeded-random.js';
import { demoResultAnswers } from './demo-results.js';

/**
 * Two years of the municipality's work, for the dashboards (issue 11): about 150 youth in
 * four wijkteams of three providers, most of them closed — some unreachable in the first
 * phase, most through all four phases, placed, in regular work or education, with their
 * closing conversation, result measurement, baseline and closing life-domain scores, warm
 * handovers and aftercare — and some still running. Deterministic (one seed), and small
 * enough that many dashboard cells stay under five.
 *
 * Feijenoord's history belongs to a colleague of Sanne's and is all closed, so the demo
 * coach's own caseload and worklist stay the handbook cases.
 */
const DAY = 86_400_000;
const SEED = 20261203;

const FIRST = ['Daan', 'Sem', 'Noah', 'Liam', 'Lucas', 'Jayden', 'Yassin', 'Adam', 'Ryan', 'Levi', 'Finn', 'Emma', 'Julia', 'Sara', 'Noor',
  'Fenna', 'Lina', 'Aya', 'Dewi', 'Shanice', 'Priya', 'Anouk', 'Fatima', 'Zeynep', 'Bilal', 'Romano', 'Quincy', 'Gianni', 'Soufiane',
  'Mila', 'Yara', 'Ayoub', 'Stefano', 'Naomi', 'Rayan', 'Kenji', 'Demi', 'Ilse', 'Tarik', 'Chanel'];
const LAST = ['de Jong', 'Jansen', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'Meijer', 'Yilmaz', 'Pinas', 'Kaya', 'Öztürk', 'Haddou',
  'Bouzid', 'Rosaria', 'Wong', 'Nguyen', 'Biharie', 'Kok', 'Mulder', 'de Graaf', 'Ramdin', 'Dekker', 'Koç', 'Sedney', 'Vermeulen'];

const SOURCES = { jongerenwerker: 3, wijkagent: 2, school: 2, leerplicht_rmc: 3, veiligheidshuis: 1, familie: 1, zelf: 2, straat: 1, anders: 0.5 };
const HANDOVER_TO = [
  { org: 'Kredietbank Rotterdam', what: 'Schuldregeling afmaken en budgetbeheer' },
  { org: 'Jongerenloket Rotterdam', what: 'Uitkering stopzetten en studiefinanciering aanvragen' },
  { org: 'GGZ Delfland', what: 'Behandeling bij somberheid voortzetten' },
  { org: 'Wijkteam volwassenen Charlois', what: 'Ondersteuning van moeder in het gezin' },
];

type Row<T extends keyof Database> = Insertable<Database[T]>;

export async function seedDemoHistory(db: Db, o: {
  tenantId: string; now: Date; password: string;
  brugId: string; rijnmondId: string; feijenoordId: string; delfshavenId: string; workplaceIds: string[];
}) {
  const r = prng(SEED);
  const later = prng(SEED + 12);
  const { tenantId, now } = o;
  const perspectief = await makeOrganisation(db, tenantId, 'Stichting Perspectief');
  const charlois = await makeTeam(db, tenantId, 'Wijkteam Charlois', 'Charlois');
  const ijsselmonde = await makeTeam(db, tenantId, 'Wijkteam IJsselmonde', 'IJsselmonde');
  const coach = (name: string, email: string, organisationId: string, teamId: string) =>
    makeUser(db, { tenantId, organisationId, teamIds: [teamId], roles: ['coach'], email, name, password: o.password });
  const teams = [
    { id: o.feijenoordId, weight: 2, allClosed: true, wijken: ['Feijenoord', 'Afrikaanderwijk', 'Hillesluis', 'Bloemhof', 'Vreewijk'],
      coaches: [await coach('Lotte Visser', 'lotte.visser@spil.demo', o.brugId, o.feijenoordId)] },
    { id: o.delfshavenId, weight: 2, allClosed: false, wijken: ['Bospolder-Tussendijken', 'Spangen', 'Oude Westen', 'Middelland'],
      coaches: [await coach('Jorien Pinas', 'jorien.pinas@spil.demo', o.rijnmondId, o.delfshavenId)] },
    { id: charlois.id, weight: 3.5, allClosed: false, wijken: ['Charlois', 'Carnisse', 'Tarwewijk', 'Pendrecht', 'Zuidwijk'],
      coaches: [await coach('Youssef Haddou', 'youssef.haddou@spil.demo', o.brugId, charlois.id), await coach('Esther Koster', 'esther.koster@spil.demo', perspectief.id, charlois.id)] },
    { id: ijsselmonde.id, weight: 2.5, allClosed: false, wijken: ['IJsselmonde', 'Lombardijen', 'Beverwaard'],
      coaches: [await coach('Ruben de Graaf', 'ruben.degraaf@spil.demo', perspectief.id, ijsselmonde.id), await coach('Naima Tahiri', 'naima.tahiri@spil.demo', o.rijnmondId, ijsselmonde.id)] },
  ];
  const phases = await db.selectFrom('phase').select(['id', 'key', 'position']).where('tenant_id', '=', tenantId).orderBy('position').execute();
  const domains = await db.selectFrom('life_domain').select('key').where('tenant_id', '=', tenantId).where('active', '=', true).execute();

  const rows = {
    youth: [] as Row<'youth'>[], youth_coach: [] as Row<'youth_coach'>[], revision: [] as Row<'revision'>[],
    trajectory: [] as Row<'trajectory'>[], trajectory_event: [] as Row<'trajectory_event'>[], scout_check: [] as Row<'scout_check'>[],
    contact: [] as Row<'contact'>[], placement: [] as Row<'placement'>[], plan_version: [] as Row<'plan_version'>[],
    assessment: [] as Row<'assessment'>[], assessment_score: [] as Row<'assessment_score'>[],
    closing_conversation: [] as Row<'closing_conversation'>[], warm_handover: [] as Row<'warm_handover'>[],
    aftercare_plan: [] as Row<'aftercare_plan'>[], aftercare_contact: [] as Row<'aftercare_contact'>[],
    result_measurement: [] as Row<'result_measurement'>[], result_answer: [] as Row<'result_answer'>[],
  };
  const day = (d: Date) => amsterdamDate(d);
  const plusDays = (d: Date, n: number) => new Date(d.getTime() + n * DAY);

  for (let i = 0; i < 150; i++) {
    const team = pickTeam(r, teams);
    const coachId = r.pick(team.coaches).id;
    const youthId = randomUUID();
    const trajectoryId = randomUUID();
    // Feijenoord's history is old enough to be closed; elsewhere youth keep coming in.
    const registered = plusDays(now, -(team.allClosed ? r.int(400, 730) : r.int(20, 730)));
    const firstName = r.pick(FIRST);
    const age = r.int(16, 26);
    rows.youth.push({
      tenant_id: tenantId, id: youthId, team_id: team.id, created_by: coachId, created_at: registered, updated_at: registered,
      first_name: firstName, last_name: r.pick(LAST), nickname: null,
      birth_date: format(addDays(parseISO(day(now)), -(age * 365 + r.int(0, 360))), 'yyyy-MM-dd'),
      gender: r.weighted({ man: 6, vrouw: 3, anders: 0.3, onbekend: 0.4 }), address: null, postcode: null, city: 'Rotterdam',
      neighbourhood: r.pick(team.wijken), phone: null, email: null, school_background: null, signal_source: r.weighted(SOURCES),
      reporter_name: null, reporter_organisation: null, vindplaats: null, reason: 'Geen school of werk; meerdere leefgebieden onder druk.',
      target_indicators: ['no_school_or_work'],
    });
    rows.youth_coach.push({ tenant_id: tenantId, youth_id: youthId, user_id: coachId, since: registered });
    rows.revision.push({ tenant_id: tenantId, entity: 'youth', entity_id: youthId, youth_id: youthId, actor_id: coachId, at: registered, changes: JSON.stringify({ team_id: [null, team.id] }) });

    // The path through the four phases; a step that would fall after today has not happened yet.
    const unreachable = r.next() < 0.12;
    const durations = [r.int(10, 45), r.int(35, 80), r.int(70, 160), r.int(10, 35)];
    const earlyExit = !unreachable && r.next() < 0.1 ? r.weighted({ detentie: 1, ggz: 2, verhuisd: 2, '27_jaar': 1 }) : null;
    const entered: Date[] = [registered];
    for (let p = 1; p < phases.length; p++) entered.push(plusDays(entered[p - 1]!, durations[p - 1]!));
    const plannedEnd = plusDays(entered[3]!, durations[3]!);
    let reached = 0;
    while (reached + 1 < phases.length && entered[reached + 1]! < now && !(unreachable && reached === 0) && !(earlyExit && reached === 2)) reached++;
    const closeAt = unreachable ? plusDays(registered, durations[0]! + r.int(0, 20))
      : earlyExit ? plusDays(entered[2]!, r.int(20, 60)) : plannedEnd;
    const closed = closeAt < plusDays(now, -1);
    if (!closed && team.allClosed) continue;   // (cannot happen with Feijenoord's dates; kept for safety)

    const events: Row<'trajectory_event'>[] = [{
      tenant_id: tenantId, id: randomUUID(), trajectory_id: trajectoryId, youth_id: youthId, kind: 'start', from_phase_id: null,
      to_phase_id: phases[0]!.id, reason: null, closing_reason: null, actor_id: coachId, at: registered,
    }];
    for (let p = 1; p <= reached; p++) {
      events.push({
        tenant_id: tenantId, id: randomUUID(), trajectory_id: trajectoryId, youth_id: youthId, kind: 'forward', from_phase_id: phases[p - 1]!.id,
        to_phase_id: phases[p]!.id, reason: 'Doelen van de fase bereikt', closing_reason: null, actor_id: coachId, at: entered[p]!,
      });
    }
    if (reached >= 1) {
      rows.scout_check.push(...(['found_and_spoken', 'meets_criteria', 'wants_to_work_on_future', 'expectations_aligned'] as const).map((condition) => ({
        tenant_id: tenantId, trajectory_id: trajectoryId, youth_id: youthId, condition, met: true, at: plusDays(entered[1]!, -1), by_id: coachId,
      })));
    }

    // Placed during execution: a trial or work-experience place, a BBL, or a regular job.
    const placement = reached >= 2 && !earlyExit && r.next() < 0.7
      ? { kind: r.weighted({ trial: 2, work_experience: 3, regular_job: 4, bbl: 1 }), startsOn: plusDays(entered[2]!, r.int(10, 40)) }
      : null;
    if (placement && placement.startsOn < now) {
      const endsAtClose = closed && placement.kind !== 'regular_job' && placement.kind !== 'bbl';
      rows.placement.push({
        tenant_id: tenantId, id: randomUUID(), youth_id: youthId, workplace_id: r.pick(o.workplaceIds), kind: placement.kind,
        starts_on: day(placement.startsOn), planned_end_on: null, ended_on: endsAtClose ? day(closeAt) : null, end_reason: endsAtClose ? 'completed' : null,
        hours_per_week: r.pick([16, 24, 32, 36]), agreements: '[]', created_by: coachId, created_at: placement.startsOn, updated_at: placement.startsOn,
      });
    }
    const closingReason = unreachable ? 'geweigerd_onbereikbaar' : earlyExit ?? (
      placement?.kind === 'regular_job' ? 'regulier_werk' : placement?.kind === 'bbl' ? 'opleiding'
        : r.weighted({ opleiding: 3, regulier_werk: 2, anders: 1, verhuisd: 1 }));
    const inWork = closingReason === 'regulier_werk';

    // The plan, signed within the six-week norm for most (the demo's norm figures).
    if (reached >= 1) {
      const signedAt = plusDays(entered[1]!, r.int(3, 40));
      if (signedAt < now) {
        rows.plan_version.push({
          tenant_id: tenantId, id: randomUUID(), youth_id: youthId, version: 1, body: JSON.stringify({ parts: [] }), author_id: coachId,
          created_at: entered[1]!, updated_at: signedAt, frozen_at: signedAt, signed_at: signedAt,
        });
      }
      const baselineAt = plusDays(entered[1]!, 7);
      if (baselineAt < now) {
        const baseline = Object.fromEntries(domains.map((d) => [d.key, r.int(1, 3)]));
        pushAssessment(rows, { tenantId, youthId, authorId: coachId, at: baselineAt, moment: 'baseline', scores: baseline });
        if (closed && !unreachable) {
          const closing = Object.fromEntries(domains.map((d) => [d.key, Math.min(5, Math.max(1, baseline[d.key]! + Number(r.weighted({ '-1': 1, 0: 3, 1: 4, 2: 2 }))))]));
          pushAssessment(rows, { tenantId, youthId, authorId: coachId, at: closeAt, moment: 'closing', scores: closing });
        }
      }
    }

    rows.contact.push(...[registered, entered[Math.min(reached, 2)]!, closed ? closeAt : plusDays(now, -r.int(2, 12))]
      .filter((at) => at < now)
      .map((at, n) => ({
        tenant_id: tenantId, id: randomUUID(), youth_id: youthId, happened_at: at, mode: n === 0 ? 'straat' : 'face_to_face', with_whom: ['jongere'],
        duration_minutes: 45, note: ['Eerste contact op de vindplaats.', 'Voortgang besproken.', closed ? 'Eindgesprek.' : 'Bijgepraat.'][n]!,
        principles: ['aandacht_geven'], five_g: null, scaling_score: null, scaling_topic: null, appointment_id: null, author_id: coachId, created_at: at,
      })));

    if (!closed) {
      rows.trajectory.push({
        tenant_id: tenantId, id: trajectoryId, youth_id: youthId, status: 'active', current_phase_id: phases[reached]!.id,
        phase_entered_at: entered[reached]!, started_at: registered, closed_at: null, closing_reason: null, reopened_from: null,
      });
      rows.trajectory_event.push(...events);
      continue;
    }
    events.push({
      tenant_id: tenantId, id: randomUUID(), trajectory_id: trajectoryId, youth_id: youthId, kind: 'close', from_phase_id: phases[reached]!.id,
      to_phase_id: null, reason: unreachable ? 'Na herhaalde pogingen niet bereikbaar.' : 'Eindgesprek gevoerd.', closing_reason: closingReason, actor_id: coachId, at: closeAt,
    });
    rows.trajectory.push({
      tenant_id: tenantId, id: trajectoryId, youth_id: youthId, status: 'closed', current_phase_id: phases[reached]!.id,
      phase_entered_at: entered[reached]!, started_at: registered, closed_at: closeAt, closing_reason: closingReason, reopened_from: null,
    });
    rows.trajectory_event.push(...events);
    if (unreachable) continue;

    rows.closing_conversation.push({
      tenant_id: tenantId, trajectory_id: trajectoryId, youth_id: youthId, held_on: day(closeAt),
      summary: inWork ? 'Werkt, wil verder op eigen kracht.' : 'Teruggekeken op het traject en afspraken gemaakt voor daarna.',
      takes_along: 'Zijn netwerkkaart en de nummers van wie hij kan bellen.', author_id: coachId, created_at: closeAt, updated_at: closeAt,
    });
    pushMeasurement(rows, r, { tenantId, youthId, trajectoryId, authorId: coachId, at: closeAt, moment: 'closing', inWork });
    if (r.next() < 0.35) {
      const to = r.pick(HANDOVER_TO);
      const conversationOn = plusDays(closeAt, -3);
      const checkDue = plusDays(conversationOn, 14);
      const checked = checkDue < now;
      const landed = r.next() < 0.85;
      rows.warm_handover.push({
        tenant_id: tenantId, id: randomUUID(), youth_id: youthId, trajectory_id: trajectoryId, to_organisation: to.org, to_person: null, what: to.what,
        conversation_on: day(conversationOn), conversation_note: 'Samen met de jongere kennisgemaakt.', check_due_on: day(checkDue),
        checked_on: checked ? day(checkDue) : null, landed: checked ? landed : null, check_note: checked ? (landed ? 'Loopt.' : 'Nog geen afspraak gemaakt; opnieuw gebeld.') : null,
        created_by: coachId, created_at: conversationOn, updated_at: checked ? checkDue : conversationOn,
      });
    }
    // Aftercare every six weeks for six months; the check at six months feeds the funnel.
    const aftercareEnd = plusDays(closeAt, 182);
    rows.aftercare_plan.push({
      tenant_id: tenantId, trajectory_id: trajectoryId, youth_id: youthId, content: 'Om de zes weken bellen of langsgaan; bereikbaar blijven.',
      frequency_weeks: 6, starts_on: day(closeAt), ends_on: day(aftercareEnd), created_by: coachId, created_at: closeAt, updated_at: closeAt,
    });
    let stillWorking = inWork;
    for (const weeks of [6, 12, 18, 26]) {
      const at = plusDays(closeAt, weeks * 7);
      if (at >= now) break;
      if (stillWorking && r.next() < 0.06) stillWorking = false;
      rows.aftercare_contact.push({
        tenant_id: tenantId, id: randomUUID(), youth_id: youthId, trajectory_id: trajectoryId, held_on: day(at),
        note: stillWorking ? 'Gaat goed op het werk.' : 'Even bijgepraat.', still_working: inWork ? stillWorking : null, still_housed: r.next() < 0.93,
        author_id: coachId, created_at: at,
      });
    }
    if (aftercareEnd < now) {
      pushMeasurement(rows, r, { tenantId, youthId, trajectoryId, authorId: coachId, at: aftercareEnd, moment: 'after_6_months', inWork: stillWorking });
    }
    // A year on, the last measurement (by phone). Its own random stream, so the rest of the
    // history stays as it was.
    const yearOn = plusDays(closeAt, 365);
    if (yearOn < now) {
      const working = stillWorking && later.next() < 0.9;
      pushMeasurement(rows, later, { tenantId, youthId, trajectoryId, authorId: coachId, at: yearOn, moment: 'after_12_months', inWork: working });
    }
  }

  for (const [table, list] of Object.entries(rows)) {
    for (let i = 0; i < list.length; i += 500) await (db as any).insertInto(table).values(list.slice(i, i + 500)).execute();
  }
  return { charloisId: charlois.id, ijsselmondeId: ijsselmonde.id, perspectiefId: perspectief.id };
}

function pickTeam<T extends { weight: number }>(r: Prng, teams: T[]): T {
  return teams[Number(r.weighted(Object.fromEntries(teams.map((t, i) => [String(i), t.weight]))))]!;
}

function pushAssessment(rows: { assessment: Row<'assessment'>[]; assessment_score: Row<'assessment_score'>[] }, a: {
  tenantId: string; youthId: string; authorId: string; at: Date; moment: 'baseline' | 'closing'; scores: Record<string, number>;
}) {
  const id = randomUUID();
  rows.assessment.push({ tenant_id: a.tenantId, id, youth_id: a.youthId, assessed_on: amsterdamDate(a.at), moment: a.moment, note: null, author_id: a.authorId, created_at: a.at });
  rows.assessment_score.push(...Object.entries(a.scores).map(([domain_key, score]) => ({ assessment_id: id, domain_key, score, note: null })));
}

function pushMeasurement(rows: { result_measurement: Row<'result_measurement'>[]; result_answer: Row<'result_answer'>[] }, r: Prng, m: {
  tenantId: string; youthId: string; trajectoryId: string; authorId: string; at: Date; moment: ResultMomentKey; inWork: boolean;
}) {
  const id = randomUUID();
  rows.result_measurement.push({
    tenant_id: m.tenantId, id, youth_id: m.youthId, trajectory_id: m.trajectoryId, moment: m.moment, measured_on: amsterdamDate(m.at), note: null,
    author_id: m.authorId, created_at: m.at, updated_at: m.at,
  });
  rows.result_answer.push(...demoResultAnswers(r, m.inWork).map((a) => ({
    tenant_id: m.tenantId, measurement_id: id, area: a.area, answer: a.answer, explanation: a.explanation, details: a.details ? JSON.stringify(a.details) : null,
  })));
}
