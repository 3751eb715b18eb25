import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../../api/client';
import { FIVE_G_KEYS, type Appointment, type Contact, type Incident, type Kennismaking, type ListKey } from '../../api/types';
import { FormActions } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { CheckboxField, Fieldset, fieldId, SelectField, TextareaField, TextField } from '../../components/FormField';
import { errorsFrom, localNow, summaryOf, toIso, useLists } from './lists';

type Done = (message: string) => void;

/** Several answers from one of the tenant's lists, as checkboxes in a fieldset. */
export function CheckboxList({ name, legend, list, value, onChange, error }: {
  name: string; legend: string; list: ListKey; value: string[]; onChange: (v: string[]) => void; error?: string;
}) {
  const lists = useLists();
  return (
    <Fieldset legend={legend} id={fieldId(name)}>
      {error ? <p className="utrecht-form-field-error-message">{error}</p> : null}
      {lists.items(list).map((o) => (
        <CheckboxField key={o.key} name={`${name}-${o.key}`} label={o.label} checked={value.includes(o.key)}
          onChange={(on) => onChange(on ? [...value, o.key] : value.filter((v) => v !== o.key))} />
      ))}
    </Fieldset>
  );
}

/** Save/cancel row and the shared mutation plumbing of the casework forms. */
function useSave<T>(fn: () => Promise<T>, onSuccess: (r: T) => void, setErrors: (e: Record<string, string>) => void) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async (r) => {
      await qc.invalidateQueries({ queryKey: ['youth'] });
      await qc.invalidateQueries({ queryKey: ['home'] });
      onSuccess(r);
    },
    onError: (e) => setErrors(errorsFrom(e, t)),
  });
}

function FormShell({ onSubmit, errors, labels, children }: { onSubmit: (e: FormEvent) => void; errors: Record<string, string>; labels: Record<string, string>; children: ReactNode }) {
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summaryOf(errors, labels)} />
      {children}
    </form>
  );
}

const trimmed = (v: string) => (v.trim() ? v.trim() : undefined);

export function ContactForm({ youthId, onDone, onCancel }: { youthId: string; onDone: Done; onCancel: () => void }) {
  const { t } = useTranslation();
  const lists = useLists();
  const [id] = useState(() => crypto.randomUUID());
  const [happenedAt, setHappenedAt] = useState(localNow);
  const [mode, setMode] = useState('');
  const [withWhom, setWithWhom] = useState<string[]>(['jongere'].filter((k) => lists.items('contact_with').some((o) => o.key === k)));
  const [duration, setDuration] = useState('');
  const [note, setNote] = useState('');
  const [principles, setPrinciples] = useState<string[]>([]);
  const [fiveG, setFiveG] = useState<Record<string, string>>({});
  const [score, setScore] = useState('');
  const [topic, setTopic] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const labels = {
    happenedAt: t('contact.happenedAt'), mode: t('contact.mode'), withWhom: t('contact.withWhom'), durationMinutes: t('contact.duration'),
    note: t('contact.note'), principles: t('contact.principles'), fiveG: t('contact.fiveG'), scalingScore: t('contact.scalingScore'), scalingTopic: t('contact.scalingTopic'),
  };
  const hasFiveG = FIVE_G_KEYS.some((k) => fiveG[k]?.trim());
  const save = useSave(() => post<Contact>(`/api/youth/${youthId}/contacts`, {
    id, happenedAt: toIso(happenedAt), mode, withWhom,
    ...(duration ? { durationMinutes: Number(duration) } : {}),
    ...(trimmed(note) ? { note: note.trim() } : {}),
    ...(principles.length ? { principles } : {}),
    ...(hasFiveG ? { fiveG: Object.fromEntries(FIVE_G_KEYS.map((k) => [k, fiveG[k]?.trim() ?? ''])) } : {}),
    ...(score !== '' ? { scalingScore: Number(score) } : {}),
    ...(score !== '' && trimmed(topic) ? { scalingTopic: topic.trim() } : {}),
  }), () => onDone(t('contact.saved')), setErrors);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const errs: Record<string, string> = {};
    if (!toIso(happenedAt)) errs.happenedAt = t('casework.timeRequired');
    if (!mode) errs.mode = t('casework.required');
    if (!withWhom.length) errs.withWhom = t('contact.withWhomRequired');
    if (duration && !(Number.isInteger(Number(duration)) && Number(duration) >= 1)) errs.durationMinutes = t('contact.durationInvalid');
    if (score !== '' && !(Number.isInteger(Number(score)) && Number(score) >= 0 && Number(score) <= 10)) errs.scalingScore = t('contact.scoreInvalid');
    setErrors(errs);
    if (!Object.keys(errs).length) save.mutate();
  };
  return (
    <FormShell onSubmit={onSubmit} errors={errors} labels={labels}>
      <TextField name="happenedAt" type="datetime-local" label={labels.happenedAt} value={happenedAt} onChange={setHappenedAt} error={errors.happenedAt} required />
      <SelectField name="mode" label={labels.mode} value={mode} onChange={setMode} error={errors.mode} required placeholder={t('common.choose')} options={lists.options('contact_mode')} />
      <CheckboxList name="withWhom" legend={labels.withWhom} list="contact_with" value={withWhom} onChange={setWithWhom} error={errors.withWhom} />
      <TextField name="durationMinutes" type="number" inputMode="numeric" label={labels.durationMinutes} value={duration} onChange={setDuration} error={errors.durationMinutes} className="spil-input-short" />
      <TextareaField name="note" label={labels.note} value={note} onChange={setNote} error={errors.note} rows={4} />
      <CheckboxList name="principles" legend={labels.principles} list="working_principle" value={principles} onChange={setPrinciples} error={errors.principles} />
      <details className="spil-details" open={Boolean(errors.fiveG) || undefined}>
        <summary>{t('contact.fiveGOpen')}</summary>
        <Fieldset legend={labels.fiveG} id={fieldId('fiveG')} description={t('contact.fiveGHelp')}>
          {FIVE_G_KEYS.map((k) => (
            <TextareaField key={k} name={`fiveG-${k}`} label={t(`contact.g.${k}`)} value={fiveG[k] ?? ''} rows={2}
              onChange={(v) => setFiveG((f) => ({ ...f, [k]: v }))} />
          ))}
        </Fieldset>
      </details>
      <Fieldset legend={t('contact.scaling')} description={t('contact.scalingHelp')} id="scaling-fieldset">
        <TextField name="scalingScore" type="number" inputMode="numeric" label={labels.scalingScore} value={score} onChange={setScore} error={errors.scalingScore} className="spil-input-short" />
        <TextField name="scalingTopic" label={labels.scalingTopic} value={topic} onChange={setTopic} error={errors.scalingTopic} />
      </Fieldset>
      <FormActions busy={save.isPending} label={t('contact.save')} onCancel={onCancel} />
    </FormShell>
  );
}

