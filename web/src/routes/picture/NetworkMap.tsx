import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from '../../components/Heading';
import { TableRegion, TBody, Td, Th, THead, Tr } from '../../components/Table';
import { formatCalendarDate } from '../../format/dates';
import type { Influence, Network, NetworkPerson, Professional } from './types';
import { currentPeople, currentProfessionals, networkInWords, RINGS, supportKinds, truncate, type Ring } from './NetworkText';

/*
 * The bolletjesschema as a hand-drawn SVG: the youth in the centre, three rings around
 * (1 closest … 3 furthest), each person a dot on their ring, and the professionals in a row
 * below. It scales with its viewBox; at 360 px the names are about 14 px. Names are cut to
 * fit; the full names are in the accessible name, in the table below and in the list.
 */
const W = 390;
const CX = 195;
const CY = 184;
/** Outer edge of the centre and of rings 1, 2 and 3. */
const EDGE = [36, 80, 124, 168] as const;
const DOT_RADIUS: Record<Ring, number> = { 1: 58, 2: 102, 3: 146 };
const BAND_FILL: Record<Ring, string> = { 1: '#d3e7ec', 2: '#e6f1f4', 3: '#f4f8f9' };
const INK = '#1b2631';
const MUTED = '#54626d';
const LINE = '#8a979f';
const TEAL = '#0b5f73';
const COLOUR: Record<Influence, string> = { vip: '#1d6b3a', vap: '#b42318', neutral: MUTED };
const LABEL_CHARS = 10;
const PRO_TOP = 374;
const PRO_ROW = 62;

const halo = { stroke: '#ffffff', strokeWidth: 4, strokeLinejoin: 'round' as const, paintOrder: 'stroke' as const };

/** Angles (degrees, 0 = right, clockwise) spread evenly; each ring starts elsewhere so rings do not line up. */
function angles(count: number, ring: Ring): number[] {
  const step = 360 / count;
  const offset = ring === 1 ? 0 : ring === 2 ? step / 2 : step / 4;
  return Array.from({ length: count }, (_, i) => -90 + offset + i * step);
}

/** The influence shape: VIP a green disc with +, VAP a red diamond with −, neutral an open grey ring. */
export function InfluenceMark({ influence, x, y, size = 1 }: { influence: Influence; x: number; y: number; size?: number }) {
  const s = size;
  if (influence === 'vap') {
    return (
      <g>
        <polygon points={`${x},${y - 15 * s} ${x + 15 * s},${y} ${x},${y + 15 * s} ${x - 15 * s},${y}`} fill={COLOUR.vap} stroke="#ffffff" strokeWidth={1.5 * s} />
        <rect x={x - 6 * s} y={y - 1.5 * s} width={12 * s} height={3 * s} fill="#ffffff" />
      </g>
    );
  }
  if (influence === 'vip') {
    return (
      <g>
        <circle cx={x} cy={y} r={12 * s} fill={COLOUR.vip} stroke="#ffffff" strokeWidth={1.5 * s} />
        <rect x={x - 6 * s} y={y - 1.5 * s} width={12 * s} height={3 * s} fill="#ffffff" />
        <rect x={x - 1.5 * s} y={y - 6 * s} width={3 * s} height={12 * s} fill="#ffffff" />
      </g>
    );
  }
  return <circle cx={x} cy={y} r={10 * s} fill="#ffffff" stroke={COLOUR.neutral} strokeWidth={3 * s} />;
}

/** Five-pointed star: the JIM mentor. */
export function JimStar({ x, y, r = 9 }: { x: number; y: number; r?: number }) {
  const points = Array.from({ length: 10 }, (_, i) => {
    const a = (Math.PI / 5) * i - Math.PI / 2;
    const rr = i % 2 === 0 ? r : r * 0.45;
    return `${(x + rr * Math.cos(a)).toFixed(1)},${(y + rr * Math.sin(a)).toFixed(1)}`;
  }).join(' ');
  return <polygon points={points} fill="#ffbf47" stroke={INK} strokeWidth="1.5" strokeLinejoin="round" />;
}

