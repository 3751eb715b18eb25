import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { SelectField } from '../../components/FormField';
import { Heading, Paragraph } from '../../components/Heading';
import { StatusBadge } from '../../components/StatusText';
import { formatDate, formatDateTime } from '../../format/dates';
import { FieldComparison } from '../picture/DocumentVersions';
import { changedPartLabels, planFields } from './plan-fields';
import { PlanBodyView, SignaturesView, STATUS_TONE, statusText } from './PlanView';
import type { PlanPartDef, PlanVersion, PlanVersionSummary } from './types';
import { planPdfUrl, planWords, useCompetencies, usePlanVersion, usePlanVersions } from './usePlan';

/** A link to the plan as a PDF for the youth (plain Dutch, large type); the server logs it as a print. */
export function PdfLink({ youthId, version }: { youthId: string; version: number }) {
  const { t } = useTranslation();
  return (
    <a className="utrecht-link spil-plan-pdf" href={planPdfUrl(youthId, version)} type="application/pdf" target="_blank" rel="noopener">
      {t('casePlan.versions.pdf')}<span className="spil-visually-hidden"> {t('casePlan.versions.pdfOf', { version })}</span>
    </a>
  );
}

/**
 * Every version of the plan with its status, who made it and when it was signed; read one,
 * or put two side by side (the comparison the picture's documents use, field by field).
 */
export function PlanVersions({ youthId, defs, label, youthName }: {
  youthId: string; defs: PlanPartDef[]; label: ReturnType<typeof planWords>; youthName: string;
}) {
  const { t } = useTranslation();
  const versions = usePlanVersions(youthId);
  const defMap = new Map(defs.map((d) => [d.key, d]));
  const [viewing, setViewing] = useState<PlanVersionSummary | null>(null);
  const [comparing, setComparing] = useState<{ from: PlanVersionSummary; to: PlanVersionSummary } | null>(null);
  const [pick, setPick] = useState<{ from: string; to: string } | null>(null);
  const [pickError, setPickError] = useState<string | null>(null);
  const items = versions.data?.items ?? [];
  const latest = items.length ? items[items.length - 1]!.version : 0;
  const from = pick?.from ?? String(Math.max(1, latest - 1));
  const to = pick?.to ?? String(latest);
  const options = [...items].reverse().map((v) => ({
    value: String(v.version),
    label: t('casePlan.versions.option', { version: v.version, status: statusText(t, v.status), date: formatDate(v.createdAt) }),
  }));

  const compare = (e: FormEvent) => {
    e.preventDefault();
    if (from === to) { setPickError(t('casePlan.versions.sameVersion')); return; }
    const a = items.find((v) => v.version === Math.min(Number(from), Number(to)));
    const b = items.find((v) => v.version === Math.max(Number(from), Number(to)));
    if (!a || !b) return;
    setPickError(null);
    setViewing(null);
    setComparing({ from: a, to: b });
  };

  return (
    <section className="spil-versions spil-plan-versions" aria-labelledby="plan-versions-title">
      <Heading level={2} id="plan-versions-title">{t('casePlan.versions.title', label)}</Heading>
      {versions.isPending ? <Paragraph>{t('common.loading')}</Paragraph> : null}
      {versions.isError ? <Alert type="error">{t('errors.loadFailed')}</Alert> : null}
      {versions.isSuccess && !items.length ? <Paragraph>{t('casePlan.versions.none', label)}</Paragraph> : null}
      {items.length ? (
        <ul className="spil-record-list" aria-label={t('casePlan.versions.listLabel')}>
          {[...items].reverse().map((v) => {
            const changed = changedPartLabels(t, defMap, v.changedFields);
            return (
              <li key={v.version} className="spil-record">
                <p className="spil-plan-version__head">
                  <span className="spil-version__title">{t('casePlan.versions.version', { version: v.version })}</span>{' '}
                  <StatusBadge tone={STATUS_TONE[v.status]}>{statusText(t, v.status)}</StatusBadge>
                  {v.version === latest ? <> <span className="spil-muted">{t('casePlan.versions.newest')}</span></> : null}
                </p>
                <p className="spil-record__meta">
                  {t('casePlan.versions.madeBy', { name: v.author.name })} · <time dateTime={v.createdAt}>{formatDateTime(v.createdAt)}</time>
                </p>
                {v.signedAt ? <p className="spil-record__meta">{t('casePlan.versions.signedAt', { at: formatDateTime(v.signedAt) })}</p> : null}
                {v.version > 1 && changed.length ? <p className="spil-version__changed">{t('casePlan.versions.changed', { fields: changed.join(', ') })}</p> : null}
                <div className="spil-row-actions spil-plan-version__actions">
                  <Button variant="subtle" onClick={() => { setComparing(null); setViewing(v); }}>{t('casePlan.versions.view', { version: v.version })}</Button>
                  <PdfLink youthId={youthId} version={v.version} />
                </div>
              </li>
            );
          })}
        </ul>
      ) : null}
      {viewing ? (
        <VersionView youthId={youthId} summary={viewing} defs={defMap} youthName={youthName} onClose={() => setViewing(null)} />
      ) : null}
      {items.length >= 2 ? (
        <form className="spil-compare-form" onSubmit={compare} noValidate aria-label={t('casePlan.versions.compareTitle')}>
          <SelectField name="plan-compare-from" label={t('casePlan.versions.from')} value={from} options={options}
            onChange={(v) => setPick({ from: v, to })} error={pickError ?? undefined} />
          <SelectField name="plan-compare-to" label={t('casePlan.versions.to')} value={to} options={options}
            onChange={(v) => setPick({ from, to: v })} />
          <Button type="submit">{t('casePlan.versions.compare')}</Button>
        </form>
      ) : null}
      {comparing ? (
        <VersionCompare youthId={youthId} from={comparing.from} to={comparing.to} defs={defMap} onClose={() => setComparing(null)} />
      ) : null}
    </section>
  );
}

