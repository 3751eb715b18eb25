import { randomUUID } from 'node:crypto';
import { parseISO } from 'date-fns';
import { plusDays } from '../core/casework/calendar.js';
import { weekStartOf } from '../core/work/weekly-form.js';
import { amsterdamDate } from '../core/youth/youth-rules.js';
import type { Db } from '../platform/db/index.js';

type Traits = Partial<Record<'inside_outside' | 'alone_together' | 'precision_speed' | 'head_hands' | 'busy_quiet', 'first' | 'second' | 'mixed'>>;
interface DemoEmployer {
  name: string; neighbourhood: string; sector: string; size: 'zzp' | 'klein' | 'middel' | 'groot'; csr?: boolean; contact: string; role: string;
  entryWork: string; openness: string; jobCarving?: string;
  workplaces: { name: string; open: number; traits: Traits; atmosphere: string; tasks: string; instruction: string; growth?: string }[];
}

// A dozen employers in Rotterdam neighbourhoods, as a team builds them up after visits.
const EMPLOYERS: DemoEmployer[] = [
  { name: 'Restaurant De Haven', neighbourhood: 'Kop van Zuid', sector: 'Horeca', size: 'klein', csr: true, contact: 'Youssef Amrani', role: 'Chef-kok',
    entryWork: 'Afwas, groente snijden, mise-en-place', openness: 'Heeft eerder twee jongeren via het wijkteam opgeleid.', jobCarving: 'Groente snijden voor de lunch blijft liggen.',
    workplaces: [{ name: 'Keuken', open: 1, traits: { inside_outside: 'first', alone_together: 'second', head_hands: 'second', busy_quiet: 'first', precision_speed: 'second' },
      atmosphere: 'Druk, hecht team', tasks: 'Snijden, afwassen, koken onder begeleiding', instruction: 'Geduldige chef die elke stap voordoet', growth: 'Leerwerkplek kok (BBL)' }] },
  { name: 'Bakkerij Ali', neighbourhood: 'Afrikaanderwijk', sector: 'Voeding', size: 'klein', contact: 'Ali Yilmaz', role: 'Eigenaar',
    entryWork: 'Deeg kneden, inpakken, schoonmaken', openness: 'Wil best, maar wil eerst kennismaken.',
    workplaces: [{ name: 'Bakkerij', open: 1, traits: { inside_outside: 'first', alone_together: 'mixed', head_hands: 'second', busy_quiet: 'second', precision_speed: 'first' },
      atmosphere: 'Vroeg en rustig', tasks: 'Deeg afwegen, vormen, bakken', instruction: 'Rustig, laat zelf proberen' }] },
  { name: 'Magazijn Waalhaven Logistiek', neighbourhood: 'Waalhaven', sector: 'Logistiek', size: 'groot', csr: true, contact: 'Petra de Groot', role: 'HR-adviseur',
    entryWork: 'Orderpicken, inpakken, heftruck (na certificaat)', openness: 'Werkt met de gemeente aan SROI.',
    workplaces: [{ name: 'Orderpicking', open: 3, traits: { inside_outside: 'first', alone_together: 'first', head_hands: 'second', busy_quiet: 'first', precision_speed: 'second' },
      atmosphere: 'Tempo, vaste ploegen', tasks: 'Orders verzamelen met scanner', instruction: 'Teamleider met korte instructies', growth: 'Heftruckcertificaat' }] },
  { name: 'Fietsenmaker Hillesluis', neighbourhood: 'Hillesluis', sector: 'Reparatie', size: 'zzp', contact: 'Kees Verhoef', role: 'Eigenaar',
    entryWork: 'Banden plakken, fietsen poetsen', openness: 'Heeft zelf ooit zo’n traject gedaan.',
    workplaces: [{ name: 'Werkplaats', open: 1, traits: { inside_outside: 'first', alone_together: 'first', head_hands: 'second', busy_quiet: 'second', precision_speed: 'first' },
      atmosphere: 'Rustig, één op één', tasks: 'Banden, remmen, verlichting repareren', instruction: 'Doet voor, laat nadoen' }] },
  { name: 'Groenbedrijf Zuiderpark', neighbourhood: 'Zuiderpark', sector: 'Groen', size: 'middel', csr: true, contact: 'Fatima El Idrissi', role: 'Uitvoerder',
    entryWork: 'Snoeien, maaien, bladblazen', openness: 'Werkervaringsplekken in ploegen.',
    workplaces: [{ name: 'Buitenploeg', open: 2, traits: { inside_outside: 'second', alone_together: 'second', head_hands: 'second', busy_quiet: 'mixed', precision_speed: 'second' },
      atmosphere: 'Buiten, ploeg van vijf', tasks: 'Maaien, snoeien, afval ruimen', instruction: 'Ploegbaas, duidelijk en direct', growth: 'Groen-diploma niveau 1' }] },
  { name: 'Supermarkt Beijerlandselaan', neighbourhood: 'Bloemhof', sector: 'Detailhandel', size: 'middel', contact: 'Mark Janssen', role: 'Filiaalmanager',
    entryWork: 'Vakken vullen, kassa', openness: 'Staat open, wil wel een vaste begeleider.',
    workplaces: [{ name: 'Vakkenvullen', open: 2, traits: { inside_outside: 'first', alone_together: 'first', head_hands: 'second', busy_quiet: 'mixed', precision_speed: 'second' },
      atmosphere: 'Avonddienst, rustig', tasks: 'Vakken vullen, spiegelen', instruction: 'Vaste teamleider' }] },
  { name: 'Autoschadebedrijf Charlois', neighbourhood: 'Charlois', sector: 'Techniek', size: 'klein', contact: 'Rob van Dijk', role: 'Werkplaatschef',
    entryWork: 'Schuren, afplakken, poetsen', openness: 'Eerder goede ervaring met een BBL-leerling.',
    workplaces: [{ name: 'Spuiterij', open: 1, traits: { inside_outside: 'first', alone_together: 'mixed', head_hands: 'second', busy_quiet: 'second', precision_speed: 'first' },
      atmosphere: 'Vakmanschap, rustig', tasks: 'Schuren, afplakken, voorbereiden', instruction: 'Precies, laat zien hoe het moet', growth: 'BBL autoschadehersteller' }] },
  { name: 'Kringloop Feijenoord', neighbourhood: 'Feijenoord', sector: 'Detailhandel', size: 'middel', csr: true, contact: 'Anja Smit', role: 'Coördinator werkervaring',
    entryWork: 'Sorteren, winkel, transport', openness: 'Werkervaringsbedrijf: gewend aan de doelgroep.',
    workplaces: [{ name: 'Sorteerhal', open: 4, traits: { inside_outside: 'first', alone_together: 'second', head_hands: 'second', busy_quiet: 'mixed', precision_speed: 'mixed' },
      atmosphere: 'Gemoedelijk, veel collega’s', tasks: 'Spullen sorteren, prijzen, winkel inrichten', instruction: 'Begeleider op de vloer' }] },
  { name: 'Bouwbedrijf Van der Linden', neighbourhood: 'Katendrecht', sector: 'Bouw', size: 'groot', csr: true, contact: 'Henk van der Linden', role: 'Projectleider',
    entryWork: 'Opperman, sloopwerk, opruimen', openness: 'SROI-plekken; VCA verplicht.',
    workplaces: [{ name: 'Bouwplaats Katendrecht', open: 2, traits: { inside_outside: 'second', alone_together: 'second', head_hands: 'second', busy_quiet: 'first', precision_speed: 'second' },
      atmosphere: 'Stoer, humor, vroeg beginnen', tasks: 'Materiaal aanvoeren, opruimen, sloop', instruction: 'Uitvoerder, kort en duidelijk', growth: 'VCA, BBL timmerman' }] },
  { name: 'Podiumbouw Rotterdam', neighbourhood: 'Delfshaven', sector: 'Evenementen', size: 'middel', contact: 'Dennis Bos', role: 'Crewchef',
    entryWork: 'Op- en afbouw, laden en lossen', openness: 'Zoekt mensen die van muziek houden.',
    workplaces: [{ name: 'Crew', open: 2, traits: { inside_outside: 'mixed', alone_together: 'second', head_hands: 'second', busy_quiet: 'first', precision_speed: 'second' },
      atmosphere: 'Festivals, nachtwerk, crewgevoel', tasks: 'Podia op- en afbouwen, kabels trekken', instruction: 'Crewchef, doet voor', growth: 'Rigging-cursus' }] },
  { name: 'Zorgcentrum De Kade', neighbourhood: 'Tarwewijk', sector: 'Zorg', size: 'groot', contact: 'Ingrid Koster', role: 'Teamleider facilitair',
    entryWork: 'Gastvrouw/-heer, koffie rondbrengen, wandelen met bewoners', openness: 'Wil wel, mits verklaring omtrent gedrag.',
    workplaces: [{ name: 'Restaurant bewoners', open: 1, traits: { inside_outside: 'first', alone_together: 'second', head_hands: 'mixed', busy_quiet: 'second', precision_speed: 'first' },
      atmosphere: 'Rustig, warm', tasks: 'Koffie en maaltijden rondbrengen, praatje maken', instruction: 'Vaste gastvrouw als maatje' }] },
  { name: 'Administratiekantoor Zuidplein', neighbourhood: 'Zuidplein', sector: 'Zakelijke dienstverlening', size: 'klein', contact: 'Sandra Vos', role: 'Office manager',
    entryWork: 'Scannen, archiveren, post', openness: 'Twijfelt, wil eerst een proefplaatsing.',
    workplaces: [{ name: 'Backoffice', open: 0, traits: { inside_outside: 'first', alone_together: 'first', head_hands: 'first', busy_quiet: 'second', precision_speed: 'first' },
      atmosphere: 'Stil, kantoor', tasks: 'Scannen en archiveren', instruction: 'Schriftelijke werkinstructies' }] },
];