interface Box { x1: number; y1: number; x2: number; y2: number }
const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
const around = (x: number, y: number, r: number): Box => ({ x1: x - r, y1: y - r, x2: x + r, y2: y + r });

type Anchor = 'start' | 'middle' | 'end';
interface PlacedPerson { person: NetworkPerson; x: number; y: number; label: { x: number; y: number; anchor: Anchor; text: string } }

const FONT = 17;
/** A rough width of a label (system sans-serif, about 0.56 em a character; bold a little wider). */
const labelWidth = (text: string, bold: boolean) => Array.from(text).length * FONT * (bold ? 0.6 : 0.56) + 2;

function labelBox(x: number, y: number, anchor: Anchor, width: number): Box {
  const x1 = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return { x1, y1: y - FONT * 0.78, x2: x1 + width, y2: y + FONT * 0.25 };
}

/**
 * Where each dot and its name go. Dots are spread evenly on their ring; each name goes to the
 * first free spot (outwards first: above a dot in the upper half, below it in the lower half,
 * then beside it), cut shorter when nothing fits, so names do not run over each other, the
 * dots or the youth in the centre.
 */
function layoutPeople(people: NetworkPerson[]): PlacedPerson[] {
  const dots = RINGS.flatMap((ring) => {
    const inRing = people.filter((p) => p.ring === ring);
    const at = angles(inRing.length, ring);
    return inRing.map((person, i) => {
      const rad = (at[i]! * Math.PI) / 180;
      return { person, rad, x: CX + DOT_RADIUS[ring] * Math.cos(rad), y: CY + DOT_RADIUS[ring] * Math.sin(rad) };
    });
  });
  const taken: Box[] = [around(CX, CY, EDGE[0]), ...dots.map((d) => around(d.x, d.y, 15)),
    ...dots.filter((d) => d.person.isJim).map((d) => around(d.x + 21, d.y - 1, 10))];
  const bounds: Box = { x1: 2, y1: 2, x2: W - 2, y2: PRO_TOP - 4 };
  const inside = (b: Box) => b.x1 >= bounds.x1 && b.x2 <= bounds.x2 && b.y1 >= bounds.y1 && b.y2 <= bounds.y2;
  return dots.map((d) => {
    const up = Math.sin(d.rad) < 0;
    const right = Math.cos(d.rad) >= 0;
    const jimGap = d.person.isJim ? 18 : 0;
    const spots: { x: number; y: number; anchor: Anchor }[] = [
      up ? { x: d.x, y: d.y - 20, anchor: 'middle' } : { x: d.x, y: d.y + 31, anchor: 'middle' },
      right ? { x: d.x + 18 + jimGap, y: d.y + 6, anchor: 'start' } : { x: d.x - 18, y: d.y + 6, anchor: 'end' },
      right ? { x: d.x - 18, y: d.y + 6, anchor: 'end' } : { x: d.x + 18 + jimGap, y: d.y + 6, anchor: 'start' },
      up ? { x: d.x, y: d.y + 31, anchor: 'middle' } : { x: d.x, y: d.y - 20, anchor: 'middle' },
    ];
    const bold = d.person.isJim;
    let chosen: PlacedPerson['label'] | null = null;
    for (const chars of [LABEL_CHARS, 7, 5]) {
      const text = truncate(d.person.name, chars);
      for (const spot of spots) {
        const box = labelBox(spot.x, spot.y, spot.anchor, labelWidth(text, bold));
        if (inside(box) && !taken.some((b) => overlaps(b, box))) { chosen = { ...spot, text }; taken.push(box); break; }
      }
      if (chosen) break;
    }
    // Nothing free: the short name in the first spot that stays on the map.
    if (!chosen) {
      const text = truncate(d.person.name, 5);
      const spot = spots.find((s) => inside(labelBox(s.x, s.y, s.anchor, labelWidth(text, bold)))) ?? spots[0]!;
      chosen = { ...spot, text };
    }
    return { person: d.person, x: d.x, y: d.y, label: chosen };
  });
}

