import { amsterdamDayStart, NO_CONTACT_DAYS } from '../../core/casework/calendar.js';
import type { RequestContext } from '../../platform/request-context.js';
import * as appointmentRepository from '../appointment/appointment.repository.js';
import { presentAppointment } from '../appointment/appointment.service.js';
import * as youthService from '../youth/youth.service.js';

/** The coach's home on a phone: today's and this week's appointments, and who needs contact. */
export async function home(ctx: RequestContext) {
  const now = ctx.now();
  const [agenda, mine] = await Promise.all([
    appointmentRepository.agenda(ctx.db, ctx.tenantId, ctx.user.id, amsterdamDayStart(now), amsterdamDayStart(now, 7)),
    youthService.list(ctx, { scope: 'mine' }),
  ]);
  const tomorrow = amsterdamDayStart(now, 1);
  const appointments = agenda.map(presentAppointment);
  return {
    today: appointments.filter((a) => new Date(a.startsAt) < tomorrow),
    thisWeek: appointments.filter((a) => new Date(a.startsAt) >= tomorrow),
    needsContact: mine.items
      .filter((y) => y.trajectory && y.trajectory.status === 'active' && (y.daysSinceContact === null || y.daysSinceContact >= NO_CONTACT_DAYS))
      .sort((a, b) => (b.daysSinceContact ?? b.daysSinceRegistration) - (a.daysSinceContact ?? a.daysSinceRegistration))
      .map((y) => ({ youthId: y.id, displayName: y.displayName, daysSinceContact: y.daysSinceContact, daysSinceRegistration: y.daysSinceRegistration, attempts: y.attempts })),
  };
}
