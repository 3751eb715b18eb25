import { Link, useParams } from '@tanstack/react-router';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, put } from '../../api/client';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ConflictNotice } from '../../components/ConflictNotice';
import { ErrorSummary } from '../../components/ErrorSummary';
import { CheckboxField, RadioGroupField, TextareaField, TextField } from '../../components/FormField';
import { Heading, Paragraph } from '../../components/Heading';
import { PageTitle } from '../../components/PageTitle';
import { StatusBadge } from '../../components/StatusText';
import { formatCalendarDate, formatDate } from '../../format/dates';
import { summaryOf } from '../casework/lists';
import { conflictCurrent, groupErrorsFrom } from '../group/queries';
import { useEscalation, useRefreshEscalations } from './queries';
import { ESCALATION_STATUSES, type Escalation, type EscalationStatus } from './types';
import './escalation.css';

/** One item of the opschaal-overleg: what was brought in, and the decision, action, outcome and policy change. */
export function EscalationPage() {
  const { t } = useTranslation();
  const { escalationId } = useParams({ strict: false }) as { escalationId: string };
  const q = useEscalation(escalationId);
  // Focus moves to what happened: after a save to the message that says so (the save button is
  // disabled while saving, so focus would otherwise fall to the page body).
  const [notice, setNotice] = useState<{ text: string; at: number } | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  useEffect(() => { if (notice) noticeRef.current?.focus(); }, [notice]);
  const back = <p><Link to="/opschaal-overleg" className="utrecht-link">{t('escalation.detail.back')}</Link></p>;

  if (q.isPending) return <><PageTitle title={t('escalation.title')} /><Paragraph>{t('common.loading')}</Paragraph></>;
  if (q.isError) {
    return (
      <>
        <PageTitle title={t('escalation.title')} />
        <Alert type="error">{isApiError(q.error) && q.error.message ? q.error.message : t('errors.loadFailed')}</Alert>
        {back}
      </>
    );
  }
  const e = q.data;
  const row = (label: string, value: ReactNode) => <div className="spil-facts__row"><dt>{label}</dt><dd>{value || t('escalation.detail.notYet')}</dd></div>;
  return (
    <div className="spil-escalation">
      {back}
      <PageTitle title={e.title} pre={`${t('escalation.title')} · ${t(`escalation.kind.${e.kind}`)}`} />
      <p className="spil-escalation__badges">
        <StatusBadge>{t(`escalation.status.${e.status}`)}</StatusBadge>
        {e.overdue ? <StatusBadge tone="danger">{t('escalation.list.overdue')}</StatusBadge> : null}
        {e.policyChange ? <StatusBadge tone="success">{t('escalation.list.policyChange')}</StatusBadge> : null}
      </p>
      {notice ? <div ref={noticeRef} tabIndex={-1} key={notice.at} className="spil-escalation__notice"><Alert type="ok">{notice.text}</Alert></div> : null}
      <dl className="spil-facts spil-facts--wide">
        {e.youth ? row(t('escalation.detail.youth'), <Link to="/jongeren/$youthId" params={{ youthId: e.youth.id }} className="utrecht-link">{e.youth.name}</Link>) : null}
        {e.team ? row(t('escalation.detail.team'), e.team.name) : null}
        {row(t('escalation.detail.raisedBy'), e.raisedBy.name)}
        {row(t('escalation.detail.raisedOn'), formatDate(e.createdAt))}
        {row(t('escalation.detail.question'), <span className="spil-escalation__text">{e.question}</span>)}
        {!e.mayChange ? (
          <>
            {row(t('escalation.detail.meetingOn'), formatCalendarDate(e.meetingOn))}
            {row(t('escalation.detail.decision'), e.decision ? <span className="spil-escalation__text">{e.decision}</span> : null)}
            {row(t('escalation.detail.actionOwner'), e.actionOwner)}
            {row(t('escalation.detail.actionDueOn'), formatCalendarDate(e.actionDueOn))}
            {row(t('escalation.detail.outcome'), e.outcome ? <span className="spil-escalation__text">{e.outcome}</span> : null)}
            {row(t('escalation.detail.policyChange'), e.policyChange ? e.policyChangeNote : t('escalation.detail.no'))}
          </>
        ) : null}
      </dl>
      {e.mayChange
        ? <RecordForm item={e} onSaving={() => setNotice(null)} onSaved={(text) => setNotice({ text, at: Date.now() })} />
        : <Paragraph>{t('escalation.detail.readOnly')}</Paragraph>}
    </div>
  );
}

interface Values { meetingOn: string; decision: string; actionOwner: string; actionDueOn: string; outcome: string; status: EscalationStatus; policyChange: boolean; policyChangeNote: string }

const valuesOf = (e: Escalation): Values => ({
  meetingOn: e.meetingOn ?? '', decision: e.decision ?? '', actionOwner: e.actionOwner ?? '', actionDueOn: e.actionDueOn ?? '',
  outcome: e.outcome ?? '', status: e.status, policyChange: e.policyChange, policyChangeNote: e.policyChangeNote ?? '',
});

