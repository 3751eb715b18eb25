import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { get } from '../../api/client';
import type { Items, ScalingPoint } from '../../api/types';
import { Alert } from '../../components/Alert';
import { Heading, Paragraph } from '../../components/Heading';
import { TableRegion, TBody, Td, Th, THead, Tr } from '../../components/Table';
import { formatDate } from '../../format/dates';

const W = 420, H = 250, L = 34, R = 40, T = 26, B = 40;

/**
 * The scaling-question scores over time: a small hand-drawn SVG line chart (0–10 up, dates
 * along), every point labelled with its score in text, and the same data as a table.
 */
export function ScalingChart({ youthId }: { youthId: string }) {
  const { t } = useTranslation();
  const captionId = useId();
  const q = useQuery({ queryKey: ['youth', youthId, 'scaling'], queryFn: () => get<Items<ScalingPoint>>(`/api/youth/${youthId}/scaling`) });
  const points = [...(q.data?.items ?? [])].sort((a, b) => a.at.localeCompare(b.at));
  const body = (() => {
    if (q.isPending) return <Paragraph>{t('common.loading')}</Paragraph>;
    if (q.isError) return <Alert type="error">{t('errors.loadFailed')}</Alert>;
    if (!points.length) return <Paragraph>{t('scaling.none')}</Paragraph>;
    const times = points.map((p) => new Date(p.at).getTime());
    const min = Math.min(...times), max = Math.max(...times);
    const x = (ms: number) => (max === min ? L + (W - L - R) / 2 : L + ((ms - min) / (max - min)) * (W - L - R));
    const y = (score: number) => T + ((10 - score) / 10) * (H - T - B);
    const path = points.map((p, i) => `${i ? 'L' : 'M'}${x(times[i]!).toFixed(1)},${y(p.score).toFixed(1)}`).join(' ');
    const last = points[points.length - 1]!;
    const summary = t('scaling.summary', {
      count: points.length, from: formatDate(points[0]!.at), to: formatDate(last.at), last: last.score,
      min: Math.min(...points.map((p) => p.score)), max: Math.max(...points.map((p) => p.score)),
    });
    const xLabels = max === min ? [0] : points.length > 2 ? [0, Math.floor((points.length - 1) / 2), points.length - 1] : [0, points.length - 1];
    return (
      <>
        <figure className="spil-chart" aria-labelledby={captionId}>
          <figcaption id={captionId}>{t('scaling.caption')}</figcaption>
          <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary} focusable="false">
            {[0, 2, 4, 6, 8, 10].map((v) => (
              <g key={v}>
                <line x1={L} x2={W - R} y1={y(v)} y2={y(v)} stroke="#c5cdd2" strokeWidth="1" />
                <text x={L - 8} y={y(v) + 5} textAnchor="end" fontSize="17" fill="#3d4b53">{v}</text>
              </g>
            ))}
            <line x1={L} x2={L} y1={T} y2={H - B} stroke="#3d4b53" strokeWidth="1.5" />
            <path d={path} fill="none" stroke="#00617a" strokeWidth="3" />
            {points.map((p, i) => (
              <g key={p.contactId}>
                <circle cx={x(times[i]!)} cy={y(p.score)} r="7" fill="#00617a" stroke="#fff" strokeWidth="2" />
                <text x={x(times[i]!)} y={y(p.score) - 12} textAnchor="middle" fontSize="18" fontWeight="700" fill="#0b2a33">{p.score}</text>
              </g>
            ))}
            {xLabels.map((i) => (
              <text key={i} x={x(times[i]!)} y={H - B + 24} fontSize="17" fill="#3d4b53"
                textAnchor={max === min ? 'middle' : i === 0 ? 'start' : i === points.length - 1 ? 'end' : 'middle'}>
                {formatDate(points[i]!.at)}
              </text>
            ))}
          </svg>
          <p className="utrecht-paragraph utrecht-paragraph--small">{summary}</p>
        </figure>
        <details className="spil-details">
          <summary>{t('scaling.asTable')}</summary>
          <TableRegion label={t('scaling.tableLabel')}>
            <THead><Th>{t('scaling.date')}</Th><Th>{t('scaling.score')}</Th><Th>{t('scaling.topic')}</Th></THead>
            <TBody>
              {[...points].reverse().map((p) => (
                <Tr key={p.contactId}><Td>{formatDate(p.at)}</Td><Td numeric>{p.score}</Td><Td>{p.topic ?? '—'}</Td></Tr>
              ))}
            </TBody>
          </TableRegion>
        </details>
      </>
    );
  })();
  return (
    <section aria-labelledby="scaling-heading" className="spil-section">
      <Heading level={3} id="scaling-heading">{t('scaling.title')}</Heading>
      {body}
    </section>
  );
}
