import { Link } from '@tanstack/react-router';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasRole, useCurrentUser } from '../../auth/session';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { SelectField } from '../../components/FormField';
import { Heading, Paragraph } from '../../components/Heading';
import { PageTitle } from '../../components/PageTitle';
import { StatusBadge } from '../../components/StatusText';
import { Tabs } from '../../components/Tabs';
import { formatCalendarDate, formatDate } from '../../format/dates';
import { NewEscalationForm } from './NewEscalationForm';
import { useEscalations } from './queries';
import { ESCALATION_STATUSES, type Escalation, type EscalationKind, type EscalationStatus } from './types';
import './escalation.css';

/**
 * The opschaal-overleg (IPTA ch. 6 and 2.6): cases (one youth) and bottlenecks (no youth),
 * per status. Policy users see bottlenecks only — the server never sends them a case.
 */
export function EscalationsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const seesCases = hasRole(me, 'coach') || hasRole(me, 'teamleider');
  const [status, setStatus] = useState<EscalationStatus>('open');
  const [kind, setKind] = useState<EscalationKind | ''>('');
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  // The closing dialog hands focus back to its opener first; after a save the message takes it.
  const afterSave = useRef(false);
  const closeAdd = useCallback(() => {
    setAdding(false);
    if (afterSave.current) { afterSave.current = false; noticeRef.current?.focus(); }
  }, []);
  const counts = useEscalations(status, kind).data?.counts;

  return (
    <div className="spil-escalation">
      <PageTitle title={t('escalation.title')} />
      <Paragraph lead>{t('escalation.intro')}</Paragraph>
      {!seesCases ? <Paragraph>{t('escalation.introPolicy')}</Paragraph> : null}
      {notice ? <div ref={noticeRef} tabIndex={-1} className="spil-escalation__notice"><Alert type="ok">{notice}</Alert></div> : null}
      <div className="spil-toolbar">
        <Button variant="primary" onClick={() => { setNotice(null); setAdding(true); }}>{t('escalation.add')}</Button>
      </div>
      {seesCases ? (
        <div className="spil-escalation__filter">
          <SelectField name="kind" label={t('escalation.kindFilter')} value={kind} onChange={(v) => setKind(v as EscalationKind | '')}
            options={[{ value: '', label: t('escalation.kindAll') }, { value: 'case', label: t('escalation.kindOnly.case') }, { value: 'bottleneck', label: t('escalation.kindOnly.bottleneck') }]} />
        </div>
      ) : null}
      <Tabs label={t('escalation.statusTabs')} selected={status} onSelect={(id) => setStatus(id as EscalationStatus)}
        tabs={ESCALATION_STATUSES.map((s) => ({
          id: s,
          label: counts ? t('escalation.tab', { label: t(`escalation.status.${s}`), count: counts[s] }) : t(`escalation.status.${s}`),
          content: <StatusList status={s} kind={kind} />,
        }))} />
      <Dialog open={adding} onClose={closeAdd} title={t('escalation.form.newTitle')}>
        {adding ? (
          <NewEscalationForm onCancel={closeAdd} onDone={(saved) => {
            afterSave.current = true;
            setAdding(false);
            setStatus('open');
            setNotice(t('escalation.form.created', { title: saved.title }));
          }} />
        ) : null}
      </Dialog>
    </div>
  );
}

function StatusList({ status, kind }: { status: EscalationStatus; kind: EscalationKind | '' }) {
  const { t } = useTranslation();
  const q = useEscalations(status, kind);
  if (q.isPending) return <Paragraph>{t('common.loading')}</Paragraph>;
  if (q.isError) return <Alert type="error">{t('errors.loadFailed')}</Alert>;
  if (!q.data.items.length) return <Paragraph>{t('escalation.list.empty')}</Paragraph>;
  return (
    <ul className="spil-cards" aria-label={t('escalation.list.label', { status: t(`escalation.status.${status}`) })}>
      {q.data.items.map((e) => <EscalationCard key={e.id} item={e} />)}
    </ul>
  );
}

function EscalationCard({ item: e }: { item: Escalation }) {
  const { t } = useTranslation();
  const action = [e.actionOwner ? t('escalation.list.action', { owner: e.actionOwner }) : null,
    e.actionDueOn ? t('escalation.list.actionDue', { date: formatCalendarDate(e.actionDueOn) }) : null].filter(Boolean).join(' · ');
  return (
    <li className="spil-card spil-escalation__card">
      <p className="spil-escalation__badges">
        <StatusBadge>{t(`escalation.kind.${e.kind}`)}</StatusBadge>
        {e.overdue ? <StatusBadge tone="danger">{t('escalation.list.overdue')}</StatusBadge> : null}
        {e.policyChange ? <StatusBadge tone="success">{t('escalation.list.policyChange')}</StatusBadge> : null}
      </p>
      <Heading level={2} className="spil-card__title">
        <Link to="/opschaal-overleg/$escalationId" params={{ escalationId: e.id }} className="utrecht-link">{e.title}</Link>
      </Heading>
      {e.youth ? <p>{t('escalation.list.youth', { name: e.youth.name })}</p> : null}
      {e.meetingOn ? <p>{t('escalation.list.meeting', { date: formatCalendarDate(e.meetingOn) })}</p> : null}
      {action ? <p>{action}</p> : null}
      <p className="spil-escalation__meta">{t('escalation.list.raised', { name: e.raisedBy.name, date: formatDate(e.createdAt) })}</p>
    </li>
  );
}