/**
 * The team's employer network for the demo, with a visit in each employer's contact history;
 * Ricardo's trial placement in De Haven's kitchen with its agreements, a wage-cost subsidy and
 * eight weekly forms from the chef, getting better week by week.
 */
export async function seedDemoEmployers(db: Db, o: { tenantId: string; coachId: string; now: Date; ricardoId: string }) {
  let kitchenId = '';
  for (const [i, e] of EMPLOYERS.entries()) {
    const id = randomUUID();
    const at = new Date(o.now.getTime() - (120 - i * 7) * 86_400_000);
    await db.insertInto('employer').values({
      tenant_id: o.tenantId, id, name: e.name, town: 'Rotterdam', neighbourhood: e.neighbourhood, sector: e.sector, size: e.size, csr_covenant: e.csr ?? false,
      contacts: JSON.stringify([{ name: e.contact, role: e.role }]), entry_work: e.entryWork, openness: e.openness, job_carving: e.jobCarving ?? '',
      created_by: o.coachId, created_at: at, updated_at: at,
    }).execute();
    await db.insertInto('employer_contact').values({
      tenant_id: o.tenantId, id: randomUUID(), employer_id: id, author_id: o.coachId, happened_on: at.toISOString().slice(0, 10),
      note: `Bezoek: kennisgemaakt met ${e.contact}, werkplek bekeken.`, created_at: at,
    }).execute();
    for (const p of e.workplaces) {
      const workplaceId = randomUUID();
      if (i === 0) kitchenId = workplaceId;
      await db.insertInto('workplace').values({
        tenant_id: o.tenantId, id: workplaceId, employer_id: id, name: p.name, open_places: p.open, traits: JSON.stringify(p.traits), atmosphere: p.atmosphere,
        tasks: p.tasks, instruction_style: p.instruction, growth: p.growth ?? '', scanned_on: at.toISOString().slice(0, 10),
        created_by: o.coachId, created_at: at, updated_at: at,
      }).execute();
    }
  }
  await seedRicardosPlacement(db, { ...o, kitchenId });
}

