import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { get, isApiError, post, put } from '../../api/client';
import { useCurrentUser } from '../../auth/session';
import type { Competency, PlanBody, PlanLabel, PlanPartDef, PlanState, PlanVersion, PlanVersionSummary, SignerRole } from './types';

/** Query keys of the plan; everything of one youth's plan sits under planKey(youthId). */
export const planKey = (youthId: string) => ['youth', youthId, 'plan'] as const;
const versionsKey = (youthId: string) => [...planKey(youthId), 'versions'] as const;
const versionKey = (youthId: string, version: number) => [...planKey(youthId), 'version', version] as const;

export function usePlan(youthId: string, enabled = true) {
  return useQuery({ queryKey: planKey(youthId), queryFn: () => get<PlanState>(`/api/youth/${youthId}/plan`), enabled });
}

/** The tenant's plan parts with the handbook's suggestions; configuration, so kept a while. */
export function usePlanParts() {
  return useQuery({
    queryKey: ['plan-parts'],
    queryFn: () => get<{ items: PlanPartDef[]; competencies: Competency[] }>('/api/plan-parts'),
    staleTime: 10 * 60_000,
  });
}

/** The tenant's basic employee competencies by key (switched-off ones too: older plans name them). */
export function useCompetencies(): Map<string, Competency> {
  const parts = usePlanParts();
  return new Map((parts.data?.competencies ?? []).map((c) => [c.key, c]));
}

export function usePlanVersions(youthId: string) {
  return useQuery({ queryKey: versionsKey(youthId), queryFn: () => get<{ items: PlanVersionSummary[] }>(`/api/youth/${youthId}/plan/versions`) });
}

export function usePlanVersion(youthId: string, version: number, frozen: boolean) {
  return useQuery({
    queryKey: versionKey(youthId, version),
    queryFn: () => get<PlanVersion>(`/api/youth/${youthId}/plan/versions/${version}`),
    // A signed or half-signed version never changes again; a draft may.
    staleTime: frozen ? Infinity : 0,
  });
}

export const planPdfUrl = (youthId: string, version: number) => `/api/youth/${youthId}/plan/versions/${version}/pdf`;

/**
 * "Veranderplan" or "Ondersteuningsplan": the server says which for this youth; before it has
 * answered the tenant's method decides, so the tab's name does not jump while loading.
 */
export function usePlanLabel(youthId: string, enabled = true): PlanLabel | null {
  const me = useCurrentUser();
  const plan = usePlan(youthId, enabled);
  if (plan.data) return plan.data.label;
  if (me.tenant.method === 'ipta') return 'veranderplan';
  if (me.tenant.method === 'ija') return 'ondersteuningsplan';
  return null;
}

/** The tab's name in the youth file (with a soft hyphen, so a narrow tab breaks it between its words). */
export function usePlanTabLabel(youthId: string, enabled = true): string {
  const { t } = useTranslation();
  const label = usePlanLabel(youthId, enabled);
  return t(`casePlan.tab.${label ?? 'neutral'}`);
}

/** "ondersteuningsplan" and "Ondersteuningsplan", for texts that name the plan. */
export function planWords(t: TFunction, label: PlanLabel | null | undefined) {
  const key = label ?? 'neutral';
  return { plan: t(`casePlan.labelLower.${key}`), Plan: t(`casePlan.label.${key}`) };
}

/** After a change the plan, its list of versions and (for a draft) its read-only view are fetched again. */
function refresh(client: ReturnType<typeof useQueryClient>, youthId: string, saved: PlanVersion) {
  client.setQueryData<PlanState>(planKey(youthId), (old) => old && {
    ...old,
    latest: saved,
    signedVersion: saved.status === 'signed' ? saved.version : old.signedVersion,
  });
  client.setQueryData(versionKey(youthId, saved.version), saved);
  void client.invalidateQueries({ queryKey: planKey(youthId), exact: true });
  void client.invalidateQueries({ queryKey: versionsKey(youthId) });
  // Signing turns the plan's tasks into tracked actions.
  void client.invalidateQueries({ queryKey: ['youth', youthId, 'actions'] });
}

/**
 * Save a plan on the version and revision it was edited on. A draft without signatures is
 * saved in place; a frozen one becomes a new draft version (the server decides). A stale
 * edit gets 409 with the current version, which the caller shows.
 */
export function useSavePlan(youthId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { version: number; revision: number; body: PlanBody }) => put<PlanVersion>(`/api/youth/${youthId}/plan`, input),
    onSuccess: (saved) => refresh(client, youthId, saved),
    onError: (e) => {
      if (isApiError(e, 'VERSION_CONFLICT')) void client.invalidateQueries({ queryKey: planKey(youthId) });
    },
  });
}

export interface SignInput {
  role: SignerRole; name: string; method: 'typed' | 'drawn'; typed?: string; drawing?: string; revision: number;
}

export function useSignPlan(youthId: string, version: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SignInput) => post<PlanVersion>(`/api/youth/${youthId}/plan/versions/${version}/signatures`, input),
    onSuccess: (signed) => refresh(client, youthId, signed),
    onError: (e) => {
      // Someone saved or signed in between: show what is current now.
      if (isApiError(e) && (e.status === 400 || e.status === 409)) void client.invalidateQueries({ queryKey: planKey(youthId) });
    },
  });
}

/** The conflict's current record, from a 409's details. */
export function conflictCurrent(e: unknown): PlanVersion | null {
  if (!isApiError(e, 'VERSION_CONFLICT')) return null;
  const current = (e.details as { current?: PlanVersion | PlanState } | null)?.current ?? null;
  // The current record is the latest version; accept the whole plan state as well.
  if (current && 'latest' in current) return current.latest;
  return current;
}