/** The fields the meeting fills in; only what changed is sent, with the version it was based on. */
function RecordForm({ item, onSaving, onSaved }: { item: Escalation; onSaving: () => void; onSaved: (message: string) => void }) {
  const { t } = useTranslation();
  const refresh = useRefreshEscalations();
  // The version the form is based on: moves on with the user's own save or a reload, not with a refetch.
  const [base, setBase] = useState<Escalation>(item);
  const [v, setV] = useState<Values>(() => valuesOf(item));
  const rebase = (e: Escalation) => { setBase(e); setV(valuesOf(e)); };
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [conflict, setConflict] = useState<Escalation | null | undefined>(undefined);
  const set = <K extends keyof Values>(k: K) => (x: Values[K]) => setV((o) => ({ ...o, [k]: x }));
  const d = (k: string) => t(`escalation.detail.${k}`);
  const labels = {
    meetingOn: d('meetingOn'), decision: d('decision'), actionOwner: d('actionOwner'), actionDueOn: d('actionDueOn'),
    outcome: d('outcome'), status: d('statusLegend'), policyChange: d('policyChangeMark'), policyChangeNote: d('policyChangeNote'),
  };

  const save = useMutation({
    mutationFn: (body: Record<string, unknown>) => put<Escalation>(`/api/escalations/${base.id}`, body),
    onSuccess: async (saved) => { rebase(saved); onSaved(t('escalation.detail.saved')); await refresh(saved); },
    onError: (e) => {
      if (isApiError(e, 'VERSION_CONFLICT')) { setErrors({}); setConflict(conflictCurrent<Escalation>(e)); return; }
      setErrors(groupErrorsFrom(e, t));
    },
  });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const was = valuesOf(base);
    const body: Record<string, unknown> = { version: base.version };
    const text = (k: 'meetingOn' | 'decision' | 'actionOwner' | 'actionDueOn' | 'outcome' | 'policyChangeNote') => {
      if (v[k].trim() !== was[k]) body[k] = v[k].trim() || null;
    };
    (['meetingOn', 'decision', 'actionOwner', 'actionDueOn', 'outcome', 'policyChangeNote'] as const).forEach(text);
    if (v.status !== was.status) body.status = v.status;
    if (v.policyChange !== was.policyChange) body.policyChange = v.policyChange;
    if (Object.keys(body).length === 1) { setErrors({ _form: t('escalation.detail.nothingChanged') }); return; }
    setErrors({});
    onSaving();
    save.mutate(body);
  };

  return (
    <section aria-labelledby="escalation-record">
      <Heading level={2} id="escalation-record">{d('record')}</Heading>
      {conflict !== undefined ? <ConflictNotice text={t('escalation.detail.conflict')} reloadLabel={t('escalation.detail.conflictReload')} onReload={() => { if (conflict) { rebase(conflict); void refresh(conflict); } setConflict(undefined); }} /> : null}
      <form onSubmit={onSubmit} noValidate>
        <ErrorSummary errors={summaryOf(errors, labels)} />
        <TextField name="meetingOn" type="date" label={labels.meetingOn} value={v.meetingOn} onChange={set('meetingOn')} error={errors.meetingOn} />
        <TextareaField name="decision" label={labels.decision} description={d('decisionHelp')} value={v.decision} onChange={set('decision')} error={errors.decision} />
        <TextField name="actionOwner" label={labels.actionOwner} description={d('actionOwnerHelp')} value={v.actionOwner} onChange={set('actionOwner')} error={errors.actionOwner} />
        <TextField name="actionDueOn" type="date" label={labels.actionDueOn} description={d('actionDueOnHelp')} value={v.actionDueOn} onChange={set('actionDueOn')} error={errors.actionDueOn} />
        <TextareaField name="outcome" label={labels.outcome} description={d('outcomeHelp')} value={v.outcome} onChange={set('outcome')} error={errors.outcome} />
        <RadioGroupField name="status" legend={labels.status} value={v.status} onChange={(s) => set('status')(s as EscalationStatus)} error={errors.status}
          options={ESCALATION_STATUSES.map((s) => ({ value: s, label: t(`escalation.status.${s}`), description: t(`escalation.detail.statusHelp.${s}`) }))} />
        {/* The checkbox has no error slot: its description carries the error, so it is read with the box. */}
        <CheckboxField name="policyChange" label={labels.policyChange} checked={v.policyChange} onChange={set('policyChange')}
          description={errors.policyChange ? <span className="utrecht-form-field-error-message">{errors.policyChange}</span> : undefined} />
        {v.policyChange ? (
          <TextareaField name="policyChangeNote" label={labels.policyChangeNote} description={d('policyChangeNoteHelp')} value={v.policyChangeNote}
            onChange={set('policyChangeNote')} error={errors.policyChangeNote} required rows={3} />
        ) : null}
        <div className="spil-actions">
          <Button type="submit" variant="primary" busy={save.isPending} disabled={save.isPending}>{d('save')}</Button>
        </div>
      </form>
    </section>
  );
}

