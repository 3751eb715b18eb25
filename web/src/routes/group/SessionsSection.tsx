import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../../api/client';
import { useConfig, useCurrentUser } from '../../auth/session';
import { Alert } from '../../components/Alert';
import { Button, FormActions } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { ErrorSummary } from '../../components/ErrorSummary';
import { CheckboxField, Fieldset, fieldId, SelectField, TextareaField, TextField } from '../../components/FormField';
import { Heading, Paragraph } from '../../components/Heading';
import { formatDateTime } from '../../format/dates';
import { localNow, summaryOf, toIso } from '../casework/lists';
import { groupErrorsFrom, sessionsKey, useGroupSessions, useYouthInReach } from './queries';
import type { GroupSession } from './types';

/** Group sessions (training, theme) of the user's teams, newest first, and the form to record one. */
export function SessionsSection() {
  const { t } = useTranslation();
  const sessions = useGroupSessions();
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const close = useCallback(() => setAdding(false), []);
  const items = sessions.data?.items ?? [];
  return (
    <section aria-labelledby="group-sessions" className="spil-section">
      <Heading level={2} id="group-sessions">{t('group.session.title')}</Heading>
      <Paragraph>{t('group.session.intro')}</Paragraph>
      <div className="spil-toolbar">
        <Button onClick={() => { setNotice(null); setAdding(true); }}>{t('group.session.new')}</Button>
      </div>
      {notice ? <Alert type="ok">{notice}</Alert> : null}
      {sessions.isPending ? <Paragraph>{t('common.loading')}</Paragraph> : null}
      {sessions.isError ? <Alert type="error">{t('errors.loadFailed')}</Alert> : null}
      {sessions.isSuccess && !items.length ? <Paragraph>{t('group.session.none')}</Paragraph> : null}
      {items.length ? (
        <ol className="spil-record-list" aria-labelledby="group-sessions">
          {items.map((s) => (
            <li key={s.id} className="spil-record">
              <Heading level={3}>{s.topic}</Heading>
              <p className="spil-record__meta">{t('group.session.facts', { when: formatDateTime(s.heldAt), facilitator: s.facilitator })}</p>
              <p>{t('group.session.attendeesList', { count: s.attendees.length, names: s.attendees.map((a) => a.name).join(', ') })}</p>
              {s.note ? <p>{s.note}</p> : null}
            </li>
          ))}
        </ol>
      ) : null}
      <Dialog open={adding} onClose={close} title={t('group.session.dialogTitle')}>
        {adding ? <SessionForm onCancel={close} onDone={(message) => { setAdding(false); setNotice(message); }} /> : null}
      </Dialog>
    </section>
  );
}

function SessionForm({ onDone, onCancel }: { onDone: (message: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const config = useConfig();
  const reach = useYouthInReach();
  const qc = useQueryClient();
  const teams = config.data?.teams ?? [];
  const [id] = useState(() => crypto.randomUUID());
  const [teamId, setTeamId] = useState(teams.length === 1 ? teams[0]!.id : '');
  const [topic, setTopic] = useState('');
  const [heldAt, setHeldAt] = useState(localNow);
  const [facilitator, setFacilitator] = useState(me.user.displayName);
  const [note, setNote] = useState('');
  const [attendeeIds, setAttendeeIds] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  useEffect(() => { if (!teamId && teams.length === 1) setTeamId(teams[0]!.id); }, [teams, teamId]);
  const candidates = (reach.data ?? []).filter((y) => y.team.id === teamId);
  const labels = {
    teamId: t('group.session.team'), topic: t('group.session.topic'), heldAt: t('group.session.heldAt'), facilitator: t('group.session.facilitator'),
    note: t('group.session.note'), attendeeIds: t('group.session.attendees'),
  };
  const save = useMutation({
    mutationFn: () => post<GroupSession>('/api/group-sessions', {
      id, teamId, topic: topic.trim(), heldAt: toIso(heldAt), facilitator: facilitator.trim(), attendeeIds, ...(note.trim() ? { note: note.trim() } : {}),
    }),
    onSuccess: async (saved) => {
      await qc.invalidateQueries({ queryKey: sessionsKey });
      await qc.invalidateQueries({ queryKey: ['youth'] });
      onDone(t('group.session.saved', { topic: saved.topic, count: saved.attendees.length }));
    },
    onError: (e) => setErrors(groupErrorsFrom(e, t)),
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const errs: Record<string, string> = {};
    if (!teamId) errs.teamId = t('group.form.teamRequired');
    if (!topic.trim()) errs.topic = t('group.session.topicRequired');
    const iso = toIso(heldAt);
    if (!iso) errs.heldAt = t('casework.timeRequired');
    else if (new Date(iso).getTime() > Date.now()) errs.heldAt = t('group.report.futureTime');
    if (!facilitator.trim()) errs.facilitator = t('group.session.facilitatorRequired');
    if (!attendeeIds.length) errs.attendeeIds = t('group.session.attendeesRequired');
    setErrors(errs);
    if (!Object.keys(errs).length) save.mutate();
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summaryOf(errors, labels)} />
      {teams.length > 1 ? (
        <SelectField name="teamId" label={labels.teamId} value={teamId} required placeholder={t('common.choose')} error={errors.teamId}
          options={teams.map((x) => ({ value: x.id, label: x.name }))} onChange={(x) => { setTeamId(x); setAttendeeIds([]); }} />
      ) : null}
      <TextField name="topic" label={labels.topic} description={t('group.session.topicHelp')} value={topic} onChange={setTopic} error={errors.topic} required autoComplete="off" />
      <TextField name="heldAt" type="datetime-local" label={labels.heldAt} value={heldAt} onChange={setHeldAt} error={errors.heldAt} required />
      <TextField name="facilitator" label={labels.facilitator} value={facilitator} onChange={setFacilitator} error={errors.facilitator} required autoComplete="off" />
      {teamId ? (
        <Fieldset legend={labels.attendeeIds} id={fieldId('attendeeIds')}>
          {errors.attendeeIds ? <p className="utrecht-form-field-error-message">{errors.attendeeIds}</p> : null}
          {reach.isPending ? <Paragraph>{t('common.loading')}</Paragraph> : null}
          {reach.isSuccess && !candidates.length ? <Paragraph>{t('group.session.noCandidates')}</Paragraph> : null}
          <div className="spil-group-picks">
            {candidates.map((y) => (
              <CheckboxField key={y.id} name={`attendee-${y.id}`} label={y.displayName} checked={attendeeIds.includes(y.id)}
                onChange={(on) => setAttendeeIds((cur) => (on ? [...cur, y.id] : cur.filter((x) => x !== y.id)))} />
            ))}
          </div>
        </Fieldset>
      ) : null}
      <TextareaField name="note" label={labels.note} value={note} onChange={setNote} error={errors.note} rows={3} />
      <FormActions busy={save.isPending} label={t('group.session.save')} onCancel={onCancel} />
    </form>
  );
}
