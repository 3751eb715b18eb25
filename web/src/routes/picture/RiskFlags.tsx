import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { get, isApiError, post } from '../../api/client';
import type { ListKey } from '../../api/types';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField, TextareaField } from '../../components/FormField';
import { Heading, Paragraph } from '../../components/Heading';
import { formatDate } from '../../format/dates';
import { errorsFrom, summaryOf, useLists } from '../casework/lists';
import type { RiskFlag } from './types';

// The tenant's list of risk indicators (IPTA ch. 3.3), served by GET /api/config like the other lists.
const RISK_LIST: ListKey = 'risk_indicator';

export const riskFlagsKey = (youthId: string) => ['youth', youthId, 'risk-flags'];

/** The youth's risk flags, the open ones first (oldest first), then the resolved ones (newest first). */
export function useRiskFlags(youthId: string) {
  const q = useQuery({ queryKey: riskFlagsKey(youthId), queryFn: () => get<{ items: RiskFlag[] }>(`/api/youth/${youthId}/risk-flags`) });
  const items = q.data?.items ?? [];
  const open = items.filter((f) => !f.resolvedAt).sort((a, b) => a.raisedAt.localeCompare(b.raisedAt));
  const resolved = items.filter((f) => f.resolvedAt).sort((a, b) => (b.resolvedAt ?? '').localeCompare(a.resolvedAt ?? ''));
  return { query: q, open, resolved };
}

/** The label of a kind of risk flag: the tenant's own wording, else Spil's. */
export function useRiskKindLabel() {
  const { t, i18n } = useTranslation();
  const lists = useLists();
  return (kind: string) => {
    const listed = lists.items(RISK_LIST).find((i) => i.key === kind)?.label;
    if (listed) return listed;
    return i18n.exists(`risk.kinds.${kind}`) ? t(`risk.kinds.${kind}`) : kind;
  };
}

/**
 * "Risicosignalen" on the strategy page: raise a flag (a reason to reconsider the strategy),
 * see the open ones with what the signal means, resolve one with a note. Resolved ones stay
 * readable, folded away.
 */
