/**
 * The funnel of a cohort (domain.md §7): scouted → started → placed → regular work → still
 * working after six months. A step counts only youth who reached every step before it, so the
 * funnel never widens: a youth with a regular job who never left the first phase counts as
 * scouted only.
 */
export const FUNNEL_STEPS = ['scouted', 'started', 'placed', 'regular_work', 'working_after_6_months'] as const;
export type FunnelStep = (typeof FUNNEL_STEPS)[number];

/** How many youth of the cohort reached each later step or not (the SQL groups by these four). */
export interface FunnelGroup { started: boolean; placed: boolean; regularWork: boolean; workingAfter6Months: boolean; count: number }

export interface FunnelRow { step: FunnelStep; count: number; percentOfPrevious: number | null }

export function funnel(groups: FunnelGroup[]): FunnelRow[] {
  const reached = (g: FunnelGroup) => [true, g.started, g.placed, g.regularWork, g.workingAfter6Months];
  const counts = FUNNEL_STEPS.map((_, step) =>
    groups.filter((g) => reached(g).slice(0, step + 1).every(Boolean)).reduce((sum, g) => sum + g.count, 0));
  return FUNNEL_STEPS.map((step, i) => ({
    step, count: counts[i]!,
    percentOfPrevious: i === 0 ? null : counts[i - 1]! > 0 ? Math.round((counts[i]! / counts[i - 1]!) * 100) : null,
  }));
}
