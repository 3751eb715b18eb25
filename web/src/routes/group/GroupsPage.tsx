import { Link, useNavigate } from '@tanstack/react-router';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { Heading, Paragraph } from '../../components/Heading';
import { PageTitle } from '../../components/PageTitle';
import { StatusBadge } from '../../components/StatusText';
import { GroupForm } from './GroupForm';
import { handOverNotice } from './notice';
import { useGroups } from './queries';
import { SessionsSection } from './SessionsSection';
import type { GroupSummary } from './types';
import './group.css';

/** Groepen: the group cases the user coaches or leads, and the team's group sessions. */
export function GroupsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const groups = useGroups();
  const [adding, setAdding] = useState(false);
  const closeAdd = useCallback(() => setAdding(false), []);
  const items = groups.data?.items ?? [];
  return (
    <div className="spil-group">
      <PageTitle title={t('group.title')} />
      <Paragraph lead>{t('group.intro')}</Paragraph>
      <div className="spil-toolbar">
        <Button variant="primary" onClick={() => setAdding(true)}>{t('group.list.add')}</Button>
      </div>
      {groups.isPending ? <Paragraph>{t('common.loading')}</Paragraph> : null}
      {groups.isError ? <Alert type="error">{t('errors.loadFailed')}</Alert> : null}
      {groups.isSuccess && !items.length ? <Paragraph>{t('group.list.empty')}</Paragraph> : null}
      {items.length ? (
        <ul className="spil-cards" aria-label={t('group.list.label')}>
          {items.map((g) => <GroupCard key={g.id} group={g} />)}
        </ul>
      ) : null}
      <SessionsSection />
      <Dialog open={adding} onClose={closeAdd} title={t('group.form.addTitle')}>
        {adding ? (
          <GroupForm onCancel={closeAdd} onDone={(saved, message) => {
            handOverNotice(saved.id, message);
            setAdding(false);
            void navigate({ to: '/groepen/$groupId', params: { groupId: saved.id } });
          }} />
        ) : null}
      </Dialog>
    </div>
  );
}

function GroupCard({ group: g }: { group: GroupSummary }) {
  const { t } = useTranslation();
  return (
    <li className="spil-card">
      <Heading level={2} className="spil-card__title">
        <Link to="/groepen/$groupId" params={{ groupId: g.id }} className="utrecht-link">{g.name}</Link>
      </Heading>
      <p>{[g.neighbourhood, g.team.name].filter(Boolean).join(' · ')}</p>
      <p>{t('group.list.members', { count: g.members })} · {t('group.list.coach', { name: g.coach.name })}</p>
      {!g.active ? <p><StatusBadge>{t('group.list.inactive')}</StatusBadge></p> : null}
    </li>
  );
}
