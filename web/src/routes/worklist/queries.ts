import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { get, post } from '../../api/client';
import { useCurrentUser } from '../../auth/session';
import i18n, { loadLanguage } from '../../i18n';
import type { AckAction, TeamWorklist, Worklist } from './types';

/** Everything under this key is a worklist (the coach's and the team's): one invalidation refreshes both. */
export const worklistKey = ['worklist'] as const;

// The worklist's texts live in their own area file; the list shows with its sentences, not before.
const withTexts = async <T>(load: Promise<T>): Promise<T> => (await Promise.all([load, loadLanguage(i18n.language)]))[0];

export function useWorklist(enabled = true) {
  return useQuery({ queryKey: [...worklistKey, 'mine'], queryFn: () => withTexts(get<Worklist>('/api/worklist')), enabled });
}

export function useTeamWorklist(teamId: string) {
  return useQuery({
    queryKey: [...worklistKey, 'team', teamId],
    queryFn: () => withTexts(get<TeamWorklist>(`/api/team/worklist${teamId ? `?teamId=${encodeURIComponent(teamId)}` : ''}`)),
  });
}

export interface AckInput { signalKey: string; action: AckAction; until?: string; reason?: string }

export function useAcknowledge() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: AckInput) => post('/api/worklist/acks', { id: crypto.randomUUID(), ...input }),
    onSettled: () => qc.invalidateQueries({ queryKey: worklistKey }),
  });
}

/** "ondersteuningsplan" (Rotterdam IJA) or "veranderplan" (IPTA), as the tenant's method calls the plan. */
export function usePlanWord(): string {
  const me = useCurrentUser();
  const { t } = useTranslation();
  return t(`casePlan.labelLower.${me.tenant.method === 'ija' ? 'ondersteuningsplan' : 'veranderplan'}`);
}
