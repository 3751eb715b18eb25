import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { get, isApiError, patch, post } from '../../api/client';
import { FIVE_G_KEYS, type Contact } from '../../api/types';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Fieldset, SelectField, TextareaField, TextField } from '../../components/FormField';
import { Paragraph } from '../../components/Heading';
import { StatusBadge } from '../../components/StatusText';
import { formatDateTime } from '../../format/dates';
import { CheckboxList } from './CaseworkForms';
import { errorsFrom, summaryOf, useLists } from './lists';

/**
 * One contactmoment in full (GET /api/contacts/:id), with its addenda. Within the tenant's edit
 * window it can be changed (PATCH with the version); after that only an addendum is added.
 */
export function ContactDetail({ contactId, onClose }: { contactId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const lists = useLists();
  const q = useQuery({ queryKey: ['contact', contactId], queryFn: () => get<Contact>(`/api/contacts/${contactId}`) });
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  if (q.isPending) return <Paragraph>{t('common.loading')}</Paragraph>;
  if (q.isError) return <Alert type="error">{t('errors.loadFailed')}</Alert>;
  const c = q.data;
  const row = (label: string, value: string) => (value
    ? <div className="spil-facts__row"><dt>{label}</dt><dd>{value}</dd></div> : null);
  return (
    <div className="spil-contact-detail">
      {notice ? <Alert type="ok">{notice}</Alert> : null}
      {editing && c.editable ? (
        <ContactEditForm key={c.version} contact={c} onCancel={() => setEditing(false)} onReload={() => void q.refetch()}
          onDone={() => { setEditing(false); setNotice(t('contactDetail.changed')); }} />
      ) : (
        <>
          <dl className="spil-facts">
            {row(t('contact.happenedAt'), formatDateTime(c.happenedAt))}
            {row(t('contactDetail.author'), c.author.name)}
            {row(t('contact.mode'), lists.label('contact_mode', c.mode))}
            {row(t('contact.withWhom'), c.withWhom.map((w) => lists.label('contact_with', w)).join(', '))}
            {row(t('contact.duration'), c.durationMinutes !== null ? t('common.minutes', { count: c.durationMinutes }) : '')}
            {row(t('contact.note'), c.note ?? '')}
            {row(t('contact.principles'), c.principles.map((p) => lists.label('working_principle', p)).join(', '))}
            {row(t('contact.scalingScore'), c.scalingScore !== null ? [String(c.scalingScore), c.scalingTopic ?? ''].filter(Boolean).join(' · ') : '')}
            {c.fiveG ? FIVE_G_KEYS.map((k) => (c.fiveG![k] ? <div key={k} className="spil-facts__row"><dt>{t('contact.fiveG')}: {t(`contact.g.${k}`)}</dt><dd>{c.fiveG![k]}</dd></div> : null)) : null}
          </dl>
          {c.addenda.length ? (
            <ul className="spil-record-list" aria-label={t('contactDetail.addenda')}>
              {c.addenda.map((a) => (
                <li key={a.id} className="spil-record">
                  <p className="spil-record__meta">
                    <StatusBadge>{t('contactDetail.addendum')}</StatusBadge>{' '}
                    <time dateTime={a.at}>{formatDateTime(a.at)}</time> · {a.author.name}
                  </p>
                  <p>{a.text}</p>
                </li>
              ))}
            </ul>
          ) : null}
          {c.editable ? (
            <div className="spil-actions">
              <Button variant="primary" onClick={() => { setNotice(null); setEditing(true); }}>{t('contactDetail.edit')}</Button>
              <Button variant="subtle" onClick={onClose}>{t('common.close')}</Button>
            </div>
          ) : (
            <>
              <Paragraph>{t('contactDetail.pastWindow')}</Paragraph>
              <AddendumForm contactId={c.id} onDone={() => setNotice(t('contactDetail.addendumSaved'))} />
            </>
          )}
        </>
      )}
    </div>
  );
}

function useContactSaved(contactId: string) {
  const qc = useQueryClient();
  return async (c: Contact) => {
    qc.setQueryData(['contact', contactId], c);
    await qc.invalidateQueries({ queryKey: ['youth'] });
    await qc.invalidateQueries({ queryKey: ['home'] });
  };
}

function ContactEditForm({ contact, onCancel, onDone, onReload }: { contact: Contact; onCancel: () => void; onDone: () => void; onReload: () => void }) {
  const { t } = useTranslation();
  const lists = useLists();
  const saved = useContactSaved(contact.id);
  const [mode, setMode] = useState(contact.mode);
  const [withWhom, setWithWhom] = useState(contact.withWhom);
  const [duration, setDuration] = useState(contact.durationMinutes !== null ? String(contact.durationMinutes) : '');
  const [note, setNote] = useState(contact.note ?? '');
  const [principles, setPrinciples] = useState(contact.principles);
  const [score, setScore] = useState(contact.scalingScore !== null ? String(contact.scalingScore) : '');
  const [topic, setTopic] = useState(contact.scalingTopic ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [conflict, setConflict] = useState<'version' | 'window' | null>(null);
  const labels = {
    mode: t('contact.mode'), withWhom: t('contact.withWhom'), durationMinutes: t('contact.duration'), note: t('contact.note'),
    principles: t('contact.principles'), scalingScore: t('contact.scalingScore'), scalingTopic: t('contact.scalingTopic'),
  };
  /** Only what was changed goes to the server (and into the history). */
  const changes = () => {
    const next = {
      mode, withWhom, principles, note: note.trim(),
      durationMinutes: duration ? Number(duration) : null,
      scalingScore: score !== '' ? Number(score) : null,
      scalingTopic: score !== '' ? topic.trim() : '',
    };
    const before: Record<string, unknown> = {
      mode: contact.mode, withWhom: contact.withWhom, principles: contact.principles, note: contact.note ?? '',
      durationMinutes: contact.durationMinutes, scalingScore: contact.scalingScore, scalingTopic: contact.scalingTopic ?? '',
    };
    return Object.fromEntries(Object.entries(next).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(before[k])));
  };
  const save = useMutation({
    mutationFn: () => patch<Contact>(`/api/contacts/${contact.id}`, { version: contact.version, ...changes() }),
    onSuccess: async (c) => { await saved(c); onDone(); },
    onError: (e) => {
      if (isApiError(e, 'VERSION_CONFLICT')) { setErrors({}); setConflict('version'); return; }
      if (isApiError(e, 'EDIT_WINDOW_PASSED')) { setErrors({}); setConflict('window'); return; }
      setErrors(errorsFrom(e, t));
    },
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const errs: Record<string, string> = {};
    if (!mode) errs.mode = t('casework.required');
    if (!withWhom.length) errs.withWhom = t('contact.withWhomRequired');
    if (duration && !(Number.isInteger(Number(duration)) && Number(duration) >= 1)) errs.durationMinutes = t('contact.durationInvalid');
    if (score !== '' && !(Number.isInteger(Number(score)) && Number(score) >= 0 && Number(score) <= 10)) errs.scalingScore = t('contact.scoreInvalid');
    setErrors(errs);
    setConflict(null);
    if (Object.keys(errs).length) return;
    if (!Object.keys(changes()).length) { onCancel(); return; }
    save.mutate();
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('contactDetail.editTitle')}>
      <ErrorSummary errors={summaryOf(errors, labels)} />
      {conflict === 'version' ? (
        <Alert type="warning">
          <p>{t('contactDetail.versionConflict')}</p>
          <Button onClick={onReload}>{t('contactDetail.reload')}</Button>
        </Alert>
      ) : null}
      {conflict === 'window' ? (
        <Alert type="warning">
          <p>{t('contactDetail.windowPassed')}</p>
          <Button onClick={onReload}>{t('contactDetail.toAddendum')}</Button>
        </Alert>
      ) : null}
      <SelectField name="mode" label={labels.mode} value={mode} onChange={setMode} error={errors.mode} required placeholder={t('common.choose')} options={lists.options('contact_mode')} />
      <CheckboxList name="withWhom" legend={labels.withWhom} list="contact_with" value={withWhom} onChange={setWithWhom} error={errors.withWhom} />
      <TextField name="durationMinutes" type="number" inputMode="numeric" label={labels.durationMinutes} value={duration} onChange={setDuration} error={errors.durationMinutes} className="spil-input-short" />
      <TextareaField name="note" label={labels.note} value={note} onChange={setNote} error={errors.note} rows={4} />
      <CheckboxList name="principles" legend={labels.principles} list="working_principle" value={principles} onChange={setPrinciples} error={errors.principles} />
      <Fieldset legend={t('contact.scaling')} description={t('contact.scalingHelp')} id="edit-scaling-fieldset">
        <TextField name="scalingScore" type="number" inputMode="numeric" label={labels.scalingScore} value={score} onChange={setScore} error={errors.scalingScore} className="spil-input-short" />
        <TextField name="scalingTopic" label={labels.scalingTopic} value={topic} onChange={setTopic} error={errors.scalingTopic} />
      </Fieldset>
      <div className="spil-actions">
        <Button type="submit" variant="primary" busy={save.isPending} disabled={save.isPending}>{t('contactDetail.saveChange')}</Button>
        <Button variant="subtle" onClick={onCancel}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}

function AddendumForm({ contactId, onDone }: { contactId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const saved = useContactSaved(contactId);
  const [id, setId] = useState(() => crypto.randomUUID());
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const labels = { text: t('contactDetail.addendumText') };
  const save = useMutation({
    mutationFn: () => post<Contact>(`/api/contacts/${contactId}/addenda`, { id, text: text.trim() }),
    onSuccess: async (c) => { await saved(c); setText(''); setId(crypto.randomUUID()); onDone(); },
    onError: (e) => setErrors(errorsFrom(e, t)),
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const errs: Record<string, string> = {};
    if (!text.trim()) errs.text = t('contactDetail.addendumRequired');
    setErrors(errs);
    if (!Object.keys(errs).length) save.mutate();
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summaryOf(errors, labels)} />
      <TextareaField name="text" label={labels.text} value={text} onChange={setText} error={errors.text} required rows={3} />
      <div className="spil-actions">
        <Button type="submit" variant="primary" busy={save.isPending} disabled={save.isPending}>{t('contactDetail.addendumSave')}</Button>
      </div>
    </form>
  );
}
