import type { Db } from '../platform/db/index.js';
import { makeAssessment, makeConsent, makeDocument, makeNetwork, makeProfessionals, makeRiskFlag } from './factories.js';

/**
 * The picture of Jeffrey, Ricardo and Tamir as the handbooks tell it: scores over time, mijn
 * plan in the youth's words, the network with VIPs, VAPs and a JIM mentor, the agencies
 * involved, a search profile, a verkoopverhaal with consent, the chosen strategy, risk flags.
 */
export async function seedDemoPictures(db: Db, o: { tenantId: string; coachId: string; now: Date; jeffreyId: string; ricardoId: string; tamirId: string }) {
  const base = { tenantId: o.tenantId, authorId: o.coachId, now: o.now };
  const points = (done: string[], busy: string[]) => Object.fromEntries(
    ['work', 'social_network', 'professional_network', 'life_domains', 'cognitive', 'psychological', 'expectations']
      .map((p) => [p, { status: done.includes(p) ? 'done' : busy.includes(p) ? 'in_progress' : 'not_started' }]));

  // Jeffrey (22): music, small-time dealing, seven agencies, a cousin who pulls him back.
  const jeffrey = { ...base, youthId: o.jeffreyId };
  await makeAssessment(db, { ...jeffrey, daysAgo: 45, moment: 'baseline', note: 'Samen met Jeffrey aan de keukentafel.',
    scores: { scholing: 1, werk: 1, financien: 1, wonen: 3, justitie: 2, gezondheid: 3, vrije_tijd: 3, sociaal_netwerk: 2 } });
  await makeAssessment(db, { ...jeffrey, daysAgo: 4, moment: 'interim',
    scores: { scholing: 2, werk: 2, financien: 2, wonen: 3, justitie: 3, gezondheid: 3, vrije_tijd: 4, sociaal_netwerk: 3 } });
  const jeffreyPlan = (wants: string) => ({
    youth: {
      wants, toSolve: 'Mijn boete bij het CJIB en een bankrekening op mijn eigen naam.', mostImportant: 'Een vaste baan, zodat ik niet meer hoef te dealen.',
      findHard: 'Vroeg opstaan en brieven van instanties.', whoHelps: 'Mijn moeder en mijn oom Henk.', whoMakesHard: 'Mijn neef Dylan.',
      jobWanted: 'Iets met muziek, of met mijn handen.', rememberAboutMe: 'Als ik stil word, ben ik niet boos maar aan het nadenken.',
    },
    coach: {
      futurePerspective: 'Werk met de handen (podiumbouw, magazijn) met muziek ernaast.', domainsAndAgencies: 'Financiën en justitie eerst; zeven instanties, één plan.',
      interventionStrategy: 'Overlever: bij de hand nemen, kleine stappen, structuur.', vips: 'Moeder, oom Henk (JIM)', vaps: 'Neef Dylan', searchProfile: 'Zie zoekprofiel: muziek, handen, buiten.',
    },
  });
  await makeDocument(db, { ...jeffrey, kind: 'my_plan', versions: [{ daysAgo: 35, body: jeffreyPlan('Muziek maken en geld verdienen.') }, { daysAgo: 7, body: jeffreyPlan('Muziek maken en eerlijk geld verdienen, met een vaste baan.') }] });
  await makeDocument(db, { ...jeffrey, kind: 'quick_scan', versions: [{ daysAgo: 7, body: {
    points: points(['social_network', 'professional_network', 'life_domains'], ['work', 'cognitive', 'expectations']),
    cognitive: { bsaOutcome: 'Geen aanwijzingen voor een licht verstandelijke beperking.', conclusion: 'Leert het best door te doen en voor te doen.' }, referral: null,
  } }] });
  await makeNetwork(db, { ...jeffrey, people: [
    { name: 'Moeder', relation: 'moeder', ring: 1, influence: 'vip', practical: true, emotional: true },
    { name: 'Oom Henk', relation: 'oom', ring: 2, influence: 'vip', emotional: true, jim: true, note: 'Werkt in de bouw; wil zijn mentor zijn.' },
    { name: 'Neef Dylan', relation: 'neef', ring: 2, influence: 'vap', note: 'Trekt hem mee in het dealen.' },
    { name: 'Ray', relation: 'vriend uit de studio', ring: 3, influence: 'neutral', emotional: true },
  ] });
  await makeProfessionals(db, { ...jeffrey, professionals: [
    { name: 'M. Jansen', organisation: 'Reclassering Nederland', role: 'Reclasseringswerker', since: '2026-03-01', what: 'Toezicht taakstraf' },
    { name: 'P. de Boer', organisation: 'Leerplicht / RMC', role: 'Trajectbegeleider', what: 'Startkwalificatie' },
    { name: 'S. Öztürk', organisation: 'Kredietbank Rotterdam', role: 'Schuldhulpverlener', what: 'Schuldenoverzicht' },
    { name: 'Wijkteam Feijenoord', organisation: 'Gemeente Rotterdam', role: 'Wijkteammedewerker' },
    { name: 'Dr. Visser', organisation: 'Huisartsenpraktijk Afrikaanderwijk', role: 'Huisarts' },
    { name: 'Jongerenloket', organisation: 'Gemeente Rotterdam', role: 'Consulent werk en inkomen', what: 'Uitkering aangevraagd' },
    { name: 'Wijkagent Bakker', organisation: 'Politie Rotterdam', role: 'Wijkagent' },
  ] });
  await makeDocument(db, { ...jeffrey, kind: 'search_profile', versions: [{ daysAgo: 7, body: {
    dreamJob: 'Muziekproducer', breadJob: 'Podiumbouwer of magazijnmedewerker', preferences: { inside_outside: 'either', alone_together: 'second', head_hands: 'second', busy_quiet: 'first' },
    atmosphere: 'Informeel, met humor; mensen zeggen het direct.', kindOfWork: 'Met zijn handen, iets zien ontstaan.', skills: 'Technisch handig, goed met apparatuur.',
    leadershipStyle: 'Iemand die het voordoet en rustig uitlegt.', socialContext: 'Een vaste ploeg, niet te veel klanten.', companies: ['Ahoy', 'Maassilo', 'Studio Zuid'],
  } }] });
  await makeDocument(db, { ...jeffrey, kind: 'strategy', versions: [{ daysAgo: 20, body: {
    selfImage: 'overlever', strategy: 'compenserend', reason: 'Leeft van dag tot dag en zegt "ik red me wel", maar pakt de uitgestoken hand als het concreet wordt. Kleine stappen, structuur, dingen uit handen nemen.',
  } }] });
  await makeDocument(db, { ...jeffrey, kind: 'sales_story', versions: [{ daysAgo: 6, body: {
    story: 'Jeffrey (22) maakt al jaren muziek en regelt zelf zijn opnames in de studio van het buurthuis. Hij is technisch handig, leert snel door te doen en is trouw aan mensen die hem serieus nemen. Hij wil een vaste baan waarin hij met zijn handen werkt.',
    instructions: 'Geef één taak tegelijk en doe het eerst voor. Zeg direct en rustig wat beter moet, onder vier ogen. Komt hij niet opdagen, bel dan zijn coach: die zorgt dat hij de volgende dag weer staat.',
  } }] });
  await makeConsent(db, { ...jeffrey, recipient: 'Podiumbouw Rotterdam (werkgever)', givenDaysAgo: 6, validDays: 90 });
  await makeRiskFlag(db, { ...jeffrey, kind: 'verkeerde_vrienden', daysAgo: 3, note: 'Neef Dylan wacht hem op na de afspraken in de studio.' });

  // Ricardo (21): from couches to a restaurant kitchen.
  const ricardo = { ...base, youthId: o.ricardoId };
  await makeAssessment(db, { ...ricardo, daysAgo: 95, moment: 'baseline',
    scores: { scholing: 2, werk: 1, financien: 1, wonen: 1, justitie: 4, gezondheid: 3, vrije_tijd: 2, sociaal_netwerk: 2 } });
  await makeAssessment(db, { ...ricardo, daysAgo: 50, moment: 'interim',
    scores: { scholing: 2, werk: 2, financien: 2, wonen: 2, justitie: 4, gezondheid: 3, vrije_tijd: 3, sociaal_netwerk: 3 } });
  await makeAssessment(db, { ...ricardo, daysAgo: 5, moment: 'interim',
    scores: { scholing: 2, werk: 4, financien: 3, wonen: 3, justitie: 4, gezondheid: 4, vrije_tijd: 3, sociaal_netwerk: 3 } });
  await makeDocument(db, { ...ricardo, kind: 'search_profile', versions: [{ daysAgo: 80, body: {
    dreamJob: 'Kok in een eigen zaak', breadJob: 'Keukenhulp', preferences: { inside_outside: 'first', alone_together: 'second', precision_speed: 'second', head_hands: 'second', busy_quiet: 'either' },
    atmosphere: 'Een vast team dat elkaar helpt.', kindOfWork: 'Koken, snijden, afwassen: zien wat je gedaan hebt.', skills: 'Snel, werkt hard als hij zich welkom voelt.',
    leadershipStyle: 'Geduldig; laat elke stap zien.', socialContext: 'Collega\'s, weinig gasten.', companies: ['Restaurant De Haven'],
  } }] });
  await makeDocument(db, { ...ricardo, kind: 'strategy', versions: [{ daysAgo: 85, body: {
    selfImage: 'afhankelijke', strategy: 'pedagogisch', reason: 'Wil graag "normaal" meedoen maar het lukte steeds niet; onzeker. Werkervaring met een geduldige chef en leerdoelen.',
  } }] });
  await makeNetwork(db, { ...ricardo, people: [
    { name: 'Tante Gloria', relation: 'tante', ring: 1, influence: 'vip', practical: true, emotional: true, jim: true },
    { name: 'Kevin', relation: 'vriend (bank om op te slapen)', ring: 2, influence: 'neutral', practical: true },
  ] });
  await makeProfessionals(db, { ...ricardo, professionals: [
    { name: 'R. Kramer', organisation: 'Kredietbank Rotterdam', role: 'Schuldhulpverlener', what: 'Schuldenregeling' },
    { name: 'Chef Youssef', organisation: 'Restaurant De Haven', role: 'Werkbegeleider', what: 'Begeleidt de proefplaatsing' },
  ] });

  // Tamir (22): back from detention abroad; the picture is just starting.
  const tamir = { ...base, youthId: o.tamirId };
  await makeAssessment(db, { ...tamir, daysAgo: 8, moment: 'baseline', note: 'Eerste beeld; briefadres en schulden eerst.',
    scores: { scholing: 2, werk: 1, financien: 1, wonen: 1, justitie: 2, gezondheid: 3, vrije_tijd: 2, sociaal_netwerk: 2 } });
  await makeDocument(db, { ...tamir, kind: 'quick_scan', versions: [{ daysAgo: 8, body: {
    points: points([], ['life_domains', 'professional_network']), cognitive: {}, referral: null,
  } }] });
  await makeProfessionals(db, { ...tamir, professionals: [
    { name: 'Casusregisseur', organisation: 'Veiligheidshuis Rotterdam', role: 'Casusregisseur', what: 'Bracht Tamir in beeld na terugkeer' },
    { name: 'Bureau Buitenland', organisation: 'Reclassering Nederland', role: 'Consulent', what: 'Geen nazorg mogelijk na detentie in het buitenland' },
  ] });
  await makeRiskFlag(db, { ...tamir, kind: 'geen_stabiel_inkomen', daysAgo: 8, note: 'Zonder briefadres geen uitkering; oude contacten bieden snel geld.' });
}
