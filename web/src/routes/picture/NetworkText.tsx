import type { TFunction } from 'i18next';
import { StatusBadge } from '../../components/StatusText';
import type { Influence, Network, NetworkPerson, Professional } from './types';

/** The three rings of the bolletjesschema (IPTA ch. 3 point 2): 1 closest … 3 furthest away. */
export const RINGS = [1, 2, 3] as const;
export type Ring = typeof RINGS[number];

export const networkKey = (youthId: string) => ['youth', youthId, 'network'] as const;

/** Today in Amsterdam as a calendar date (YYYY-MM-DD), for leftOn / endedOn. */
export function todayIso(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

export const currentPeople = (n: Network | undefined) => (n?.people ?? []).filter((p) => !p.leftOn);
export const currentProfessionals = (n: Network | undefined) => (n?.professionals ?? []).filter((p) => !p.endedOn);

/** The symbol that goes with the colour, so influence never rests on colour alone. */
export const INFLUENCE_SYMBOL: Record<Influence, string> = { vip: '+', vap: '−', neutral: '○' };

export function InfluenceBadge({ influence, t }: { influence: Influence; t: TFunction }) {
  const tone = influence === 'vip' ? 'success' : influence === 'vap' ? 'danger' : 'neutral';
  return (
    <StatusBadge tone={tone}>
      <span aria-hidden="true">{INFLUENCE_SYMBOL[influence]} </span>{t(`network.influenceLong.${influence}`)}
    </StatusBadge>
  );
}

export function JimBadge({ t }: { t: TFunction }) {
  return <StatusBadge tone="warning"><span aria-hidden="true">★ </span>{t('network.jim')}</StatusBadge>;
}

/** "praktisch of materieel, sociaal-emotioneel" or an empty string. */
export function supportKinds(t: TFunction, p: Pick<NetworkPerson, 'supportPractical' | 'supportEmotional'>): string {
  return [p.supportPractical ? t('network.support.practical') : null, p.supportEmotional ? t('network.support.emotional') : null]
    .filter(Boolean).join(', ');
}

/** One person in words, for the map's accessible name: "Fatima (moeder), VIP: positieve invloed, JIM-mentor, steun: …". */
export function personInWords(t: TFunction, p: NetworkPerson): string {
  const kinds = supportKinds(t, p);
  return [
    `${p.name} (${p.relation})`,
    t(`network.influenceLong.${p.influence}`),
    p.isJim ? t('network.jim') : null,
    kinds ? t('network.map.summarySupport', { kinds }) : null,
  ].filter(Boolean).join(', ');
}

export function professionalInWords(p: Professional): string {
  return [p.name, p.role, p.organisation].filter(Boolean).join(', ');
}

/** The whole map in words: every ring with its people, then the professionals. */
export function networkInWords(t: TFunction, youthName: string, network: Network): string {
  const people = currentPeople(network);
  const pros = currentProfessionals(network);
  const rings = RINGS.map((r) => {
    const inRing = people.filter((p) => p.ring === r);
    return t('network.map.summaryRing', {
      ring: t(`network.rings.${r}`), position: t(`network.ringPosition.${r}`),
      people: inRing.length ? inRing.map((p) => personInWords(t, p)).join('; ') : t('network.map.summaryNobody'),
    });
  });
  const professionals = pros.length
    ? t('network.map.summaryProfessionals', { list: pros.map(professionalInWords).join('; ') })
    : t('network.map.summaryNoProfessionals');
  return [t('network.map.summaryIntro', { name: youthName }), ...rings, professionals].join(' ');
}

/** A name cut to fit a label on the map; the full name is in the list, the table and the summary. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}
