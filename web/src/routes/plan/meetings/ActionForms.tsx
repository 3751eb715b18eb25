import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { patch, post } from '../../../api/client';
import { FormActions } from '../../../components/Button';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { SelectField, TextareaField, TextField } from '../../../components/FormField';
import { formatDateTime } from '../../../format/dates';
import { CheckboxList } from '../../casework/CaseworkForms';
import { summaryOf } from '../../casework/lists';
import { ConflictNotice } from '../../../components/ConflictNotice';
import { Dated } from './MeetingParts';
import type { AgreedAction, Meeting } from './types';
import { conflictOf, errorsOf, useRefreshMeetings } from './useMeetings';

const F = {
  description: 'act-description', ownerParticipantId: 'act-owner', dueOn: 'act-dueOn', note: 'act-note', principles: 'act-principles',
} as const;

function useLabels() {
  const { t } = useTranslation();
  return {
    [F.description]: t('wraparound.action.description'), [F.ownerParticipantId]: t('wraparound.action.owner'),
    [F.dueOn]: t('wraparound.action.dueOn'), [F.note]: t('wraparound.action.note'), [F.principles]: t('wraparound.action.principles'),
  } as Record<string, string>;
}

/**
 * An action agreed in the meeting: what, who owns it (someone who was part of the meeting), by
 * when, and the working principles it serves. The server checks the owner and that the
 * deadline is not before the meeting; its refusal is shown next to the field.
 */
export function NewActionForm({ youthId, meeting, onDone, onCancel }: {
  youthId: string; meeting: Meeting; onDone: (message: string) => void; onCancel: () => void;
}) {
  const { t } = useTranslation();
  const refresh = useRefreshMeetings(youthId);
  const labels = useLabels();
  const [id, setId] = useState(() => crypto.randomUUID());
  const [description, setDescription] = useState('');
  const [owner, setOwner] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [note, setNote] = useState('');
  const [principles, setPrinciples] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: () => post<AgreedAction>(`/api/youth/${youthId}/meetings/${meeting.id}/actions`, {
      id, description: description.trim(), ownerParticipantId: owner,
      ...(dueOn ? { dueOn } : {}), ...(note.trim() ? { note: note.trim() } : {}), ...(principles.length ? { principles } : {}),
    }),
    onSuccess: async (a) => {
      setId(crypto.randomUUID());
      await refresh();
      onDone(t('wraparound.notice.actionAdded', { description: a.description, owner: a.owner.name }));
    },
    onError: (e) => setErrors(errorsOf(e, t, F)),
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const errs: Record<string, string> = {};
    if (!description.trim()) errs[F.description] = t('wraparound.action.descriptionRequired');
    if (!owner) errs[F.ownerParticipantId] = t('wraparound.action.ownerRequired');
    setErrors(errs);
    if (!Object.keys(errs).length) save.mutate();
  };
  return (
    <form onSubmit={onSubmit} noValidate className="spil-wa-form">
      <ErrorSummary errors={summaryOf(errors, labels)} />
      <p className="spil-muted"><Dated k="wraparound.action.fromMeeting" values={{ when: formatDateTime(meeting.startsAt) }} /></p>
      <TextareaField name={F.description} label={labels[F.description]!} description={t('wraparound.action.descriptionHelp')}
        value={description} onChange={setDescription} error={errors[F.description]} required rows={2} />
      <SelectField name={F.ownerParticipantId} label={labels[F.ownerParticipantId]!} description={t('wraparound.action.ownerHelp')}
        value={owner} onChange={setOwner} error={errors[F.ownerParticipantId]} required placeholder={t('common.choose')}
        options={meeting.participants.map((p) => ({ value: p.id, label: p.role ? `${p.name} (${p.role})` : p.name }))} />
      <TextField name={F.dueOn} type="date" label={labels[F.dueOn]!} description={t('wraparound.action.dueOnHelp')}
        value={dueOn} onChange={setDueOn} error={errors[F.dueOn]} className="spil-wa-input-date" />
      <TextareaField name={F.note} label={labels[F.note]!} value={note} onChange={setNote} error={errors[F.note]} rows={2} />
      <CheckboxList name={F.principles} legend={labels[F.principles]!} list="working_principle" value={principles} onChange={setPrinciples} error={errors[F.principles]} />
      <FormActions busy={save.isPending} label={t('wraparound.action.save')} onCancel={onCancel} />
    </form>
  );
}

