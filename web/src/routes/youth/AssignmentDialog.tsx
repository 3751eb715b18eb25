import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, put } from '../../api/client';
import type { Youth } from '../../api/types';
import { useConfig } from '../../auth/session';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary';
import { fieldId, SelectField, TextareaField } from '../../components/FormField';

/**
 * Team lead: move a youth to another coach (or team) with a reason. The team list is the lead's
 * own teams; the coaches are those of the chosen team, with their caseload against the limit.
 */
export function AssignmentForm({ youth, onDone, onClose }: { youth: Youth; onDone: (updated: Youth) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const config = useConfig();
  const teams = config.data?.teams ?? [];
  const [base, setBase] = useState<Youth>(youth);
  const [teamId, setTeamId] = useState(youth.team.id);
  const [coachIds, setCoachIds] = useState<string[]>(youth.coaches.map((c) => c.id));
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [conflict, setConflict] = useState<Youth | null | undefined>(undefined);

  const coaches = (config.data?.coaches ?? []).filter((c) => c.teamId === teamId);
  const changeTeam = (id: string) => {
    setTeamId(id);
    // Keep only the coaches who also work in the new team.
    setCoachIds((ids) => ids.filter((cid) => (config.data?.coaches ?? []).some((c) => c.id === cid && c.teamId === id)));
  };
  const toggleCoach = (id: string, on: boolean) => setCoachIds((ids) => (on ? [...ids, id] : ids.filter((x) => x !== id)));

  const save = useMutation({
    mutationFn: () => put<Youth>(`/api/youth/${youth.id}/assignment`, { version: base.version, teamId, coachIds, reason: reason.trim() }),
    onSuccess: async (updated) => {
      qc.setQueryData(['youth', youth.id], updated);
      onDone(updated);
      await Promise.all([
        qc.invalidateQueries({ queryKey: ['youth'] }),
        qc.invalidateQueries({ queryKey: ['config'] }),
      ]);
    },
    onError: (e) => {
      if (e instanceof ApiError && e.code === 'VERSION_CONFLICT') {
        setConflict(((e.details as { current?: Youth } | null)?.current) ?? null);
        setErrors({});
      } else if (e instanceof ApiError && e.code === 'COACH_NOT_IN_TEAM') {
        setErrors({ coachIds: t('assignment.coachNotInTeam') });
      } else if (e instanceof ApiError && e.code === 'VALIDATION_FAILED') {
        const fe = e.fieldErrors();
        const out: Record<string, string> = {};
        for (const [k, v] of Object.entries(fe)) {
          if (k === 'reason') out.reason = t('assignment.reasonRequired');
          else if (k === 'coachIds') out.coachIds = t('assignment.coachRequired');
          else if (k === 'teamId') out.teamId = v;
          else out._form = v;
        }
        setErrors(out);
      } else {
        setErrors({ _form: e instanceof ApiError && e.message ? e.message : t('errors.generic') });
      }
    },
  });

  const reload = () => {
    if (conflict) {
      qc.setQueryData(['youth', youth.id], conflict);
      setBase(conflict);
      setTeamId(conflict.team.id);
      setCoachIds(conflict.coaches.map((c) => c.id));
    } else {
      void qc.invalidateQueries({ queryKey: ['youth', youth.id] });
    }
    void qc.invalidateQueries({ queryKey: ['youth', youth.id, 'history'] });
    setConflict(undefined);
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const errs: Record<string, string> = {};
    if (!teamId) errs.teamId = t('assignment.teamRequired');
    if (!coachIds.length) errs.coachIds = t('assignment.coachRequired');
    if (!reason.trim()) errs.reason = t('assignment.reasonRequired');
    setErrors(errs);
    if (!Object.keys(errs).length) save.mutate();
  };

  const labels: Record<string, string> = { teamId: t('assignment.team'), coachIds: t('assignment.coaches'), reason: t('assignment.reason') };
  const summary: SummaryError[] = Object.entries(errors).map(([field, message]) =>
    field === '_form' ? { message } : { field, label: labels[field], message });
  const coachError = errors.coachIds;

  return (
    <form onSubmit={onSubmit} noValidate>
      <p className="utrecht-paragraph">{t('assignment.current', {
        coaches: youth.coaches.length ? youth.coaches.map((c) => c.name).join(', ') : t('youthList.noCoach'), team: youth.team.name,
      })}</p>
      {conflict !== undefined ? (
        <div className="spil-conflict">
          <Alert type="warning"><p className="utrecht-paragraph">{t('assignment.conflict')}</p></Alert>
          <Button onClick={reload}>{t('file.reload')}</Button>
        </div>
      ) : null}
      <ErrorSummary errors={summary} />
      <SelectField name="teamId" label={t('assignment.team')} value={teamId} onChange={changeTeam} error={errors.teamId} required
        options={teams.map((tm) => ({ value: tm.id, label: tm.name }))} />
      <fieldset className={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset utrecht-form-fieldset--distanced${coachError ? ' utrecht-form-fieldset--invalid' : ''}`}
        aria-describedby={['coaches-help', coachError ? 'coaches-error' : null].filter(Boolean).join(' ')}>
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
          {t('assignment.coaches')} <span className="spil-required">({t('form.required')})</span>
        </legend>
        <p className="utrecht-form-field-description" id="coaches-help">{t('assignment.coachesHelp')}</p>
        {coachError ? <p className="utrecht-form-field-error-message" id="coaches-error">{coachError}</p> : null}
        {coaches.length ? (
          <div className="spil-choice-list">
            {coaches.map((c, i) => {
              const id = i === 0 ? fieldId('coachIds') : `coach-${c.id}`;
              const over = c.activeCaseload >= c.caseloadLimit;
              return (
                <div key={c.id} className="utrecht-form-field utrecht-form-field--checkbox spil-checkbox">
                  <div className="utrecht-form-field__input">
                    <input id={id} type="checkbox" name="coachIds" value={c.id} checked={coachIds.includes(c.id)}
                      className="utrecht-checkbox utrecht-checkbox--html-input" aria-invalid={coachError ? true : undefined}
                      onChange={(e) => toggleCoach(c.id, e.target.checked)} />
                  </div>
                  <div className="utrecht-form-field__label">
                    <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>
                      {t('assignment.coachOption', { name: c.name, load: c.activeCaseload, limit: c.caseloadLimit })}
                      {over ? <span className="spil-over"> ({t('assignment.full')})</span> : null}
                    </label>
                  </div>
                </div>
              );
            })}
          </div>
        ) : <p className="utrecht-paragraph">{t('team.noCoaches')}</p>}
      </fieldset>
      <TextareaField name="reason" label={t('assignment.reason')} description={t('assignment.reasonHelp')} value={reason} onChange={setReason}
        error={errors.reason} required rows={3} />
      <div className="spil-actions">
        <Button type="submit" variant="primary" busy={save.isPending} disabled={save.isPending}>{t('assignment.submit')}</Button>
        <Button variant="subtle" onClick={onClose}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}
