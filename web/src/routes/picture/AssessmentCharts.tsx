import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from '../../components/Heading';
import { TableRegion, TBody, Td, Th, THead, Tr } from '../../components/Table';
import { formatCalendarDate } from '../../format/dates';
import { signed } from './AssessmentForm';
import type { Assessments } from './types';

const INK = '#0b2a33', MUTED = '#3d4b53', GRID = '#c5cdd2', PRIMARY = '#0b5f73', SOFT = '#d7e9ee';

/** "Wonen: 2 → 4 (+2)", "Wonen: 3", the same words in the chart, its summary and its table. */
function domainLine(t: (k: string, o?: Record<string, unknown>) => string, label: string, from: number | null, to: number | null, change: number | null) {
  if (from !== null && to !== null && change !== null) return t('assessment.chart.line', { domain: label, from, to, change: signed(change) });
  const only = to ?? from;
  return only === null ? t('assessment.chart.lineNone', { domain: label }) : t('assessment.chart.lineOne', { domain: label, score: only });
}

/**
 * Baseline against the latest assessment per domain: two horizontal bars per domain (an outlined
 * bar for the baseline, a filled one for the latest, so colour is never the only difference),
 * every bar labelled with its score, the domain's change in words above it. Narrow enough for
 * a 360 px screen; the same numbers as a table below.
 */
export function BaselineLatestChart({ data }: { data: Assessments }) {
  const { t } = useTranslation();
  const captionId = useId();
  const { trend, domains, items } = data;
  const label = (key: string) => domains.find((d) => d.key === key)?.label ?? key;
  const rows = trend.domains.filter((d) => d.baselineScore !== null || d.latestScore !== null);
  const baseline = items.find((i) => i.id === trend.baselineId);
  const latest = items.find((i) => i.id === trend.latestId);
  const two = Boolean(baseline && latest && baseline.id !== latest.id);
  if (!rows.length || !baseline) return null;

  const W = 360, L = 4, R = 34, ROW = two ? 74 : 56, TOP = two ? 64 : 40, BAR = 16;
  const H = TOP + rows.length * ROW + 26;
  const x = (score: number) => L + (score / 5) * (W - L - R);
  const lines = rows.map((d) => domainLine(t, label(d.domainKey), d.baselineScore, two ? d.latestScore : null, two ? d.change : null));
  const up = rows.filter((d) => (d.change ?? 0) > 0).length;
  const down = rows.filter((d) => (d.change ?? 0) < 0).length;
  const same = rows.filter((d) => d.change === 0).length;
  const summary = two
    ? t('assessment.chart.compareSummary', { from: formatCalendarDate(baseline.assessedOn), to: formatCalendarDate(latest!.assessedOn), lines: lines.join('; ') })
    : t('assessment.chart.baselineSummary', { from: formatCalendarDate(baseline.assessedOn), lines: lines.join('; ') });
  const headline = two ? t('assessment.chart.headline', { up, down, same }) : t('assessment.chart.oneOnly');

  return (
    <section aria-labelledby="compare-heading" className="spil-section">
      <Heading level={2} id="compare-heading">{t('assessment.chart.compareTitle')}</Heading>
      <figure className="spil-chart" aria-labelledby={captionId}>
        <figcaption id={captionId}>{two ? t('assessment.chart.compareCaption') : t('assessment.chart.baselineCaption')}</figcaption>
        {/* Drawn for a phone; on a wide screen it stays about that size instead of blowing up its text. */}
        <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary} focusable="false" style={{ maxInlineSize: '28rem' }}>
          <rect x={L} y={4} width={22} height={BAR} fill={SOFT} stroke={MUTED} strokeWidth="2" />
          <text x={L + 30} y={17} fontSize="15" fill={INK}>{t('assessment.chart.legendBaseline', { date: formatCalendarDate(baseline.assessedOn) })}</text>
          {two ? (
            <>
              <rect x={L} y={28} width={22} height={BAR} fill={PRIMARY} />
              <text x={L + 30} y={41} fontSize="15" fill={INK}>{t('assessment.chart.legendLatest', { date: formatCalendarDate(latest!.assessedOn) })}</text>
            </>
          ) : null}
          {[1, 2, 3, 4, 5].map((v) => (
            <g key={v}>
              <line x1={x(v)} x2={x(v)} y1={TOP} y2={H - 22} stroke={GRID} strokeWidth="1" />
              <text x={x(v)} y={H - 6} textAnchor="middle" fontSize="14" fill={MUTED}>{v}</text>
            </g>
          ))}
          <line x1={L} x2={L} y1={TOP} y2={H - 22} stroke={MUTED} strokeWidth="1.5" />
          {rows.map((d, i) => {
            const y0 = TOP + i * ROW;
            const bars = [d.baselineScore, ...(two ? [d.latestScore] : [])];
            return (
              <g key={d.domainKey}>
                <text x={L + 6} y={y0 + 17} fontSize="15" fontWeight="700" fill={INK}>{lines[i]}</text>
                {bars.map((score, j) => score === null ? null : (
                  <g key={j}>
                    <rect x={L} y={y0 + 24 + j * (BAR + 6)} width={x(score) - L} height={BAR}
                      fill={j === 0 ? SOFT : PRIMARY} stroke={j === 0 ? MUTED : PRIMARY} strokeWidth="2" />
                    <text x={x(score) + 6} y={y0 + 37 + j * (BAR + 6)} fontSize="14" fontWeight="700" fill={INK}>{score}</text>
                  </g>
                ))}
              </g>
            );
          })}
        </svg>
        <p className="utrecht-paragraph utrecht-paragraph--small">{headline}</p>
      </figure>
      <details className="spil-details">
        <summary>{t('assessment.chart.compareAsTable')}</summary>
        <TableRegion label={t('assessment.chart.compareTableLabel')}>
          <THead>
            <Th>{t('assessment.domain')}</Th>
            <Th>{t('assessment.chart.baselineOn', { date: formatCalendarDate(baseline.assessedOn) })}</Th>
            {two ? <Th>{t('assessment.chart.latestOn', { date: formatCalendarDate(latest!.assessedOn) })}</Th> : null}
            {two ? <Th>{t('assessment.chart.change')}</Th> : null}
          </THead>
          <TBody>
            {rows.map((d) => (
              <Tr key={d.domainKey}>
                <Th scope="row">{label(d.domainKey)}</Th>
                <Td numeric>{d.baselineScore ?? '—'}</Td>
                {two ? <Td numeric>{d.latestScore ?? '—'}</Td> : null}
                {two ? <Td numeric>{d.change === null ? '—' : signed(d.change)}</Td> : null}
              </Tr>
            ))}
          </TBody>
        </TableRegion>
      </details>
    </section>
  );
}