const DAY = 86_400_000;
const KEYS = ['op_tijd_komen', 'willen_werken', 'respect_tonen', 'samenwerken', 'eerlijk_zijn', 'ideeen_hebben', 'ondernemend_zijn', 'afspraken_nakomen', 'zelfstandig_werken', 'doorzetten'];

async function seedRicardosPlacement(db: Db, o: { tenantId: string; coachId: string; now: Date; ricardoId: string; kitchenId: string }) {
  const start = amsterdamDate(new Date(o.now.getTime() - 60 * DAY));
  const placementId = randomUUID();
  const at = new Date(o.now.getTime() - 60 * DAY);
  await db.insertInto('placement').values({
    tenant_id: o.tenantId, id: placementId, youth_id: o.ricardoId, workplace_id: o.kitchenId, kind: 'trial', starts_on: start,
    planned_end_on: amsterdamDate(new Date(o.now.getTime() + 30 * DAY)), supervisor_name: 'Youssef Amrani', supervisor_function: 'Chef-kok', hours_per_week: 24,
    agreements: JSON.stringify({
      working_hours: { agreed: true, note: 'Dinsdag tot en met donderdag, 9–17 uur' }, tasks: { agreed: true, note: 'Snijden, afwassen, mise-en-place' },
      income: { agreed: true, note: 'Uitkering loopt door; premie na 3 maanden' }, induction: { agreed: true, note: 'Eerste week meelopen met de chef' },
      supervision: { agreed: true, note: 'Youssef, chef-kok' }, training: { agreed: true, note: 'VCA-cursus' },
      wage_subsidy: { agreed: true, note: 'Loonkostensubsidie via de gemeente' }, incidents: { agreed: true, note: 'De chef belt de coach nog dezelfde dag' },
    }),
    created_by: o.coachId, created_at: at, updated_at: at,
  }).execute();
  await db.insertInto('placement_subsidy').values({
    tenant_id: o.tenantId, id: randomUUID(), placement_id: placementId, youth_id: o.ricardoId, kind: 'loonkostensubsidie', starts_on: start,
    ends_on: amsterdamDate(new Date(o.now.getTime() + 21 * DAY)), note: 'Gemeente Rotterdam', created_by: o.coachId, created_at: at,
  }).execute();
  // Eight weeks, each a little better: not yet → partly → seen.
  for (let week = 8; week >= 1; week--) {
    // Whole calendar weeks back from today in Amsterdam: 7 × 24 hours back crosses the change to
    // winter time, and late on a Sunday two of the eight weeks fell on one Monday.
    const monday = weekStartOf(plusDays(amsterdamDate(o.now), -week * 7));
    const progress = 8 - week;
    const ratings = Object.fromEntries(KEYS.map((k, i) => {
      const level = progress + (i % 3) - 2;
      return [k, { rating: level >= 4 ? 'seen' : level >= 1 ? 'partly' : 'not_yet' }];
    }));
    await db.insertInto('weekly_form').values({
      tenant_id: o.tenantId, id: randomUUID(), placement_id: placementId, youth_id: o.ricardoId, week_start: monday, filled_by: 'supervisor',
      supervisor_name: 'Youssef Amrani', ratings: JSON.stringify(ratings), note: week === 5 ? 'Ruzie met een collega; goed opgelost.' : '',
      submitted_at: new Date(parseISO(monday).getTime() + 4 * DAY + 15 * 3_600_000),
    }).execute();
  }
}
