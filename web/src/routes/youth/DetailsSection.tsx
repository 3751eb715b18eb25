import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, patch } from '../../api/client';
import type { Youth, YouthTextField } from '../../api/types';
import { useConfig } from '../../auth/session';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Heading } from '../../components/Heading';
import { formatCalendarDate, formatDateTime } from '../../format/dates';
import { AllYouthFieldsets, BasicFields, changedFields, needsName, useSummaryErrors, youthToForm, type YouthFormValues } from './youthForm';

const SHOWN: YouthTextField[] = [
  'nickname', 'firstName', 'lastName', 'birthDate', 'gender', 'neighbourhood', 'address', 'postcode', 'city', 'phone', 'email',
  'schoolBackground', 'signalSource', 'reporterName', 'reporterOrganisation', 'vindplaats', 'reason',
];

export function DetailsSection({ youth }: { youth: Youth }) {
  const { t } = useTranslation();
  const config = useConfig();
  const qc = useQueryClient();
  const toSummary = useSummaryErrors();
  const [editing, setEditing] = useState(false);
  const [base, setBase] = useState<Youth>(youth);
  const [values, setValues] = useState<YouthFormValues>(() => youthToForm(youth));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [conflict, setConflict] = useState<Youth | null>(null);
  const [conflictShown, setConflictShown] = useState(false);
  const [saved, setSaved] = useState(false);

  const set = <K extends keyof YouthFormValues>(key: K, value: YouthFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  const startEdit = () => {
    setBase(youth); setValues(youthToForm(youth)); setErrors({}); setConflict(null); setConflictShown(false); setSaved(false); setEditing(true);
  };

  const save = useMutation({
    mutationFn: () => patch<Youth>(`/api/youth/${youth.id}`, { version: base.version, ...changedFields(youthToForm(base), values) }),
    onSuccess: async (updated) => {
      qc.setQueryData(['youth', youth.id], updated);
      setEditing(false); setSaved(true);
      await qc.invalidateQueries({ queryKey: ['youth'], refetchType: 'active' });
    },
    onError: (e) => {
      if (e instanceof ApiError && e.code === 'VERSION_CONFLICT') {
        setConflict(((e.details as { current?: Youth } | null)?.current) ?? null);
        setConflictShown(true);
        setErrors({});
      } else if (e instanceof ApiError && e.code === 'VALIDATION_FAILED') {
        setErrors(e.fieldErrors());
      } else {
        setErrors({ _form: e instanceof ApiError && e.message ? e.message : t('errors.generic') });
      }
    },
  });

  const reloadCurrent = () => {
    const current = conflict;
    if (current) {
      qc.setQueryData(['youth', youth.id], current);
      setBase(current); setValues(youthToForm(current));
    } else {
      void qc.invalidateQueries({ queryKey: ['youth', youth.id] });
      setEditing(false);
    }
    setConflict(null);
    setConflictShown(false);
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (needsName(values)) { setErrors({ nickname: t('register.nameRequired') }); return; }
    setErrors({}); setSaved(false);
    save.mutate();
  };

  const display = (f: YouthTextField): string => {
    const v = youth[f];
    if (!v) return '—';
    if (f === 'birthDate') return `${formatCalendarDate(v)}${youth.age !== null ? ` (${t('common.years', { count: youth.age })})` : ''}`;
    if (f === 'signalSource') return config.data?.lists.signal_source.find((s) => s.key === v)?.label ?? v;
    if (f === 'gender') return config.data?.lists.gender.find((s) => s.key === v)?.label ?? v;
    return v;
  };

  return (
    <section aria-labelledby="gegevens" className="spil-section">
      <Heading level={2} id="gegevens">{t('file.details')}</Heading>
      {saved ? <Alert type="ok">{t('file.saved')}</Alert> : null}
      {!editing ? (
        <>
          <dl className="spil-facts spil-facts--wide">
            {SHOWN.map((f) => (
              <div className="spil-facts__row" key={f}>
                <dt>{t(`youth.fields.${f}`)}</dt>
                <dd>{display(f)}</dd>
              </div>
            ))}
            <div className="spil-facts__row">
              <dt>{t('register.indicators')}</dt>
              <dd>{youth.targetIndicators.length ? (
                <ul className="spil-plain-list">{youth.targetIndicators.map((k) => <li key={k}>{t(`indicators.${k}`, { defaultValue: k })}</li>)}</ul>
              ) : '—'}</dd>
            </div>
            <div className="spil-facts__row">
              <dt>{t('file.registered')}</dt>
              <dd>{t('file.registeredBy', { date: formatDateTime(youth.registeredAt), name: youth.registeredBy.name })}</dd>
            </div>
          </dl>
          <Button onClick={startEdit}>{t('file.edit')}</Button>
        </>
      ) : (
        <form onSubmit={onSubmit} noValidate className="spil-form">
          {conflictShown ? (
            <div className="spil-conflict">
              <Alert type="warning">
                <p className="utrecht-paragraph">{t('file.conflict')}</p>
              </Alert>
              <Button onClick={reloadCurrent}>{t('file.reload')}</Button>
            </div>
          ) : null}
          <ErrorSummary errors={toSummary(errors)} />
          <BasicFields values={values} set={set} errors={errors} config={config.data} />
          <AllYouthFieldsets values={values} set={set} errors={errors} config={config.data} />
          <div className="spil-actions">
            <Button type="submit" variant="primary" busy={save.isPending} disabled={save.isPending}>{t('common.save')}</Button>
            <Button variant="subtle" onClick={() => { setEditing(false); setErrors({}); setConflict(null); setConflictShown(false); }}>{t('common.cancel')}</Button>
          </div>
        </form>
      )}
    </section>
  );
}