/**
 * Each domain's scores over time as a small line chart of its own (small multiples, 1–5 up,
 * the assessments in order along), and all scores as one table: a row per assessment.
 */
export function DomainTrendCharts({ data }: { data: Assessments }) {
  const { t } = useTranslation();
  const { trend, domains, items } = data;
  const label = (key: string) => domains.find((d) => d.key === key)?.label ?? key;
  const shown = trend.domains.filter((d) => d.series.length > 0);
  if (!shown.length) return null;
  const ordered = [...items].sort((a, b) => a.assessedOn.localeCompare(b.assessedOn) || a.createdAt.localeCompare(b.createdAt));
  const usedKeys = shown.map((d) => d.domainKey);

  return (
    <section aria-labelledby="trend-heading" className="spil-section">
      <Heading level={2} id="trend-heading">{t('assessment.chart.trendTitle')}</Heading>
      <Paragraph>{t('assessment.chart.trendHelp')}</Paragraph>
      <ul className="spil-cards">
        {shown.map((d) => <li key={d.domainKey} className="spil-card"><SmallTrend label={label(d.domainKey)} series={d.series} change={d.change} /></li>)}
      </ul>
      <details className="spil-details">
        <summary>{t('assessment.chart.trendAsTable')}</summary>
        <TableRegion label={t('assessment.chart.trendTableLabel')}>
          <THead>
            <Th>{t('assessment.assessedOn')}</Th>
            <Th>{t('assessment.moment')}</Th>
            {usedKeys.map((k) => <Th key={k}>{label(k)}</Th>)}
          </THead>
          <TBody>
            {[...ordered].reverse().map((a) => (
              <Tr key={a.id}>
                <Th scope="row">{formatCalendarDate(a.assessedOn)}</Th>
                <Td>{t(`assessment.moments.${a.moment}`)}</Td>
                {usedKeys.map((k) => <Td key={k} numeric>{a.scores.find((s) => s.domainKey === k)?.score ?? '—'}</Td>)}
              </Tr>
            ))}
          </TBody>
        </TableRegion>
      </details>
    </section>
  );
}

function SmallTrend({ label, series, change }: { label: string; series: Assessments['trend']['domains'][number]['series']; change: number | null }) {
  const { t } = useTranslation();
  const captionId = useId();
  // The points sit a little inside the plot, so their score labels never touch the axis labels.
  const W = 300, H = 150, L = 26, R = 8, T = 24, B = 28, PAD = 18;
  const x = (i: number) => (series.length === 1 ? L + (W - L - R) / 2 : L + PAD + (i / (series.length - 1)) * (W - L - R - 2 * PAD));
  const y = (score: number) => T + ((5 - score) / 4) * (H - T - B);
  const path = series.map((p, i) => `${i ? 'L' : 'M'}${x(i).toFixed(1)},${y(p.score).toFixed(1)}`).join(' ');
  const summary = t('assessment.chart.trendSummary', {
    domain: label, points: series.map((p) => t('assessment.chart.point', { score: p.score, date: formatCalendarDate(p.assessedOn) })).join(', '),
  });
  const first = series[0]!, last = series[series.length - 1]!;
  return (
    <figure className="spil-chart" aria-labelledby={captionId} style={{ margin: 0 }}>
      <figcaption id={captionId}>
        {label}{change !== null ? <span className="spil-muted"> ({t('assessment.chart.changeShort', { change: signed(change) })})</span> : null}
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary} focusable="false">
        {[1, 2, 3, 4, 5].map((v) => (
          <g key={v}>
            <line x1={L} x2={W - R} y1={y(v)} y2={y(v)} stroke={GRID} strokeWidth="1" />
            <text x={L - 8} y={y(v) + 5} textAnchor="end" fontSize="14" fill={MUTED}>{v}</text>
          </g>
        ))}
        <path d={path} fill="none" stroke={PRIMARY} strokeWidth="3" />
        {series.map((p, i) => (
          <g key={p.assessmentId}>
            <circle cx={x(i)} cy={y(p.score)} r="6" fill={PRIMARY} stroke="#fff" strokeWidth="2" />
            <text x={x(i)} y={y(p.score) - 10} textAnchor="middle" fontSize="15" fontWeight="700" fill={INK}>{p.score}</text>
          </g>
        ))}
        <text x={series.length === 1 ? x(0) : L} y={H - 6} fontSize="14" fill={MUTED} textAnchor={series.length === 1 ? 'middle' : 'start'}>
          {formatCalendarDate(first.assessedOn)}
        </text>
        {series.length > 1 ? <text x={W - R} y={H - 6} fontSize="14" fill={MUTED} textAnchor="end">{formatCalendarDate(last.assessedOn)}</text> : null}
      </svg>
    </figure>
  );
}