function PersonDot({ placed: { person, x, y, label } }: { placed: PlacedPerson }) {
  return (
    <g>
      <title>{person.name}</title>
      <InfluenceMark influence={person.influence} x={x} y={y} />
      {person.isJim ? <JimStar x={x + 21} y={y - 1} /> : null}
      <text x={label.x} y={label.y} textAnchor={label.anchor} fontSize={FONT} fontWeight={person.isJim ? 700 : 400} fill={INK} {...halo}>
        {label.text}
      </text>
    </g>
  );
}

/** One professional per row, full width, so a name and an organisation fit at 360 px. */
function ProfessionalBox({ pro, index }: { pro: Professional; index: number }) {
  const x = 10;
  const y = PRO_TOP + 32 + index * PRO_ROW;
  return (
    <g>
      <title>{[pro.name, pro.role, pro.organisation].filter(Boolean).join(', ')}</title>
      <rect x={x} y={y} width={W - 20} height="54" rx="6" fill="#ffffff" stroke={MUTED} strokeWidth="2" />
      <rect x={x + 10} y={y + 11} width="12" height="12" fill={TEAL} />
      <text x={x + 30} y={y + 23} fontSize="16" fontWeight="700" fill={INK}>{truncate(pro.name, 32)}</text>
      <text x={x + 30} y={y + 44} fontSize="15" fill={MUTED}>{truncate([pro.role, pro.organisation].filter(Boolean).join(' · '), 40)}</text>
    </g>
  );
}

/**
 * A 28 px legend icon that sits on the text's middle, not on its baseline: the box is only
 * 12 px high around the icon's centre and the rest is drawn outside it.
 */
const LEGEND_ICON = { width: 28, height: 12, viewBox: '0 8 28 12', overflow: 'visible', 'aria-hidden': true, focusable: false } as const;

/** Three circles with one ring marked: the legend icon of a ring. */
function RingIcon({ ring }: { ring: Ring }) {
  return (
    <svg {...LEGEND_ICON}>
      {([3, 2, 1] as Ring[]).map((r) => (
        <circle key={r} cx="14" cy="14" r={4 + r * 3.2} fill={r === ring ? '#9ccbd6' : '#ffffff'} stroke={r === ring ? TEAL : LINE} strokeWidth={r === ring ? 2 : 1} />
      ))}
      <circle cx="14" cy="14" r="3.5" fill={TEAL} />
    </svg>
  );
}

function LegendIcon({ children }: { children: ReactNode }) {
  return <svg {...LEGEND_ICON}>{children}</svg>;
}

