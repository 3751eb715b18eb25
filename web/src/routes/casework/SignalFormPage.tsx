import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../../api/client';
import type { Signal } from '../../api/types';
import { useCurrentUser } from '../../auth/session';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Fieldset, SelectField, TextareaField, TextField } from '../../components/FormField';
import { PageTitle } from '../../components/PageTitle';
import { DuplicateWarning, ElsewhereNotice, signalYouthName } from './IntakePage';
import { errorsFrom, summaryOf, useLists } from './lists';

function today(): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  return parts;
}

const EMPTY = { source: '', reporterName: '', reporterOrganisation: '', vindplaats: '', reason: '', nickname: '', firstName: '', lastName: '', birthDate: '', neighbourhood: '' };

/** Aanmelding doen: a signal about a youth goes to the team's intake queue. */
export function SignalFormPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const lists = useLists();
  const [teamId, setTeamId] = useState(me.user.teams[0]?.id ?? '');
  const [v, setV] = useState({ ...EMPTY, reportedOn: today() });
  const [id, setId] = useState(() => crypto.randomUUID());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [sent, setSent] = useState<Signal | null>(null);
  const set = (k: keyof typeof v) => (x: string) => setV((o) => ({ ...o, [k]: x }));
  const labels = {
    teamId: t('signal.team'), source: t('signal.source'), reporterName: t('signal.reporterName'), reporterOrganisation: t('signal.reporterOrganisation'),
    vindplaats: t('signal.vindplaats'), reason: t('signal.reason'), reportedOn: t('signal.reportedOn'), nickname: t('youth.fields.nickname'),
    firstName: t('youth.fields.firstName'), lastName: t('youth.fields.lastName'), birthDate: t('signal.birthDate'), neighbourhood: t('signal.neighbourhood'),
  };
  const opt = (s: string) => (s.trim() ? s.trim() : undefined);
  const save = useMutation({
    mutationFn: () => post<Signal>('/api/signals', {
      id, teamId, source: v.source, reportedOn: v.reportedOn,
      reporterName: opt(v.reporterName), reporterOrganisation: opt(v.reporterOrganisation), vindplaats: opt(v.vindplaats), reason: opt(v.reason),
      youth: { nickname: opt(v.nickname), firstName: opt(v.firstName), lastName: opt(v.lastName), birthDate: v.birthDate || undefined, neighbourhood: opt(v.neighbourhood) },
    }),
    onSuccess: (s) => {
      setSent(s); setV({ ...EMPTY, reportedOn: today() }); setId(crypto.randomUUID());
      document.getElementById('page-title')?.focus();
    },
    onError: (e) => {
      const errs = errorsFrom(e, t);
      if (errs.youth) { errs.nickname = errs.youth; delete errs.youth; }
      setErrors(errs);
    },
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const errs: Record<string, string> = {};
    if (!teamId) errs.teamId = t('signal.teamRequired');
    if (!v.source) errs.source = t('signal.sourceRequired');
    if (!v.reportedOn) errs.reportedOn = t('signal.reportedOnRequired');
    if (!v.nickname.trim() && !v.firstName.trim() && !v.lastName.trim()) errs.nickname = t('signal.nameRequired');
    setErrors(errs);
    if (!Object.keys(errs).length) { setSent(null); save.mutate(); }
  };
  return (
    <>
      <PageTitle title={t('signal.title')} />
      {sent ? (
        <>
          <Alert type="ok">{t('signal.sent', { name: signalYouthName(sent, t) })}</Alert>
          {sent.possibleDuplicates.length ? <><p className="utrecht-paragraph">{t('signal.duplicatesIntro')}</p><DuplicateWarning duplicates={sent.possibleDuplicates} /></> : null}
          <ElsewhereNotice count={sent.possibleDuplicatesElsewhere} />
        </>
      ) : null}
      <form onSubmit={onSubmit} noValidate className="spil-narrow">
        <ErrorSummary errors={summaryOf(errors, labels)} />
        {me.user.teams.length > 1 ? (
          <SelectField name="teamId" label={labels.teamId} value={teamId} onChange={setTeamId} error={errors.teamId} required options={me.user.teams.map((tm) => ({ value: tm.id, label: tm.name }))} />
        ) : null}
        <Fieldset legend={t('signal.aboutReport')}>
          <SelectField name="source" label={labels.source} value={v.source} onChange={set('source')} error={errors.source} required placeholder={t('common.choose')} options={lists.options('signal_source')} />
          <TextField name="reporterName" label={labels.reporterName} value={v.reporterName} onChange={set('reporterName')} error={errors.reporterName} />
          <TextField name="reporterOrganisation" label={labels.reporterOrganisation} value={v.reporterOrganisation} onChange={set('reporterOrganisation')} error={errors.reporterOrganisation} />
          <TextField name="reportedOn" type="date" label={labels.reportedOn} value={v.reportedOn} onChange={set('reportedOn')} error={errors.reportedOn} required />
          <TextField name="vindplaats" label={labels.vindplaats} value={v.vindplaats} onChange={set('vindplaats')} error={errors.vindplaats} />
          <TextareaField name="reason" label={labels.reason} value={v.reason} onChange={set('reason')} error={errors.reason} rows={3} />
        </Fieldset>
        <Fieldset legend={t('signal.aboutYouth')} description={t('signal.aboutYouthHelp')} id="signal-youth">
          <TextField name="nickname" label={labels.nickname} value={v.nickname} onChange={set('nickname')} error={errors.nickname} />
          <TextField name="firstName" label={labels.firstName} value={v.firstName} onChange={set('firstName')} error={errors.firstName} />
          <TextField name="lastName" label={labels.lastName} value={v.lastName} onChange={set('lastName')} error={errors.lastName} />
          <TextField name="birthDate" type="date" label={labels.birthDate} value={v.birthDate} onChange={set('birthDate')} error={errors.birthDate} />
          <TextField name="neighbourhood" label={labels.neighbourhood} value={v.neighbourhood} onChange={set('neighbourhood')} error={errors.neighbourhood} />
        </Fieldset>
        <div className="spil-actions">
          <Button type="submit" variant="primary" busy={save.isPending} disabled={save.isPending}>{t('signal.submit')}</Button>
        </div>
      </form>
    </>
  );
}
