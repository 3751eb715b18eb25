import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph } from '../../components/Heading';
import { TableRegion, TBody, Td, Th, THead, Tr } from '../../components/Table';
import { formatCalendarDate, formatLongDate } from '../../format/dates';
import { ratingOfValue, RATING_SYMBOL, useCompetencyLabel, useRatingText } from './rating-words';
import type { Competency, TrendLine } from './types';

// One small chart per competency: three levels (seen up, partly, not yet down) and a row
// below for "not applicable"; weeks from left (oldest) to right (newest).
const W = 320, H = 86, L = 30, R = 12;
const LEVEL_Y: Record<number, number> = { 2: 12, 1: 38, 0: 64 };
const NA_Y = 80;
const INK = '#0b5f73', MUTED = '#54626d', GRID = '#d5dde1';

function Spark({ line, label, summary }: { line: TrendLine; label: string; summary: string }) {
  const n = line.series.length;
  const x = (i: number) => (n <= 1 ? L + (W - L - R) / 2 : L + (i * (W - L - R)) / (n - 1));
  // The line breaks where a week has no value (not applicable).
  const segments: string[] = [];
  let current = '';
  line.series.forEach((p, i) => {
    if (p.value === null) { if (current) segments.push(current); current = ''; return; }
    current += `${current ? 'L' : 'M'}${x(i).toFixed(1)},${LEVEL_Y[p.value]}`;
  });
  if (current) segments.push(current);
  return (
    <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${label}. ${summary}`} focusable="false" className="spil-trend__chart">
      {[2, 1, 0].map((v) => (
        <g key={v}>
          <line x1={L} x2={W - R} y1={LEVEL_Y[v]} y2={LEVEL_Y[v]} stroke={GRID} strokeWidth="1" />
          <text x={L - 10} y={LEVEL_Y[v]! + 6} textAnchor="end" fontSize="17" fill={MUTED}>{RATING_SYMBOL[ratingOfValue(v)]}</text>
        </g>
      ))}
      {segments.map((d) => <path key={d} d={d} fill="none" stroke={INK} strokeWidth="2.5" />)}
      {line.series.map((p, i) => {
        const cx = x(i);
        if (p.value === null) return <line key={p.weekStart} x1={cx - 5} x2={cx + 5} y1={NA_Y} y2={NA_Y} stroke={MUTED} strokeWidth="2" />;
        const cy = LEVEL_Y[p.value]!;
        if (p.value === 2) return <circle key={p.weekStart} cx={cx} cy={cy} r="6.5" fill={INK} />;
        if (p.value === 1) {
          return (
            <g key={p.weekStart}>
              <circle cx={cx} cy={cy} r="6" fill="#fff" stroke={INK} strokeWidth="2" />
              <path d={`M${cx},${cy - 6} A6,6 0 0 0 ${cx},${cy + 6} Z`} fill={INK} />
            </g>
          );
        }
        return <circle key={p.weekStart} cx={cx} cy={cy} r="6" fill="#fff" stroke={INK} strokeWidth="2" />;
      })}
    </svg>
  );
}

/**
 * The trend of the ten competencies over the weeks: a small chart per competency with the
 * change in words ("van ○ nog niet naar ✓ gezien"), and the same values as a table.
 */
export function CompetencyTrend({ competencies, trend, headingId }: { competencies: Competency[]; trend: TrendLine[]; headingId: string }) {
  const { t } = useTranslation();
  const captionId = useId();
  const labelOf = useCompetencyLabel();
  const ratingText = useRatingText();
  const byKey = new Map(trend.map((l) => [l.key, l]));
  const lines = competencies.map((c) => ({ c, line: byKey.get(c.key) })).filter((x): x is { c: Competency; line: TrendLine } => Boolean(x.line));
  const weeks = lines[0]?.line.series.map((p) => p.weekStart) ?? [];
  if (!weeks.length) return <Paragraph>{t('placement.trend.none')}</Paragraph>;
  const change = (line: TrendLine) => (line.first === null
    ? t('placement.trend.noValues')
    : line.first === line.latest
      ? t('placement.trend.same', { value: ratingText(ratingOfValue(line.latest)) })
      : t('placement.trend.change', { from: ratingText(ratingOfValue(line.first)), to: ratingText(ratingOfValue(line.latest)) }));
  return (
    <>
      <figure className="spil-trend" aria-labelledby={captionId}>
        <figcaption id={captionId} className="spil-trend__caption">
          {t('placement.trend.caption', { count: weeks.length, from: formatLongDate(weeks[0]), to: formatLongDate(weeks.at(-1)) })}
        </figcaption>
        <p className="utrecht-paragraph utrecht-paragraph--small spil-trend__legend">{t('placement.trend.legend')}</p>
        <ul className="spil-trend__list" aria-labelledby={headingId}>
          {lines.map(({ c, line }) => {
            const label = labelOf(c);
            const summary = `${change(line)} (${t('placement.trend.weeks', { count: line.series.length })})`;
            return (
              <li key={c.key} className="spil-trend__item">
                <p className="spil-trend__label">{label}</p>
                <p className="spil-trend__change">{change(line)}</p>
                <Spark line={line} label={label} summary={summary} />
              </li>
            );
          })}
        </ul>
      </figure>
      <details className="spil-details spil-trend__table">
        <summary>{t('placement.trend.asTable')}</summary>
        {/* the explanation above the table, not as its caption: a caption scrolls away with the table on a phone */}
        <p className="utrecht-paragraph utrecht-paragraph--small">{t('placement.trend.tableCaption')}</p>
        <TableRegion label={t('placement.trend.tableLabel')}>
          <THead>
            <Th>{t('placement.trend.competency')}</Th>
            {weeks.map((w) => <Th key={w}><time dateTime={w}>{formatCalendarDate(w)}</time></Th>)}
          </THead>
          <TBody>
            {lines.map(({ c, line }) => (
              <Tr key={c.key}>
                <Th scope="row">{labelOf(c)}</Th>
                {line.series.map((p) => <Td key={p.weekStart}>{ratingText(ratingOfValue(p.value))}</Td>)}
              </Tr>
            ))}
          </TBody>
        </TableRegion>
      </details>
    </>
  );
}
