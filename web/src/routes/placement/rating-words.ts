import { useTranslation } from 'react-i18next';
import type { Competency, Rating } from './types';

/** Each rating has a symbol as well as its word, so meaning never rests on colour. */
export const RATING_SYMBOL: Record<Rating, string> = { seen: '✓', partly: '◐', not_yet: '○', na: '–' };

/** A trend value back to its rating: 2 seen, 1 partly, 0 not yet, null not applicable. */
export const ratingOfValue = (v: number | null | undefined): Rating => (v === 2 ? 'seen' : v === 1 ? 'partly' : v === 0 ? 'not_yet' : 'na');

/**
 * A competency by its name. The list is tenant configuration with Dutch labels; the English
 * texts know the handbook's ten, and anything else keeps the tenant's own label.
 */
export function useCompetencyLabel() {
  const { t } = useTranslation();
  return (c: Competency) => t(`placement.competency.${c.key}`, { defaultValue: c.label });
}

/** "✓ gezien" — symbol and word, for tables and lists. */
export function useRatingText() {
  const { t } = useTranslation();
  return (r: Rating) => `${RATING_SYMBOL[r]} ${t(`placement.rating.${r}`)}`;
}
