import { plusDays } from '../casework/calendar.js';
import { amsterdamDate } from '../youth/youth-rules.js';
import { groupResponseMet } from './norm-engine.js';

/** The calendar quarter (Amsterdam) that `today` falls in: first and last day. */
export function quarterOf(today: string): { from: string; to: string; label: string } {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const q = Math.floor((m - 1) / 3);
  const from = `${y}-${String(q * 3 + 1).padStart(2, '0')}-01`;
  const nextFrom = q === 3 ? `${y + 1}-01-01` : `${y}-${String(q * 3 + 4).padStart(2, '0')}-01`;
  return { from, to: plusDays(nextFrom, -1), label: `Q${q + 1} ${y}` };
}

export interface Share { met: number; missed: number; open: number }

/**
 * The six-week norm over a period: every youth whose deadline fell in the period (up to today)
 * counts as met (signed by the deadline) or missed; youth whose deadline is still ahead but
 * who signed already count as met; the rest of the period is still open.
 */
export function planNormShare(youth: { registeredAt: Date; firstPlanSignedAt: Date | null }[], weeks: number, period: { from: string; to: string }, today: string): Share {
  const share: Share = { met: 0, missed: 0, open: 0 };
  for (const y of youth) {
    const deadline = plusDays(amsterdamDate(y.registeredAt), weeks * 7);
    if (deadline < period.from || deadline > period.to) continue;
    const signedOn = y.firstPlanSignedAt ? amsterdamDate(y.firstPlanSignedAt) : null;
    if (signedOn && signedOn <= deadline) share.met += 1;
    else if (deadline < today || signedOn) share.missed += 1;
    else share.open += 1;
  }
  return share;
}

/** Group reports in the period, per member youth: contacted within the norm's hours or not. */
export function groupResponseShare(reports: { reportedAt: Date; answeredAt: Date | null }[], hours: number, period: { from: string; to: string }, now: Date): Share {
  const share: Share = { met: 0, missed: 0, open: 0 };
  for (const r of reports) {
    const day = amsterdamDate(r.reportedAt);
    if (day < period.from || day > period.to) continue;
    share[groupResponseMet(r.reportedAt, r.answeredAt, hours, now)] += 1;
  }
  return share;
}
