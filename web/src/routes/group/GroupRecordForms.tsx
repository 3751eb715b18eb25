import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../../api/client';
import { FormActions } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { CheckboxField, Fieldset, fieldId, RadioGroupField, SelectField, TextareaField, TextField } from '../../components/FormField';
import { Paragraph } from '../../components/Heading';
import { localNow, summaryOf, toIso, useLists } from '../casework/lists';
import { groupErrorsFrom, useRefreshGroups } from './queries';
import { REPORT_KINDS, type Group, type ReportKind } from './types';

type Done = (message: string) => void;

/** A moment that happened: valid, and not later than now. Returns the error text or null. */
function whenError(local: string, t: (k: string) => string): string | null {
  const iso = toIso(local);
  if (!iso) return t('casework.timeRequired');
  return new Date(iso).getTime() > Date.now() ? t('group.report.futureTime') : null;
}

/** "Melding over de groep": who reported what and when; each member's clock starts at that moment. */
export function ReportForm({ group, onDone, onCancel }: { group: Group; onDone: Done; onCancel: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefreshGroups();
  const [id] = useState(() => crypto.randomUUID());
  const [reportedAt, setReportedAt] = useState(localNow);
  const [kind, setKind] = useState<ReportKind | ''>('');
  const [reporterName, setReporterName] = useState('');
  const [reporterOrganisation, setReporterOrganisation] = useState('');
  const [what, setWhat] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const labels = {
    reportedAt: t('group.report.reportedAt'), kind: t('group.report.kind'), reporterName: t('group.report.reporterName'),
    reporterOrganisation: t('group.report.reporterOrganisation'), what: t('group.report.what'),
  };
  const save = useMutation({
    mutationFn: () => post<Group>(`/api/groups/${group.id}/reports`, {
      id, reportedAt: toIso(reportedAt), kind, reporterName: reporterName.trim(), what: what.trim(),
      ...(reporterOrganisation.trim() ? { reporterOrganisation: reporterOrganisation.trim() } : {}),
    }),
    onSuccess: async (saved) => { await refresh(saved); onDone(t('group.report.saved', { hours: saved.responseHours })); },
    onError: (e) => setErrors(groupErrorsFrom(e, t)),
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const errs: Record<string, string> = {};
    const when = whenError(reportedAt, t);
    if (when) errs.reportedAt = when;
    if (!kind) errs.kind = t('casework.required');
    if (!reporterName.trim()) errs.reporterName = t('group.report.reporterNameRequired');
    if (!what.trim()) errs.what = t('group.report.whatRequired');
    setErrors(errs);
    if (!Object.keys(errs).length) save.mutate();
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summaryOf(errors, labels)} />
      <TextField name="reportedAt" type="datetime-local" label={labels.reportedAt} description={t('group.report.reportedAtHelp')}
        value={reportedAt} onChange={setReportedAt} error={errors.reportedAt} required />
      <RadioGroupField name="kind" legend={labels.kind} value={kind} onChange={(x) => setKind(x as ReportKind)} error={errors.kind}
        options={REPORT_KINDS.map((k) => ({ value: k, label: t(`group.report.kinds.${k}`) }))} />
      <TextField name="reporterName" label={labels.reporterName} value={reporterName} onChange={setReporterName} error={errors.reporterName} required autoComplete="off" />
      <TextField name="reporterOrganisation" label={labels.reporterOrganisation} description={t('group.report.reporterOrganisationHelp')}
        value={reporterOrganisation} onChange={setReporterOrganisation} error={errors.reporterOrganisation} autoComplete="off" />
      <TextareaField name="what" label={labels.what} value={what} onChange={setWhat} error={errors.what} required rows={3} />
      <FormActions busy={save.isPending} label={t('group.report.save')} onCancel={onCancel} />
    </form>
  );
}

/**
 * "Groepscontact vastleggen": one contact with the group, recorded once; the server writes a
 * contactmoment in the file of each member ticked as present.
 */
export function GroupContactForm({ group, visible, onDone, onCancel }: { group: Group; visible: Set<string>; onDone: Done; onCancel: () => void }) {
  const { t } = useTranslation();
  const lists = useLists();
  const refresh = useRefreshGroups();
  const [id] = useState(() => crypto.randomUUID());
  const [happenedAt, setHappenedAt] = useState(localNow);
  const [mode, setMode] = useState('');
  const [note, setNote] = useState('');
  const [presentIds, setPresentIds] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const members = group.memberList.filter((m) => m.until === null);
  const tickable = members.filter((m) => visible.has(m.youthId));
  const hidden = members.length - tickable.length;
  const labels = { happenedAt: t('group.contact.happenedAt'), mode: t('group.contact.mode'), note: t('group.contact.note'), presentIds: t('group.contact.present') };
  const save = useMutation({
    mutationFn: () => post<Group>(`/api/groups/${group.id}/contacts`, {
      id, happenedAt: toIso(happenedAt), mode, presentIds, ...(note.trim() ? { note: note.trim() } : {}),
    }),
    onSuccess: async (saved) => { await refresh(saved); onDone(t('group.contact.saved', { count: presentIds.length })); },
    onError: (e) => setErrors(groupErrorsFrom(e, t)),
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const errs: Record<string, string> = {};
    const when = whenError(happenedAt, t);
    if (when) errs.happenedAt = when;
    if (!mode) errs.mode = t('casework.required');
    if (!presentIds.length) errs.presentIds = t('group.contact.presentRequired');
    setErrors(errs);
    if (!Object.keys(errs).length) save.mutate();
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summaryOf(errors, labels)} />
      <TextField name="happenedAt" type="datetime-local" label={labels.happenedAt} value={happenedAt} onChange={setHappenedAt} error={errors.happenedAt} required />
      <SelectField name="mode" label={labels.mode} value={mode} onChange={setMode} error={errors.mode} required placeholder={t('common.choose')} options={lists.options('contact_mode')} />
      <Fieldset legend={labels.presentIds} id={fieldId('presentIds')} description={t('group.contact.presentHelp')}>
        {errors.presentIds ? <p className="utrecht-form-field-error-message">{errors.presentIds}</p> : null}
        <div className="spil-group-picks">
          {tickable.map((m) => (
            <CheckboxField key={m.youthId} name={`present-${m.youthId}`} label={m.displayName} checked={presentIds.includes(m.youthId)}
              onChange={(on) => setPresentIds((cur) => (on ? [...cur, m.youthId] : cur.filter((x) => x !== m.youthId)))} />
          ))}
        </div>
        {hidden ? <Paragraph small>{t('group.contact.presentHidden', { count: hidden })}</Paragraph> : null}
      </Fieldset>
      <TextareaField name="note" label={labels.note} value={note} onChange={setNote} error={errors.note} rows={3} />
      <FormActions busy={save.isPending} label={t('group.contact.save')} onCancel={onCancel} />
    </form>
  );
}
