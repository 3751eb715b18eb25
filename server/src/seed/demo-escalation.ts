import { randomUUID } from 'node:crypto';
import { amsterdamDate } from '../core/youth/youth-rules.js';
import type { Db } from '../platform/db/index.js';

const DAY = 86_400_000;

/**
 * The opschaal-overleg as the IPTA handbook means it (ch. 6: a municipal meeting where casework
 * is brought in and things get done fast; ch. 2.6: bottlenecks feed policy learning): the
 * team lead's bottleneck about rooms for youth without an address, decided and waiting on
 * housing; Tamir's postal address, an exception granted; a bottleneck of the spring, solved and
 * made municipal policy; and a bottleneck still open.
 */
export async function seedDemoEscalations(db: Db, o: { tenantId: string; now: Date; teamleadId: string; coachId: string; teamId: string; tamirId: string }) {
  const at = (daysAgo: number) => new Date(o.now.getTime() - daysAgo * DAY);
  const day = (daysAgo: number) => amsterdamDate(at(daysAgo));
  const item = (x: { raisedBy: string; daysAgo: number; kind: 'case' | 'bottleneck'; youthId?: string; title: string; question: string } & Partial<{
    meetingOn: string; decision: string; actionOwner: string; actionDueOn: string; status: 'open' | 'decided' | 'done'; version: number;
    outcome: string; policyChangeNote: string;
  }>) => ({
    tenant_id: o.tenantId, id: randomUUID(), kind: x.kind, youth_id: x.youthId ?? null, team_id: o.teamId, title: x.title, question: x.question,
    meeting_on: x.meetingOn ?? null, decision: x.decision ?? null, action_owner: x.actionOwner ?? null, action_due_on: x.actionDueOn ?? null,
    status: x.status ?? 'open', raised_by: x.raisedBy, created_at: at(x.daysAgo), updated_at: at(x.daysAgo), version: x.version ?? 1,
    outcome: x.outcome ?? null, policy_change: Boolean(x.policyChangeNote), policy_change_note: x.policyChangeNote ?? null,
  });
  await db.insertInto('escalation').values([
    item({
      kind: 'bottleneck', raisedBy: o.teamleadId, daysAgo: 30, status: 'decided', version: 2,
      title: 'Geen kamers voor jongeren zonder adres',
      question: 'Jongeren die bankslapen krijgen geen kamer zonder inschrijving, en zonder adres geen uitkering en geen werk. Drie jongeren in ons team lopen hierop vast. Kan de gemeente kamers beschikbaar stellen?',
      meetingOn: day(21), decision: 'De afdeling Wonen reserveert kamers bij de corporaties voor deelnemers van het wijkteam; het wijkteam draagt de jongeren voor.',
      actionOwner: 'Afdeling Wonen, gemeente', actionDueOn: day(5),
    }),
    item({
      kind: 'case', youthId: o.tamirId, raisedBy: o.coachId, daysAgo: 20, status: 'decided', version: 2,
      title: 'Postadres voor Tamir',
      question: 'Tamir is terug uit detentie in het buitenland en heeft geen adres. Zonder postadres kan hij geen uitkering aanvragen en zijn schulden niet op een rij krijgen. Kan er een uitzondering komen?',
      meetingOn: day(14), decision: 'Uitzondering toegestaan: Tamir krijgt een briefadres bij het wijkteam, ook al woont hij niet in de wijk.',
      actionOwner: 'Coach, met de Stadswinkel', actionDueOn: day(-2),
    }),
    item({
      kind: 'bottleneck', raisedBy: o.teamleadId, daysAgo: 240, status: 'done', version: 4,
      title: 'Geen DigiD, geen aanvraag',
      question: 'Jongeren zonder DigiD kunnen geen uitkering of studiefinanciering aanvragen, en de aanvraag van een DigiD loopt via een adres dat ze niet hebben. Kan het Jongerenloket helpen?',
      meetingOn: day(230), decision: 'Het Jongerenloket vraagt voor deelnemers ter plekke een DigiD aan, met het briefadres van het wijkteam.',
      actionOwner: 'Jongerenloket Rotterdam', actionDueOn: day(200),
      outcome: 'Sinds april 23 jongeren geholpen; de aanvraag duurt nu een week in plaats van zes.',
      policyChangeNote: 'Vastgelegd in de werkwijze van het Jongerenloket voor alle wijkteams.',
    }),
    item({
      kind: 'bottleneck', raisedBy: o.coachId, daysAgo: 3, meetingOn: day(-7),
      title: 'Drie maanden wachten op schuldhulp',
      question: 'Jongeren met schulden wachten drie maanden op een intake bij de schuldhulpverlening. In die tijd haken ze af. Kunnen deelnemers voorrang krijgen?',
    }),
  ]).execute();
}
