import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, get, put, type FieldError } from '../../api/client';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary';
import { CheckboxField, Fieldset, TextField } from '../../components/FormField';
import { Paragraph } from '../../components/Heading';
import { PageTitle } from '../../components/PageTitle';
import { formatDateTime } from '../../format/dates';
import { worklistKey } from '../worklist/queries';
import type { Norm, NormSet } from '../worklist/types';
import { AdminNav, errorMessage } from './AdminNav';

interface Row { key: Norm['key']; enabled: boolean; threshold: string }

const normsKey = ['admin', 'norms'];
const thresholdField = (key: string) => `norm-${key}-threshold`;
const toRows = (s: NormSet): Row[] => s.items.map((n) => ({ key: n.key, enabled: n.enabled, threshold: n.threshold === null ? '' : String(n.threshold) }));

/**
 * Beheer → Normen: every clock Spil watches, with its Dutch name and what it means, on or off,
 * and its number (weeks, days, months, hours) where it has one. Stale saves get 409 and reload.
 */
export function NormsPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const norms = useQuery({ queryKey: normsKey, queryFn: () => get<NormSet>('/api/admin/norms') });
  const [rows, setRows] = useState<Row[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<{ type: 'ok' | 'error'; text: string } | null>(null);

  useEffect(() => { if (norms.data) setRows(toRows(norms.data)); }, [norms.data]);

  const defOf = (key: string) => norms.data?.items.find((n) => n.key === key);
  const update = (key: string, change: Partial<Row>) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...change } : r)));

  /** Server errors ('items.3.threshold', or Zod's 'body.items.3.threshold') next to that norm's number. */
  const serverErrors = (e: ApiError): Record<string, string> => {
    const out: Record<string, string> = {};
    const byIndex = (path: string, message: string) => {
      const m = /items\.(\d+)\.threshold/.exec(path);
      const row = m ? rows[Number(m[1])] : undefined;
      out[row ? thresholdField(row.key) : '_form'] ??= message;
    };
    const field = (e.details as { field?: string } | null)?.field;
    if (field) byIndex(field, e.message || t('errors.generic'));
    for (const f of (e.details as { fields?: FieldError[] } | null)?.fields ?? []) byIndex(f.path, f.message);
    if (!Object.keys(out).length) out._form = e.message || t('errors.generic');
    return out;
  };

  const save = useMutation({
    mutationFn: () => put<NormSet>('/api/admin/norms', {
      version: norms.data!.version,
      items: rows.map((r) => ({ key: r.key, enabled: r.enabled, threshold: defOf(r.key)?.unit ? Number(r.threshold) : null })),
    }),
    onSuccess: async (saved) => {
      qc.setQueryData(normsKey, saved);
      setNotice({ type: 'ok', text: t('norms.saved') });
      await qc.invalidateQueries({ queryKey: worklistKey });
    },
    onError: async (e) => {
      if (e instanceof ApiError && e.code === 'VERSION_CONFLICT') {
        setNotice({ type: 'error', text: t('norms.conflict') });
        const current = (e.details as { current?: NormSet } | null)?.current;
        if (current) qc.setQueryData(normsKey, current); else await norms.refetch();
        return;
      }
      if (e instanceof ApiError && e.status === 400) { setErrors(serverErrors(e)); return; }
      setNotice({ type: 'error', text: errorMessage(t, e) });
    },
  });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const errs: Record<string, string> = {};
    for (const r of rows) {
      const def = defOf(r.key);
      if (!def?.unit) continue;
      const n = Number(r.threshold.trim());
      if (!r.threshold.trim() || !Number.isInteger(n) || n < def.min || n > def.max) errs[thresholdField(r.key)] = t('norms.rangeError', { min: def.min, max: def.max });
    }
    setErrors(errs); setNotice(null);
    if (!Object.keys(errs).length) save.mutate();
  };

  const summary: SummaryError[] = Object.entries(errors).map(([field, message]) => {
    const row = rows.find((r) => thresholdField(r.key) === field);
    return row ? { field, label: t(`norms.name.${row.key}`), message } : { message };
  });
  const last = norms.data?.lastChange;

  return (
    <>
      <PageTitle title={t('norms.title')} pre={t('nav.admin')} />
      <AdminNav />
      <Paragraph>{t('norms.intro')}</Paragraph>
      {norms.isPending ? <Paragraph>{t('common.loading')}</Paragraph> : null}
      {norms.isError ? <Alert type="error">{errorMessage(t, norms.error)}</Alert> : null}
      {norms.data ? (
        <form onSubmit={onSubmit} noValidate>
          <Paragraph>{last ? t('norms.lastChange', { by: last.by, date: formatDateTime(last.at) }) : t('norms.neverChanged')}</Paragraph>
          <ErrorSummary errors={summary} />
          <ul className="spil-phase-list">
            {rows.map((r) => {
              const def = defOf(r.key)!;
              return (
                <li key={r.key} className="spil-phase-list__item">
                  <Fieldset legend={t(`norms.name.${r.key}`)} description={t(`norms.explain.${r.key}`)} id={`norm-${r.key}`}>
                    <CheckboxField name={`norm-${r.key}-enabled`} label={t('norms.on')} description={t('norms.onHelp')} checked={r.enabled}
                      onChange={(v) => update(r.key, { enabled: v })} />
                    {def.unit ? (
                      <TextField name={thresholdField(r.key)} label={t(`norms.amount.${def.unit}`)} inputMode="numeric" autoComplete="off"
                        description={t('norms.range', { min: def.min, max: def.max, default: def.default })}
                        value={r.threshold} error={errors[thresholdField(r.key)]}
                        onChange={(v) => update(r.key, { threshold: v })} />
                    ) : <Paragraph small>{t('norms.noNumber')}</Paragraph>}
                  </Fieldset>
                </li>
              );
            })}
          </ul>
          {notice ? <Alert type={notice.type}>{notice.text}</Alert> : null}
          <Button type="submit" variant="primary" busy={save.isPending} disabled={save.isPending}>{t('norms.save')}</Button>
        </form>
      ) : null}
    </>
  );
}
