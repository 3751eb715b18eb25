/** Pure rules of the daily casework: response times, edit windows, duplicates. */

const MINUTE = 60_000;
const DAY = 86_400_000;

/** Minutes from the report of an incident until the coach was there (null while not yet there). */
export function responseMinutes(reportedAt: Date, arrivedAt: Date | null): number | null {
  if (!arrivedAt) return null;
  return Math.round((arrivedAt.getTime() - reportedAt.getTime()) / MINUTE);
}

/** A contact can be changed for `editDays` after it was recorded; later only amended with an addendum. */
export function withinEditWindow(createdAt: Date, now: Date, editDays: number): boolean {
  return now.getTime() - createdAt.getTime() <= editDays * DAY;
}

/** A moment that has not happened yet (a little clock drift between phone and server is allowed). */
export function isInFuture(at: Date, now: Date, graceMinutes = 5): boolean {
  return at.getTime() > now.getTime() + graceMinutes * MINUTE;
}

export interface PersonFacts {
  nickname?: string | null; firstName?: string | null; lastName?: string | null;
  birthDate?: string | null; neighbourhood?: string | null;
}

const norm = (s: string | null | undefined) => (s ?? '').trim().toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/**
 * How likely a reported youth is someone Spil already knows. Points for what matches, with
 * the reasons, so the team lead can judge; a score of 3 or more is worth a warning. A
 * neighbourhood alone never is (many youth live in one).
 */
export function duplicateScore(reported: PersonFacts, known: PersonFacts): { score: number; reasons: string[] } {
  const reasons: string[] = [];
  let score = 0;
  const same = (a: string | null | undefined, b: string | null | undefined) => norm(a) !== '' && norm(a) === norm(b);
  if (same(reported.nickname, known.nickname)) { score += 3; reasons.push('nickname'); }
  if (same(reported.firstName, known.firstName) && same(reported.lastName, known.lastName)) { score += 4; reasons.push('name'); }
  else if (same(reported.firstName, known.firstName)) { score += 1; reasons.push('first_name'); }
  if (reported.birthDate && reported.birthDate === known.birthDate) { score += 3; reasons.push('birth_date'); }
  if (score > 0 && same(reported.neighbourhood, known.neighbourhood)) { score += 1; reasons.push('neighbourhood'); }
  return { score, reasons };
}

export const DUPLICATE_THRESHOLD = 3;

export function likelyDuplicates<T extends PersonFacts & { id: string }>(reported: PersonFacts, known: T[]) {
  return known
    .map((k) => ({ candidate: k, ...duplicateScore(reported, k) }))
    .filter((m) => m.score >= DUPLICATE_THRESHOLD)
    .sort((a, b) => b.score - a.score);
}