/** Change what was agreed, the deadline, the note or the principles (the owner stays). */
export function EditActionForm({ youthId, action: initial, onDone, onCancel }: {
  youthId: string; action: AgreedAction; onDone: (message: string) => void; onCancel: () => void;
}) {
  const { t } = useTranslation();
  const refresh = useRefreshMeetings(youthId);
  const labels = useLabels();
  const [base, setBase] = useState(initial);
  const valuesOf = (a: AgreedAction) => ({ description: a.description, dueOn: a.dueOn ?? '', note: a.note, principles: a.principles });
  const [v, setV] = useState(() => valuesOf(initial));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [conflict, setConflict] = useState<AgreedAction | null | undefined>(undefined);
  const set = <K extends keyof typeof v>(k: K) => (x: (typeof v)[K]) => setV((o) => ({ ...o, [k]: x }));
  const save = useMutation({
    mutationFn: (changes: Record<string, unknown>) => patch<AgreedAction>(`/api/youth/${youthId}/actions/${base.id}`, { version: base.version, ...changes }),
    onSuccess: async (a) => { await refresh(); onDone(t('wraparound.notice.actionChanged', { description: a.description })); },
    onError: (e) => {
      const current = conflictOf<AgreedAction>(e);
      if (current !== undefined) { setErrors({}); setConflict(current); return; }
      setErrors(errorsOf(e, t, F));
    },
  });
  const reload = () => {
    if (conflict) { setBase(conflict); setV(valuesOf(conflict)); }
    void refresh();
    setConflict(undefined);
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!v.description.trim()) { setErrors({ [F.description]: t('wraparound.action.descriptionRequired') }); return; }
    setErrors({});
    const before = valuesOf(base);
    const changes: Record<string, unknown> = {};
    if (v.description.trim() !== before.description) changes.description = v.description.trim();
    if (v.dueOn !== before.dueOn) changes.dueOn = v.dueOn || null;
    if (v.note.trim() !== before.note) changes.note = v.note.trim();
    if ([...v.principles].sort().join() !== [...before.principles].sort().join()) changes.principles = v.principles;
    if (!Object.keys(changes).length) { onDone(t('wraparound.notice.unchanged')); return; }
    save.mutate(changes);
  };
  return (
    <form onSubmit={onSubmit} noValidate className="spil-wa-form">
      {conflict !== undefined ? <ConflictNotice text={t('wraparound.conflict.text')} reloadLabel={t('wraparound.conflict.reload')} onReload={reload} /> : null}
      <ErrorSummary errors={summaryOf(errors, labels)} />
      <p className="spil-muted">{t('wraparound.action.ownerIs', { name: base.owner.name })}</p>
      <TextareaField name={F.description} label={labels[F.description]!} value={v.description} onChange={set('description')} error={errors[F.description]} required rows={2} />
      <TextField name={F.dueOn} type="date" label={labels[F.dueOn]!} value={v.dueOn} onChange={set('dueOn')} error={errors[F.dueOn]} className="spil-wa-input-date" />
      <TextareaField name={F.note} label={labels[F.note]!} value={v.note} onChange={set('note')} error={errors[F.note]} rows={3} />
      <CheckboxList name={F.principles} legend={labels[F.principles]!} list="working_principle" value={v.principles} onChange={set('principles')} error={errors[F.principles]} />
      <FormActions busy={save.isPending} label={t('wraparound.action.saveChange')} onCancel={onCancel} />
    </form>
  );
}
