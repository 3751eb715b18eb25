import { createHash } from 'node:crypto';
import type { Db } from '../db/index.js';

/**
 * Failed logins are throttled per account and per address, so guessing is slow from one place
 * and from many; second-factor codes have their own counter that a correct password does not
 * reset. An attempt is written *before* it is checked, so parallel guesses count each other.
 * Keys are hashed: the table holds no e-mail addresses, and rows older than the window go.
 */
export const THROTTLE = {
  windowMinutes: 15,
  limits: { account: 5, address: 30, second_factor: 5, link_address: 20 },
};

type Kind = keyof typeof THROTTLE.limits;
export interface ThrottleKey { kind: Kind; value: string }

const keyOf = (k: ThrottleKey) => `${k.kind}:${createHash('sha256').update(k.value.trim().toLowerCase()).digest('hex')}`;

export interface Attempt { ids: number[]; throttled: boolean }

export async function startAttempt(db: Db, keys: ThrottleKey[], now: Date): Promise<Attempt> {
  const since = new Date(now.getTime() - THROTTLE.windowMinutes * 60_000);
  await db.deleteFrom('login_failure').where('at', '<', since).execute();
  const rows = await db.insertInto('login_failure').values(keys.map((k) => ({ key: keyOf(k), at: now }))).returning('id').execute();
  const counts = await db.selectFrom('login_failure')
    .select(['key', (eb) => eb.fn.countAll<number>().as('n')])
    .where('key', 'in', keys.map(keyOf)).where('at', '>=', since)
    .groupBy('key').execute();
  const throttled = keys.some((k) => Number(counts.find((c) => c.key === keyOf(k))?.n ?? 0) > THROTTLE.limits[k.kind]);
  return { ids: rows.map((r) => Number(r.id)), throttled };
}

/** The attempt succeeded: it was no failure, and the earlier failures of `clear` are forgiven. */
export async function attemptSucceeded(db: Db, attempt: Attempt, clear: ThrottleKey) {
  if (attempt.ids.length) await db.deleteFrom('login_failure').where('id', 'in', attempt.ids).execute();
  await db.deleteFrom('login_failure').where('key', '=', keyOf(clear)).execute();
}

/** The attempt was no failure (a valid link): it does not count against the address. */
export async function notAFailure(db: Db, attempt: Attempt) {
  if (attempt.ids.length) await db.deleteFrom('login_failure').where('id', 'in', attempt.ids).execute();
}
