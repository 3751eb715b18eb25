import { AppError } from '../errors.js';

/**
 * The cursor of a paged list: the sort key of the last item seen, opaque to the client
 * (base64url of a JSON array), so a list can change its sort key without a client noticing.
 */
export const encodeCursor = (key: readonly string[]) => Buffer.from(JSON.stringify(key)).toString('base64url');

/**
 * The sort key a cursor holds, checked by `valid`; anything else is a clear 400 (a link kept
 * from an older version, or typed by hand) rather than a query on nonsense.
 */
export function decodeCursor(cursor: string, field: string, valid: (key: string[]) => boolean): string[] {
  let key: unknown;
  try { key = JSON.parse(Buffer.from(cursor, 'base64url').toString()); } catch { key = null; }
  if (!Array.isArray(key) || !key.every((k) => typeof k === 'string') || !valid(key)) {
    throw new AppError('INVALID_CURSOR', 400, 'Deze pagina bestaat niet (meer). Begin opnieuw bovenaan.', { field });
  }
  return key;
}
