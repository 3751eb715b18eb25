import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { get, post } from '../../api/client';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/FormField';
import { Paragraph } from '../../components/Heading';
import { formatDate } from '../../format/dates';
import { errorsOf, summaryOf } from '../placement/queries';
import { useCompetencyLabel } from '../placement/rating-words';
import type { WorkReference } from '../placement/types';

export const publicReferencesKey = (token: string) => ['public-week', token, 'references'] as const;

/** The drafts of the coach, read through the supervisor's link (none when there are none yet). */
export function usePublicReferences(token: string) {
  return useQuery({
    queryKey: publicReferencesKey(token),
    queryFn: () => get<{ items: WorkReference[] }>(`/api/public/weekly/${encodeURIComponent(token)}/references`),
    retry: false, staleTime: Infinity,
  });
}

/** A short pointer at the top of the page: there is something to confirm further down. */
export function ReferencesWaiting({ items }: { items: WorkReference[] }) {
  const { t } = useTranslation();
  const waiting = items.filter((r) => !r.confirmed);
  if (!waiting.length) return null;
  return (
    <Alert type="info">
      <p className="utrecht-paragraph">
        {t('placement.public.references.waiting', { count: waiting.length })}{' '}
        <a className="utrecht-link" href="#references-heading">{t('placement.public.references.toThem')}</a>
      </p>
    </Alert>
  );
}

/**
 * The employer confirms the certificate and the recommendation letter the coach drafted from the
 * weekly forms (IPTA ch. 5): read what it says, then name and function of who signs. A confirmed
 * document stays as it is; the coach prints it with this name under it.
 */
export function SupervisorReferences({ token, items, firstName, onLinkProblem }: {
  token: string; items: WorkReference[]; firstName: string; onLinkProblem: (e: unknown) => boolean;
}) {
  const { t } = useTranslation();
  if (!items.length) return null;
  return (
    <section className="spil-supervisor__references" aria-labelledby="references-heading">
      <h2 className="utrecht-heading-2" id="references-heading" tabIndex={-1}>{t('placement.public.references.title')}</h2>
      <Paragraph>{t('placement.public.references.intro', { name: firstName })}</Paragraph>
      <ul className="spil-record-list" aria-labelledby="references-heading">
        {items.map((r) => <PublicReference key={r.id} token={token} reference={r} onLinkProblem={onLinkProblem} />)}
      </ul>
    </section>
  );
}

function PublicReference({ token, reference: r, onLinkProblem }: { token: string; reference: WorkReference; onLinkProblem: (e: unknown) => boolean }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const labelOf = useCompetencyLabel();
  const title = t(`placement.reference.kind.${r.kind}`);
  const prefix = `confirm-${r.kind}-`;
  const headingId = `public-ref-${r.id}`;
  const [name, setName] = useState('');
  const [fn, setFn] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [justConfirmed, setJustConfirmed] = useState(false);
  const doneRef = useRef<HTMLDivElement>(null);
  useEffect(() => { if (justConfirmed) doneRef.current?.focus(); }, [justConfirmed]);
  const labels = { name: t('placement.public.references.name'), function: t('placement.public.references.function') };
  const confirm = useMutation({
    mutationFn: () => post<WorkReference>(`/api/public/weekly/${encodeURIComponent(token)}/references/${r.id}/confirm`, { name: name.trim(), function: fn.trim() }),
    onSuccess: (saved) => {
      setErrors({});
      qc.setQueryData<{ items: WorkReference[] }>(publicReferencesKey(token), (d) => d && ({ items: d.items.map((x) => (x.id === saved.id ? saved : x)) }));
      setJustConfirmed(true);
    },
    onError: (e) => { if (!onLinkProblem(e)) setErrors(errorsOf(e, t)); },
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const errs: Record<string, string> = {};
    if (!name.trim()) errs.name = t('placement.public.references.nameRequired');
    if (!fn.trim()) errs.function = t('placement.public.references.functionRequired');
    setErrors(errs);
    if (Object.keys(errs).length) return;
    confirm.mutate();
  };
  return (
    <li className="spil-record spil-reference">
      <h3 className="utrecht-heading-3 spil-reference__title" id={headingId}>{title}</h3>
      {r.confirmed ? (
        <div ref={doneRef} tabIndex={-1}>
          <Alert type="ok">
            <p className="utrecht-paragraph">
              {justConfirmed ? `${t('placement.public.references.thanks')} ` : ''}
              {t('placement.reference.confirmedBy', { name: r.confirmed.name, function: r.confirmed.function, date: formatDate(r.confirmed.at) })}
            </p>
          </Alert>
        </div>
      ) : (
        <>
          <p className="spil-reference__body">{r.body}</p>
          {r.competencies.length ? (
            <>
              <p className="spil-label" id={`${headingId}-seen`}>{t('placement.reference.competencies')}</p>
              <ul className="spil-reference__competencies" aria-labelledby={`${headingId}-seen`}>
                {r.competencies.map((c) => <li key={c.key}>{labelOf(c)}</li>)}
              </ul>
            </>
          ) : null}
          {r.conditions ? <p><span className="spil-label">{t('placement.reference.conditions')}: </span>{r.conditions}</p> : null}
          <form onSubmit={onSubmit} noValidate className="spil-placement-form" aria-labelledby={headingId}>
            <ErrorSummary errors={summaryOf(errors, labels, prefix)} />
            <TextField name={`${prefix}name`} label={labels.name} required value={name} onChange={setName} error={errors.name} autoComplete="name" />
            <TextField name={`${prefix}function`} label={labels.function} required value={fn} onChange={setFn} error={errors.function}
              autoComplete="organization-title" description={t('placement.public.references.functionHelp')} />
            <Paragraph small>{t('placement.public.references.declaration')}</Paragraph>
            <div className="spil-actions">
              <Button type="submit" variant="primary" busy={confirm.isPending} disabled={confirm.isPending}>
                {t('placement.public.references.confirm', { title })}
              </Button>
            </div>
          </form>
        </>
      )}
    </li>
  );
}