export function KennismakingForm({ youthId, onDone, onCancel }: { youthId: string; onDone: Done; onCancel: () => void }) {
  const { t } = useTranslation();
  const [id] = useState(() => crypto.randomUUID());
  const [heldAt, setHeldAt] = useState(localNow);
  const [v, setV] = useState({ place: '', youthExpectations: '', coachExpectations: '', urgentMatters: '', selfDescription: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const labels = {
    heldAt: t('kennismaking.heldAt'), place: t('kennismaking.place'), youthExpectations: t('kennismaking.youthExpectations'),
    coachExpectations: t('kennismaking.coachExpectations'), urgentMatters: t('kennismaking.urgentMatters'), selfDescription: t('kennismaking.selfDescription'),
  };
  const save = useSave(() => post<Kennismaking>(`/api/youth/${youthId}/kennismaking`, {
    id, heldAt: toIso(heldAt), place: v.place.trim(),
    ...Object.fromEntries((['youthExpectations', 'coachExpectations', 'urgentMatters', 'selfDescription'] as const)
      .filter((k) => v[k].trim()).map((k) => [k, v[k].trim()])),
  }), () => onDone(t('kennismaking.saved')), setErrors);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const errs: Record<string, string> = {};
    if (!toIso(heldAt)) errs.heldAt = t('casework.timeRequired');
    if (!v.place.trim()) errs.place = t('kennismaking.placeRequired');
    setErrors(errs);
    if (!Object.keys(errs).length) save.mutate();
  };
  const set = (k: keyof typeof v) => (x: string) => setV((o) => ({ ...o, [k]: x }));
  return (
    <FormShell onSubmit={onSubmit} errors={errors} labels={labels}>
      <TextField name="place" label={labels.place} description={t('kennismaking.placeHelp')} value={v.place} onChange={set('place')} error={errors.place} required />
      <TextField name="heldAt" type="datetime-local" label={labels.heldAt} value={heldAt} onChange={setHeldAt} error={errors.heldAt} required />
      <TextareaField name="youthExpectations" label={labels.youthExpectations} value={v.youthExpectations} onChange={set('youthExpectations')} error={errors.youthExpectations} rows={3} />
      <TextareaField name="coachExpectations" label={labels.coachExpectations} value={v.coachExpectations} onChange={set('coachExpectations')} error={errors.coachExpectations} rows={3} />
      <TextareaField name="urgentMatters" label={labels.urgentMatters} value={v.urgentMatters} onChange={set('urgentMatters')} error={errors.urgentMatters} rows={3} />
      <TextareaField name="selfDescription" label={labels.selfDescription} description={t('kennismaking.selfDescriptionHelp')} value={v.selfDescription} onChange={set('selfDescription')} error={errors.selfDescription} rows={3} />
      <FormActions busy={save.isPending} label={t('kennismaking.save')} onCancel={onCancel} />
    </FormShell>
  );
}

export function IncidentForm({ youthId, onDone, onCancel }: { youthId: string; onDone: (message: string, incident: Incident) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const lists = useLists();
  const [id] = useState(() => crypto.randomUUID());
  const [reportedAt, setReportedAt] = useState(localNow);
  const [arrivedAt, setArrivedAt] = useState('');
  const [v, setV] = useState({ place: '', what: '', involved: '', agreed: '', followUp: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const labels = {
    reportedAt: t('incident.reportedAt'), coachArrivedAt: t('incident.coachArrivedAt'), place: t('incident.place'), what: t('incident.what'),
    involved: t('incident.involved'), agreed: t('incident.agreed'), followUp: t('incident.followUp'),
  };
  const save = useSave(() => post<Incident>(`/api/youth/${youthId}/incidents`, {
    id, reportedAt: toIso(reportedAt), ...(toIso(arrivedAt) ? { coachArrivedAt: toIso(arrivedAt) } : {}),
    place: v.place, what: v.what.trim(),
    ...Object.fromEntries((['involved', 'agreed', 'followUp'] as const).filter((k) => v[k].trim()).map((k) => [k, v[k].trim()])),
  }), (inc) => onDone(inc.responseMinutes !== null ? t('incident.savedWithResponse', { count: inc.responseMinutes }) : t('incident.saved'), inc), setErrors);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const errs: Record<string, string> = {};
    if (!toIso(reportedAt)) errs.reportedAt = t('casework.timeRequired');
    if (arrivedAt && !toIso(arrivedAt)) errs.coachArrivedAt = t('casework.timeRequired');
    if (toIso(arrivedAt) && toIso(reportedAt) && toIso(arrivedAt)! < toIso(reportedAt)!) errs.coachArrivedAt = t('incident.arrivedBeforeReport');
    if (!v.place) errs.place = t('casework.required');
    if (!v.what.trim()) errs.what = t('incident.whatRequired');
    setErrors(errs);
    if (!Object.keys(errs).length) save.mutate();
  };
  const set = (k: keyof typeof v) => (x: string) => setV((o) => ({ ...o, [k]: x }));
  return (
    <FormShell onSubmit={onSubmit} errors={errors} labels={labels}>
      <TextField name="reportedAt" type="datetime-local" label={labels.reportedAt} value={reportedAt} onChange={setReportedAt} error={errors.reportedAt} required />
      <TextField name="coachArrivedAt" type="datetime-local" label={labels.coachArrivedAt} description={t('incident.coachArrivedHelp')} value={arrivedAt} onChange={setArrivedAt} error={errors.coachArrivedAt} />
      <SelectField name="place" label={labels.place} value={v.place} onChange={set('place')} error={errors.place} required placeholder={t('common.choose')} options={lists.options('incident_place')} />
      <TextareaField name="what" label={labels.what} value={v.what} onChange={set('what')} error={errors.what} required rows={4} />
      <TextareaField name="involved" label={labels.involved} value={v.involved} onChange={set('involved')} error={errors.involved} rows={2} />
      <TextareaField name="agreed" label={labels.agreed} value={v.agreed} onChange={set('agreed')} error={errors.agreed} rows={3} />
      <TextareaField name="followUp" label={labels.followUp} value={v.followUp} onChange={set('followUp')} error={errors.followUp} rows={3} />
      <FormActions busy={save.isPending} label={t('incident.save')} onCancel={onCancel} />
    </FormShell>
  );
}

export function AppointmentForm({ youthId, onDone, onCancel }: { youthId: string; onDone: Done; onCancel: () => void }) {
  const { t } = useTranslation();
  const [id] = useState(() => crypto.randomUUID());
  const [startsAt, setStartsAt] = useState('');
  const [duration, setDuration] = useState('60');
  const [place, setPlace] = useState('');
  const [purpose, setPurpose] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const labels = {
    startsAt: t('appointment.startsAt'), durationMinutes: t('appointment.duration'), place: t('appointment.place'), purpose: t('appointment.purpose'),
  };
  const save = useSave(() => post<Appointment>(`/api/youth/${youthId}/appointments`, {
    id, startsAt: toIso(startsAt), purpose: purpose.trim(),
    ...(duration ? { durationMinutes: Number(duration) } : {}), ...(place.trim() ? { place: place.trim() } : {}),
  }), () => onDone(t('appointment.saved')), setErrors);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const errs: Record<string, string> = {};
    if (!toIso(startsAt)) errs.startsAt = t('casework.timeRequired');
    if (duration && !(Number.isInteger(Number(duration)) && Number(duration) >= 5 && Number(duration) <= 720)) errs.durationMinutes = t('appointment.durationInvalid');
    if (!purpose.trim()) errs.purpose = t('appointment.purposeRequired');
    setErrors(errs);
    if (!Object.keys(errs).length) save.mutate();
  };
  return (
    <FormShell onSubmit={onSubmit} errors={errors} labels={labels}>
      <TextField name="startsAt" type="datetime-local" label={labels.startsAt} value={startsAt} onChange={setStartsAt} error={errors.startsAt} required />
      <TextField name="durationMinutes" type="number" inputMode="numeric" label={labels.durationMinutes} value={duration} onChange={setDuration} error={errors.durationMinutes} className="spil-input-short" />
      <TextField name="place" label={labels.place} value={place} onChange={setPlace} error={errors.place} />
      <TextField name="purpose" label={labels.purpose} value={purpose} onChange={setPurpose} error={errors.purpose} required />
      <FormActions busy={save.isPending} label={t('appointment.save')} onCancel={onCancel} />
    </FormShell>
  );
}
