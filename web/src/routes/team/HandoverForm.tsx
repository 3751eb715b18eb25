import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, post } from '../../api/client';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { CheckboxField, Fieldset, RadioGroupField, SelectField, TextareaField } from '../../components/FormField';
import { Heading, Paragraph } from '../../components/Heading';
import { worklistKey } from '../worklist/queries';
import { fetchAllYouth, youthListKey } from '../youth/youth-pages';
import type { HandoverResult } from '../worklist/types';

type Field = 'fromCoachId' | 'toCoachId' | 'note' | 'youthIds';
const FIELD_NAME: Record<Field, string> = { fromCoachId: 'handover-from', toCoachId: 'handover-to', note: 'handover-note', youthIds: 'handover-youth' };

/**
 * "Caseload overdragen": the team lead hands one youth, a selection, or a coach's whole caseload
 * (as stand-in during leave) to a colleague, with a note (POST /api/team/handover).
 */
export function HandoverForm({ coaches, teamId }: { coaches: { id: string; name: string }[]; teamId: string }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [mode, setMode] = useState<'transfer' | 'stand_in'>('transfer');
  const [keepPrevious, setKeepPrevious] = useState(false);
  const [note, setNote] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [errors, setErrors] = useState<Partial<Record<Field | '_form', string>>>({});
  const [done, setDone] = useState<string | null>(null);

  // All youth of the chosen coach in the team(s), to choose from: every page, not the first.
  const params = { scope: 'team' as const, teamId: teamId || undefined, coachId: from };
  const youth = useQuery({ queryKey: [...youthListKey(params), 'all'], queryFn: () => fetchAllYouth(params), enabled: Boolean(from) });
  const ofCoach = youth.data ?? [];

  const save = useMutation({
    mutationFn: () => post<HandoverResult>('/api/team/handover', {
      fromCoachId: from, toCoachId: to, mode, keepPrevious, note: note.trim(),
      ...(chosen.length ? { youthIds: chosen } : {}),
    }),
    onSuccess: async (r) => {
      const toName = coaches.find((c) => c.id === to)?.name ?? '';
      setDone(t('worklist.handover.done', { count: r.moved.length, to: toName, names: r.moved.map((m) => m.displayName).join(', ') }));
      setNote(''); setChosen([]); setErrors({});
      await Promise.all([
        qc.invalidateQueries({ queryKey: ['youth'] }),
        qc.invalidateQueries({ queryKey: worklistKey }),
        qc.invalidateQueries({ queryKey: ['config'] }),
      ]);
    },
    onError: (e) => {
      if (e instanceof ApiError) {
        const field = (e.details as { field?: string } | null)?.field;
        if (field && field in FIELD_NAME) return setErrors({ [field]: e.message || t('errors.generic') });
        const fields = e.fieldErrors();
        const known = (Object.keys(FIELD_NAME) as Field[]).filter((f) => fields[f]);
        if (known.length) return setErrors(Object.fromEntries(known.map((f) => [f, fields[f]])));
        return setErrors({ _form: e.message || t('errors.generic') });
      }
      setErrors({ _form: t('errors.generic') });
    },
  });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    const errs: typeof errors = {};
    if (!from) errs.fromCoachId = t('worklist.handover.required');
    if (!to) errs.toCoachId = t('worklist.handover.required');
    else if (to === from) errs.toCoachId = t('worklist.handover.sameCoach');
    if (!note.trim()) errs.note = t('worklist.handover.noteRequired');
    setErrors(errs);
    if (!Object.keys(errs).length) save.mutate();
  };

  const labels: Record<Field, string> = {
    fromCoachId: t('worklist.handover.from'), toCoachId: t('worklist.handover.to'), note: t('worklist.handover.note'), youthIds: t('worklist.handover.youth'),
  };
  const summary = (Object.entries(errors) as [Field | '_form', string][]).map(([f, message]) =>
    f === '_form' ? { message } : { field: FIELD_NAME[f], label: labels[f], message });
  const options = coaches.map((c) => ({ value: c.id, label: c.name }));

  return (
    <section aria-labelledby="handover-heading" className="spil-section">
      <Heading level={2} id="handover-heading">{t('worklist.handover.title')}</Heading>
      <Paragraph>{t('worklist.handover.intro')}</Paragraph>
      <form onSubmit={onSubmit} noValidate>
        <ErrorSummary errors={summary} />
        <SelectField name={FIELD_NAME.fromCoachId} label={labels.fromCoachId} value={from} required error={errors.fromCoachId}
          onChange={(v) => { setFrom(v); setChosen([]); }} placeholder={t('common.choose')} options={options} />
        <SelectField name={FIELD_NAME.toCoachId} label={labels.toCoachId} value={to} required error={errors.toCoachId}
          onChange={setTo} placeholder={t('common.choose')} options={options.filter((o) => o.value !== from)} />
        <RadioGroupField name="handover-mode" legend={t('worklist.handover.mode')} value={mode} onChange={(v) => setMode(v as typeof mode)}
          options={[
            { value: 'transfer', label: t('worklist.handover.modeTransfer'), description: t('worklist.handover.modeTransferHelp') },
            { value: 'stand_in', label: t('worklist.handover.modeStandIn'), description: t('worklist.handover.modeStandInHelp') },
          ]} />
        <CheckboxField name="handover-keep" label={t('worklist.handover.keepPrevious')} description={t('worklist.handover.keepPreviousHelp')}
          checked={keepPrevious} onChange={setKeepPrevious} />
        <Fieldset legend={labels.youthIds} description={t('worklist.handover.youthHelp')} id={`field-${FIELD_NAME.youthIds}`}>
          {errors.youthIds ? <p className="utrecht-form-field-error-message">{errors.youthIds}</p> : null}
          {!from ? <Paragraph small>{t('worklist.handover.chooseFromFirst')}</Paragraph>
            : ofCoach.length ? ofCoach.map((y) => (
              <CheckboxField key={y.id} name={`handover-youth-${y.id}`} label={y.displayName} checked={chosen.includes(y.id)}
                onChange={(on) => setChosen((c) => (on ? [...c, y.id] : c.filter((x) => x !== y.id)))} />
            )) : youth.isSuccess ? <Paragraph small>{t('worklist.handover.noYouth')}</Paragraph>
              : youth.isError ? <Alert type="error">{t('errors.loadFailed')}</Alert> : <Paragraph small>{t('common.loading')}</Paragraph>}
        </Fieldset>
        <TextareaField name={FIELD_NAME.note} label={labels.note} description={t('worklist.handover.noteHelp')} value={note} onChange={setNote}
          required error={errors.note} rows={3} />
        {done ? <Alert type="ok">{done}</Alert> : null}
        <Button type="submit" variant="primary" busy={save.isPending} disabled={save.isPending}>{t('worklist.handover.submit')}</Button>
      </form>
    </section>
  );
}
