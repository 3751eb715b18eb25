/**
 * Matching a youth's search profile (zoekprofiel) against the workplace scans of the team's
 * employers (IPTA ch. 4: "Match tussen jongere en werkplek"). Pure: the same profile and scans
 * always give the same ranking. The reasons are structured, so the screen can say them in the
 * user's language ("met de handen ✓", "druk — liever rustig ✗").
 */
export const PAIRS = ['inside_outside', 'alone_together', 'precision_speed', 'head_hands', 'busy_quiet'] as const;
export type Pair = typeof PAIRS[number];

/** What the youth prefers of a pair: the first, the second, or either (IPTA ch. 3, point 1). */
export type Preference = 'first' | 'second' | 'either' | null;
/** What the workplace is, in the same terms: the first, the second, or some of both. */
export type Trait = 'first' | 'second' | 'mixed' | null;

export interface MatchProfile {
  preferences: Partial<Record<Pair, Preference>>;
  /** Free words of the profile: dream job, bread job, kind of work. */
  words: string[];
  /** Companies the youth named. */
  companies: string[];
}

export interface MatchWorkplace {
  id: string;
  employerName: string;
  name: string;
  traits: Partial<Record<Pair, Trait>>;
  /** Free words of the scan: sector, tasks, skills needed. */
  words: string[];
  openPlaces: number;
}

export type Reason =
  | { kind: 'pair'; pair: Pair; fit: 'for' | 'partly' | 'against'; prefers: 'first' | 'second'; workplace: 'first' | 'second' | 'mixed' }
  | { kind: 'named_company'; fit: 'for' }
  | { kind: 'words'; fit: 'for'; words: string[] }
  | { kind: 'no_open_places'; fit: 'against' };

export interface Match { workplaceId: string; score: number; reasons: Reason[] }

const POINTS = { pair: 2, partly: 1, namedCompany: 3, word: 1, maxWords: 3, noOpenPlaces: -1 };

/** Words that carry meaning: lower case, accents off, five letters or more ("keuken", "magazijn"). */
export function meaningfulWords(texts: string[]): Set<string> {
  const words = texts.join(' ').toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').split(/[^a-z]+/);
  return new Set(words.filter((w) => w.length >= 5));
}

const sameCompany = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function matchOne(profile: MatchProfile, workplace: MatchWorkplace): Match {
  const reasons: Reason[] = [];
  let score = 0;
  for (const pair of PAIRS) {
    const prefers = profile.preferences[pair];
    const is = workplace.traits[pair];
    if (!prefers || prefers === 'either' || !is) continue;
    const fit = is === 'mixed' ? 'partly' : is === prefers ? 'for' : 'against';
    score += fit === 'for' ? POINTS.pair : fit === 'partly' ? POINTS.partly : -POINTS.pair;
    reasons.push({ kind: 'pair', pair, fit, prefers, workplace: is });
  }
  if (profile.companies.some((c) => sameCompany(c, workplace.employerName))) {
    score += POINTS.namedCompany;
    reasons.push({ kind: 'named_company', fit: 'for' });
  }
  const theirs = meaningfulWords(workplace.words);
  const shared = [...meaningfulWords(profile.words)].filter((w) => theirs.has(w)).sort().slice(0, POINTS.maxWords);
  if (shared.length) {
    score += shared.length * POINTS.word;
    reasons.push({ kind: 'words', fit: 'for', words: shared });
  }
  if (workplace.openPlaces <= 0) {
    score += POINTS.noOpenPlaces;
    reasons.push({ kind: 'no_open_places', fit: 'against' });
  }
  // Reasons for first, then partly, then against: the screen reads top-down.
  const order = { for: 0, partly: 1, against: 2 };
  reasons.sort((a, b) => order[a.fit] - order[b.fit]);
  return { workplaceId: workplace.id, score, reasons };
}

/** All workplaces ranked: best score first; equal scores by employer and workplace name. */
export function rankWorkplaces(profile: MatchProfile, workplaces: MatchWorkplace[]): Match[] {
  const named = new Map(workplaces.map((w) => [w.id, `${w.employerName} ${w.name}`]));
  return workplaces.map((w) => matchOne(profile, w))
    .sort((a, b) => b.score - a.score || named.get(a.workplaceId)!.localeCompare(named.get(b.workplaceId)!, 'nl'));
}
