import { amsterdamDayStart } from '../../core/casework/calendar.js';
import type { RequestContext } from '../../platform/request-context.js';
import * as appointmentRepository from '../appointment/appointment.repository.js';
import { presentAppointment } from '../appointment/appointment.service.js';

/**
 * The coach's appointments on the home screen: still to settle, today's and this week's. Who
 * needs contact is on the worklist beside them (the no-contact and unanswered-attempts signals).
 */
export async function home(ctx: RequestContext) {
  const now = ctx.now();
  // From two weeks back: appointments not yet marked held or no-show stay on the list.
  const agenda = await appointmentRepository.agenda(ctx.db, ctx.tenantId, ctx.user, amsterdamDayStart(now, -14), amsterdamDayStart(now, 7));
  const today = amsterdamDayStart(now);
  const tomorrow = amsterdamDayStart(now, 1);
  const appointments = agenda.map(presentAppointment);
  return {
    unsettled: appointments.filter((a) => new Date(a.startsAt) < today),
    today: appointments.filter((a) => new Date(a.startsAt) >= today && new Date(a.startsAt) < tomorrow),
    thisWeek: appointments.filter((a) => new Date(a.startsAt) >= tomorrow),
  };
}
