import type { Db } from '../db/index.js';

/**
 * Failed logins are throttled per account and per address, so guessing is slow from one place
 * and from many. The limits are deliberately generous for a person who mistypes.
 */
export const THROTTLE = {
  windowMinutes: 15,
  perAccount: 5,
  perAddress: 30,
};

const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;
const addressKey = (address: string) => `address:${address}`;

export async function isThrottled(db: Db, email: string, address: string, now: Date): Promise<boolean> {
  const since = new Date(now.getTime() - THROTTLE.windowMinutes * 60_000);
  const rows = await db.selectFrom('login_failure')
    .select(['key', (eb) => eb.fn.countAll<number>().as('n')])
    .where('key', 'in', [accountKey(email), addressKey(address)])
    .where('at', '>', since)
    .groupBy('key')
    .execute();
  const count = (key: string) => Number(rows.find((r) => r.key === key)?.n ?? 0);
  return count(accountKey(email)) >= THROTTLE.perAccount || count(addressKey(address)) >= THROTTLE.perAddress;
}

export async function recordFailure(db: Db, email: string, address: string, now: Date) {
  await db.insertInto('login_failure').values([
    { key: accountKey(email), at: now },
    { key: addressKey(address), at: now },
  ]).execute();
}

/** A successful login clears the account's failures (not the address's). */
export async function clearAccountFailures(db: Db, email: string) {
  await db.deleteFrom('login_failure').where('key', '=', accountKey(email)).execute();
}
