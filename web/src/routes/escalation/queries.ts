import { useQuery, useQueryClient } from '@tanstack/react-query';
import { get, isApiError } from '../../api/client';
import type { Escalation, EscalationKind, EscalationList, EscalationStatus } from './types';

const root = ['escalations'] as const;

export function useEscalations(status: EscalationStatus, kind: EscalationKind | '') {
  const qs = new URLSearchParams({ status, ...(kind ? { kind } : {}) });
  return useQuery({ queryKey: [...root, 'list', status, kind], queryFn: () => get<EscalationList>(`/api/escalations?${qs}`) });
}

export function useEscalation(id: string) {
  return useQuery({
    queryKey: [...root, 'one', id],
    queryFn: () => get<Escalation>(`/api/escalations/${id}`),
    retry: (n, e) => !(isApiError(e) && (e.status === 404 || e.status === 403 || e.code === 'VALIDATION_FAILED')) && n < 2,
  });
}

/** After a save: this item as the server returned it, and the lists again. */
export function useRefreshEscalations() {
  const qc = useQueryClient();
  return async (saved: Escalation) => {
    qc.setQueryData([...root, 'one', saved.id], saved);
    await qc.invalidateQueries({ queryKey: [...root, 'list'] });
  };
}
