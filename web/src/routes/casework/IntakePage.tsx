import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { get, post } from '../../api/client';
import type { Duplicate, IntakeQueue, Signal } from '../../api/types';
import { useCurrentUser } from '../../auth/session';
import { Alert } from '../../components/Alert';
import { Button, ButtonLink } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { ErrorSummary } from '../../components/ErrorSummary';
import { RadioGroupField, SelectField, TextareaField } from '../../components/FormField';
import { Heading, Paragraph } from '../../components/Heading';
import { PageTitle } from '../../components/PageTitle';
import { formatCalendarDate } from '../../format/dates';
import { errorsFrom, summaryOf, useLists } from './lists';

export function signalYouthName(s: Pick<Signal, 'youth' | 'youthName'>, t: TFunction): string {
  const name = [s.youth.firstName, s.youth.lastName].filter(Boolean).join(' ');
  return s.youthName ?? (s.youth.nickname && name ? `${s.youth.nickname} (${name})` : s.youth.nickname || name || t('intake.unknownYouth'));
}

/** "Mogelijk bekend: Enzo — zelfde voornaam, geboortedatum": one line per likely duplicate. */
export function DuplicateWarning({ duplicates }: { duplicates: Duplicate[] }) {
  const { t } = useTranslation();
  if (!duplicates.length) return null;
  return (
    <div className="spil-warning-block">
      <Alert type="warning">
        <ul className="spil-plain-list">
          {duplicates.map((d) => (
            <li key={d.youthId}>{t('intake.duplicate', { name: d.displayName, reasons: d.reasons.map((r) => t(`intake.reasons.${r}`, { defaultValue: r })).join(', ') })}</li>
          ))}
        </ul>
      </Alert>
    </div>
  );
}

/** Likely known to another team in the municipality: only a count (the server gives no names). */
export function ElsewhereNotice({ count }: { count: number | undefined }) {
  const { t } = useTranslation();
  if (!count) return null;
  return <div className="spil-warning-block"><Alert type="warning">{t('intake.duplicatesElsewhere', { count })}</Alert></div>;
}

