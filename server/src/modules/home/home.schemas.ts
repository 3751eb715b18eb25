import { z } from 'zod';
import { Id } from '../../platform/http/schemas.js';
import { Appointment } from '../appointment/appointment.schemas.js';

export const Home = z.object({
  /** Past appointments not yet marked held or no-show (two weeks back). */
  unsettled: z.array(Appointment),
  today: z.array(Appointment),
  thisWeek: z.array(Appointment),
  /** Active youth not reached for a while (or never): the coach does not let them drop out of sight. */
  needsContact: z.array(z.object({
    youthId: Id, displayName: z.string(), daysSinceContact: z.number().nullable(), daysSinceRegistration: z.number(), attempts: z.number(),
  })),
});
