import { useMutation, useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { get, post } from '../../api/client';
import { useConfig } from '../../auth/session';
import type { Appointment, HomeData } from '../../api/types';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { Heading, Paragraph } from '../../components/Heading';
import { StatusBadge } from '../../components/StatusText';
import { formatDateTime } from '../../format/dates';
import { AttemptForm } from './AttemptForm';
import { worklistKey } from '../worklist/queries';
import type { Worklist } from '../worklist/types';
import { WorklistView } from '../worklist/WorklistView';

function timeOf(iso: string) {
  return formatDateTime(iso).split(' ')[1] ?? '';
}

function AppointmentItem({ a, withDate, actions }: { a: Appointment; withDate?: boolean; actions?: boolean }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const act = useMutation({
    mutationFn: (what: 'held' | 'no-show') => post<Appointment>(`/api/appointments/${a.id}/${what}`,
      what === 'held' ? { version: a.version, contactId: crypto.randomUUID() } : { version: a.version }),
    onSuccess: async () => { setError(null); await qc.invalidateQueries({ queryKey: ['home'] }); await qc.invalidateQueries({ queryKey: ['youth'] }); },
    onError: () => setError(t('errors.generic')),
  });
  return (
    <li className="spil-card spil-agenda__item">
      <p className="spil-agenda__when">
        <time dateTime={a.startsAt}>{withDate ? formatDateTime(a.startsAt) : timeOf(a.startsAt)}</time>
        {' · '}{t('common.minutes', { count: a.durationMinutes })}
      </p>
      <p className="spil-agenda__who">
        <Link to="/jongeren/$youthId" params={{ youthId: a.youthId }} className="utrecht-link">{a.youthName}</Link>
        {' — '}{a.purpose}{a.place ? ` (${a.place})` : ''}
      </p>
      {a.status !== 'planned' ? <p><StatusBadge tone={a.status === 'held' ? 'success' : 'warning'}>{t(`appointment.status.${a.status}`)}</StatusBadge></p> : null}
      {actions && a.status === 'planned' ? (
        <div className="spil-row-actions" role="group" aria-label={t('home.appointmentActions', { name: a.youthName, time: withDate ? formatDateTime(a.startsAt) : timeOf(a.startsAt) })}>
          <Button variant="primary" onClick={() => act.mutate('held')} disabled={act.isPending}>{t('home.held')}</Button>
          <Button onClick={() => act.mutate('no-show')} disabled={act.isPending}>{t('home.noShow')}</Button>
        </div>
      ) : null}
      {error ? <Alert type="error">{error}</Alert> : null}
    </li>
  );
}

/** The coach's appointments for the home screen (today, this week, still to settle). */
export function useHome() {
  return useQuery({ queryKey: ['home'], queryFn: () => get<HomeData>('/api/home') });
}

/**
 * The coach's day: the worklist (most urgent first; a quick contact attempt from each no-contact
 * signal), appointments still to settle, today's and this week's appointments.
 * The page hands in its own queries: a second subscriber mounting once they are in would find
 * them stale and ask the server again, and the worklist is the costliest call a coach makes.
 */
export function HomeSections({ home, worklist }: { home: UseQueryResult<HomeData>; worklist: UseQueryResult<Worklist> }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  useConfig(); // the quick attempt's answers come from the tenant's lists: have them ready
  const [attemptFor, setAttemptFor] = useState<{ id: string; name: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const close = useCallback(() => setAttemptFor(null), []);
  const openAttempt = useCallback((y: { id: string; name: string }) => { setNotice(null); setAttemptFor(y); }, []);
  if (home.isPending) return <Paragraph>{t('common.loading')}</Paragraph>;
  if (home.isError) return <Alert type="error">{t('errors.loadFailed')}</Alert>;
  const { unsettled = [], today, thisWeek } = home.data;
  return (
    <div className="spil-home">
      {notice ? <Alert type="ok">{notice}</Alert> : null}
      {worklist.data ? (
        <WorklistView data={worklist.data} id="worklist" title={t('worklist.title')} intro={t('worklist.intro')} onAttempt={openAttempt} />
      ) : worklist.isError ? <Alert type="error">{t('errors.loadFailed')}</Alert> : null}
      {unsettled.length ? (
        <section aria-labelledby="unsettled-heading" className="spil-home__section">
          <Heading level={2} id="unsettled-heading">{t('home.unsettled')} <span className="spil-muted">({unsettled.length})</span></Heading>
          <Paragraph>{t('home.unsettledHelp')}</Paragraph>
          <ul className="spil-cards spil-agenda">{unsettled.map((a) => <AppointmentItem key={a.id} a={a} withDate actions />)}</ul>
        </section>
      ) : null}
      <section aria-labelledby="today-heading" className="spil-home__section">
        <Heading level={2} id="today-heading">{t('home.today')}</Heading>
        {today.length ? (
          <ul className="spil-cards spil-agenda">{today.map((a) => <AppointmentItem key={a.id} a={a} actions />)}</ul>
        ) : <Paragraph>{t('home.noToday')}</Paragraph>}
      </section>
      <section aria-labelledby="week-heading" className="spil-home__section">
        <Heading level={2} id="week-heading">{t('home.thisWeek')}</Heading>
        {thisWeek.length ? (
          <ul className="spil-cards spil-agenda">{thisWeek.map((a) => <AppointmentItem key={a.id} a={a} withDate />)}</ul>
        ) : <Paragraph>{t('home.noWeek')}</Paragraph>}
      </section>
      <Dialog open={attemptFor !== null} onClose={close} title={attemptFor ? t('attempt.titleFor', { name: attemptFor.name }) : ''}>
        {attemptFor ? (
          <AttemptForm youthId={attemptFor.id} onCancel={close} onDone={() => {
            setNotice(t('attempt.saved', { name: attemptFor.name })); setAttemptFor(null);
            void qc.invalidateQueries({ queryKey: worklistKey });
          }} />
        ) : null}
      </Dialog>
    </div>
  );
}

