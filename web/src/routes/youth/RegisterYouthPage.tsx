import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, post } from '../../api/client';
import type { Youth } from '../../api/types';
import { useConfig, useCurrentUser } from '../../auth/session';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Fieldset, SelectField } from '../../components/FormField';
import { Paragraph } from '../../components/Heading';
import { PageTitle } from '../../components/PageTitle';
import {
  BasicFields, emptyYouthForm, filledFields, IndicatorFields, needsName, PersonalFields, SignalFields, useSummaryErrors, type YouthFormValues,
} from './youthForm';

export function RegisterYouthPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const config = useConfig();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const toSummary = useSummaryErrors();
  // One id per registration attempt: a retried submit cannot register the youth twice.
  const idRef = useRef<string>(crypto.randomUUID());
  const [values, setValues] = useState<YouthFormValues>(emptyYouthForm);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const teams = config.data?.teams ?? me.user.teams;
  const [teamId, setTeamId] = useState('');
  const effectiveTeam = teamId || teams[0]?.id || '';
  const coaches = useMemo(() => (config.data?.coaches ?? []).filter((c) => c.teamId === effectiveTeam), [config.data, effectiveTeam]);
  const [coachId, setCoachId] = useState<string | null>(null);
  const defaultCoach = coaches.find((c) => c.id === me.user.id)?.id ?? '';
  const effectiveCoach = coachId ?? defaultCoach;

  const set = <K extends keyof YouthFormValues>(key: K, value: YouthFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  const create = useMutation({
    mutationFn: () => post<Youth>('/api/youth', {
      id: idRef.current,
      ...(effectiveTeam ? { teamId: effectiveTeam } : {}),
      ...(effectiveCoach ? { coachIds: [effectiveCoach] } : {}),
      ...filledFields(values),
    }),
    onSuccess: async (youth) => {
      await qc.invalidateQueries({ queryKey: ['youth'] });
      await navigate({ to: '/jongeren/$youthId', params: { youthId: youth.id } });
    },
    onError: (e) => {
      if (e instanceof ApiError && e.code === 'VALIDATION_FAILED') setErrors(e.fieldErrors());
      else setErrors({ _form: e instanceof ApiError && e.message ? e.message : t('errors.generic') });
    },
  });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (needsName(values)) {
      setErrors({ nickname: t('register.nameRequired') });
      return;
    }
    setErrors({});
    create.mutate();
  };

  const props = { values, set, errors, config: config.data };
  return (
    <>
      <PageTitle title={t('register.title')} />
      <Paragraph lead>{t('register.intro')}</Paragraph>
      <ErrorSummary errors={toSummary(errors)} />
      {config.isError ? <Alert type="warning">{t('errors.configFailed')}</Alert> : null}
      <form onSubmit={onSubmit} noValidate className="spil-form">
        <BasicFields {...props} />
        <Fieldset legend={t('register.personal')} description={t('register.personalHelp')} id="personal"><PersonalFields {...props} /></Fieldset>
        <Fieldset legend={t('register.signal')}><SignalFields {...props} /></Fieldset>
        <Fieldset legend={t('register.indicators')} description={t('register.indicatorsHelp')} id="indicators"><IndicatorFields {...props} /></Fieldset>
        <Fieldset legend={t('register.assignment')}>
          {teams.length > 1 ? (
            <SelectField name="teamId" label={t('register.team')} value={effectiveTeam}
              onChange={(v) => { setTeamId(v); setCoachId(null); }} options={teams.map((tm) => ({ value: tm.id, label: tm.name }))} />
          ) : teams[0] ? <Paragraph>{t('register.teamFixed', { team: teams[0].name })}</Paragraph> : null}
          <SelectField name="coachIds" label={t('register.coach')} value={effectiveCoach} onChange={(v) => setCoachId(v)} error={errors.coachIds}
            placeholder={t('register.noCoachYet')}
            options={coaches.map((c) => ({ value: c.id, label: t('register.coachOption', { name: c.name, load: c.activeCaseload, limit: c.caseloadLimit }) }))} />
        </Fieldset>
        <div className="spil-actions">
          <Button type="submit" variant="primary" busy={create.isPending} disabled={create.isPending}>{t('register.submit')}</Button>
        </div>
      </form>
    </>
  );
}