export function RiskFlagsSection({ youthId }: { youthId: string }) {
  const { t } = useTranslation();
  const { query, open, resolved } = useRiskFlags(youthId);
  const kindLabel = useRiskKindLabel();
  const [raising, setRaising] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <section aria-labelledby="risk-heading" className="spil-section">
      <Heading level={2} id="risk-heading">{t('picture.risk.title')}</Heading>
      <Paragraph>{t('picture.risk.intro')}</Paragraph>
      {notice ? <Alert type="ok">{notice}</Alert> : null}
      {query.isPending ? <Paragraph>{t('common.loading')}</Paragraph> : null}
      {query.isError ? <Alert type="error">{t('errors.loadFailed')}</Alert> : null}
      {open.length ? (
        <>
          <Alert type="warning">{t('picture.risk.reconsider', { count: open.length })}</Alert>
          <ul className="spil-record-list" aria-label={t('picture.risk.openList')}>
            {open.map((f) => (
              <li key={f.id} className="spil-record">
                <Heading level={3} className="spil-record__kind">{kindLabel(f.kind)}</Heading>
                <p className="spil-record__meta">{t('picture.risk.raised', { date: formatDate(f.raisedAt), name: f.raisedBy.name })}</p>
                {t(`risk.hints.${f.kind}`, { defaultValue: '' }) ? <p>{t(`risk.hints.${f.kind}`)}</p> : null}
                {f.note ? <p><span className="spil-label">{t('picture.risk.note')}: </span>{f.note}</p> : null}
                <ResolveForm youthId={youthId} flag={f} onDone={() => setNotice(t('picture.risk.resolved', { kind: kindLabel(f.kind) }))} />
              </li>
            ))}
          </ul>
        </>
      ) : query.isSuccess ? <Paragraph>{t('picture.risk.noneOpen')}</Paragraph> : null}
      {raising ? (
        <RaiseForm youthId={youthId} onCancel={() => setRaising(false)}
          onDone={(kind) => { setRaising(false); setNotice(t('picture.risk.raisedNotice', { kind: kindLabel(kind) })); }} />
      ) : (
        <div className="spil-actions">
          <Button onClick={() => { setNotice(null); setRaising(true); }}>{t('picture.risk.raise')}</Button>
        </div>
      )}
      {resolved.length ? (
        <details className="spil-details">
          <summary>{t('picture.risk.resolvedList', { count: resolved.length })}</summary>
          <ul className="spil-history">
            {resolved.map((f) => (
              <li key={f.id} className="spil-history__item">
                <p><strong>{kindLabel(f.kind)}</strong></p>
                <p className="spil-history__meta">
                  {t('picture.risk.raised', { date: formatDate(f.raisedAt), name: f.raisedBy.name })}
                  {' · '}
                  {t('picture.risk.resolvedBy', { date: formatDate(f.resolvedAt), name: f.resolvedBy?.name ?? '' })}
                </p>
                {f.note ? <p><span className="spil-label">{t('picture.risk.note')}: </span>{f.note}</p> : null}
                <p><span className="spil-label">{t('picture.risk.resolution')}: </span>{f.resolutionNote}</p>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

function RaiseForm({ youthId, onDone, onCancel }: { youthId: string; onDone: (kind: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const lists = useLists();
  const [id] = useState(() => crypto.randomUUID());
  const [kind, setKind] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const labels = { kind: t('picture.risk.kind'), note: t('picture.risk.note') };
  const save = useMutation({
    mutationFn: () => post<RiskFlag>(`/api/youth/${youthId}/risk-flags`, { id, kind, ...(note.trim() ? { note: note.trim() } : {}) }),
    onSuccess: async () => { await qc.invalidateQueries({ queryKey: riskFlagsKey(youthId) }); onDone(kind); },
    onError: (e) => setErrors(errorsFrom(e, t)),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errs: Record<string, string> = {};
    if (!kind) errs.kind = t('picture.risk.kindRequired');
    setErrors(errs);
    if (!Object.keys(errs).length) save.mutate();
  };
  const hint = kind ? t(`risk.hints.${kind}`, { defaultValue: '' }) : '';
  return (
    <form onSubmit={submit} noValidate className="spil-scout" aria-labelledby="raise-heading">
      <Heading level={3} id="raise-heading">{t('picture.risk.raise')}</Heading>
      <ErrorSummary errors={summaryOf(errors, labels)} />
      <SelectField name="kind" label={labels.kind} value={kind} onChange={setKind} error={errors.kind} required
        placeholder={t('common.choose')} options={lists.options(RISK_LIST)} description={hint || undefined} />
      <TextareaField name="riskNote" label={labels.note} value={note} onChange={setNote} error={errors.note} rows={3} />
      <div className="spil-actions">
        <Button type="submit" variant="primary" busy={save.isPending} disabled={save.isPending}>{t('picture.risk.save')}</Button>
        <Button variant="subtle" onClick={onCancel}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}

/** Resolving sends the version it was made on; someone else's resolution or change is shown, not overwritten. */
function ResolveForm({ youthId, flag, onDone }: { youthId: string; flag: RiskFlag; onDone: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: () => post<RiskFlag>(`/api/risk-flags/${flag.id}/resolve`, { version: flag.version, note: note.trim() }),
    onSuccess: async () => { await qc.invalidateQueries({ queryKey: riskFlagsKey(youthId) }); onDone(); },
    onError: (e) => {
      if (isApiError(e, 'ALREADY_RESOLVED') || isApiError(e, 'VERSION_CONFLICT')) {
        setProblem(isApiError(e, 'ALREADY_RESOLVED') ? t('picture.risk.alreadyResolved') : t('picture.risk.conflict'));
        void qc.invalidateQueries({ queryKey: riskFlagsKey(youthId) });
        return;
      }
      const errs = errorsFrom(e, t);
      setError(errs.note ?? errs._form ?? Object.values(errs)[0]);
    },
  });
  if (!editing) {
    return (
      <div className="spil-row-actions">
        <Button onClick={() => setEditing(true)}>{t('picture.risk.resolve')}</Button>
      </div>
    );
  }
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!note.trim()) { setError(t('picture.risk.resolutionRequired')); return; }
    setError(undefined);
    save.mutate();
  };
  return (
    <form onSubmit={submit} noValidate className="spil-inline-form">
      {problem ? <Alert type="warning">{problem}</Alert> : null}
      <TextareaField name={`resolve-${flag.id}`} label={t('picture.risk.resolutionField')} description={t('picture.risk.resolutionHelp')}
        value={note} onChange={setNote} error={error} required rows={3} />
      <div className="spil-actions">
        <Button type="submit" variant="primary" busy={save.isPending} disabled={save.isPending}>{t('picture.risk.saveResolution')}</Button>
        <Button variant="subtle" onClick={() => { setEditing(false); setError(undefined); }}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}
