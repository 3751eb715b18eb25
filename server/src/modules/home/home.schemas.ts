import { z } from 'zod';
import { Appointment } from '../appointment/appointment.schemas.js';

export const Home = z.object({
  /** Past appointments not yet marked held or no-show (two weeks back). */
  unsettled: z.array(Appointment),
  today: z.array(Appointment),
  thisWeek: z.array(Appointment),
});
