import type { Db } from '../platform/db/index.js';
import { makeMeeting, makePlan } from './factories.js';

/**
 * Ricardo's and Jeffrey's plans (a signed version and a newer draft) and Ricardo's wrap-around
 * meeting with his aunt, the debt counsellor and a jobhunter: one action done, one overdue.
 * Enzo, Bob and Tamir have no plan yet (Bob's six weeks are nearly up).
 */
export async function seedDemoPlans(db: Db, o: { tenantId: string; coachId: string; coachName: string; now: Date; jeffreyId: string; ricardoId: string }) {
  const base = { tenantId: o.tenantId, authorId: o.coachId, authorName: o.coachName, now: o.now };

  // Ricardo, registered 110 days ago: signed on day 31. Housing first, income second, work third.
  // The newer draft links the work goals to the basic employee competencies (IPTA ch. 5).
  const ricardoParts = (workTasks: { role: 'youth' | 'coach' | 'employer'; who?: string; what: string; dueDaysFromNow?: number; done?: boolean }[], competencies = false) => [
    { key: 'housing', priority: 1, basicInfo: 'Slaapt bij vrienden op de bank; geen postadres.', tools: ['Postadres', 'Inschrijving woningzoekende'], strategy: 'Begeleid zoeken',
      goals: [{ longTerm: 'Een eigen kamer', steps: [['Postadres regelen', 'behaald'], ['Inschrijven als woningzoekende', 'bezig']] as [string, string][] }],
      tasks: [{ role: 'coach' as const, what: 'Postadres aanvragen bij het wijkteam', dueDaysFromNow: -70, done: true }, { role: 'youth' as const, what: 'Inschrijven bij Woonnet Rijnmond', dueDaysFromNow: -40, done: true }] },
    { key: 'income', priority: 2, basicInfo: 'Geen inkomen; kleine schulden bij de zorgverzekeraar.', tools: ['Uitkering'], strategy: 'Eigen kracht',
      tasks: [{ role: 'professional' as const, who: 'R. Kramer, Kredietbank', what: 'Schuldenoverzicht maken', dueDaysFromNow: -50, done: true }] },
    { key: 'work', priority: 3, basicInfo: 'Zoekprofiel: keuken, hands-on, vast team.', tools: ['Verkoopverhaal en gebruiksaanwijzing', 'Loonkostensubsidie'], strategy: 'Jobhunting',
      goals: [{ longTerm: 'Kok worden', steps: competencies
        ? [['Proefplaatsing in een keuken', 'behaald', ['op_tijd_komen', 'samenwerken']], ['VCA-cursus halen', 'open', ['afspraken_nakomen', 'doorzetten']]] as [string, string, string[]][]
        : [['Proefplaatsing in een keuken', 'behaald'], ['VCA-cursus halen', 'open']] as [string, string][] }],
      tasks: workTasks },
  ];
  await makePlan(db, { ...base, youthId: o.ricardoId, youthName: 'Ricardo', versions: [
    { daysAgo: 82, signedDaysAgo: 79, parts: ricardoParts([{ role: 'coach', what: 'Ricardo voorstellen bij Restaurant De Haven', dueDaysFromNow: -60, done: true }]) },
    { daysAgo: 3, parts: ricardoParts([
      { role: 'coach', what: 'Ricardo voorstellen bij Restaurant De Haven', dueDaysFromNow: -60, done: true },
      { role: 'employer', who: 'Chef Youssef', what: 'VCA-cursus inplannen', dueDaysFromNow: 30 },
    ], true) },
  ] });
  const ricardoNetwork = await db.selectFrom('network_person').select(['id', 'name']).where('youth_id', '=', o.ricardoId).execute();
  const ricardoPros = await db.selectFrom('network_professional').select(['id', 'name']).where('youth_id', '=', o.ricardoId).execute();
  await makeMeeting(db, { ...base, youthId: o.ricardoId, daysAgo: 14, place: 'Buurthuis Hillesluis', nextMeetingInDays: 28,
    goals: 'Een eigen kamer voor de zomer; inkomen uit de proefplaatsing; de schulden in een regeling.',
    informing: 'Een groepsapp met Ricardo erin; de coach belt iedereen na twee weken.',
    participants: [
      { kind: 'youth', name: 'Ricardo', role: 'jongere', attended: true },
      { kind: 'coach', name: o.coachName, role: 'coach en voorzitter', attended: true },
      { kind: 'network', name: 'Tante Gloria', role: 'tante', contribution: 'Ricardo mag bij haar slapen tot hij een kamer heeft.', attended: true,
        networkPersonId: ricardoNetwork.find((p) => p.name === 'Tante Gloria')?.id },
      { kind: 'professional', name: 'R. Kramer', role: 'schuldhulpverlener, Kredietbank Rotterdam', contribution: 'Maakt de schuldenregeling.', attended: true,
        professionalId: ricardoPros.find((p) => p.name === 'R. Kramer')?.id },
      { kind: 'other', name: 'Mo el Amrani', role: 'jobhunter', contribution: 'Zoekt een vervolgplek na de proefplaatsing.', attended: false },
    ],
    conditions: ['Ricardo verliest zijn kamer', 'Geen inkomen op 1 maart'],
    actions: [
      { description: 'Logeerafspraak bij tante op papier zetten', owner: 2, dueDaysFromNow: -7, done: true },
      { description: 'Schuldregeling voorstellen aan de schuldeisers', owner: 3, dueDaysFromNow: -3, principles: ['draaglast_verkleinen'] },
      { description: 'Drie keukens benaderen voor een vervolgplek', owner: 4, dueDaysFromNow: 10, principles: ['kansen_creeren'] },
      { description: 'Elke vrijdag het weekformulier met de chef bespreken', owner: 0, dueDaysFromNow: 14, principles: ['leren'] },
    ],
  });

  // Jeffrey, registered 50 days ago: signed on day 38; a newer draft adds the debts.
  const jeffreyParts = [
    { key: 'debts', priority: 1, basicInfo: 'Boete bij het CJIB; geen bankrekening op eigen naam.', strategy: 'Budgettraining',
      tasks: [{ role: 'youth' as const, what: 'Brief van het CJIB meenemen naar de coach', dueDaysFromNow: -5 }, { role: 'coach' as const, what: 'Betalingsregeling CJIB aanvragen', dueDaysFromNow: 5 }] },
    { key: 'work', priority: 2, basicInfo: 'Zoekprofiel: muziek, handen, buiten.', strategy: 'Training', tools: ['Verkoopverhaal en gebruiksaanwijzing'],
      tasks: [{ role: 'network' as const, who: 'Oom Henk', what: 'Meenemen naar een dag podiumbouw', dueDaysFromNow: 12 }] },
  ];
  await makePlan(db, { ...base, youthId: o.jeffreyId, youthName: 'Jeffrey', versions: [
    { daysAgo: 14, signedDaysAgo: 12, parts: jeffreyParts },
    { daysAgo: 1, parts: [...jeffreyParts, { key: 'social', priority: 3, basicInfo: 'Neef Dylan trekt hem mee.', strategy: 'Leren' }] },
  ] });
}
