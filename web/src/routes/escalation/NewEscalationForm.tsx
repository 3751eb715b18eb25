import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../../api/client';
import { hasRole, useCurrentUser } from '../../auth/session';
import { FormActions } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { RadioGroupField, SelectField, TextareaField, TextField } from '../../components/FormField';
import { Paragraph } from '../../components/Heading';
import { summaryOf } from '../casework/lists';
import { groupErrorsFrom, useYouthInReach } from '../group/queries';
import { useRefreshEscalations } from './queries';
import type { Escalation, EscalationKind } from './types';

/**
 * Bring an item to the opschaal-overleg: a knelpunt (no youth), or — for a coach or team lead —
 * a casus about one of their own youth. The id is made once, so a retried send makes no twin.
 */
export function NewEscalationForm({ onDone, onCancel }: { onDone: (saved: Escalation) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const mayBringCase = hasRole(me, 'coach') || hasRole(me, 'teamleider');
  const reach = useYouthInReach();
  const refresh = useRefreshEscalations();
  const [id] = useState(() => crypto.randomUUID());
  const [kind, setKind] = useState<EscalationKind>('bottleneck');
  const [youthId, setYouthId] = useState('');
  const [title, setTitle] = useState('');
  const [question, setQuestion] = useState('');
  const [meetingOn, setMeetingOn] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const labels = { kind: t('escalation.form.kind'), youthId: t('escalation.form.youth'), title: t('escalation.form.title'), question: t('escalation.form.question'), meetingOn: t('escalation.form.meetingOn') };

  const save = useMutation({
    mutationFn: (body: Record<string, unknown>) => post<Escalation>('/api/escalations', body),
    onSuccess: async (saved) => { await refresh(saved); onDone(saved); },
    onError: (e) => setErrors(groupErrorsFrom(e, t)),
  });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const errs: Record<string, string> = {};
    if (kind === 'case' && !youthId) errs.youthId = t('escalation.form.youthRequired');
    if (!title.trim()) errs.title = t('escalation.form.titleRequired');
    if (!question.trim()) errs.question = t('escalation.form.questionRequired');
    setErrors(errs);
    if (Object.keys(errs).length) return;
    save.mutate({
      id, kind, title: title.trim(), question: question.trim(),
      ...(kind === 'case' ? { youthId } : {}), ...(meetingOn ? { meetingOn } : {}),
    });
  };

  const youth = reach.data ?? [];
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summaryOf(errors, labels)} />
      {mayBringCase ? (
        <RadioGroupField name="kind" legend={labels.kind} value={kind} onChange={(v) => setKind(v as EscalationKind)} error={errors.kind}
          options={[
            { value: 'bottleneck', label: t('escalation.kind.bottleneck'), description: t('escalation.form.kindBottleneckHelp') },
            { value: 'case', label: t('escalation.kind.case'), description: t('escalation.form.kindCaseHelp') },
          ]} />
      ) : null}
      {kind === 'case' ? (
        reach.isSuccess && !youth.length ? <Paragraph>{t('escalation.form.noYouth')}</Paragraph> : (
          <SelectField name="youthId" label={labels.youthId} value={youthId} onChange={setYouthId} error={errors.youthId} required
            placeholder={t('common.choose')} options={youth.map((y) => ({ value: y.id, label: y.displayName }))} />
        )
      ) : null}
      <TextField name="title" label={labels.title} description={t('escalation.form.titleHelp')} value={title} onChange={setTitle} error={errors.title} required />
      <TextareaField name="question" label={labels.question} description={t('escalation.form.questionHelp')} value={question} onChange={setQuestion} error={errors.question} required rows={5} />
      <TextField name="meetingOn" type="date" label={labels.meetingOn} description={t('escalation.form.meetingOnHelp')} value={meetingOn} onChange={setMeetingOn} error={errors.meetingOn} />
      <FormActions busy={save.isPending} label={t('escalation.form.create')} onCancel={onCancel} />
    </form>
  );
}
