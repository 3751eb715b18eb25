import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { get } from '../../api/client';
import type { Items, YouthSummary } from '../../api/types';
import { useConfig, useCurrentUser } from '../../auth/session';
import { Alert } from '../../components/Alert';
import { SelectField } from '../../components/FormField';
import { Heading, Paragraph } from '../../components/Heading';
import { PageTitle } from '../../components/PageTitle';
import { StatusBadge } from '../../components/StatusText';
import { TableRegion, TBody, Td, Th, THead, Tr } from '../../components/Table';
import { SearchForm } from '../youth/MyYouthPage';
import { YouthCards } from '../youth/YouthCards';
import { TeamRiskFlags } from '../picture/TeamRiskFlags';

/** "Mijn team": the team's youth with coach and phase, and each coach's caseload against the limit. */
export function TeamPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const config = useConfig();
  const teams = config.data?.teams ?? me.user.teams;
  const [teamId, setTeamId] = useState('');
  const [q, setQ] = useState('');
  const youth = useQuery({
    queryKey: ['youth', 'team', teamId, q],
    queryFn: () => {
      const params = new URLSearchParams({ scope: 'team' });
      if (teamId) params.set('teamId', teamId);
      if (q) params.set('q', q);
      return get<Items<YouthSummary>>(`/api/youth?${params.toString()}`);
    },
  });
  const coaches = (config.data?.coaches ?? []).filter((c) => !teamId || c.teamId === teamId);
  const teamName = (id: string) => teams.find((tm) => tm.id === id)?.name ?? '';

  return (
    <>
      <PageTitle title={t('team.title')} />
      {teams.length > 1 ? (
        <SelectField name="team" label={t('team.choose')} value={teamId} onChange={setTeamId}
          placeholder={t('team.allTeams')} options={teams.map((tm) => ({ value: tm.id, label: tm.name }))} />
      ) : teams[0] ? <Paragraph lead>{teams[0].name}</Paragraph> : null}

      <section aria-labelledby="coaches-heading" className="spil-section">
        <Heading level={2} id="coaches-heading">{t('team.coaches')}</Heading>
        {config.isPending ? <Paragraph>{t('common.loading')}</Paragraph> : null}
        {coaches.length ? (
          <TableRegion label={t('team.coaches')}>
            <THead>
              <Th>{t('team.coach')}</Th>
              {teams.length > 1 ? <Th>{t('team.team')}</Th> : null}
              <Th>{t('team.caseload')}</Th>
            </THead>
            <TBody>
              {coaches.map((c) => {
                const over = c.activeCaseload > c.caseloadLimit;
                return (
                  <Tr key={`${c.id}-${c.teamId}`}>
                    <Td>{c.name}</Td>
                    {teams.length > 1 ? <Td>{teamName(c.teamId)}</Td> : null}
                    <Td>
                      {t('team.caseloadOf', { count: c.activeCaseload, limit: c.caseloadLimit })}
                      {over ? <> <StatusBadge tone="danger">{t('team.overLimit')}</StatusBadge></> : null}
                    </Td>
                  </Tr>
                );
              })}
            </TBody>
          </TableRegion>
        ) : config.isSuccess ? <Paragraph>{t('team.noCoaches')}</Paragraph> : null}
      </section>

      <TeamRiskFlags teamIds={teamId ? [teamId] : teams.map((tm) => tm.id)} />
      <section aria-labelledby="team-youth-heading" className="spil-section">
        <Heading level={2} id="team-youth-heading">
          {t('team.youth')}{youth.data ? <span className="spil-muted"> ({youth.data.items.length})</span> : null}
        </Heading>
        <SearchForm onSearch={setQ} label={t('myYouth.search')} />
        {youth.isPending ? <Paragraph>{t('common.loading')}</Paragraph> : null}
        {youth.isError ? <Alert type="error">{t('errors.loadFailed')}</Alert> : null}
        {youth.data ? <YouthCards items={youth.data.items} headingLevel={3} /> : null}
      </section>
    </>
  );
}
