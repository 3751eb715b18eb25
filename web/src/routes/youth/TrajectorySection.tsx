import { useMutation, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, post, put } from '../../api/client';
import { SCOUT_CONDITIONS, type Items, type Phase, type Trajectory, type TransitionKind } from '../../api/types';
import { useConfig } from '../../auth/session';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { ErrorSummary } from '../../components/ErrorSummary';
import { CheckboxField, Fieldset, SelectField, TextareaField } from '../../components/FormField';
import { Heading, Paragraph } from '../../components/Heading';
import { StatusBadge } from '../../components/StatusText';
import { formatDate, formatDateTime, formatLongDate } from '../../format/dates';

/** Closing goes through the Afronding tab (the closing conversation closes the trajectory). */
type Action = Exclude<TransitionKind, 'close'> | 'reopen';

export function TrajectorySection({ youthId, query, onGoToClosing }: { youthId: string; query: UseQueryResult<Items<Trajectory>>; onGoToClosing: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const config = useConfig();
  const [action, setAction] = useState<Action | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const closeDialog = useCallback(() => setAction(null), []);
  const refresh = async () => {
    await qc.invalidateQueries({ queryKey: ['youth'] });
  };

  const start = useMutation({
    mutationFn: () => post<Trajectory>(`/api/youth/${youthId}/trajectories`, { id: crypto.randomUUID() }),
    onSuccess: async (created) => {
      qc.setQueryData<Items<Trajectory>>(['youth', youthId, 'trajectories'], (old) => ({ items: [created, ...(old?.items ?? [])] }));
      setNotice(t('trajectory.started'));
      await refresh();
    },
    onError: async (e) => {
      if (e instanceof ApiError && e.code === 'TRAJECTORY_OPEN') await refresh();
    },
  });

  const items = query.data?.items ?? [];
  const current = items[0];
  const earlier = items.slice(1);
  const phases = config.data?.phases ?? [];

  return (
    <section aria-labelledby="traject" className="spil-section">
      <Heading level={2} id="traject">{t('file.trajectory')}</Heading>
      {notice ? <Alert type="ok">{notice}</Alert> : null}
      {query.isPending ? <Paragraph>{t('common.loading')}</Paragraph> : null}
      {query.isError ? <Alert type="error">{t('errors.loadFailed')}</Alert> : null}
      {start.isError ? <Alert type="error">{start.error instanceof ApiError && start.error.message ? start.error.message : t('errors.generic')}</Alert> : null}
      {query.isSuccess && !current ? (
        <>
          <Paragraph>{t('trajectory.none')}</Paragraph>
          <Button variant="primary" onClick={() => start.mutate()} busy={start.isPending} disabled={start.isPending}>{t('trajectory.start')}</Button>
        </>
      ) : null}
      {current ? (
        <>
          <CurrentTrajectory trajectory={current} phases={phases} onAction={(a) => { setNotice(null); setAction(a); }} onGoToClosing={onGoToClosing} />
          <Dialog open={action !== null} onClose={closeDialog} title={action ? t(`trajectory.dialog.${action}`) : ''}>
            {action ? (
              <TransitionForm
                key={`${current.id}-${current.version}-${action}`}
                action={action} trajectory={current} phases={phases}
                onClose={closeDialog}
                onDone={async (message, updated) => {
                  qc.setQueryData<Items<Trajectory>>(['youth', youthId, 'trajectories'], (old) => {
                    const others = (old?.items ?? []).filter((x) => x.id !== updated.id);
                    return { items: [updated, ...others] };
                  });
                  setAction(null); setNotice(message); await refresh();
                }}
                onStale={refresh}
              />
            ) : null}
          </Dialog>
        </>
      ) : null}
      {earlier.length ? (
        <>
          <Heading level={3}>{t('trajectory.earlier')}</Heading>
          <ul className="spil-plain-list">
            {earlier.map((tr) => (
              <li key={tr.id}>
                {t('trajectory.earlierItem', {
                  from: formatDate(tr.startedAt), to: tr.closedAt ? formatDate(tr.closedAt) : '—',
                  reason: closingLabel(config.data?.lists.closing_reason, tr.closingReason) ?? '—',
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function closingLabel(list: { key: string; label: string }[] | undefined, key: string | null): string | null {
  if (!key) return null;
  return list?.find((c) => c.key === key)?.label ?? key;
}

function CurrentTrajectory({ trajectory: tr, phases, onAction, onGoToClosing }: { trajectory: Trajectory; phases: Phase[]; onAction: (a: Action) => void; onGoToClosing: () => void }) {
  const { t } = useTranslation();
  const config = useConfig();
  const pos = phases.findIndex((p) => p.id === tr.currentPhase.id);
  const isLast = phases.length > 0 && pos === phases.length - 1;
  const isFirst = pos <= 0;
  return (
    <>
      <dl className="spil-facts">
        <div className="spil-facts__row"><dt>{t('trajectory.statusLabel')}</dt><dd><StatusBadge tone={tr.status === 'active' ? 'success' : 'neutral'}>{t(`trajectory.status.${tr.status}`)}</StatusBadge></dd></div>
        <div className="spil-facts__row"><dt>{t('trajectory.startedAt')}</dt><dd>{formatLongDate(tr.startedAt)}</dd></div>
        {tr.status === 'closed' ? (
          <>
            <div className="spil-facts__row"><dt>{t('trajectory.closedAt')}</dt><dd>{formatLongDate(tr.closedAt)}</dd></div>
            <div className="spil-facts__row"><dt>{t('trajectory.closingReason')}</dt><dd>{closingLabel(config.data?.lists.closing_reason, tr.closingReason) ?? '—'}</dd></div>
          </>
        ) : (
          <div className="spil-facts__row"><dt>{t('file.currentPhase')}</dt><dd>{tr.currentPhase.name}</dd></div>
        )}
      </dl>
      {tr.status !== 'closed' && tr.currentPhase.subSteps.length ? (
        <>
          <Heading level={3}>{t('trajectory.subSteps', { phase: tr.currentPhase.name })}</Heading>
          <ul className="spil-plain-list spil-substeps">{tr.currentPhase.subSteps.map((s) => <li key={s}>{s}</li>)}</ul>
        </>
      ) : null}
      {tr.status !== 'closed' && isFirst ? <ScoutChecks key={tr.id} trajectory={tr} /> : null}
      <Heading level={3}>{t('trajectory.timeline')}</Heading>
      <ol className="spil-timeline">
        {tr.timeline.map((step, i) => {
          const isCurrent = tr.status !== 'closed' && i === tr.timeline.length - 1 && !step.leftAt;
          return (
            <li key={`${step.phaseId}-${step.enteredAt}`} className={`spil-timeline__item${isCurrent ? ' spil-timeline__item--current' : ''}${step.overPlanned ? ' spil-timeline__item--over' : ''}`}
              aria-current={isCurrent ? 'step' : undefined}>
              <p className="spil-timeline__name">
                <strong>{step.name}</strong>
                {isCurrent ? <span className="spil-muted"> ({t('trajectory.now')})</span> : null}
              </p>
              <p className="spil-timeline__dates">
                {formatDate(step.enteredAt)} – {step.leftAt ? formatDate(step.leftAt) : t('trajectory.now')}
              </p>
              <p className="spil-timeline__days">
                {step.plannedDays !== null
                  ? t('trajectory.daysOfPlanned', { count: step.daysSpent, planned: step.plannedDays })
                  : t('common.days', { count: step.daysSpent })}
                {step.overPlanned ? <> <StatusBadge tone="danger">{t('trajectory.overPlanned')}</StatusBadge></> : null}
              </p>
            </li>
          );
        })}
      </ol>
      <div className="spil-actions" role="group" aria-label={t('trajectory.actions')}>
        {tr.status === 'active' ? (
          <>
            {!isLast ? <Button variant="primary" onClick={() => onAction('forward')}>{t('trajectory.forward')}</Button> : null}
            {!isFirst ? <Button onClick={() => onAction('back')}>{t('trajectory.back')}</Button> : null}
            <Button onClick={() => onAction('pause')}>{t('trajectory.pause')}</Button>
            <Button onClick={onGoToClosing}>{t('trajectory.toClosing')}</Button>
          </>
        ) : null}
        {tr.status === 'paused' ? (
          <>
            <Button variant="primary" onClick={() => onAction('resume')}>{t('trajectory.resume')}</Button>
            <Button onClick={onGoToClosing}>{t('trajectory.toClosing')}</Button>
          </>
        ) : null}
        {tr.status === 'closed' ? <Button variant="primary" onClick={() => onAction('reopen')}>{t('trajectory.reopen')}</Button> : null}
      </div>
    </>
  );
}

/** The four scout-complete conditions, each ticked with who and when (IPTA ch. 2). */
function ScoutChecks({ trajectory: tr }: { trajectory: Trajectory }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const initial = Object.fromEntries(SCOUT_CONDITIONS.map((c) => [c, tr.scout.conditions.find((x) => x.condition === c)?.met ?? false]));
  const [met, setMet] = useState<Record<string, boolean>>(initial);
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: () => put<Trajectory>(`/api/trajectories/${tr.id}/scout-checks`, {
      conditions: SCOUT_CONDITIONS.map((condition) => ({ condition, met: Boolean(met[condition]) })),
    }),
    onSuccess: (updated) => {
      qc.setQueryData<Items<Trajectory>>(['youth', tr.youthId, 'trajectories'], (old) => ({
        items: (old?.items ?? []).map((x) => (x.id === updated.id ? updated : x)),
      }));
      setSaved(true);
    },
  });
  const dirty = SCOUT_CONDITIONS.some((c) => Boolean(met[c]) !== Boolean(initial[c]));
  return (
    <form className="spil-scout" onSubmit={(e) => { e.preventDefault(); setSaved(false); save.mutate(); }}>
      <Fieldset legend={<span className="utrecht-heading-3">{t('scout.title')}</span>} description={t('scout.help')} id="scout-checks">
        {SCOUT_CONDITIONS.map((c) => {
          const state = tr.scout.conditions.find((x) => x.condition === c);
          return (
            <CheckboxField key={c} name={`scout-${c}`} label={t(`scout.conditions.${c}`)} checked={Boolean(met[c])}
              onChange={(v) => { setSaved(false); setMet((m) => ({ ...m, [c]: v })); }}
              description={state?.met && state.at ? t('scout.tickedBy', { date: formatDateTime(state.at), name: state.by?.name ?? t('common.unknown') }) : undefined} />
          );
        })}
      </Fieldset>
      <p className="utrecht-paragraph">
        {tr.scout.complete ? <StatusBadge tone="success">{t('scout.complete')}</StatusBadge> : <StatusBadge tone="warning">{t('scout.incomplete')}</StatusBadge>}
      </p>
      {saved && !dirty ? <Alert type="ok">{t('scout.saved')}</Alert> : null}
      {save.isError ? <Alert type="error">{save.error instanceof ApiError && save.error.message ? save.error.message : t('errors.generic')}</Alert> : null}
      <Button type="submit" busy={save.isPending} disabled={save.isPending}>{t('scout.save')}</Button>
    </form>
  );
}

function TransitionForm({ action, trajectory: tr, phases, onClose, onDone, onStale }: {
  action: Action; trajectory: Trajectory; phases: Phase[];
  onClose: () => void; onDone: (message: string, updated: Trajectory) => Promise<void>; onStale: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const pos = phases.findIndex((p) => p.id === tr.currentPhase.id);
  const targets = action === 'forward' ? phases.slice(pos + 1) : action === 'back' ? phases.slice(0, Math.max(pos, 0)).reverse() : action === 'reopen' ? phases : [];
  const defaultTarget = action === 'reopen' ? tr.currentPhase.id : targets[0]?.id ?? '';
  const [toPhaseId, setToPhaseId] = useState(defaultTarget);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [stale, setStale] = useState(false);
  const leavingFirstForward = action === 'forward' && pos === 0;
  const [missing, setMissing] = useState<string[]>(
    leavingFirstForward && !tr.scout.complete ? tr.scout.conditions.filter((c) => !c.met).map((c) => c.condition) : []);
  const [override, setOverride] = useState('');
  // Reopening in a later phase than the first skips the scout phase: that needs its own stated reason.
  const reopenSkipsScout = action === 'reopen' && toPhaseId !== '' && toPhaseId !== phases[0]?.id;

  const submit = useMutation({
    mutationFn: () => {
      if (action === 'reopen') {
        return post<Trajectory>(`/api/trajectories/${tr.id}/reopen`, {
          id: crypto.randomUUID(), reason: reason.trim(), ...(toPhaseId ? { phaseId: toPhaseId } : {}),
          ...(reopenSkipsScout ? { gateOverrideReason: override.trim() } : {}),
        });
      }
      return post<Trajectory>(`/api/trajectories/${tr.id}/transitions`, {
        version: tr.version, kind: action, reason: reason.trim(),
        ...((action === 'forward' || action === 'back') && toPhaseId ? { toPhaseId } : {}),
        ...(missing.length && override.trim() ? { gateOverrideReason: override.trim() } : {}),
      });
    },
    onSuccess: (res) => onDone(t(`trajectory.done.${action}`, { phase: res.currentPhase.name }), res),
    onError: async (e) => {
      if (e instanceof ApiError && e.code === 'VALIDATION_FAILED') {
        setErrors(e.fieldErrors());
      } else if (e instanceof ApiError && e.code === 'SCOUT_INCOMPLETE') {
        const m = (e.details as { missing?: string[] } | null)?.missing;
        setMissing(Array.isArray(m) && m.length ? m : missing);
        setErrors({ gateOverrideReason: t('scout.overrideRequired') });
      } else if (e instanceof ApiError && e.status === 409) {
        setStale(true);
        setErrors({ _form: e.code === 'VERSION_CONFLICT' ? t('trajectory.conflict') : (e.message || t('errors.generic')) });
      } else {
        setErrors({ _form: e instanceof ApiError && e.message ? e.message : t('errors.generic') });
      }
    },
  });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const errs: Record<string, string> = {};
    if (!reason.trim()) errs.reason = t('trajectory.reasonRequired');
    if ((missing.length || reopenSkipsScout) && !override.trim()) errs.gateOverrideReason = t('scout.overrideRequired');
    setErrors(errs);
    if (Object.keys(errs).length) return;
    submit.mutate();
  };

  const labels: Record<string, string> = {
    reason: t('trajectory.reason'), gateOverrideReason: reopenSkipsScout ? t('scout.skipReason') : t('scout.overrideReason'), toPhaseId: t('trajectory.toPhase'), phaseId: t('trajectory.toPhase'),
  };
  const summary = Object.entries(errors).map(([field, message]) => (
    field === '_form' ? { message } : { field: field === 'phaseId' ? 'toPhaseId' : field, label: labels[field], message }
  ));

  return (
      <form onSubmit={onSubmit} noValidate>
        <ErrorSummary errors={summary} />
        {stale ? <p><Button onClick={() => void onStale().then(onClose)}>{t('trajectory.reloadLatest')}</Button></p> : null}
        {action !== 'reopen' ? (
          <Paragraph>{t('trajectory.currentIs', { phase: tr.currentPhase.name })}</Paragraph>
        ) : null}
        {targets.length ? (
          <SelectField name="toPhaseId" label={t('trajectory.toPhase')} value={toPhaseId} onChange={setToPhaseId} error={errors.toPhaseId ?? errors.phaseId}
            options={targets.map((p) => ({ value: p.id, label: p.name }))} />
        ) : null}
        <TextareaField name="reason" label={t('trajectory.reason')} description={t('trajectory.reasonHelp')} value={reason} onChange={setReason} error={errors.reason} required rows={3} />
        {missing.length ? (
          <>
            <Alert type="warning">
              <p className="utrecht-paragraph"><strong>{t('scout.missingTitle')}</strong></p>
              <ul className="spil-plain-list">{missing.map((c) => <li key={c}>{t(`scout.conditions.${c}`, { defaultValue: c })}</li>)}</ul>
            </Alert>
            <TextareaField name="gateOverrideReason" label={t('scout.overrideReason')} description={t('scout.overrideHelp')}
              value={override} onChange={setOverride} error={errors.gateOverrideReason} required rows={3} />
          </>
        ) : reopenSkipsScout ? (
          <TextareaField name="gateOverrideReason" label={t('scout.skipReason')} description={t('scout.skipHelp')}
            value={override} onChange={setOverride} error={errors.gateOverrideReason} required rows={3} />
        ) : null}
        <div className="spil-actions">
          <Button type="submit" variant="primary" busy={submit.isPending} disabled={submit.isPending}>{t(`trajectory.confirm.${action}`)}</Button>
          <Button variant="subtle" onClick={onClose}>{t('common.cancel')}</Button>
        </div>
      </form>
  );
}
