import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { get, isApiError, put } from '../../api/client';
import type { DocumentPath, DocumentVersion, YouthDocument } from './types';

/**
 * One of the youth's versioned documents (mijn plan, quick scan, zoekprofiel, verkoopverhaal,
 * strategie): the latest version, and a save that sends the version it was made on. When
 * someone else saved in between, `conflict` holds their version and nothing is overwritten:
 * the screen shows it and the user decides.
 */
export function useYouthDocument<B>(youthId: string, path: DocumentPath) {
  const client = useQueryClient();
  const key = ['youth', youthId, 'document', path];
  const doc = useQuery({ queryKey: key, queryFn: () => get<YouthDocument<B>>(`/api/youth/${youthId}/${path}`) });
  const [conflict, setConflict] = useState<YouthDocument<B> | null>(null);
  const save = useMutation({
    mutationFn: (input: { version: number; body: B }) => put<YouthDocument<B>>(`/api/youth/${youthId}/${path}`, input),
    onSuccess: (saved) => {
      setConflict(null);
      client.setQueryData(key, saved);
      void client.invalidateQueries({ queryKey: [...key, 'versions'] });
    },
    onError: (e) => {
      if (isApiError(e, 'VERSION_CONFLICT')) {
        const current = (e.details as { current?: YouthDocument<B> } | null)?.current ?? null;
        setConflict(current);
        if (current) client.setQueryData(key, current);
      }
    },
  });
  return { doc, save, conflict, clearConflict: () => setConflict(null) };
}

/** Every version of a document, oldest first, with the fields each one changed. */
export function useDocumentVersions(youthId: string, path: DocumentPath, enabled = true) {
  return useQuery({
    queryKey: ['youth', youthId, 'document', path, 'versions'],
    queryFn: () => get<{ items: DocumentVersion[] }>(`/api/youth/${youthId}/${path}/versions`),
    enabled,
  });
}

export const fetchDocumentVersion = <B>(youthId: string, path: DocumentPath, version: number) =>
  get<YouthDocument<B>>(`/api/youth/${youthId}/${path}/versions/${version}`);
