import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { ApiError, get, isApiError } from '../../api/client';
import type { Items, YouthSummary } from '../../api/types';
import { fetchAllYouth } from '../youth/youth-pages';
import { hasRole, useCurrentUser } from '../../auth/session';
import { errorsFrom } from '../casework/lists';
import type { Group, GroupSession, GroupSummary } from './types';

export const groupsKey = ['groups'] as const;
export const groupKey = (id: string) => ['groups', 'one', id] as const;
export const sessionsKey = ['group-sessions'] as const;

export function useGroups() {
  return useQuery({ queryKey: [...groupsKey, 'list'], queryFn: () => get<Items<GroupSummary>>('/api/groups') });
}

export function useGroup(id: string) {
  return useQuery({
    queryKey: groupKey(id),
    queryFn: () => get<Group>(`/api/groups/${id}`),
    retry: (n, e) => !(isApiError(e) && (e.status === 404 || e.status === 403 || e.code === 'VALIDATION_FAILED')) && n < 2,
  });
}

export function useGroupSessions() {
  return useQuery({ queryKey: sessionsKey, queryFn: () => get<Items<GroupSession>>('/api/group-sessions') });
}

/**
 * The youth this user may put in a group or mark present: a coach their own youth, a team lead
 * the youth of the teams they lead too. Members not in this list are shown, never changed.
 */
export function useYouthInReach() {
  const me = useCurrentUser();
  const lead = hasRole(me, 'teamleider');
  const coach = hasRole(me, 'coach');
  return useQuery({
    queryKey: ['youth', 'reach', lead, coach],
    queryFn: async () => {
      const lists = await Promise.all([
        coach ? fetchAllYouth({ scope: 'mine' }) : Promise.resolve([]),
        lead ? fetchAllYouth({ scope: 'team' }) : Promise.resolve([]),
      ]);
      const byId = new Map<string, YouthSummary>();
      for (const y of lists.flat()) byId.set(y.id, y);
      return [...byId.values()].sort((a, b) => a.displayName.localeCompare(b.displayName, 'nl'));
    },
    staleTime: 30_000,
  });
}

/** After a change: the list of groups and the worklists (a report starts clocks, a contact stops them). */
export function useRefreshGroups() {
  const qc = useQueryClient();
  return async (group?: Group) => {
    if (group) qc.setQueryData(groupKey(group.id), group);
    await Promise.all([
      qc.invalidateQueries({ queryKey: [...groupsKey, 'list'] }),
      qc.invalidateQueries({ queryKey: ['home'] }),
      qc.invalidateQueries({ queryKey: ['worklist'] }),
      qc.invalidateQueries({ queryKey: ['youth'] }),
    ]);
  };
}

/** Field errors from a failed save, also for errors the server ties to a field in details (IN_FUTURE, NOT_A_MEMBER). */
export function groupErrorsFrom(e: unknown, t: TFunction): Record<string, string> {
  if (e instanceof ApiError && e.code !== 'VALIDATION_FAILED') {
    const field = (e.details as { field?: unknown } | null)?.field;
    if (typeof field === 'string' && e.message) return { [field]: e.message };
  }
  return errorsFrom(e, t);
}

/** The current version a 409 VERSION_CONFLICT carries, or null when it is not a conflict. */
export function conflictCurrent<T>(e: unknown): T | null {
  return isApiError(e, 'VERSION_CONFLICT') ? ((e.details as { current?: T } | null)?.current ?? null) : null;
}

/** Whole hours and minutes between now and a moment, for "nog 3 uur" and "2 uur te laat". */
export function hoursAndMinutes(ms: number): { hours: number; minutes: number } {
  const total = Math.max(0, Math.floor(Math.abs(ms) / 60_000));
  return { hours: Math.floor(total / 60), minutes: total % 60 };
}
