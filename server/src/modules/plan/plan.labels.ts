import type { TaskRole } from '../../core/plan/plan-parts.js';

/** Dutch words the server itself prints (the plan PDF, an action's owner when no name was given). */
export const TASK_ROLE_LABELS: Record<TaskRole, string> = {
  youth: 'Jongere', coach: 'Coach', network: 'Netwerk', professional: 'Professional', employer: 'Werkgever', vip: 'VIP',
};

export const GOAL_STATUS_LABELS: Record<string, string> = {
  open: 'Nog niet begonnen', bezig: 'Bezig', behaald: 'Gelukt', niet_behaald: 'Niet gelukt',
};
