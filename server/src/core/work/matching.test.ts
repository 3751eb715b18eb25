import { describe, expect, it } from 'vitest';
import { matchOne, meaningfulWords, rankWorkplaces, type MatchProfile, type MatchWorkplace } from './matching.js';

// Ricardo: inside, together, hands-on, prefers quiet; wants to cook; named Restaurant De Haven.
const ricardo: MatchProfile = {
  preferences: { inside_outside: 'first', alone_together: 'second', head_hands: 'second', busy_quiet: 'second', precision_speed: 'either' },
  words: ['Kok in een eigen zaak', 'Keukenhulp', 'Koken, snijden, afwassen'],
  companies: ['Restaurant De Haven'],
};
const workplace = (over: Partial<MatchWorkplace>): MatchWorkplace => ({ id: 'w', employerName: 'Bedrijf', name: 'Werkplek', traits: {}, words: [], openPlaces: 1, ...over });

describe('matching a search profile against workplace scans', () => {
  it('says for each pair why the workplace fits or does not', () => {
    const kitchen = workplace({ id: 'kitchen', employerName: 'Restaurant De Haven', name: 'Keuken',
      traits: { inside_outside: 'first', alone_together: 'second', head_hands: 'second', busy_quiet: 'first', precision_speed: 'second' },
      words: ['Horeca', 'Snijden, afwassen, koken onder begeleiding'] });
    const m = matchOne(ricardo, kitchen);
    expect(m.reasons).toEqual([
      { kind: 'pair', pair: 'inside_outside', fit: 'for', prefers: 'first', workplace: 'first' },
      { kind: 'pair', pair: 'alone_together', fit: 'for', prefers: 'second', workplace: 'second' },
      { kind: 'pair', pair: 'head_hands', fit: 'for', prefers: 'second', workplace: 'second' },
      { kind: 'named_company', fit: 'for' },
      { kind: 'words', fit: 'for', words: ['afwassen', 'koken', 'snijden'] },
      // Busy, while Ricardo prefers quiet.
      { kind: 'pair', pair: 'busy_quiet', fit: 'against', prefers: 'second', workplace: 'first' },
    ]);
    // 3 pairs for (+6), one against (−2), the named company (+3), three shared words (+3). "Either" counts for nothing.
    expect(m.score).toBe(10);
  });

  it('counts a mixed workplace as partly fitting, an unknown trait not at all, and a workplace without open places against', () => {
    const m = matchOne(ricardo, workplace({ traits: { busy_quiet: 'mixed', head_hands: null }, openPlaces: 0 }));
    expect(m.reasons).toEqual([
      { kind: 'pair', pair: 'busy_quiet', fit: 'partly', prefers: 'second', workplace: 'mixed' },
      { kind: 'no_open_places', fit: 'against' },
    ]);
    expect(m.score).toBe(0);
  });

  it('ranks the best fit first and equal scores by name, the same way every time', () => {
    const warehouse = workplace({ id: 'warehouse', employerName: 'Magazijn Zuid', traits: { inside_outside: 'first', head_hands: 'second' } });
    const office = workplace({ id: 'office', employerName: 'Kantoor', traits: { head_hands: 'first', alone_together: 'first' } });
    const bakery = workplace({ id: 'bakery', employerName: 'Bakkerij Ali', traits: { inside_outside: 'first', head_hands: 'second' } });
    const ranked = rankWorkplaces(ricardo, [office, warehouse, bakery]);
    expect(ranked.map((r) => [r.workplaceId, r.score])).toEqual([['bakery', 4], ['warehouse', 4], ['office', -4]]);
    expect(rankWorkplaces(ricardo, [bakery, office, warehouse])).toEqual(ranked);
  });

  it('matches words without accents or case, and ignores short words', () => {
    expect([...meaningfulWords(['Café-keuken, de BAR en crème'])].sort()).toEqual(['creme', 'keuken']);
    expect(matchOne({ preferences: {}, words: ['CAFÉ keuken'], companies: [] }, workplace({ words: ['cafe', 'Keuken'] })).reasons)
      .toEqual([{ kind: 'words', fit: 'for', words: ['keuken'] }]);
  });
});
