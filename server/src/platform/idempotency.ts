import { AppError } from './errors.js';

/**
 * Creates carry a client-made UUID, so a retry makes no second record. When the insert found
 * the id taken, this decides: the same youth's record comes back as it was made the first time;
 * an id of anything else is refused.
 */
export function sameRecordOrConflict<T extends { tenant_id: string; youth_id: string }>(existing: T | undefined, tenantId: string, youthId: string): T {
  if (!existing || existing.tenant_id !== tenantId || existing.youth_id !== youthId) {
    throw new AppError('ID_IN_USE', 409, 'Dit id is al in gebruik. Vernieuw de pagina en probeer het opnieuw.');
  }
  return existing;
}
