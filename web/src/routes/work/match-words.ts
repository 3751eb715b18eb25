import type { TFunction } from 'i18next';
import type { Pair, Reason } from './types';

/**
 * The search profile's own words for the five pairs ("Binnen", "Met de handen"), so a coach
 * reads a workplace scan and a match in the same terms as the youth's zoekprofiel.
 */
export const pairSide = (t: TFunction, pair: Pair | string, side: 'first' | 'second') => t(`plan.searchProfile.pairs.${pair}.${side}`);

/** "Binnen / Buiten": the pair as a whole, for a workplace scan's question. */
export const pairName = (t: TFunction, pair: Pair | string) => `${pairSide(t, pair, 'first')} / ${pairSide(t, pair, 'second')}`;

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase() + s.slice(1);

/**
 * The score in words. The matching gives +2 for a pair that fits, +1 for a workplace that is
 * a bit of both, −2 for a pair against, +3 for a company the youth named, +1 per shared word
 * (at most 3) and −1 without an open place. Three fitting pairs (6) or more reads as a good
 * fit; a little more for than against (2 to 5) as a partial fit; below that, less.
 */
export type Fit = 'good' | 'partly' | 'less';
export function fitOf(score: number): Fit {
  if (score >= 6) return 'good';
  if (score >= 2) return 'partly';
  return 'less';
}

export const FIT_SYMBOL = { for: '✓', partly: '~', against: '✗' } as const;

/** One reason as a sentence: "Met de handen", "Druk — Ricardo wil liever: rustig", "Geen open plek". */
export function reasonText(t: TFunction, r: Reason, youthName: string): string {
  switch (r.kind) {
    case 'pair': {
      const prefers = pairSide(t, r.pair, r.prefers);
      const other = pairSide(t, r.pair, r.prefers === 'first' ? 'second' : 'first');
      if (r.fit === 'for') return prefers;
      if (r.fit === 'partly') return t('work.matches.reason.pairPartly', { prefers: lowerFirst(prefers), other: lowerFirst(other) });
      const is = r.workplace === 'mixed' ? other : pairSide(t, r.pair, r.workplace);
      return t('work.matches.reason.pairAgainst', { is, name: youthName, prefers: lowerFirst(prefers) });
    }
    case 'named_company': return t('work.matches.reason.namedCompany');
    case 'words': return t('work.matches.reason.words', { words: r.words.join(', ') });
    case 'no_open_places': return t('work.matches.reason.noOpenPlaces');
  }
}