/** The team lead's intake queue: open signals, the coaches' caseloads, assign or dismiss. */
export function IntakePage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const lists = useLists();
  const [teamId, setTeamId] = useState(me.user.teams[0]?.id ?? '');
  const q = useQuery({ queryKey: ['intake', teamId], queryFn: () => get<IntakeQueue>(`/api/teams/${teamId}/intake`), enabled: Boolean(teamId) });
  const [acting, setActing] = useState<{ kind: 'assign' | 'dismiss'; signal: Signal } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const close = useCallback(() => setActing(null), []);
  const open = q.data?.items.filter((s) => s.status === 'open') ?? [];
  return (
    <>
      <PageTitle title={t('intake.title')} />
      <div className="spil-toolbar"><ButtonLink to="/aanmeldingen/nieuw" variant="primary">{t('signal.new')}</ButtonLink></div>
      {me.user.teams.length > 1 ? (
        <SelectField name="intakeTeam" label={t('intake.team')} value={teamId} onChange={setTeamId} options={me.user.teams.map((tm) => ({ value: tm.id, label: tm.name }))} />
      ) : null}
      {notice ? <Alert type="ok">{notice}</Alert> : null}
      {q.isPending ? <Paragraph>{t('common.loading')}</Paragraph> : null}
      {q.isError ? <Alert type="error">{t('errors.loadFailed')}</Alert> : null}
      {q.data ? (
        <>
          <section aria-labelledby="intake-coaches" className="spil-section">
            <Heading level={2} id="intake-coaches">{t('intake.coaches')}</Heading>
            <ul className="spil-plain-list">
              {q.data.coaches.map((c) => (
                <li key={c.id}>{c.name}: {t('intake.caseload', { count: c.activeCaseload, limit: c.caseloadLimit })}{c.activeCaseload >= c.caseloadLimit ? ` — ${t('intake.full')}` : ''}</li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="intake-open" className="spil-section">
            <Heading level={2} id="intake-open">{t('intake.open')} <span className="spil-muted">({open.length})</span></Heading>
            {!open.length ? <Paragraph>{t('intake.empty')}</Paragraph> : null}
            <ul className="spil-cards">
              {open.map((s) => {
                const name = signalYouthName(s, t);
                return (
                  <li key={s.id} className="spil-card">
                    <h3 className="utrecht-heading-3 spil-card__title">{name}</h3>
                    <DuplicateWarning duplicates={s.possibleDuplicates} />
                    <ElsewhereNotice count={s.possibleDuplicatesElsewhere} />
                    <dl className="spil-facts">
                      <div className="spil-facts__row"><dt>{t('signal.source')}</dt><dd>{lists.label('signal_source', s.source)}</dd></div>
                      <div className="spil-facts__row"><dt>{t('signal.reporter')}</dt><dd>{[s.reporterName, s.reporterOrganisation].filter(Boolean).join(', ') || '—'}</dd></div>
                      <div className="spil-facts__row"><dt>{t('signal.reportedOn')}</dt><dd>{formatCalendarDate(s.reportedOn)}</dd></div>
                      {s.vindplaats ? <div className="spil-facts__row"><dt>{t('signal.vindplaats')}</dt><dd>{s.vindplaats}</dd></div> : null}
                      {s.reason ? <div className="spil-facts__row"><dt>{t('signal.reason')}</dt><dd>{s.reason}</dd></div> : null}
                      {s.youth.birthDate ? <div className="spil-facts__row"><dt>{t('signal.birthDate')}</dt><dd>{formatCalendarDate(s.youth.birthDate)}</dd></div> : null}
                      {s.youth.neighbourhood ? <div className="spil-facts__row"><dt>{t('signal.neighbourhood')}</dt><dd>{s.youth.neighbourhood}</dd></div> : null}
                      <div className="spil-facts__row"><dt>{t('signal.createdBy')}</dt><dd>{s.createdBy.name}</dd></div>
                    </dl>
                    <div className="spil-actions" role="group" aria-label={t('intake.actionsFor', { name })}>
                      <Button variant="primary" onClick={() => { setNotice(null); setActing({ kind: 'assign', signal: s }); }}>{t('intake.assign')}</Button>
                      <Button onClick={() => { setNotice(null); setActing({ kind: 'dismiss', signal: s }); }}>{t('intake.dismiss')}</Button>
                    </div>
                  </li>
                );
              })}
            </ul>
          </section>
          <Dialog open={acting !== null} onClose={close}
            title={acting ? t(acting.kind === 'assign' ? 'intake.assignTitle' : 'intake.dismissTitle', { name: signalYouthName(acting.signal, t) }) : ''}>
            {acting ? (
              <ActForm key={acting.signal.id + acting.kind} kind={acting.kind} signal={acting.signal} coaches={q.data.coaches} onCancel={close}
                onDone={(m) => { setActing(null); setNotice(m); }} />
            ) : null}
          </Dialog>
        </>
      ) : null}
    </>
  );
}

function ActForm({ kind, signal, coaches, onCancel, onDone }: {
  kind: 'assign' | 'dismiss'; signal: Signal; coaches: IntakeQueue['coaches']; onCancel: () => void; onDone: (m: string) => void;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [coachId, setCoachId] = useState('');
  const [link, setLink] = useState('new');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: () => kind === 'assign'
      ? post<Signal>(`/api/signals/${signal.id}/assign`, { version: signal.version, coachId, ...(link !== 'new' ? { linkYouthId: link } : {}) })
      : post<Signal>(`/api/signals/${signal.id}/dismiss`, { version: signal.version, reason: reason.trim() }),
    onSuccess: async (s) => {
      await qc.invalidateQueries({ queryKey: ['intake'] });
      await qc.invalidateQueries({ queryKey: ['youth'] });
      onDone(kind === 'assign'
        ? t('intake.assigned', { name: signalYouthName(s, t), coach: s.assignedCoach?.name ?? '' })
        : t('intake.dismissed', { name: signalYouthName(s, t) }));
    },
    onError: (e) => setErrors(errorsFrom(e, t)),
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const errs: Record<string, string> = {};
    if (kind === 'assign' && !coachId) errs.coachId = t('intake.coachRequired');
    if (kind === 'dismiss' && !reason.trim()) errs.reason = t('intake.reasonRequired');
    setErrors(errs);
    if (!Object.keys(errs).length) save.mutate();
  };
  const labels = { coachId: t('intake.coach'), reason: t('intake.dismissReason'), linkYouthId: t('intake.linkLegend') };
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summaryOf(errors, labels)} />
      {kind === 'assign' ? (
        <>
          <SelectField name="coachId" label={labels.coachId} value={coachId} onChange={setCoachId} error={errors.coachId} required placeholder={t('common.choose')}
            options={coaches.map((c) => ({ value: c.id, label: `${c.name} (${t('intake.caseload', { count: c.activeCaseload, limit: c.caseloadLimit })})` }))} />
          {signal.possibleDuplicates.length ? (
            <>
              <DuplicateWarning duplicates={signal.possibleDuplicates} />
              <RadioGroupField name="linkYouthId" legend={labels.linkYouthId} value={link} onChange={setLink} error={errors.linkYouthId}
                options={[{ value: 'new', label: t('intake.registerNew') },
                  ...signal.possibleDuplicates.map((d) => ({ value: d.youthId, label: t('intake.linkTo', { name: d.displayName }) }))]} />
            </>
          ) : null}
        </>
      ) : (
        <TextareaField name="reason" label={labels.reason} value={reason} onChange={setReason} error={errors.reason} required rows={3} />
      )}
      <div className="spil-actions">
        <Button type="submit" variant="primary" busy={save.isPending} disabled={save.isPending}>{t(kind === 'assign' ? 'intake.assignConfirm' : 'intake.dismissConfirm')}</Button>
        <Button variant="subtle" onClick={onCancel}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}
