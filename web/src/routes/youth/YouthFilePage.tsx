import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { get, isApiError } from '../../api/client';
import type { Items, Trajectory, Youth } from '../../api/types';
import { Alert } from '../../components/Alert';
import { ButtonLink } from '../../components/Button';
import { Paragraph } from '../../components/Heading';
import { PageTitle } from '../../components/PageTitle';
import { StatusBadge } from '../../components/StatusText';
import { AccessLogSection } from './AccessLogSection';
import { DetailsSection } from './DetailsSection';
import { HistorySection } from './HistorySection';
import { TrajectorySection } from './TrajectorySection';

export function NoAccess() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('file.noAccessTitle')} />
      <Alert type="error">{t('file.noAccess')}</Alert>
      <p><ButtonLink to="/">{t('common.backHome')}</ButtonLink></p>
    </>
  );
}

export function YouthFilePage() {
  const { t } = useTranslation();
  const { youthId } = useParams({ strict: false }) as { youthId: string };
  const youth = useQuery({ queryKey: ['youth', youthId], queryFn: () => get<Youth>(`/api/youth/${youthId}`), retry: false });
  const trajectories = useQuery({
    queryKey: ['youth', youthId, 'trajectories'],
    queryFn: () => get<Items<Trajectory>>(`/api/youth/${youthId}/trajectories`),
    enabled: youth.isSuccess,
  });

  if (youth.isPending) return <><PageTitle title={t('file.title')} /><Paragraph>{t('common.loading')}</Paragraph></>;
  if (youth.isError) {
    if (isApiError(youth.error) && youth.error.status === 403) return <NoAccess />;
    if (isApiError(youth.error) && (youth.error.status === 404 || youth.error.code === 'VALIDATION_FAILED')) {
      return <><PageTitle title={t('file.notFoundTitle')} /><Alert type="warning">{t('file.notFound')}</Alert></>;
    }
    return <><PageTitle title={t('file.title')} /><Alert type="error">{t('errors.loadFailed')}</Alert></>;
  }
  const y = youth.data;
  const current = trajectories.data?.items[0];
  const open = current && current.status !== 'closed' ? current : undefined;

  return (
    <>
      <PageTitle title={y.displayName} pre={t('file.title')} />
      <div className="spil-file-summary">
        <p className="utrecht-paragraph">
          <span className="spil-label">{t('file.currentPhase')}: </span>
          {open ? <strong>{open.currentPhase.name}</strong> : t('youthList.noTrajectory')}
          {open && open.status === 'paused' ? <> <StatusBadge>{t('trajectory.status.paused')}</StatusBadge></> : null}
        </p>
        <p className="utrecht-paragraph">
          <span className="spil-label">{t('youthList.coach')}: </span>
          {y.coaches.length ? y.coaches.map((c) => c.name).join(', ') : t('youthList.noCoach')} · {y.team.name}
        </p>
        {y.outsideAgeWindow ? <Alert type="warning">{t('file.outsideAgeWindow')}</Alert> : null}
      </div>
      <nav className="spil-toc" aria-label={t('file.sectionsNav')}>
        <ul>
          <li><a className="utrecht-link" href="#traject">{t('file.trajectory')}</a></li>
          <li><a className="utrecht-link" href="#gegevens">{t('file.details')}</a></li>
          <li><a className="utrecht-link" href="#geschiedenis">{t('file.history')}</a></li>
          <li><a className="utrecht-link" href="#toegang">{t('file.accessLog')}</a></li>
        </ul>
      </nav>
      <TrajectorySection youthId={y.id} query={trajectories} />
      <DetailsSection youth={y} />
      <HistorySection youthId={y.id} youth={y} />
      <AccessLogSection youthId={y.id} />
    </>
  );
}
