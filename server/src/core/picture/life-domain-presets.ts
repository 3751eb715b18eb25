import type { Method } from '../trajectory/phase-presets.js';

/**
 * Life-domain presets per method. The level texts are Spil's own short descriptions (not taken
 * from any published matrix). They are configuration: a tenant starts from one of these sets and
 * its admin edits labels and level texts; from then on the tenant's domains are data, not this file.
 * Score 1 = acute problems, 2 = serious problems / not self-reliant, 3 = wobbly, some arrangements
 * in place, 4 = in order with some help, 5 = fully self-reliant. Written for young people of 16–27.
 */

/** A life domain as a tenant starts with it: Spil's own short description per score 1–5. */
export interface LifeDomainPreset {
  key: string;
  label: string;
  levels: [string, string, string, string, string];
}

export const LIFE_DOMAIN_PRESETS: Record<Method, LifeDomainPreset[]> = {
  // Rotterdam IJA: the eight life domains the coach goes through with the young person.
  ija: [
    {
      key: 'scholing',
      label: 'Scholing',
      levels: [
        'Niet ingeschreven of zit thuis; verzuimt langdurig zonder contact met school.',
        'Wel ingeschreven maar verzuimt veel; afhaken of verwijdering dreigt.',
        'Gaat met wisselend succes naar school; verzuim en achterstand komen voor.',
        'Volgt een passende opleiding en is meestal aanwezig; soms steun nodig.',
        'Volgt een passende opleiding of heeft een diploma; regelt het zelf.',
      ],
    },
    {
      key: 'werk',
      label: 'Werk',
      levels: [
        'Geen werk of dagbesteding en zoekt ook niet; geen zicht op iets.',
        'Zoekt soms werk maar houdt het niet vast; baantjes lopen steeds mis.',
        'Heeft tijdelijk of onregelmatig werk; het vasthouden blijft wankel.',
        'Heeft werk of een leerbaan en houdt het vol, met wat begeleiding.',
        'Heeft passend werk, houdt het vast en lost problemen op het werk zelf op.',
      ],
    },
    {
      key: 'financien',
      label: 'Financiën',
      levels: [
        'Geen inkomen of schulden lopen op; beslag, afsluiting of huisuitzetting dreigt.',
        'Onregelmatig inkomen en achterstanden; geen overzicht over geld en post.',
        'Inkomen is er maar krap; schulden groeien niet meer of er loopt een regeling.',
        'Vast inkomen en rekeningen worden betaald; hulp bij budget of schulden nog nodig.',
        'Eigen stabiel inkomen, geen problematische schulden; beheert geld zelf.',
      ],
    },
    {
      key: 'wonen',
      label: 'Wonen',
      levels: [
        'Dakloos of zwerft van adres naar adres; huisuitzetting is aanstaande.',
        'Woont onzeker of ongeschikt: tijdelijk, te vol of met veel ruzie thuis.',
        'Heeft een dak boven het hoofd, maar de woonplek is niet lang zeker.',
        'Woont stabiel, thuis of zelfstandig met begeleiding; kleine zorgen.',
        'Woont stabiel en passend; regelt huur, huishouden en verhuurder zelf.',
      ],
    },
    {
      key: 'justitie',
      label: 'Justitie',
      levels: [
        'Pleegt nu delicten of is in beeld bij politie; detentie of een nieuwe zaak dreigt.',
        'Lopende zaak of openstaande boetes; contact met criminele kringen blijft.',
        'Geen nieuwe delicten, maar zaak, straf of toezicht loopt nog; terugval kan.',
        'Komt afspraken met reclassering of justitie na; risico op terugval is klein.',
        'Geen contact met justitie of alles is afgerond; blijft zelf uit de problemen.',
      ],
    },
    {
      key: 'gezondheid',
      label: 'Gezondheid',
      levels: [
        'Ernstige lichamelijke of psychische klachten of verslaving, zonder enige hulp.',
        'Duidelijke klachten of veel middelengebruik; hulp ontbreekt of wordt gemeden.',
        'Klachten spelen op; hulp is in beeld maar wordt niet altijd gebruikt.',
        'Klachten zijn onder controle met behandeling of begeleiding.',
        'Gezond of gaat zelf goed om met klachten; zoekt zelf hulp als dat nodig is.',
      ],
    },
    {
      key: 'vrije_tijd',
      label: 'Vrije tijd',
      levels: [
        'Hangt zonder doel op straat; vrije tijd is vooral riskant of schadelijk.',
        'Geen vaste bezigheden; verveling en riskante activiteiten overheersen.',
        'Doet af en toe iets zinnigs, maar zonder vast ritme of vaste plek.',
        'Heeft een paar vaste activiteiten, zoals sport of hobby; soms een duwtje nodig.',
        'Vult vrije tijd zelf op een prettige en veilige manier in.',
      ],
    },
    {
      key: 'sociaal_netwerk',
      label: 'Sociaal netwerk',
      levels: [
        'Vrijwel geïsoleerd, of alleen omringd door mensen die schade doen.',
        'Weinig steun; belemmerende vrienden of familie hebben veel invloed.',
        'Een paar steunende mensen, maar het netwerk is klein of wisselend.',
        'Heeft steun van familie of vrienden en schakelt die meestal zelf in.',
        'Heeft een breed, steunend netwerk en onderhoudt dat zelf.',
      ],
    },
  ],
  // IPTA: a self-reliance-matrix shaped set of twelve domains (1 = acute problems … 5 = fully self-reliant).
  ipta: [
    {
      key: 'financien',
      label: 'Financiën',
      levels: [
        'Geen inkomen of schulden lopen op; beslag, afsluiting of huisuitzetting dreigt.',
        'Inkomen onzeker of te laag; achterstanden groeien en post blijft liggen.',
        'Inkomen is er en schulden groeien niet; een regeling of bewindvoering loopt.',
        'Vast inkomen en vaste lasten worden betaald; nog wat hulp bij budgetteren.',
        'Stabiel eigen inkomen, geen betalingsproblemen; houdt zelf geld en post bij.',
      ],
    },
    {
      key: 'werk_opleiding',
      label: 'Werk en opleiding',
      levels: [
        'Geen werk, school of dagbesteding en geen zicht daarop.',
        'Zoekt werk of een opleiding maar het lukt niet; haakt steeds af.',
        'Volgt een traject, stage of tijdelijk werk; volhouden is nog wankel.',
        'Werkt of leert met een contract of inschrijving; soms begeleiding nodig.',
        'Heeft passend werk of volgt een opleiding en houdt dat zelf vol.',
      ],
    },
    {
      key: 'tijdsbesteding',
      label: 'Tijdsbesteding',
      levels: [
        'Geen dagritme; dag en nacht lopen door elkaar, verveling of risicogedrag.',
        'Weinig structuur; de dag gaat op aan hangen, gamen of slapen.',
        'Wat structuur door een paar afspraken of activiteiten, maar niet elke dag.',
        'Vast dagritme met werk, school of activiteiten; soms een duwtje nodig.',
        'Vult dagen en vrije tijd zelf zinvol in, met een gezond ritme.',
      ],
    },
    {
      key: 'huisvesting',
      label: 'Huisvesting',
      levels: [
        'Dakloos of zwerft van bank naar bank; huisuitzetting is aanstaande.',
        'Woont tijdelijk of op een ongeschikte of onveilige plek, zoals de opvang.',
        'Heeft een vaste slaapplek, maar die is niet zeker voor de langere termijn.',
        'Woont stabiel, met begeleiding of in een begeleide woonvorm.',
        'Woont stabiel en passend; regelt huur en huishouden zelf.',
      ],
    },
    {
      key: 'huiselijke_relaties',
      label: 'Huiselijke relaties',
      levels: [
        'Thuis of in de relatie is het onveilig: geweld, dreiging of verwaarlozing.',
        'Veel ruzie of spanning thuis; relaties maken het leven zwaarder.',
        'Er is spanning thuis, maar het wordt besproken; er is wat hulp of bemiddeling.',
        'Thuis gaat het redelijk; conflicten worden meestal samen opgelost.',
        'Relaties thuis zijn veilig en steunend; lost onenigheid zelf op.',
      ],
    },
    {
      key: 'geestelijke_gezondheid',
      label: 'Geestelijke gezondheid',
      levels: [
        'Acute psychische crisis: gevaar voor zichzelf of anderen, of opname nodig.',
        'Ernstige psychische klachten zonder passende hulp; het dagelijks leven loopt vast.',
        'Psychische klachten spelen op; hulp is gestart maar nog niet stabiel.',
        'Klachten zijn onder controle met behandeling of begeleiding.',
        'Psychisch stabiel, of gaat zelf goed om met klachten en vraagt op tijd hulp.',
      ],
    },
    {
      key: 'lichamelijke_gezondheid',
      label: 'Lichamelijke gezondheid',
      levels: [
        'Ernstige lichamelijke klachten of letsel zonder medische zorg.',
        'Duidelijke klachten; gaat niet naar de huisarts of stopt met behandeling.',
        'Zorg is geregeld, maar afspraken worden wisselend nagekomen.',
        'Klachten worden behandeld en afspraken worden meestal nagekomen.',
        'Lichamelijk gezond, of regelt zelf de zorg die nodig is.',
      ],
    },
    {
      key: 'middelengebruik',
      label: 'Middelengebruik',
      levels: [
        'Verslaafd; het gebruik leidt tot acute schade, gevaar of crisis.',
        'Zwaar gebruik van drugs, alcohol of gokken; school, werk of geld lijden eronder.',
        'Gebruikt regelmatig met enige schade; wil of probeert te minderen.',
        'Gebruikt weinig of is met hulp in herstel; het leven wordt nauwelijks verstoord.',
        'Gebruikt niet, of houdt het zelf onder controle zonder problemen.',
      ],
    },
    {
      key: 'dagelijks_leven',
      label: 'Dagelijks leven',
      levels: [
        'Redt zich niet: eten, hygiëne of veiligheid schieten ernstig tekort.',
        'Basiszaken als boodschappen, schoonmaken en afspraken lukken vaak niet.',
        'Redt zich met de basis, maar post, afspraken of huishouden lopen soms achter.',
        'Regelt het dagelijks leven grotendeels zelf, met hulp bij enkele taken.',
        'Regelt huishouden, afspraken en eigen verzorging helemaal zelf.',
      ],
    },
    {
      key: 'sociaal_netwerk',
      label: 'Sociaal netwerk',
      levels: [
        'Geïsoleerd, of alleen contact met mensen die schade doen of onder druk zetten.',
        'Weinig steunende contacten; verkeerde vrienden of familie hebben veel invloed.',
        'Een paar steunende contacten, maar het netwerk is klein of wankel.',
        'Heeft mensen om op terug te vallen en schakelt ze meestal zelf in.',
        'Breed en steunend netwerk dat de jongere zelf onderhoudt.',
      ],
    },
    {
      key: 'maatschappelijke_participatie',
      label: 'Maatschappelijke participatie',
      levels: [
        'Staat buiten de samenleving; wantrouwt en mijdt instanties volledig.',
        'Doet nauwelijks mee buiten de eigen kring; reageert niet op instanties.',
        'Doet ergens aan mee, zoals sport of een club, maar met horten en stoten.',
        'Doet mee in club, buurt of vrijwilligerswerk; instanties lukken met steun.',
        'Doet actief mee in de samenleving en regelt zaken met instanties zelf.',
      ],
    },
    {
      key: 'justitie',
      label: 'Justitie',
      levels: [
        'Pleegt nu delicten, wordt gezocht of detentie dreigt.',
        'Lopende zaak, boetes of toezicht; houdt zich niet aan de afspraken.',
        'Geen nieuwe delicten; straf of toezicht loopt nog en terugval ligt op de loer.',
        'Houdt zich aan afspraken met reclassering of justitie; weinig risico.',
        'Geen contact met justitie of alles is afgerond; blijft zelf uit de problemen.',
      ],
    },
  ],
};
