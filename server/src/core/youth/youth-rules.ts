/** Pure rules about a youth's record. */

/** Age in whole years on `today` (a 'YYYY-MM-DD' in Europe/Amsterdam), or null without a birth date. */
export function ageOn(birthDate: string | null, today: string): number | null {
  if (!birthDate) return null;
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

// Made once: building an Intl formatter costs far more than using one (the worklist asks thousands of times).
const AMSTERDAM_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date in Amsterdam at instant `now`: what a Dutch coach calls "today". */
export function amsterdamDate(now: Date): string {
  return AMSTERDAM_DAY.format(now);
}

/** The name colleagues use: the nickname when it is all we know, else first + last name. */
export function displayName(y: { first_name: string | null; last_name: string | null; nickname: string | null }): string {
  const full = [y.first_name, y.last_name].filter(Boolean).join(' ');
  if (full && y.nickname) return `${full} (${y.nickname})`;
  return full || y.nickname || 'Onbekend';
}

/**
 * Target-group indicators (IPTA ch. 2 "Indicatoren voor het behoren tot de IPTA-doelgroep",
 * domain.md section 1). Spil shows which hold; the professional decides.
 */
export const TARGET_INDICATORS = [
  'school_background',       // praktijkonderwijs / speciaal onderwijs cluster 4, or dropout vmbo / mbo-1
  'multiple_problems',       // problems on several life domains
  'family_high_impact_crime',// family involved in high-impact crime or a multi-problem family
  'no_school_or_work',       // no school or work (geen dagbesteding)
] as const;
export type TargetIndicator = (typeof TARGET_INDICATORS)[number];
