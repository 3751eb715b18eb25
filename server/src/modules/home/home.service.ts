import { amsterdamDayStart } from '../../core/casework/calendar.js';
import type { RequestContext } from '../../platform/request-context.js';
import * as appointmentRepository from '../appointment/appointment.repository.js';
import { presentAppointment } from '../appointment/appointment.service.js';
import { normsOf } from '../norms/norms.service.js';
import * as youthService from '../youth/youth.service.js';

/** The coach's home on a phone: today's and this week's appointments, and who needs contact. */
export async function home(ctx: RequestContext) {
  const now = ctx.now();
  const [agenda, openCaseload, norms] = await Promise.all([
    // From two weeks back: appointments not yet marked held or no-show stay on the list.
    appointmentRepository.agenda(ctx.db, ctx.tenantId, ctx.user, amsterdamDayStart(now, -14), amsterdamDayStart(now, 7)),
    youthService.openCaseloadOf(ctx),
    normsOf(ctx.db, ctx.tenantId),
  ]);
  // The tenant's no-contact norm (the administrator's number; off: only those never reached).
  const noContactDays = norms.no_contact.enabled ? norms.no_contact.threshold ?? 14 : Infinity;
  const today = amsterdamDayStart(now);
  const tomorrow = amsterdamDayStart(now, 1);
  const appointments = agenda.map(presentAppointment);
  return {
    unsettled: appointments.filter((a) => new Date(a.startsAt) < today),
    today: appointments.filter((a) => new Date(a.startsAt) >= today && new Date(a.startsAt) < tomorrow),
    thisWeek: appointments.filter((a) => new Date(a.startsAt) >= tomorrow),
    // Every youth without a closed trajectory counts: also one not yet started, or paused.
    needsContact: openCaseload
      .filter((y) => y.daysSinceContact === null || y.daysSinceContact >= noContactDays)
      .sort((a, b) => (b.daysSinceContact ?? b.daysSinceRegistration) - (a.daysSinceContact ?? a.daysSinceRegistration))
      .map((y) => ({ youthId: y.id, displayName: y.displayName, daysSinceContact: y.daysSinceContact, daysSinceRegistration: y.daysSinceRegistration, attempts: y.attempts })),
  };
}
