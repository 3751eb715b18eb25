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
const text = (t: TFunction, key: string): string | null => {
  const label: unknown = t(key, { defaultValue: '', returnObjects: true });
  return typeof label === 'string' && label ? label : null;
};

const DOCUMENT_LABELS: Record<string, (t: TFunction, what: string) => string | null> = {
  my_plan: (t, what) => text(t, `plan.myPlan.${what}`),
  search_profile: (t, what) => text(t, `plan.searchProfile.${what.replace(/^preferences\.(\w+)$/, 'pairs.$1.legend')}`),
  sales_story: (t, what) => text(t, `plan.salesStory.${what}`),
  quick_scan: (t, what) => {
    const point = /^points\.(\w+)\.(status|note)$/.exec(what);
    if (point) {
      const name = text(t, `picture.quickScan.points.${point[1]}`);
      const part = text(t, point[2] === 'status' ? 'picture.quickScan.statusLabel' : 'picture.quickScan.note');
      return name && part ? `${name} (${part.toLowerCase()})` : null;
    }
    const [group, field] = what.split('.');
    return group === 'referral' ? text(t, `picture.referral.${field === 'referredOn' ? 'referredOn' : field}`) : text(t, `picture.quickScan.${field}`);
  },
};

function fieldLabel(t: TFunction, item: HistoryItem): string {
  const fromDocument = item.record ? DOCUMENT_LABELS[item.record.type]?.(t, item.what) : null;
  return fromDocument ?? text(t, `youth.fields.${item.what}`) ?? text(t, `history.fields.${item.what}`) ?? item.what;
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
