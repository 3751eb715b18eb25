import { randomUUID } from 'node:crypto';
import { amsterdamDate } from '../core/youth/youth-rules.js';
import type { Db } from '../platform/db/index.js';
import { makeMeeting } from './factories.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/**
 * What the worklists show on a Monday morning (issue 9): Jeffrey's wrap-around meeting with
 * two actions overdue and the next meeting this week; the street group as a group case with an
 * answered report last week and a shop owner's nuisance report last night whose 24-hour
 * clocks are running; a group session; and one of the group turning 18 within the month.
 */
export async function seedDemoNorms(db: Db, o: {
  tenantId: string; now: Date; sanneId: string; jeffreyId: string; mohamedId: string; delfshavenId: string; groupMemberIds: string[];
}) {
  const { tenantId, now } = o;
  await makeMeeting(db, {
    tenantId, youthId: o.jeffreyId, authorId: o.sanneId, now, daysAgo: 18, place: 'Buurthuis Afrikaanderwijk', nextMeetingInDays: 3,
    goals: 'Rust in de schulden; een eerste stap richting muziek en werk.', informing: 'Appgroep met Jeffrey, oom Henk en de coach; de coach belt de instanties.',
    participants: [
      { kind: 'coach', name: 'Sanne de Vries', role: 'Voorzitter', attended: true },
      { kind: 'youth', name: 'Jeffrey', role: 'Jongere', attended: true },
      { kind: 'network', name: 'Oom Henk', role: 'JIM-mentor', contribution: 'Neemt Jeffrey mee naar zijn werk in de podiumbouw', attended: true },
      { kind: 'professional', name: 'M. de Wit, Kredietbank', role: 'Schuldhulpverlener', attended: true },
    ],
    conditions: ['Jeffrey wordt opgepakt', 'Geen inkomen op 1 maart'],
    actions: [
      { description: 'Aanmelden bij de Kredietbank met het schuldenoverzicht', owner: 3, dueDaysFromNow: -4, principles: ['draaglast_verkleinen'] },
      { description: 'Samen met oom Henk een dag meelopen in de podiumbouw', owner: 2, dueDaysFromNow: -1, principles: ['dromen_en_talenten'] },
      { description: 'Zorgverzekering regelen', owner: 1, dueDaysFromNow: -8, done: true },
    ],
  });

  // Milan turns 18 within the month (the legal frame changes).
  const milan = o.groupMemberIds[2]!;
  const birthday = amsterdamDate(new Date(now.getTime() + 20 * DAY));
  // 29 February has no birthday 18 years back: the day before does.
  const sameDay = birthday.slice(5) === '02-29' ? '-02-28' : birthday.slice(4);
  await db.updateTable('youth').set({ birth_date: `${Number(birthday.slice(0, 4)) - 18}${sameDay}` }).where('id', '=', milan).execute();

  const groupId = randomUUID();
  await db.insertInto('youth_group').values({
    tenant_id: tenantId, id: groupId, team_id: o.delfshavenId, name: 'Straatgroep Schiedamseweg', neighbourhood: 'Bospolder-Tussendijken',
    coach_id: o.mohamedId, note: 'Ingeschakeld door de jeugdoverlast-expert en de politie; samen met jongerenwerk.', created_by: o.mohamedId,
    created_at: new Date(now.getTime() - 14 * DAY),
  }).execute();
  await db.insertInto('youth_group_member').values(o.groupMemberIds.map((youth_id) => ({
    tenant_id: tenantId, id: randomUUID(), group_id: groupId, youth_id, since: new Date(now.getTime() - 14 * DAY), until: null, added_by: o.mohamedId,
  }))).execute();
  const report = (hoursAgo: number, what: string, reporter: string, organisation: string | null, kind: 'nuisance' | 'truancy') => ({
    tenant_id: tenantId, id: randomUUID(), group_id: groupId, reported_at: new Date(now.getTime() - hoursAgo * HOUR), kind, reporter_name: reporter,
    reporter_organisation: organisation, what, created_by: o.mohamedId, created_at: new Date(now.getTime() - hoursAgo * HOUR + 10 * 60_000),
  });
  await db.insertInto('group_report').values([
    // Last week: the group contacts on the square answered it for some in time, for others not.
    report(8 * 24 + 12, 'Leerplicht meldt: drie van de groep niet op school.', 'Leerplichtambtenaar', 'Leerplicht Rotterdam', 'truancy'),
    // Last night: the clocks are running.
    report(12, 'Samenscholing en vernieling bij de supermarkt; klanten durven niet naar binnen.', 'Dhr. Yilmaz', 'Winkeliersvereniging Schiedamseweg', 'nuisance'),
  ]).execute();
  const sessionId = randomUUID();
  await db.insertInto('group_session').values({
    tenant_id: tenantId, id: sessionId, team_id: o.delfshavenId, topic: 'Voetbal en gesprek: wat wil je later worden?', held_at: new Date(now.getTime() - 5 * DAY),
    facilitator: 'Mohamed El Amrani en jongerenwerk', note: 'Vier van de zes kwamen; Dex en Jay willen een stage.', created_by: o.mohamedId, created_at: new Date(now.getTime() - 5 * DAY),
  }).execute();
  await db.insertInto('group_session_attendee').values(o.groupMemberIds.slice(0, 4).map((youth_id) => ({ tenant_id: tenantId, session_id: sessionId, youth_id }))).execute();
}
