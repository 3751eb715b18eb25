import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { get, patch } from '../../api/client';
import type { Incident, Items } from '../../api/types';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { TextField } from '../../components/FormField';
import { Heading, Paragraph } from '../../components/Heading';
import { formatDateTime } from '../../format/dates';
import { AttemptForm } from './AttemptForm';
import { AppointmentForm, ContactForm, IncidentForm, KennismakingForm } from './CaseworkForms';
import { errorsFrom, localNow, toIso, useLists } from './lists';
import { ScalingChart } from './ScalingChart';

const KINDS = ['contact', 'attempt', 'kennismaking', 'incident', 'appointment'] as const;
type Kind = typeof KINDS[number];

/** The youth file's "Contact" tab: record what happened, see the scaling scores and incidents. */
export function ContactTab({ youthId, youthName }: { youthId: string; youthName: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Kind | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const close = useCallback(() => setOpen(null), []);
  const done = (message: string) => { setOpen(null); setNotice(message); };
  return (
    <section aria-labelledby="contact-heading" className="spil-section">
      <Heading level={2} id="contact-heading">{t('file.contact')}</Heading>
      <div className="spil-actions" role="group" aria-label={t('casework.record')}>
        {KINDS.map((k) => (
          <Button key={k} variant={k === 'contact' ? 'primary' : 'secondary'} onClick={() => { setNotice(null); setOpen(k); }}>{t(`casework.new.${k}`)}</Button>
        ))}
      </div>
      {notice ? <Alert type="ok">{notice}</Alert> : null}
      <Dialog open={open !== null} onClose={close} title={open ? t(`casework.dialog.${open}`, { name: youthName }) : ''}>
        {open === 'contact' ? <ContactForm youthId={youthId} onDone={done} onCancel={close} /> : null}
        {open === 'attempt' ? <AttemptForm youthId={youthId} onCancel={close} onDone={() => done(t('attempt.saved', { name: youthName }))} /> : null}
        {open === 'kennismaking' ? <KennismakingForm youthId={youthId} onDone={done} onCancel={close} /> : null}
        {open === 'incident' ? <IncidentForm youthId={youthId} onDone={(m) => done(m)} onCancel={close} /> : null}
        {open === 'appointment' ? <AppointmentForm youthId={youthId} onDone={done} onCancel={close} /> : null}
      </Dialog>
      <ScalingChart youthId={youthId} />
      <Incidents youthId={youthId} />
    </section>
  );
}

function Incidents({ youthId }: { youthId: string }) {
  const { t } = useTranslation();
  const lists = useLists();
  const q = useQuery({ queryKey: ['youth', youthId, 'incidents'], queryFn: () => get<Items<Incident>>(`/api/youth/${youthId}/incidents`) });
  return (
    <section aria-labelledby="incidents-heading" className="spil-section">
      <Heading level={3} id="incidents-heading">{t('incident.title')}</Heading>
      {q.isPending ? <Paragraph>{t('common.loading')}</Paragraph> : null}
      {q.isError ? <Alert type="error">{t('errors.loadFailed')}</Alert> : null}
      {q.data && !q.data.items.length ? <Paragraph>{t('incident.none')}</Paragraph> : null}
      {q.data?.items.length ? (
        <ul className="spil-record-list" aria-labelledby="incidents-heading">
          {q.data.items.map((i) => (
            <li key={i.id} className="spil-record">
              <p className="spil-record__meta">{formatDateTime(i.reportedAt)} · {lists.label('incident_place', i.place)} · {i.author.name}</p>
              <p>{i.what}</p>
              {i.agreed ? <p><span className="spil-label">{t('incident.agreed')}: </span>{i.agreed}</p> : null}
              {i.followUp ? <p><span className="spil-label">{t('incident.followUp')}: </span>{i.followUp}</p> : null}
              {i.responseMinutes !== null
                ? <p><strong>{t('incident.response', { count: i.responseMinutes })}</strong></p>
                : <ArrivalForm incident={i} />}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

/** The coach's arrival time, added later (PATCH with the version). */
function ArrivalForm({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [at, setAt] = useState(localNow);
  const [error, setError] = useState<string | undefined>();
  const save = useMutation({
    mutationFn: () => patch<Incident>(`/api/incidents/${incident.id}`, { version: incident.version, coachArrivedAt: toIso(at) }),
    onSuccess: async () => { setEditing(false); await qc.invalidateQueries({ queryKey: ['youth'] }); },
    onError: (e) => { const errs = errorsFrom(e, t); setError(errs.coachArrivedAt ?? errs._form ?? Object.values(errs)[0]); },
  });
  if (!editing) {
    return (
      <p>
        {t('incident.noArrival')}{' '}
        <Button onClick={() => setEditing(true)}>{t('incident.addArrival')}</Button>
      </p>
    );
  }
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!toIso(at)) { setError(t('casework.timeRequired')); return; }
    if (toIso(at)! < incident.reportedAt) { setError(t('incident.arrivedBeforeReport')); return; }
    setError(undefined);
    save.mutate();
  };
  return (
    <form onSubmit={onSubmit} noValidate className="spil-inline-form">
      <TextField name={`arrival-${incident.id}`} type="datetime-local" label={t('incident.coachArrivedAt')} value={at} onChange={setAt} error={error} required />
      <div className="spil-actions">
        <Button type="submit" variant="primary" busy={save.isPending} disabled={save.isPending}>{t('incident.saveArrival')}</Button>
        <Button variant="subtle" onClick={() => setEditing(false)}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}
