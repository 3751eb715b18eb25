import { useQuery, useQueryClient } from '@tanstack/react-query';
import { get, isApiError } from '../../api/client';
import type { Employer, EmployerListItem, MatchList } from './types';

export interface EmployerFilter { q?: string; sector?: string; neighbourhood?: string }
export interface MatchFilter { sector?: string; neighbourhood?: string; openOnly?: boolean }

function query(params: Record<string, string | undefined>): string {
  const s = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => Boolean(e[1]))).toString();
  return s ? `?${s}` : '';
}

export const employersKey = ['employers'] as const;
export const employerKey = (id: string) => ['employers', 'one', id] as const;
export const matchesKey = (youthId: string) => ['youth', youthId, 'matches'] as const;

/** The network, filtered on the server (name contains, same sector, same neighbourhood). */
export function useEmployers(f: EmployerFilter = {}) {
  return useQuery({
    queryKey: [...employersKey, 'list', f.q ?? '', f.sector ?? '', f.neighbourhood ?? ''],
    queryFn: () => get<{ items: EmployerListItem[] }>(`/api/employers${query({ q: f.q, sector: f.sector, neighbourhood: f.neighbourhood })}`),
    placeholderData: (previous) => previous,
  });
}

export function useEmployer(id: string) {
  return useQuery({
    queryKey: employerKey(id),
    queryFn: () => get<Employer>(`/api/employers/${id}`),
    retry: (n, e) => !(isApiError(e) && (e.status === 404 || e.status === 403 || e.code === 'VALIDATION_FAILED')) && n < 2,
  });
}

export function useMatches(youthId: string, f: MatchFilter = {}) {
  return useQuery({
    queryKey: [...matchesKey(youthId), f.sector ?? '', f.neighbourhood ?? '', Boolean(f.openOnly)],
    queryFn: () => get<MatchList>(`/api/youth/${youthId}/matches${query({ sector: f.sector, neighbourhood: f.neighbourhood, openOnly: f.openOnly ? 'true' : undefined })}`),
    placeholderData: (previous) => previous,
  });
}

/**
 * After any change to an employer or a workplace: the list, the employer and every youth's
 * matches (a changed scan changes the ranking) are stale.
 */
export function useRefreshWork() {
  const qc = useQueryClient();
  return async (employer?: Employer) => {
    if (employer) qc.setQueryData(employerKey(employer.id), employer);
    await Promise.all([
      qc.invalidateQueries({ queryKey: employersKey }),
      qc.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'youth' && q.queryKey[2] === 'matches' }),
    ]);
  };
}

/** Sorted distinct values, for the filter choices. */
export function distinct(values: (string | null | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => Boolean(v && v.trim())))].sort((a, b) => a.localeCompare(b, 'nl'));
}

/** Today as a calendar date (YYYY-MM-DD) in the Netherlands, for date inputs. */
export function todayIso(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/**
 * A message for the next screen ("… staat nu in het netwerk"), handed over once when the
 * add dialog on the list opens the new employer's page.
 */
let handedOver: { employerId: string; message: string } | null = null;
export function handOverNotice(employerId: string, message: string) { handedOver = { employerId, message }; }
/** Read in render, which React may run and throw away (a lazy page): it stays until cleared. */
export function handedOverNotice(employerId: string): string | null {
  return handedOver?.employerId === employerId ? handedOver.message : null;
}
/** Cleared once the page that shows it is on screen (in an effect, which only a kept render runs). */
export function clearHandedOverNotice() { handedOver = null; }
