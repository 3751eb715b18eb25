import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, get } from '../../api/client';
import type { SummaryError } from '../../components/ErrorSummary';
import type { ClosingView } from './types';

export const closingKey = (trajectoryId: string) => ['closing', trajectoryId] as const;

export function useClosing(trajectoryId: string) {
  return useQuery({ queryKey: closingKey(trajectoryId), queryFn: () => get<ClosingView>(`/api/trajectories/${trajectoryId}/closing`) });
}

export type Errors = Record<string, string>;

/**
 * The form's name for a field the server names: a result answer keeps its area
 * ('answers.debts'), its details and explanation their own input ('answers.work.hoursPerWeek',
 * 'answers.work.explanation'), so each error sits at the field it is about.
 */
function fieldKey(path: string): string {
  const parts = path.replace(/^body\.?/, '').split('.').filter((p) => p !== 'details');
  if (parts[0] !== 'answers' || !parts[1]) return parts[0] || '_form';
  return parts[2] && parts[2] !== 'answer' ? `answers.${parts[1]}.${parts[2]}` : `answers.${parts[1]}`;
}

/** What a failed save means for the form, keyed by field ('_form' when tied to no field). */
export function errorsOf(e: unknown, t: TFunction): Errors {
  if (!(e instanceof ApiError)) return { _form: t('errors.generic') };
  if (e.code === 'NETWORK') return { _form: t('errors.NETWORK') };
  if (e.code === 'VALIDATION_FAILED') {
    const out: Errors = {};
    for (const f of (e.details as { fields?: { path: string; message: string }[] } | null)?.fields ?? []) {
      out[fieldKey(f.path)] ??= f.message;
    }
    return Object.keys(out).length ? out : { _form: e.message || t('errors.generic') };
  }
  const field = (e.details as { field?: unknown } | null)?.field;
  const text = e.message || t('errors.generic');
  return typeof field === 'string' ? { [fieldKey(field)]: text } : { _form: text };
}

/** Error summary entries that link to the field (inputs are named `${prefix}${field}`, a result area's `${prefix}${area}-${detail}`). */
export function summaryOf(errors: Errors, labels: Record<string, string>, prefix: string): SummaryError[] {
  return Object.entries(errors).map(([field, message]) => (
    field === '_form' || !labels[field] ? { message } : { field: `${prefix}${field.replace('answers.', '').replace('.', '-')}`, label: labels[field], message }
  ));
}

/**
 * One save of the afronding: every change answers with the whole view, which goes into the
 * cache. A 409 (someone else saved first) keeps what the user typed and offers the reload path:
 * the newest version from the server, and the form starts again from it.
 */
export function useClosingSave<B>(trajectoryId: string, youthId: string, method: 'POST' | 'PUT' | 'PATCH', path: string, onSaved?: (v: ClosingView) => void) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [errors, setErrors] = useState<Errors>({});
  const [stale, setStale] = useState(false);
  const m = useMutation({
    mutationFn: (body: B) => api<ClosingView | { trajectoryId: string }>(method, path, body),
    onSuccess: async (v) => {
      setErrors({}); setStale(false);
      if ('resultAreas' in v) qc.setQueryData(closingKey(trajectoryId), v);
      else await qc.invalidateQueries({ queryKey: closingKey(trajectoryId) });
      await qc.invalidateQueries({ queryKey: ['youth', youthId] });
      onSaved?.(qc.getQueryData<ClosingView>(closingKey(trajectoryId))!);
    },
    onError: (e) => {
      if (e instanceof ApiError && e.status === 409) {
        setStale(true);
        setErrors({ _form: e.code === 'VERSION_CONFLICT' ? t('closing.conflict') : e.message || t('errors.generic') });
        return;
      }
      setErrors(errorsOf(e, t));
    },
  });
  return {
    busy: m.isPending, errors, setErrors, stale,
    save: (body: B) => m.mutate(body),
    reload: async () => {
      setStale(false); setErrors({});
      await qc.invalidateQueries({ queryKey: closingKey(trajectoryId) });
      await qc.invalidateQueries({ queryKey: ['youth', youthId] });
    },
  };
}
