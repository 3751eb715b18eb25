import { plusMonths } from '../casework/calendar.js';

/**
 * Consent of the youth to share something (what, with whom, from when until when). Pure
 * rules; dates are Amsterdam calendar dates 'YYYY-MM-DD', so string order is date order.
 */
export interface ConsentFacts {
  purpose: string;
  givenOn: string;
  validUntil: string;
  withdrawnAt: Date | null;
}

/** Longest period a single consent may run: after that the youth is asked again. */
export const MAX_CONSENT_MONTHS = 24;

export type ConsentProblem = 'ENDS_BEFORE_START' | 'GIVEN_IN_FUTURE' | 'TOO_LONG' | 'ALREADY_ENDED';

/** What is wrong with a consent as recorded today, or null. */
export function consentProblem(c: { givenOn: string; validUntil: string }, today: string): ConsentProblem | null {
  if (c.validUntil < c.givenOn) return 'ENDS_BEFORE_START';
  if (c.givenOn > today) return 'GIVEN_IN_FUTURE';
  if (c.validUntil < today) return 'ALREADY_ENDED';
  if (c.validUntil > plusMonths(c.givenOn, MAX_CONSENT_MONTHS)) return 'TOO_LONG';
  return null;
}

/** Whether the consent allows this purpose today: not withdrawn, started, not yet ended. */
export function consentCovers(c: ConsentFacts, purpose: string, today: string): boolean {
  return c.purpose === purpose && c.withdrawnAt === null && c.givenOn <= today && today <= c.validUntil;
}

export type ConsentStatus = 'active' | 'expired' | 'withdrawn' | 'future';

export function consentStatus(c: ConsentFacts, today: string): ConsentStatus {
  if (c.withdrawnAt) return 'withdrawn';
  if (c.givenOn > today) return 'future';
  return today <= c.validUntil ? 'active' : 'expired';
}