export function NetworkMap({ youthName, network }: { youthName: string; network: Network }) {
  const { t } = useTranslation();
  const captionId = useId();
  const people = currentPeople(network);
  const pros = currentProfessionals(network);
  const summary = networkInWords(t, youthName, network);
  const height = pros.length ? PRO_TOP + 32 + pros.length * PRO_ROW : PRO_TOP + 56;
  return (
    <>
      <figure className="spil-chart spil-narrow" aria-labelledby={captionId}>
        <figcaption id={captionId}>{t('network.map.caption', { name: youthName })}</figcaption>
        <svg viewBox={`0 0 ${W} ${height}`} role="img" aria-label={summary} focusable="false">
          {([3, 2, 1] as Ring[]).map((r) => (
            <circle key={r} cx={CX} cy={CY} r={EDGE[r]} fill={BAND_FILL[r]} stroke={LINE} strokeWidth="1.5" />
          ))}
          <circle cx={CX} cy={CY} r={EDGE[0] - 2} fill={TEAL} />
          <text x={CX} y={CY + 5} textAnchor="middle" fontSize="14" fontWeight="700" fill="#ffffff">{truncate(youthName, 7)}</text>
          {layoutPeople(people).map((placed) => <PersonDot key={placed.person.id} placed={placed} />)}
          <line x1="10" x2={W - 10} y1={PRO_TOP} y2={PRO_TOP} stroke={LINE} strokeWidth="1" />
          <text x="10" y={PRO_TOP + 22} fontSize="16" fontWeight="700" fill={INK}>{t('network.map.professionals')}</text>
          {pros.length
            ? pros.map((p, i) => <ProfessionalBox key={p.id} pro={p} index={i} />)
            : <text x="10" y={PRO_TOP + 46} fontSize="15" fill={MUTED}>{t('network.map.noProfessionals')}</text>}
        </svg>
      </figure>
      <ul className="spil-record-list" aria-label={t('network.map.legend')}>
        {RINGS.map((r) => (
          <li key={r}><RingIcon ring={r} /> {t('network.map.legendRing', { ring: t(`network.rings.${r}`), position: t(`network.ringPosition.${r}`) })}</li>
        ))}
        {(['vip', 'vap', 'neutral'] as Influence[]).map((i) => (
          <li key={i}><LegendIcon><InfluenceMark influence={i} x={14} y={14} size={0.8} /></LegendIcon> {t(`network.influenceLong.${i}`)}</li>
        ))}
        <li><LegendIcon><JimStar x={14} y={14} r={11} /></LegendIcon> {t('network.jim')}</li>
        <li><LegendIcon><rect x="3" y="7" width="22" height="14" rx="3" fill="#ffffff" stroke={MUTED} strokeWidth="2" /><rect x="6" y="10" width="6" height="6" fill={TEAL} /></LegendIcon> {t('network.map.legendProfessional')}</li>
      </ul>
      {!people.length ? <Paragraph>{t('network.map.empty', { name: youthName })}</Paragraph> : null}
      <details className="spil-details">
        <summary>{t('network.map.asList')}</summary>
        <Heading level={3} className="utrecht-heading-3--distanced">{t('network.map.peopleTable')}</Heading>
        <TableRegion label={t('network.map.peopleTable')}>
          <THead>
            <Th>{t('network.col.name')}</Th><Th>{t('network.col.relation')}</Th><Th>{t('network.col.ring')}</Th>
            <Th>{t('network.col.influence')}</Th><Th>{t('network.col.support')}</Th><Th>{t('network.col.jim')}</Th>
          </THead>
          <TBody>
            {people.length ? people.map((p) => (
              <Tr key={p.id}>
                <Td>{p.name}</Td><Td>{p.relation}</Td><Td>{t('network.ringHeading', { ring: t(`network.rings.${p.ring}`), number: p.ring })}</Td>
                <Td>{t(`network.influenceLong.${p.influence}`)}</Td><Td>{supportKinds(t, p) || '—'}</Td><Td>{p.isJim ? t('network.yes') : t('network.no')}</Td>
              </Tr>
            )) : <Tr><Td>{t('network.map.summaryNobody')}</Td><Td>—</Td><Td>—</Td><Td>—</Td><Td>—</Td><Td>—</Td></Tr>}
          </TBody>
        </TableRegion>
        <Heading level={3} className="utrecht-heading-3--distanced">{t('network.map.professionalsTable')}</Heading>
        <TableRegion label={t('network.map.professionalsTable')}>
          <THead>
            <Th>{t('network.col.name')}</Th><Th>{t('network.col.organisation')}</Th><Th>{t('network.col.role')}</Th><Th>{t('network.col.since')}</Th>
          </THead>
          <TBody>
            {pros.length ? pros.map((p) => (
              <Tr key={p.id}><Td>{p.name}</Td><Td>{p.organisation}</Td><Td>{p.role ?? '—'}</Td><Td>{p.involvedSince ? formatCalendarDate(p.involvedSince) : '—'}</Td></Tr>
            )) : <Tr><Td>{t('network.professionals.none')}</Td><Td>—</Td><Td>—</Td><Td>—</Td></Tr>}
          </TBody>
        </TableRegion>
      </details>
    </>
  );
}
