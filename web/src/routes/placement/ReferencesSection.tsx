import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, patch, post } from '../../api/client';
import { Alert } from '../../components/Alert';
import { Button, FormActions } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { ErrorSummary } from '../../components/ErrorSummary';
import { CheckboxField, Fieldset, TextareaField } from '../../components/FormField';
import { Paragraph } from '../../components/Heading';
import { StatusBadge } from '../../components/StatusText';
import { formatDate } from '../../format/dates';
import { ConflictNotice } from './PlacementForms';
import { errorsOf, referencePdfUrl, referencesKey, summaryOf, useReferences, useWeekly } from './queries';
import { useCompetencyLabel } from './rating-words';
import { REFERENCE_KINDS, type Competency, type Placement, type ReferenceKind, type WorkReference } from './types';

/**
 * The certificate and the recommendation letter of one placement (IPTA ch. 5): Spil drafts
 * them from the supervisor's weekly forms, the coach reads and edits the draft, the employer
 * confirms it through the personal link, and each prints as a PDF with a place to sign.
 */
export function ReferencesSection({ youthId, placement }: { youthId: string; placement: Placement }) {
  const { t } = useTranslation();
  const base = `refs-${placement.id}`;
  const q = useReferences(youthId, placement.id);
  const qc = useQueryClient();
  const [editing, setEditing] = useState<WorkReference | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const [focusNotice, setFocusNotice] = useState(false);
  useEffect(() => { if (focusNotice && notice) { noticeRef.current?.focus(); setFocusNotice(false); } }, [focusNotice, notice]);
  const closeEdit = useCallback(() => setEditing(null), []);
  const key = referencesKey(youthId, placement.id);
  const putRef = (r: WorkReference) => qc.setQueryData<{ items: WorkReference[] }>(key, (d) => d && ({
    items: d.items.some((x) => x.id === r.id) ? d.items.map((x) => (x.id === r.id ? r : x)) : [...d.items, r],
  }));
  const refresh = async () => {
    await qc.invalidateQueries({ queryKey: key, exact: true });
    await qc.invalidateQueries({ queryKey: ['youth', youthId, 'history'] });
  };
  const say = (msg: string) => { setNotice(msg); setFocusNotice(true); };

  const draft = useMutation({
    mutationFn: (kind: ReferenceKind) => post<WorkReference>(`/api/youth/${youthId}/placements/${placement.id}/references`, { kind }),
    onSuccess: async (r) => { setError(null); putRef(r); await refresh(); say(t('placement.reference.drafted', { title: t(`placement.reference.kind.${r.kind}`) })); },
    onError: (e) => setError(errorsOf(e, t)._form ?? t('errors.generic')),
  });

  const byKind = new Map((q.data?.items ?? []).map((r) => [r.kind, r]));
  return (
    <section className="spil-references" aria-labelledby={`${base}-title`}>
      <h4 className="utrecht-heading-4" id={`${base}-title`}>{t('placement.reference.title')}</h4>
      <Paragraph>{t('placement.reference.intro', { name: placement.supervisorName || t('placement.weekly.theSupervisor') })}</Paragraph>
      {error ? <Alert type="error">{error}</Alert> : null}
      {notice ? <div ref={noticeRef} tabIndex={-1} className="spil-placement-notice"><Alert type="ok">{notice}</Alert></div> : null}
      {q.isPending ? <Paragraph>{t('common.loading')}</Paragraph> : null}
      {q.isError ? <Alert type="error">{t('errors.loadFailed')}</Alert> : null}
      {q.isSuccess ? (
        <ul className="spil-record-list spil-references__list" aria-labelledby={`${base}-title`}>
          {REFERENCE_KINDS.map((kind) => {
            const r = byKind.get(kind);
            const title = t(`placement.reference.kind.${kind}`);
            const headingId = `${base}-${kind}`;
            return (
              <li key={kind} className="spil-record spil-reference">
                <h5 className="utrecht-heading-5 spil-reference__title" id={headingId}>{title}</h5>
                {r ? (
                  <ReferenceCard youthId={youthId} reference={r} title={title}
                    onEdit={() => { setNotice(null); setEditing(r); }} />
                ) : (
                  <>
                    <p>{t('placement.reference.none')}</p>
                    <div className="spil-row-actions">
                      <Button onClick={() => draft.mutate(kind)} busy={draft.isPending && draft.variables === kind} disabled={draft.isPending}>
                        {t('placement.reference.draft')}<span className="spil-visually-hidden"> — {title}</span>
                      </Button>
                    </div>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
      <Dialog open={editing !== null} onClose={closeEdit} title={editing ? t('placement.reference.editTitle', { title: t(`placement.reference.kind.${editing.kind}`) }) : ''}>
        {editing ? (
          <ReferenceForm youthId={youthId} placement={placement} reference={editing} onCancel={closeEdit}
            onSaved={(r, msg) => { putRef(r); setEditing(null); say(msg); void refresh(); }}
            onStale={(r) => { if (r) putRef(r); else void refresh(); }} />
        ) : null}
      </Dialog>
    </section>
  );
}

/** One drafted document: whether the employer confirmed it, what it says, the PDF. */
function ReferenceCard({ youthId, reference: r, title, onEdit }: { youthId: string; reference: WorkReference; title: string; onEdit: () => void }) {
  const { t } = useTranslation();
  const labelOf = useCompetencyLabel();
  return (
    <>
      <p>
        {r.confirmed ? (
          <StatusBadge tone="success"><span aria-hidden="true">✓ </span>{t('placement.reference.status.confirmed')}</StatusBadge>
        ) : (
          <StatusBadge tone="warning"><span aria-hidden="true">◷ </span>{t('placement.reference.status.draft')}</StatusBadge>
        )}
      </p>
      <p className="spil-record__meta">
        {r.confirmed
          ? t('placement.reference.confirmedBy', { name: r.confirmed.name, function: r.confirmed.function, date: formatDate(r.confirmed.at) })
          : t('placement.reference.awaiting')}
      </p>
      <dl className="spil-facts spil-reference__facts">
        <div className="spil-facts__row">
          <dt>{t('placement.reference.competencies')}</dt>
          <dd>{r.competencies.length ? r.competencies.map((c) => labelOf(c)).join(', ') : t('placement.reference.noCompetencies')}</dd>
        </div>
        {r.conditions ? <div className="spil-facts__row"><dt>{t('placement.reference.conditions')}</dt><dd>{r.conditions}</dd></div> : null}
      </dl>
      <details className="spil-reference__text">
        <summary>{t('placement.reference.showText')}<span className="spil-visually-hidden"> — {title}</span></summary>
        <p className="spil-reference__body">{r.body}</p>
      </details>
      <div className="spil-row-actions spil-reference__actions">
        {!r.confirmed ? <Button onClick={onEdit}>{t('placement.reference.edit')}<span className="spil-visually-hidden"> — {title}</span></Button> : null}
        <a className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
          href={referencePdfUrl(youthId, r.placementId, r.id)} type="application/pdf" target="_blank" rel="noopener">
          {t('placement.reference.pdf', { title })}<span className="spil-visually-hidden"> {t('placement.links.newWindow')}</span>
        </a>
      </div>
    </>
  );
}

type Values = { competencies: string[]; conditions: string; body: string };
const valuesOf = (r: WorkReference): Values => ({ competencies: r.competencies.map((c) => c.key), conditions: r.conditions, body: r.body });

/**
 * Edit the draft: which competencies the employer saw, what is still growing, and the text.
 * The draft carries its version: when someone else saved first (409), the form shows both and
 * the user decides; when the employer confirmed in between, the document stays as confirmed.
 */
function ReferenceForm({ youthId, placement, reference, onSaved, onStale, onCancel }: {
  youthId: string; placement: Placement; reference: WorkReference;
  onSaved: (r: WorkReference, message: string) => void; onStale: (r?: WorkReference) => void; onCancel: () => void;
}) {
  const { t } = useTranslation();
  const prefix = `ref-${reference.id.slice(0, 8)}-`;
  const weekly = useWeekly(youthId, placement.id);
  const labelOf = useCompetencyLabel();
  const [v, setV] = useState<Values>(() => valuesOf(reference));
  const [version, setVersion] = useState(reference.version);
  const [conflict, setConflict] = useState<WorkReference | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const title = t(`placement.reference.kind.${reference.kind}`);
  const labels = { competencies: t('placement.reference.competencies'), conditions: t('placement.reference.conditions'), body: t('placement.reference.body') };
  // The tenant's competencies in their order; one on the draft that is no longer listed stays choosable.
  const choices: Competency[] = [
    ...(weekly.data?.competencies ?? []),
    ...reference.competencies.filter((c) => !(weekly.data?.competencies ?? []).some((x) => x.key === c.key)),
  ];
  const changes = () => {
    const before = valuesOf(reference);
    const after = { ...v, conditions: v.conditions.trim(), body: v.body.trim() };
    return Object.fromEntries(Object.entries(after).filter(([k, x]) => JSON.stringify(before[k as keyof Values]) !== JSON.stringify(x)));
  };
  const m = useMutation({
    mutationFn: (ver: number) => patch<WorkReference>(`/api/youth/${youthId}/placements/${placement.id}/references/${reference.id}`, { version: ver, ...changes() }),
    onSuccess: (r) => onSaved(r, t('placement.reference.saved', { title })),
    onError: (e) => {
      if (isApiError(e, 'VERSION_CONFLICT')) {
        const current = (e.details as { current?: WorkReference } | null)?.current;
        setErrors({});
        if (current) { onStale(current); setVersion(current.version); setConflict(current); } else onStale();
        return;
      }
      // The employer confirmed it in between: it stays as confirmed, and the card shows so.
      if (isApiError(e, 'REFERENCE_CONFIRMED')) onStale();
      setErrors(errorsOf(e, t));
    },
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const errs: Record<string, string> = {};
    if (!v.body.trim()) errs.body = t('placement.reference.bodyRequired');
    setErrors(errs);
    if (Object.keys(errs).length) return;
    if (!Object.keys(changes()).length) { onCancel(); return; }
    m.mutate(version);
  };
  const names = (keys: string[]) => keys.map((k) => labelOf(choices.find((c) => c.key === k) ?? { key: k, label: k })).join(', ');
  const rows = conflict ? Object.keys(changes()).map((k) => {
    const theirs = valuesOf(conflict)[k as keyof Values];
    const mine = { ...v, conditions: v.conditions.trim(), body: v.body.trim() }[k as keyof Values];
    return { label: labels[k as keyof typeof labels], theirs: Array.isArray(theirs) ? names(theirs) : theirs, mine: Array.isArray(mine) ? names(mine) : mine };
  }) : [];
  const toggle = (key: string, on: boolean) => setV((o) => ({
    ...o, competencies: on ? choices.map((c) => c.key).filter((k) => k === key || o.competencies.includes(k)) : o.competencies.filter((k) => k !== key),
  }));
  return (
    <form onSubmit={onSubmit} noValidate className="spil-placement-form">
      {conflict ? (
        <ConflictNotice rows={rows} busy={m.isPending} onKeepMine={() => m.mutate(version)} onDrop={onCancel} text={t('placement.reference.conflict', { title })} />
      ) : null}
      <ErrorSummary errors={summaryOf(errors, labels, prefix)} />
      <Fieldset legend={labels.competencies} description={t('placement.reference.competenciesHelp')} id={`${prefix}competencies`}>
        {errors.competencies ? <p className="utrecht-form-field-error-message">{errors.competencies}</p> : null}
        {weekly.isPending ? <Paragraph>{t('common.loading')}</Paragraph> : null}
        {choices.map((c) => (
          <CheckboxField key={c.key} name={`${prefix}competency-${c.key}`} label={labelOf(c)}
            checked={v.competencies.includes(c.key)} onChange={(on) => toggle(c.key, on)} />
        ))}
      </Fieldset>
      <TextareaField name={`${prefix}conditions`} label={labels.conditions} value={v.conditions} onChange={(x) => setV((o) => ({ ...o, conditions: x }))}
        error={errors.conditions} rows={3} description={t('placement.reference.conditionsHelp')} />
      <TextareaField name={`${prefix}body`} label={labels.body} required value={v.body} onChange={(x) => setV((o) => ({ ...o, body: x }))}
        error={errors.body} rows={7} />
      <FormActions busy={m.isPending} label={t('placement.reference.save')} onCancel={onCancel} />
    </form>
  );
}
