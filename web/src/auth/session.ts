import { useQuery, useQueryClient } from '@tanstack/react-query';
import { get, isApiError, post } from '../api/client';
import type { AppConfig, Me, Role } from '../api/types';

/** Who is logged in (null when nobody is). Asked once on start; 401 means "not logged in". */
export function useMe() {
  return useQuery({
    queryKey: ['me'],
    queryFn: async (): Promise<Me | null> => {
      try {
        return await get<Me>('/api/auth/me');
      } catch (e) {
        if (isApiError(e) && e.status === 401) return null;
        throw e;
      }
    },
    staleTime: 60_000,
    retry: false,
  });
}

export function useConfig() {
  return useQuery({ queryKey: ['config'], queryFn: () => get<AppConfig>('/api/config'), staleTime: 5 * 60_000 });
}

export function hasRole(me: Me | null | undefined, role: Role): boolean {
  return Boolean(me?.user.roles.includes(role));
}

/** The signed-in user; only call below the login gate. */
export function useCurrentUser(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useCurrentUser used outside the login gate');
  return data;
}

export function useLogout() {
  const qc = useQueryClient();
  return async () => {
    try { await post('/api/auth/logout'); } catch { /* the session is gone either way */ }
    // Show the login at once, then forget every case detail this browser fetched.
    qc.setQueryData(['me'], null);
    qc.removeQueries({ predicate: (q) => q.queryKey[0] !== 'me' });
  };
}