/** Focus moves to a panel's heading when it opens, so keyboard and screen reader users land there. */
function useFocusOnOpen(dep: unknown) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => { ref.current?.focus(); }, [dep]);
  return ref;
}

const meta = (t: ReturnType<typeof useTranslation>['t'], v: PlanVersion) =>
  `${statusText(t, v.status)}, ${formatDateTime(v.signedAt ?? v.updatedAt)}, ${v.author.name}`;

function VersionView({ youthId, summary, defs, youthName, onClose }: {
  youthId: string; summary: PlanVersionSummary; defs: Map<string, PlanPartDef>; youthName: string; onClose: () => void;
}) {
  const { t } = useTranslation();
  const q = usePlanVersion(youthId, summary.version, summary.status !== 'draft');
  const heading = useFocusOnOpen(summary.version);
  const id = useId();
  return (
    <section className="spil-version-panel" aria-labelledby={id}>
      <h3 className="utrecht-heading-3" id={id} ref={heading} tabIndex={-1}>{t('casePlan.versions.viewTitle', { version: summary.version })}</h3>
      {q.isPending ? <Paragraph>{t('common.loading')}</Paragraph> : null}
      {q.isError ? <Alert type="error">{t('errors.loadFailed')}</Alert> : null}
      {q.data ? (
        <>
          <p className="spil-record__meta">
            <StatusBadge tone={STATUS_TONE[q.data.status]}>{statusText(t, q.data.status)}</StatusBadge>{' '}
            {t('casePlan.versions.madeBy', { name: q.data.author.name })} · {formatDateTime(q.data.updatedAt)}
          </p>
          <PlanBodyView body={q.data.body} defs={defs} level={4} />
          <SignaturesView version={q.data} level={4} youthName={youthName} />
        </>
      ) : null}
      <div className="spil-actions">
        <PdfLink youthId={youthId} version={summary.version} />
        <Button onClick={onClose}>{t('casePlan.versions.closeView', { version: summary.version })}</Button>
      </div>
    </section>
  );
}

function VersionCompare({ youthId, from, to, defs, onClose }: {
  youthId: string; from: PlanVersionSummary; to: PlanVersionSummary; defs: Map<string, PlanPartDef>; onClose: () => void;
}) {
  const { t } = useTranslation();
  const a = usePlanVersion(youthId, from.version, from.status !== 'draft');
  const b = usePlanVersion(youthId, to.version, to.status !== 'draft');
  const competencies = useCompetencies();
  const heading = useFocusOnOpen(`${from.version}-${to.version}`);
  const id = useId();
  return (
    <section className="spil-version-panel" aria-labelledby={id}>
      <h3 className="utrecht-heading-3" id={id} ref={heading} tabIndex={-1}>{t('casePlan.versions.comparisonTitle', { from: from.version, to: to.version })}</h3>
      {a.isPending || b.isPending ? <Paragraph>{t('common.loading')}</Paragraph> : null}
      {a.isError || b.isError ? <Alert type="error">{t('errors.loadFailed')}</Alert> : null}
      {a.data && b.data ? (
        <FieldComparison fields={planFields(t, defs, [a.data.body, b.data.body], competencies)} headingLevel={4}
          left={{ title: t('casePlan.versions.version', { version: from.version }), meta: meta(t, a.data), body: a.data.body }}
          right={{ title: t('casePlan.versions.version', { version: to.version }), meta: meta(t, b.data), body: b.data.body }} />
      ) : null}
      <div className="spil-actions">
        <Button onClick={onClose}>{t('casePlan.versions.closeCompare')}</Button>
      </div>
    </section>
  );
}
