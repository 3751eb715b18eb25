import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format/dates';
import { get, isApiError } from '../../api/client';
import type { Items, Trajectory, Youth } from '../../api/types';
import { Alert } from '../../components/Alert';
import { hasRole, useCurrentUser } from '../../auth/session';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { Paragraph } from '../../components/Heading';
import { PageTitle } from '../../components/PageTitle';
import { StatusBadge } from '../../components/StatusText';
import { Tabs } from '../../components/Tabs';
import { AccessLogSection } from './AccessLogSection';
import { DetailsSection } from './DetailsSection';
import { HistorySection } from './HistorySection';
import { TrajectorySection } from './TrajectorySection';
import { AssignmentForm } from './AssignmentDialog';
import { ContactTab } from '../casework/ContactTab';
import { TimelineSection } from '../casework/TimelineSection';
import { NoAccess } from './NoAccess';
import { PictureSection } from '../picture/PictureSection';
import { PlacementsSection } from '../placement/PlacementsSection';
import { PlanTab } from '../plan/PlanTab';
import { normSentence } from '../plan/PlanSection';
import { WorkTab } from '../work/WorkTab';
import { ClosingTab } from '../closing/ClosingTab';
import { usePlanTabLabel } from '../plan/usePlan';

const SECTIONS = ['traject', 'beeld', 'plan', 'werk', 'contact', 'afronding', 'tijdlijn', 'gegevens', 'geschiedenis', 'toegang'] as const;
type Section = typeof SECTIONS[number];

/** The tab to open first: a link like …#geschiedenis opens that section. */
function initialSection(): Section {
  const hash = window.location.hash.replace(/^#(panel-)?/, '');
  return (SECTIONS as readonly string[]).includes(hash) ? hash as Section : 'traject';
}

export function YouthFilePage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { youthId } = useParams({ strict: false }) as { youthId: string };
  const youth = useQuery({ queryKey: ['youth', youthId], queryFn: () => get<Youth>(`/api/youth/${youthId}`), retry: false });
  const trajectories = useQuery({
    queryKey: ['youth', youthId, 'trajectories'],
    queryFn: () => get<Items<Trajectory>>(`/api/youth/${youthId}/trajectories`),
    enabled: youth.isSuccess,
  });
  const [section, setSection] = useState<Section>(initialSection);
  const [assigning, setAssigning] = useState(false);
  const [assignedNotice, setAssignedNotice] = useState<string | null>(null);
  const closeAssign = useCallback(() => setAssigning(false), []);
  // The tab's name follows the tenant's method; the plan itself is read when the tab is opened.
  const planLabel = usePlanTabLabel(youthId, false);

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
  // Only a team lead of this youth's team may hand the youth to another coach.
  const mayAssign = hasRole(me, 'teamleider') && me.user.teams.some((tm) => tm.id === y.team.id);

  return (
    <>
      <PageTitle title={y.displayName} pre={t('file.title')} />
      <div className="spil-file-summary">
        <p className="utrecht-paragraph">
          <span className="spil-label">{t('file.currentPhase')}: </span>
          {open ? <strong>{open.currentPhase.name}</strong> : current ? t('file.closedOn', { date: formatDate(current.closedAt) }) : t('youthList.noTrajectory')}
          {open && open.status === 'paused' ? <> <StatusBadge>{t('trajectory.status.paused')}</StatusBadge></> : null}
        </p>
        <p className="utrecht-paragraph">
          <span className="spil-label">{planLabel.replace(/\u00AD/g, '')}: </span>{normSentence(t, y.planNorm)}
        </p>
        <p className="utrecht-paragraph">
          <span className="spil-label">{t('youthList.coach')}: </span>
          {y.coaches.length ? y.coaches.map((c) => c.name).join(', ') : t('youthList.noCoach')} · {y.team.name}
        </p>
        {assignedNotice ? <Alert type="ok">{assignedNotice}</Alert> : null}
        {mayAssign ? (
          <div className="spil-file-actions">
            <Button onClick={() => { setAssignedNotice(null); setAssigning(true); }}>{t('assignment.open')}</Button>
          </div>
        ) : null}
        {y.outsideAgeWindow ? <Alert type="warning">{t('file.outsideAgeWindow')}</Alert> : null}
      </div>
      {mayAssign ? (
        <Dialog open={assigning} onClose={closeAssign} title={t('assignment.title')}>
          {assigning ? (
            <AssignmentForm youth={y} onClose={closeAssign} onDone={(updated) => {
              setAssigning(false);
              setAssignedNotice(t('assignment.saved', {
                coaches: updated.coaches.map((c) => c.name).join(', '), team: updated.team.name,
              }));
            }} />
          ) : null}
        </Dialog>
      ) : null}
      <Tabs label={t('file.sectionsNav')} selected={section} onSelect={(id) => setSection(id as Section)} tabs={[
        { id: 'traject', label: t('file.trajectory'), content: <TrajectorySection youthId={y.id} query={trajectories} onGoToClosing={() => { setSection('afronding'); requestAnimationFrame(() => document.getElementById('tab-afronding')?.focus()); }} /> },
        { id: 'beeld', label: t('file.picture'), content: <PictureSection youthId={y.id} /> },
        { id: 'plan', label: planLabel, content: <PlanTab youthId={y.id} /> },
        { id: 'werk', label: t('work.tab'), content: <><PlacementsSection youthId={y.id} /><WorkTab youthId={y.id} /></> },
        { id: 'contact', label: t('file.contact'), content: <ContactTab youthId={y.id} youthName={y.displayName} /> },
        { id: 'afronding', label: t('closing.tab'), content: <ClosingTab youthId={y.id} trajectory={current} onShowTrajectory={() => setSection('traject')} /> },
        { id: 'tijdlijn', label: t('file.timeline'), content: <TimelineSection youthId={y.id} /> },
        { id: 'gegevens', label: t('file.details'), content: <DetailsSection youth={y} /> },
        { id: 'geschiedenis', label: t('file.history'), content: <HistorySection youthId={y.id} youth={y} /> },
        { id: 'toegang', label: t('file.accessLogTab'), content: <AccessLogSection youthId={y.id} /> },
      ]} />
    </>
  );
}
