import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { ApiError, get } from '../../api/client';
import type { SummaryError } from '../../components/ErrorSummary';
import type { EmployerChoice, EmployerWithWorkplaces, Placement, WeeklyOverview, WorkReference } from './types';

export const placementsKey = (youthId: string) => ['youth', youthId, 'placements'] as const;
export const weeklyKey = (youthId: string, placementId: string) => ['youth', youthId, 'placements', placementId, 'weekly'] as const;

export const referencesKey = (youthId: string, placementId: string) => ['youth', youthId, 'placements', placementId, 'references'] as const;
export const referencePdfUrl = (youthId: string, placementId: string, referenceId: string) =>
  `/api/youth/${youthId}/placements/${placementId}/references/${referenceId}/pdf`;

/** The certificate and the recommendation letter of one placement (each once at most). */
export function useReferences(youthId: string, placementId: string) {
  return useQuery({
    queryKey: referencesKey(youthId, placementId),
    queryFn: () => get<{ items: WorkReference[] }>(`/api/youth/${youthId}/placements/${placementId}/references`),
  });
}

export function usePlacements(youthId: string) {
  return useQuery({ queryKey: placementsKey(youthId), queryFn: () => get<{ items: Placement[] }>(`/api/youth/${youthId}/placements`) });
}

export function useWeekly(youthId: string, placementId: string) {
  return useQuery({ queryKey: weeklyKey(youthId, placementId), queryFn: () => get<WeeklyOverview>(`/api/youth/${youthId}/placements/${placementId}/weekly`) });
}

/** The team's employer network, to choose from; the workplaces of one employer once it is chosen. */
export function useEmployerChoices() {
  return useQuery({ queryKey: ['employers', 'list', '', '', ''], queryFn: () => get<{ items: EmployerChoice[] }>('/api/employers'), staleTime: 60_000 });
}
export function useEmployerWorkplaces(employerId: string) {
  return useQuery({
    queryKey: ['employers', 'one', employerId],
    queryFn: () => get<EmployerWithWorkplaces>(`/api/employers/${employerId}`),
    enabled: Boolean(employerId),
  });
}

/** After a change: the placement list (and the file's history, where changes are listed) is stale. */
export function useRefreshPlacements(youthId: string) {
  const qc = useQueryClient();
  return {
    put: (p: Placement) => qc.setQueryData<{ items: Placement[] }>(placementsKey(youthId), (d) => d && ({
      items: d.items.some((x) => x.id === p.id) ? d.items.map((x) => (x.id === p.id ? p : x)) : [p, ...d.items],
    })),
    refresh: async () => {
      await qc.invalidateQueries({ queryKey: placementsKey(youthId), exact: true });
      await qc.invalidateQueries({ queryKey: ['youth', youthId, 'history'] });
    },
    refreshWeekly: (placementId: string) => qc.invalidateQueries({ queryKey: weeklyKey(youthId, placementId) }),
  };
}

/**
 * What a failed save means for the form, keyed by the server's field name ('_form' when it is
 * tied to no field). The server's stable codes get a Dutch (or English) text of our own; a
 * schema refusal carries the server's message per field.
 */
export function errorsOf(e: unknown, t: TFunction): Record<string, string> {
  if (!(e instanceof ApiError)) return { _form: t('errors.generic') };
  if (e.code === 'NETWORK') return { _form: t('errors.NETWORK') };
  if (e.code === 'VALIDATION_FAILED') {
    const f = e.fieldErrors();
    return Object.keys(f).length ? f : { _form: e.message || t('errors.generic') };
  }
  const text = t(`placement.errors.${e.code}`, { defaultValue: e.message || t('errors.generic') });
  const field = (e.details as { field?: unknown } | null)?.field;
  return typeof field === 'string' ? { [field]: text } : { _form: text };
}

/** Error summary entries that link to the field (inputs are named `${prefix}${field}`). */
export function summaryOf(errors: Record<string, string>, labels: Record<string, string>, prefix: string): SummaryError[] {
  return Object.entries(errors).map(([field, message]) => (
    field === '_form' || !labels[field] ? { message } : { field: `${prefix}${field}`, label: labels[field], message }
  ));
}
