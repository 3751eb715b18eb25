import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../../api/client';
import type { Attempt } from '../../api/types';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { RadioGroupField, TextareaField, TextField } from '../../components/FormField';
import { errorsFrom, localNow, summaryOf, toIso, useLists } from './lists';

/**
 * A contact attempt in seconds: channel and outcome are preselected with the most common
 * answers and the time is now, so open → (change one) → save is at most three taps.
 */
export function AttemptForm({ youthId, onDone, onCancel }: { youthId: string; onDone: (a: Attempt) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const lists = useLists();
  // The list may still be loading when the dialog opens: the first answer is the default.
  const [chosenChannel, setChannel] = useState('');
  const [chosenOutcome, setOutcome] = useState('');
  const channel = chosenChannel || (lists.items('attempt_channel')[0]?.key ?? '');
  const outcome = chosenOutcome || (lists.items('attempt_outcome')[0]?.key ?? '');
  const [note, setNote] = useState('');
  const [at, setAt] = useState(localNow);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [id] = useState(() => crypto.randomUUID());

  const save = useMutation({
    mutationFn: () => post<Attempt>(`/api/youth/${youthId}/attempts`, {
      id, at: toIso(at), channel, outcome, ...(note.trim() ? { note: note.trim() } : {}),
    }),
    onSuccess: async (a) => {
      await qc.invalidateQueries({ queryKey: ['youth'] });
      await qc.invalidateQueries({ queryKey: ['home'] });
      onDone(a);
    },
    onError: (e) => setErrors(errorsFrom(e, t)),
  });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const errs: Record<string, string> = {};
    if (!channel) errs.channel = t('casework.required');
    if (!outcome) errs.outcome = t('casework.required');
    if (!toIso(at)) errs.at = t('casework.timeRequired');
    setErrors(errs);
    if (!Object.keys(errs).length) save.mutate();
  };
  const labels = { channel: t('attempt.channel'), outcome: t('attempt.outcome'), at: t('attempt.at'), note: t('attempt.note') };

  return (
    <form onSubmit={onSubmit} noValidate className="spil-quick-form">
      <ErrorSummary errors={summaryOf(errors, labels)} />
      <RadioGroupField name="channel" legend={labels.channel} value={channel} onChange={setChannel} error={errors.channel}
        options={lists.options('attempt_channel')} />
      <RadioGroupField name="outcome" legend={labels.outcome} value={outcome} onChange={setOutcome} error={errors.outcome}
        options={lists.options('attempt_outcome')} />
      <details className="spil-details" open={Boolean(errors.note || errors.at) || undefined}>
        <summary>{t('attempt.more')}</summary>
        <TextareaField name="note" label={labels.note} value={note} onChange={setNote} error={errors.note} rows={2} />
        <TextField name="at" type="datetime-local" label={labels.at} description={t('attempt.atHelp')} value={at} onChange={setAt} error={errors.at} />
      </details>
      <div className="spil-actions">
        <Button type="submit" variant="primary" busy={save.isPending} disabled={save.isPending}>{t('attempt.save')}</Button>
        <Button variant="subtle" onClick={onCancel}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}
