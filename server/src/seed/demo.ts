import { sql } from 'kysely';
import { seedDemoPictures } from './demo-picture.js';
import { seedDemoPlans } from './demo-plan.js';
import { seedDemoEmployers } from './demo-work.js';
import { seedDemoNorms } from './demo-norms.js';
import { seedDemoHistory } from './demo-history.js';
import { seedDemoEscalations } from './demo-escalation.js';
import type { Db } from '../platform/db/index.js';
import { DEMO_PASSWORD, DEMO_TEAMLEAD_TOTP_SECRET } from './demo-logins.js';
import {
  makeAppointment, makeAttempts, makeContacts, makeOrganisation, makeScoutComplete, makeTeam, makeTenant, makeUser, makeYouth,
} from './factories.js';

/**
 * The demo municipality: two providers, two wijkteams, and the handbook cases in fitting
 * phases. Only on an empty database, and only with DEMO_SEED=true.
 */
export async function seedDemoIfEmpty(db: Db, now: Date): Promise<boolean> {
  const any = await db.selectFrom('tenant').select('id').limit(1).executeTakeFirst();
  if (any) return false;
  await db.transaction().execute((trx) => seedDemo(trx, now));
  // Statistics for the planner: PGlite has no autovacuum to gather them, and without them it
  // guesses one row per table and picks plans that take seconds on the dashboards.
  await sql`analyze`.execute(db);
  return true;
}

