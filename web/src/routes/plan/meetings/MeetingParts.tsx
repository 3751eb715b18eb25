import { useMutation } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { patch, post } from '../../../api/client';
import { Alert } from '../../../components/Alert';
import { Button, FormActions } from '../../../components/Button';
import { ConflictNotice } from '../../../components/ConflictNotice';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { RadioGroupField, TextareaField } from '../../../components/FormField';
import { Paragraph } from '../../../components/Heading';
import { StatusBadge } from '../../../components/StatusText';
import { formatCalendarDate, formatDateTime } from '../../../format/dates';
import { summaryOf } from '../../casework/lists';
import type { Condition, Meeting } from './types';
import { conflictOf, errorsOf, minutesUrl, useConsents, useRefreshMeetings } from './useMeetings';

/**
 * A text with a date or time in it ("uit overleg <d>12-11-2026</d>"): the date never breaks over
 * two lines at its hyphens on a narrow screen.
 */
export function Dated({ k, values, count }: { k: string; values: Record<string, string | number>; count?: number }) {
  return <Trans i18nKey={k} values={values} count={count} components={{ d: <span className="spil-wa-nowrap" /> }} />;
}


type Answer = 'yes' | 'no' | '';
const answerOf = (a: boolean | null): Answer => (a === true ? 'yes' : a === false ? 'no' : '');

/** After the meeting: who was there and who was not, per participant. */
export function AttendanceForm({ youthId, meeting: initial, onDone, onCancel }: {
  youthId: string; meeting: Meeting; onDone: (message: string) => void; onCancel: () => void;
}) {
  const { t } = useTranslation();
  const refresh = useRefreshMeetings(youthId);
  const [meeting, setMeeting] = useState(initial);
  const [answers, setAnswers] = useState<Record<string, Answer>>(() => Object.fromEntries(initial.participants.map((p) => [p.id, answerOf(p.attended)])));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [conflict, setConflict] = useState<Meeting | null | undefined>(undefined);
  const save = useMutation({
    mutationFn: () => patch<Meeting>(`/api/youth/${youthId}/meetings/${meeting.id}`, {
      version: meeting.version,
      participants: meeting.participants.map((p) => ({ ...p, attended: answers[p.id] === 'yes' ? true : answers[p.id] === 'no' ? false : null })),
    }),
    onSuccess: async (saved) => {
      await refresh();
      const present = saved.participants.filter((p) => p.attended).length;
      onDone(t('wraparound.notice.attendance', { present, total: saved.participants.length }));
    },
    onError: (e) => {
      const current = conflictOf<Meeting>(e);
      if (current !== undefined) { setErrors({}); setConflict(current); return; }
      setErrors(errorsOf(e, t, {}));
    },
  });
  const reload = () => {
    if (conflict) {
      setMeeting(conflict);
      setAnswers(Object.fromEntries(conflict.participants.map((p) => [p.id, answerOf(p.attended)])));
    }
    void refresh();
    setConflict(undefined);
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const errs: Record<string, string> = {};
    for (const p of meeting.participants) if (!answers[p.id]) errs[`wa-att-${p.id}`] = t('wraparound.attendance.required', { name: p.name });
    setErrors(errs);
    if (!Object.keys(errs).length) save.mutate();
  };
  const labels = Object.fromEntries(meeting.participants.map((p) => [`wa-att-${p.id}`, p.name]));
  return (
    <form onSubmit={onSubmit} noValidate className="spil-wa-form">
      {conflict !== undefined ? <ConflictNotice text={t('wraparound.conflict.text')} reloadLabel={t('wraparound.conflict.reload')} onReload={reload} /> : null}
      <ErrorSummary errors={summaryOf(errors, labels)} />
      <Paragraph><Dated k="wraparound.attendance.intro" values={{ when: formatDateTime(meeting.startsAt) }} /></Paragraph>
      <div className="spil-actions">
        <Button onClick={() => setAnswers(Object.fromEntries(meeting.participants.map((p) => [p.id, 'yes'])))}>{t('wraparound.attendance.everyone')}</Button>
      </div>
      {meeting.participants.map((p) => (
        <RadioGroupField key={p.id} name={`wa-att-${p.id}`} legend={<>{p.name}{p.role ? <span className="spil-muted"> ({p.role})</span> : null}</>}
          value={answers[p.id] ?? ''} onChange={(x) => setAnswers((a) => ({ ...a, [p.id]: x as Answer }))} error={errors[`wa-att-${p.id}`]}
          options={[{ value: 'yes', label: t('wraparound.attendance.yes') }, { value: 'no', label: t('wraparound.attendance.no') }]} />
      ))}
      <FormActions busy={save.isPending} label={t('wraparound.attendance.save')} onCancel={onCancel} />
    </form>
  );
}

