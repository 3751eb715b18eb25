import { format, parseISO, startOfISOWeek } from 'date-fns';

/** How the supervisor saw a competency this week (IPTA ch. 5 weekly progress form). */
export const RATINGS = ['seen', 'partly', 'not_yet', 'na'] as const;
export type Rating = typeof RATINGS[number];

/** The Monday of the week of an Amsterdam calendar date ('YYYY-MM-DD'). */
export const weekStartOf = (date: string) => format(startOfISOWeek(parseISO(date)), 'yyyy-MM-dd');

/** As a number for a chart: seen 2, partly 1, not yet 0; not applicable has no point. */
export const ratingValue = (r: Rating | undefined): number | null => (r === 'seen' ? 2 : r === 'partly' ? 1 : r === 'not_yet' ? 0 : null);

export interface WeekRatings { weekStart: string; ratings: Partial<Record<string, { rating: Rating; note?: string }>> }

/** Per competency, its value week by week (oldest first), and the latest against the first. */
export function competencyTrend(forms: WeekRatings[], competencies: string[]) {
  const weeks = [...forms].sort((a, b) => a.weekStart.localeCompare(b.weekStart));
  return competencies.map((key) => {
    const series = weeks.map((w) => ({ weekStart: w.weekStart, value: ratingValue(w.ratings[key]?.rating) }));
    const points = series.filter((p) => p.value !== null);
    return { key, series, first: points[0]?.value ?? null, latest: points.at(-1)?.value ?? null };
  });
}

/**
 * What the weekly forms say for a certificate: the competencies seen in the latest weeks (the
 * last `weeks` forms with an answer), and those seen partly, which the employer may name as a
 * condition. Development, not judgement: a competency counts by its latest answer.
 */
export function observedCompetencies(forms: WeekRatings[], competencies: string[], weeks = 4) {
  const recent = [...forms].sort((a, b) => b.weekStart.localeCompare(a.weekStart)).slice(0, weeks);
  const latest = (key: string) => recent.map((f) => f.ratings[key]?.rating).find((r) => r && r !== 'na');
  return {
    seen: competencies.filter((k) => latest(k) === 'seen'),
    partly: competencies.filter((k) => latest(k) === 'partly'),
  };
}