export async function seedDemo(db: Db, now: Date) {
  const tenant = await makeTenant(db, { name: 'Gemeente Rotterdam (demo)', method: 'ija' });
  const brug = await makeOrganisation(db, tenant.id, 'Stichting De Brug');
  const rijnmond = await makeOrganisation(db, tenant.id, 'Jongerenwerk Rijnmond');
  const feijenoord = await makeTeam(db, tenant.id, 'Wijkteam Feijenoord', 'Feijenoord');
  const delfshaven = await makeTeam(db, tenant.id, 'Wijkteam Delfshaven', 'Delfshaven');
  const password = DEMO_PASSWORD;
  const sanne = await makeUser(db, { tenantId: tenant.id, organisationId: brug.id, teamIds: [feijenoord.id], roles: ['coach'], email: 'coach@spil.demo', name: 'Sanne de Vries', password });
  const mohamed = await makeUser(db, { tenantId: tenant.id, organisationId: rijnmond.id, teamIds: [delfshaven.id], roles: ['coach'], email: 'coach.delfshaven@spil.demo', name: 'Mohamed El Amrani', password });
  const petra = await makeUser(db, { tenantId: tenant.id, organisationId: brug.id, teamIds: [feijenoord.id], roles: ['teamleider'], email: 'teamleider@spil.demo', name: 'Petra Jansen', password, totpSecret: DEMO_TEAMLEAD_TOTP_SECRET });
  await makeUser(db, { tenantId: tenant.id, organisationId: brug.id, roles: ['organisatiemanager'], email: 'manager@spil.demo', name: 'Linda Verbeek', password });
  await makeUser(db, { tenantId: tenant.id, organisationId: brug.id, roles: ['beleidsmedewerker'], email: 'beleid@spil.demo', name: 'Ahmed Yilmaz', password });
  await makeUser(db, { tenantId: tenant.id, organisationId: brug.id, roles: ['functioneel_beheerder'], email: 'beheer@spil.demo', name: 'Karin Bakker', password });

  const inFeijenoord = { tenantId: tenant.id, teamId: feijenoord.id, coachIds: [sanne.id], createdBy: sanne.id, now };
  // The handbook cases (IPTA and IJA handbooks), each in a phase that fits their story.
  const jeffrey = await makeYouth(db, { ...inFeijenoord, fields: {
    first_name: 'Jeffrey', last_name: 'Martina', birth_date: '2004-05-14', gender: 'man', neighbourhood: 'Afrikaanderwijk', city: 'Rotterdam',
    school_background: 'Uitgevallen op het mbo-1 (entree)', signal_source: 'jongerenwerker', reporter_name: 'Dennis', reporter_organisation: 'Jongerenwerk Feijenoord',
    vindplaats: 'Muziekstudio in het buurthuis', reason: 'Geen school of werk, maakt muziek, dealt in kleine hoeveelheden; zeven instanties betrokken.',
    target_indicators: ['school_background', 'multiple_problems', 'no_school_or_work'],
  }, trajectory: { phaseKey: 'verdieping', startedDaysAgo: 50, daysInPhase: 20 } });
  const enzo = await makeYouth(db, { ...inFeijenoord, fields: {
    first_name: 'Enzo', birth_date: '2006-02-03', gender: 'man', neighbourhood: 'Feijenoord', city: 'Rotterdam',
    signal_source: 'wijkagent', reporter_name: 'Wijkagent Bakker', reporter_organisation: 'Politie Rotterdam', vindplaats: 'Pleintje bij de snackbar',
    reason: 'Hangt rond, komt niet op afspraken; reageert niet op berichten.', target_indicators: ['no_school_or_work'],
  }, trajectory: { phaseKey: 'vertrouwen', startedDaysAgo: 38, daysInPhase: 38 } });
  const ricardo = await makeYouth(db, { ...inFeijenoord, fields: {
    first_name: 'Ricardo', birth_date: '2005-08-21', gender: 'man', neighbourhood: 'Hillesluis', city: 'Rotterdam',
    signal_source: 'zelf', vindplaats: 'Inloop buurthuis', reason: 'Slaapt bij vrienden op de bank, geen postadres en geen inkomen.',
    target_indicators: ['multiple_problems', 'no_school_or_work'],
  }, trajectory: { phaseKey: 'uitvoering', startedDaysAgo: 110, daysInPhase: 30 } });
  const bob = await makeYouth(db, { ...inFeijenoord, fields: {
    first_name: 'Bob', birth_date: '2010-03-02', gender: 'man', neighbourhood: 'Vreewijk', city: 'Rotterdam',
    signal_source: 'familie', reporter_name: 'Moeder van Bob', vindplaats: 'Thuis',
    reason: 'Gezinscoach heeft te weinig tijd; Bob wil gehoord worden en weet niet welke school bij hem past.',
    school_background: 'Vmbo, veel verzuim', target_indicators: ['school_background'],
  }, trajectory: { phaseKey: 'verdieping', startedDaysAgo: 40, daysInPhase: 10 } });
  const tamir = await makeYouth(db, { ...inFeijenoord, fields: {
    first_name: 'Tamir', birth_date: '2004-01-10', gender: 'man', neighbourhood: 'Bloemhof', city: 'Rotterdam',
    signal_source: 'veiligheidshuis', reporter_organisation: 'Veiligheidshuis Rotterdam', vindplaats: 'Na terugkeer uit detentie in het buitenland',
    reason: 'Terug uit detentie in het buitenland zonder nazorg; heeft een postadres en een schuldenoverzicht nodig.',
    target_indicators: ['multiple_problems', 'family_high_impact_crime', 'no_school_or_work'],
  }, trajectory: { phaseKey: 'vertrouwen', startedDaysAgo: 12, daysInPhase: 12 } });

  // Their histories, as the handbooks tell them.
  const sanneWrites = { tenantId: tenant.id, authorId: sanne.id, now };
  // Enzo (IJA): weeks of WhatsApp messages and home visits before the first meeting.
  await makeAttempts(db, { ...sanneWrites, youthId: enzo.id, tries: [
    { daysAgo: 36, channel: 'whatsapp', outcome: 'geen_reactie' }, { daysAgo: 33, channel: 'whatsapp', outcome: 'geen_reactie' },
    { daysAgo: 30, channel: 'huisbezoek', outcome: 'niet_thuis', note: 'Moeder gesproken, zij geeft het door.' },
    { daysAgo: 27, channel: 'whatsapp', outcome: 'geen_reactie' }, { daysAgo: 23, channel: 'whatsapp', outcome: 'geen_reactie' },
    { daysAgo: 19, channel: 'huisbezoek', outcome: 'niet_thuis' }, { daysAgo: 16, channel: 'whatsapp', outcome: 'geen_reactie' },
    { daysAgo: 15, channel: 'whatsapp', outcome: 'bericht_achtergelaten', note: 'Blauw vinkje: gelezen.' },
  ] });
  await makeAppointment(db, { tenantId: tenant.id, youthId: enzo.id, coachId: sanne.id, now, inHours: 26, purpose: 'Kennismaking', place: 'Snackbar op de Beijerlandselaan (zijn keuze)' });
  // Tamir: back from detention abroad; reached through the Veiligheidshuis.
  await makeAttempts(db, { ...sanneWrites, youthId: tamir.id, tries: [
    { daysAgo: 11, channel: 'via_professional', outcome: 'gesproken', note: 'Via de casusregisseur van het Veiligheidshuis.' },
  ] });
  await makeAppointment(db, { tenantId: tenant.id, youthId: tamir.id, coachId: sanne.id, now, inHours: 3, purpose: 'Briefadres aanvragen bij de gemeente', place: 'Stadswinkel' });
  for (const y of [jeffrey, ricardo, bob]) {
    await makeScoutComplete(db, { tenantId: tenant.id, youthId: y.id, trajectoryId: y.trajectoryId!, byId: sanne.id, at: new Date(now.getTime() - 30 * 86_400_000) });
  }
  await makeContacts(db, { ...sanneWrites, youthId: jeffrey.id, contacts: [
    { daysAgo: 35, note: 'Keukentafelgesprek bij zijn moeder. Wil muziek maken en geld verdienen.', scalingScore: 3, scalingTopic: 'Zin in de toekomst' },
    { daysAgo: 21, mode: 'straat', note: 'Samen langs de studio. Neef belt steeds tussendoor.', scalingScore: 4, scalingTopic: 'Zin in de toekomst' },
    { daysAgo: 7, note: 'Zeven instanties op een rij gezet. Oom wil JIM-mentor zijn.', scalingScore: 6, scalingTopic: 'Zin in de toekomst', principles: ['aandacht_geven', 'kansen_creeren'] },
  ] });
  await makeContacts(db, { ...sanneWrites, youthId: ricardo.id, contacts: [
    { daysAgo: 60, note: 'Slaapt bij een vriend op de bank. Briefadres besproken.', scalingScore: 2, scalingTopic: 'Rust in zijn hoofd', principles: ['draaglast_verkleinen'] },
    { daysAgo: 20, mode: 'werkplek', note: 'Proefplaatsing in de keuken gestart; chef is geduldig.', scalingScore: 6, scalingTopic: 'Rust in zijn hoofd',
      fiveG: { gebeurtenis: 'Ruzie met een collega over de planning', gedachten: 'Ze moeten mij altijd hebben', gevoelens: 'Boos, gekwetst', gedrag: 'Liep weg van zijn werk', gevolg: 'Gesprek met chef, excuses aangeboden' } },
    { daysAgo: 3, mode: 'whatsapp', note: 'Eerste loon binnen. Trots.', scalingScore: 8, scalingTopic: 'Rust in zijn hoofd' },
  ] });
  await db.insertInto('incident').values({
    tenant_id: tenant.id, id: crypto.randomUUID(), youth_id: ricardo.id, reported_at: new Date(now.getTime() - 20 * 86_400_000 - 5 * 3_600_000),
    coach_arrived_at: new Date(now.getTime() - 20 * 86_400_000 - 5 * 3_600_000 + 35 * 60_000), place: 'werk',
    what: 'Ruzie met een collega in de keuken; Ricardo liep weg.', involved: 'Chef, collega', agreed: 'Morgen samen met de chef om tafel.',
    follow_up: 'Gesprek gehad; hij blijft.', author_id: sanne.id, created_at: new Date(now.getTime() - 20 * 86_400_000),
  }).execute();
  await seedDemoPictures(db, { tenantId: tenant.id, coachId: sanne.id, now, jeffreyId: jeffrey.id, ricardoId: ricardo.id, tamirId: tamir.id });
  await seedDemoEmployers(db, { tenantId: tenant.id, coachId: sanne.id, now, ricardoId: ricardo.id });
  await seedDemoPlans(db, { tenantId: tenant.id, coachId: sanne.id, coachName: 'Sanne de Vries', now, jeffreyId: jeffrey.id, ricardoId: ricardo.id });
  await makeContacts(db, { ...sanneWrites, youthId: bob.id, contacts: [
    { daysAgo: 25, mode: 'huisbezoek', note: 'Bob voelt zich niet gehoord door de gezinscoach. Vooral geluisterd.', scalingScore: 4, scalingTopic: 'Gehoord worden' },
    { daysAgo: 16, note: 'Cv gemaakt, sollicitatie geoefend.', scalingScore: 6, scalingTopic: 'Gehoord worden', principles: ['leren'] },
  ] });

  // A street group of six in one neighbourhood (IJA: group cases, 24-hour response).
  const group = ['Dex', 'Yassin', 'Milan', 'Kevin', 'Ilias', 'Jay'];
  const groupMemberIds: string[] = [];
  for (const [i, nickname] of group.entries()) {
    const member = await makeYouth(db, {
      tenantId: tenant.id, teamId: delfshaven.id, coachIds: [mohamed.id], createdBy: mohamed.id, now,
      fields: {
        nickname, neighbourhood: 'Bospolder-Tussendijken', signal_source: 'straat', vindplaats: 'Hangplek Schiedamseweg',
        reason: 'Straatgroep: overlast gemeld door winkeliers; geen school of werk.', target_indicators: ['no_school_or_work'],
      },
      trajectory: { phaseKey: 'vertrouwen', startedDaysAgo: 9 + i, daysInPhase: 9 + i },
    });
    groupMemberIds.push(member.id);
    await makeContacts(db, { tenantId: tenant.id, authorId: mohamed.id, now, youthId: member.id, contacts: [
      { daysAgo: 8 - (i % 3), mode: 'straat', note: 'Met de groep gesproken op de hangplek; afspraak om samen te voetballen.', principles: ['normaliseren', 'aandacht_geven'] },
    ] });
  }
  // Two years of the city's work behind the handbook cases, for the dashboards.
  const workplaceIds = (await db.selectFrom('workplace').select('id').where('tenant_id', '=', tenant.id).execute()).map((w) => w.id);
  await seedDemoHistory(db, { tenantId: tenant.id, now, password, brugId: brug.id, rijnmondId: rijnmond.id, feijenoordId: feijenoord.id, delfshavenId: delfshaven.id, workplaceIds });
  await seedDemoEscalations(db, { tenantId: tenant.id, now, teamleadId: petra.id, coachId: sanne.id, teamId: feijenoord.id, tamirId: tamir.id });
  await seedDemoNorms(db, { tenantId: tenant.id, now, sanneId: sanne.id, jeffreyId: jeffrey.id, mohamedId: mohamed.id, delfshavenId: delfshaven.id, groupMemberIds });
  return { tenant, teams: { feijenoord, delfshaven } };
}
