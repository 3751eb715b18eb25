import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { get } from '../../api/client';
import type { HistoryItem, Items, Youth } from '../../api/types';
import { useConfig } from '../../auth/session';
import { useMemo } from 'react';
import { Alert } from '../../components/Alert';
import { Heading, Paragraph } from '../../components/Heading';
import { formatDateTime } from '../../format/dates';
import { formatValue } from './format-value';

/**
 * The label of a changed field. Fields of the youth's documents are named by their path in the
 * document ('youth.wants', 'preferences.head_hands'): their labels live with those screens.
 */
const DOCUMENT_LABELS: Record<string, (what: string) => string[]> = {
  my_plan: (what) => [`plan.myPlan.${what}`],
  search_profile: (what) => [`plan.searchProfile.${what.replace(/^preferences\.(\w+)$/, 'pairs.$1.legend')}`],
  sales_story: (what) => [`plan.salesStory.${what}`],
};

function fieldLabel(t: TFunction, item: HistoryItem): string {
  const keys = [...(item.record ? DOCUMENT_LABELS[item.record.type]?.(item.what) ?? [] : []), `youth.fields.${item.what}`, `history.fields.${item.what}`];
  for (const key of keys) {
    const label: unknown = t(key, { defaultValue: '', returnObjects: true });
    if (typeof label === 'string' && label) return label;
  }
  return item.what;
}

/** Who changed what, when, and why — newest first. */
export function HistorySection({ youthId, youth }: { youthId: string; youth: Youth }) {
  const { t } = useTranslation();
  const config = useConfig();
  const names = useMemo(() => {
    const m = new Map<string, string>();
    for (const x of [...(config.data?.teams ?? []), ...(config.data?.coaches ?? []), youth.team, ...youth.coaches, youth.registeredBy]) m.set(x.id.toLowerCase(), x.name);
    return m;
  }, [config.data, youth]);
  const history = useQuery({ queryKey: ['youth', youthId, 'history'], queryFn: () => get<Items<HistoryItem>>(`/api/youth/${youthId}/history`) });
  return (
    <section aria-labelledby="geschiedenis" className="spil-section">
      <Heading level={2} id="geschiedenis">{t('file.history')}</Heading>
      {history.isPending ? <Paragraph>{t('common.loading')}</Paragraph> : null}
      {history.isError ? <Alert type="error">{t('errors.loadFailed')}</Alert> : null}
      {history.data && !history.data.items.length ? <Paragraph>{t('history.none')}</Paragraph> : null}
      {history.data?.items.length ? (
        <ol className="spil-history" aria-label={t('file.history')}>
          {history.data.items.map((h, i) => (
            <li key={`${h.at}-${i}`} className="spil-history__item">
              <p className="spil-history__meta">
                <time dateTime={h.at}>{formatDateTime(h.at)}</time> · {h.actor.name}
              </p>
              <p className="spil-history__what">
                {h.record && h.record.type !== 'youth' ? (
                  <span className="spil-history__record">
                    {t(`history.records.${h.record.type}`, { defaultValue: h.record.type })}{h.record.label ? `: ${h.record.label}` : ''} ·{' '}
                  </span>
                ) : null}
                {h.kind === 'field' && h.what === 'assignmentReason'
                  ? <><strong>{t('history.assignmentReason')}</strong>: {formatValue(t, h.what, h.to, names)}</>
                  : h.kind === 'field'
                  ? <><strong>{fieldLabel(t, h)}</strong>: {formatValue(t, h.what, h.from, names)} → {formatValue(t, h.what, h.to, names)}</>
                  : <><strong>{t(`history.trajectory.${h.what}`, { defaultValue: h.what })}</strong>{h.from || h.to ? <>: {formatValue(t, h.what, h.from, names)} → {formatValue(t, h.what, h.to, names)}</> : null}</>}
              </p>
              {h.reason ? <p className="spil-history__reason"><span className="spil-label">{t('history.reason')}:</span> {h.reason}</p> : null}
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