/** An ontbindende voorwaarde has occurred: kept with a note, who and when; then the team meets again. */
export function ConditionOccurredForm({ youthId, meeting, condition, onDone, onCancel }: {
  youthId: string; meeting: Meeting; condition: Condition; onDone: (message: string, saved: Meeting) => void; onCancel: () => void;
}) {
  const { t } = useTranslation();
  const refresh = useRefreshMeetings(youthId);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: () => post<Meeting>(`/api/youth/${youthId}/meetings/${meeting.id}/conditions/${condition.id}/occurred`, note.trim() ? { note: note.trim() } : {}),
    onSuccess: async (saved) => { await refresh(); onDone(t('wraparound.notice.occurred', { text: condition.text }), saved); },
    onError: (e) => setErrors(errorsOf(e, t, { note: 'wa-occurred-note' })),
  });
  return (
    <form onSubmit={(e) => { e.preventDefault(); save.mutate(); }} noValidate className="spil-wa-form">
      <ErrorSummary errors={summaryOf(errors, { 'wa-occurred-note': t('wraparound.conditions.note') })} />
      <p className="spil-wa-quote">{condition.text}</p>
      <Paragraph>{t('wraparound.conditions.occurredIntro')}</Paragraph>
      <TextareaField name="wa-occurred-note" label={t('wraparound.conditions.note')} description={t('wraparound.conditions.noteHelp')}
        value={note} onChange={setNote} error={errors['wa-occurred-note']} rows={3} />
      <FormActions busy={save.isPending} label={t('wraparound.conditions.save')} onCancel={onCancel} />
    </form>
  );
}

/**
 * The minutes as a PDF for the participants: only under a valid consent of the youth to share
 * them (purpose 'wraparound'). Without one, the coach is told where consent is recorded.
 */
export function MinutesChooser({ youthId, youthName, meeting }: { youthId: string; youthName: string; meeting: Meeting }) {
  const { t } = useTranslation();
  const consents = useConsents(youthId);
  const valid = (consents.data?.items ?? []).filter((c) => c.purpose === 'wraparound' && c.status === 'active');
  const [chosen, setChosen] = useState('');
  const consentId = chosen || (valid.length === 1 ? valid[0]!.id : '');
  if (consents.isPending) return <Paragraph>{t('common.loading')}</Paragraph>;
  if (consents.isError) return <Alert type="error">{t('errors.loadFailed')}</Alert>;
  if (!valid.length) {
    return (
      <>
        <Alert type="info">{t('wraparound.minutes.noConsent', { name: youthName })}</Alert>
        <Paragraph>
          <Link to="/jongeren/$youthId/verkoopverhaal" params={{ youthId }} hash="consents-title" className="utrecht-link">
            {t('wraparound.minutes.whereConsent')}
          </Link>
        </Paragraph>
      </>
    );
  }
  return (
    <>
      <Paragraph><Dated k="wraparound.minutes.intro" values={{ when: formatDateTime(meeting.startsAt) }} /></Paragraph>
      <RadioGroupField name="wa-minutes-consent" legend={t('wraparound.minutes.consent')} value={consentId} onChange={setChosen}
        options={valid.map((c) => ({ value: c.id, label: c.recipient, description: t('wraparound.minutes.validUntil', { until: formatCalendarDate(c.validUntil) }) }))} />
      <div className="spil-actions">
        {consentId ? (
          <a className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" href={minutesUrl(youthId, meeting.id, consentId)} target="_blank" rel="noopener">
            {t('wraparound.minutes.open')}<span className="spil-visually-hidden">{t('wraparound.minutes.newTab')}</span>
          </a>
        ) : <Paragraph>{t('wraparound.minutes.chooseFirst')}</Paragraph>}
      </div>
    </>
  );
}

/** Open / te laat / klaar / vervallen in words, with a symbol; colour only adds to it. */
export function ActionStateBadge({ status, overdue }: { status: 'open' | 'done' | 'cancelled'; overdue: boolean }) {
  const { t } = useTranslation();
  if (status === 'done') return <StatusBadge tone="success"><span aria-hidden="true">✓ </span>{t('wraparound.actions.status.done')}</StatusBadge>;
  if (status === 'cancelled') return <StatusBadge tone="neutral"><span aria-hidden="true">– </span>{t('wraparound.actions.status.cancelled')}</StatusBadge>;
  if (overdue) return <StatusBadge tone="danger"><span aria-hidden="true">⚠ </span>{t('wraparound.actions.status.overdue')}</StatusBadge>;
  return <StatusBadge tone="neutral"><span aria-hidden="true">○ </span>{t('wraparound.actions.status.open')}</StatusBadge>;
}
