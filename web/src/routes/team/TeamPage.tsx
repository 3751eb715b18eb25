import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfig, useCurrentUser } from '../../auth/session';
import { Alert } from '../../components/Alert';
import { SelectField } from '../../components/FormField';
import { Heading, Paragraph } from '../../components/Heading';
import { PageTitle } from '../../components/PageTitle';
import { StatusBadge } from '../../components/StatusText';
import { TableRegion, TBody, Td, Th, THead, Tr } from '../../components/Table';
import { SearchForm } from '../youth/MyYouthPage';
import { PagedYouthCards, useYouthPages } from '../youth/youth-pages';
import { TeamRiskFlags, useTeamRiskFlags } from '../picture/TeamRiskFlags';
import { useTeamWorklist } from '../worklist/queries';
import type { Share, TeamWorklist } from '../worklist/types';
import { firstPerYouth } from '../worklist/worklist-sentence';
import { WorklistView } from '../worklist/WorklistView';
import { HandoverForm } from './HandoverForm';

/**
 * "Mijn team": each coach's caseload against the limit (active youth per phase), how the norms
 * were met this quarter, all signals of the team with the coach's name, the handover of a
 * caseload, the open risk flags and the team's youth.
 */
export function TeamPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const config = useConfig();
  const teams = config.data?.teams ?? me.user.teams;
  const [teamId, setTeamId] = useState('');
  const [q, setQ] = useState('');
  const youth = useYouthPages({ scope: 'team', teamId: teamId || undefined, q });
  const worklist = useTeamWorklist(teamId);
  const riskFlags = useTeamRiskFlags(teamId ? [teamId] : teams.map((tm) => tm.id));
  const coachNames = new Map((worklist.data?.caseload ?? []).map((c) => [c.coachId, c.name]));
  for (const c of config.data?.coaches ?? []) if (!coachNames.has(c.id)) coachNames.set(c.id, c.name);
  // The sections show together once the worklist and the risk flags are in: shown one by one,
  // each would push the ones below down just as the team lead taps a link there.
  const settled = !worklist.isPending && !riskFlags.pending;

  return (
    <>
      <PageTitle title={t('team.title')} />
      {teams.length > 1 ? (
        <SelectField name="team" label={t('team.choose')} value={teamId}
          onChange={(id) => { setTeamId(id); setQ(''); /* the search box below opens empty again for the new team */ }}
          placeholder={t('team.allTeams')} options={teams.map((tm) => ({ value: tm.id, label: tm.name }))} />
      ) : teams[0] ? <Paragraph lead>{teams[0].name}</Paragraph> : null}

      {!settled ? <Paragraph>{t('common.loading')}</Paragraph> : (
        <>
          {worklist.isError ? <Alert type="error">{t('errors.loadFailed')}</Alert> : null}
          {worklist.data ? (
            <>
              <Caseload data={worklist.data} teamName={(coachId) => {
                if (teams.length < 2) return null;
                const c = config.data?.coaches.find((x) => x.id === coachId);
                return teams.find((tm) => tm.id === c?.teamId)?.name ?? '';
              }} />
              <Performance data={worklist.data.performance} />
              <WorklistView data={worklist.data} id="team-worklist" title={t('worklist.teamTitle')} coachName={(id) => coachNames.get(id)} />
              <HandoverForm teamId={teamId} coaches={worklist.data.caseload.map((c) => ({ id: c.coachId, name: c.name }))} />
            </>
          ) : null}

          <TeamRiskFlags flags={riskFlags} />
          <section aria-labelledby="team-youth-heading" className="spil-section">
            <Heading level={2} id="team-youth-heading">
              {t('team.youth')}{youth.total !== null ? <span className="spil-muted"> ({youth.total})</span> : null}
            </Heading>
            <SearchForm onSearch={setQ} label={t('myYouth.search')} />
            <PagedYouthCards list={youth} signals={worklist.data ? firstPerYouth(worklist.data.items) : undefined} />
          </section>
        </>
      )}
    </>
  );
}

/** Each coach's active youth against the limit, per phase, with a warning above the limit (IPTA: a caseload of 10 to 20). */
function Caseload({ data, teamName }: { data: TeamWorklist; teamName: (coachId: string) => string | null }) {
  const { t } = useTranslation();
  const config = useConfig();
  // Phases as columns, in the phase model's order; a phase no longer in the model still shows.
  const phases = [...(config.data?.phases ?? []).map((p) => p.name)];
  for (const c of data.caseload) for (const p of c.perPhase) if (!phases.includes(p.phase)) phases.push(p.phase);
  const over = data.caseload.filter((c) => c.active > c.limit);
  const withTeam = data.caseload.some((c) => teamName(c.coachId) !== null);
  return (
    <section aria-labelledby="coaches-heading" className="spil-section">
      <Heading level={2} id="coaches-heading">{t('worklist.caseload.title')}</Heading>
      {over.length ? <Alert type="warning">{t('worklist.caseload.overWarning', { count: over.length, names: over.map((c) => c.name).join(', ') })}</Alert> : null}
      {data.caseload.length ? (
        <TableRegion label={t('worklist.caseload.title')}>
          <THead>
            <Th>{t('worklist.caseload.coach')}</Th>
            {withTeam ? <Th>{t('team.team')}</Th> : null}
            <Th>{t('worklist.caseload.active')}</Th>
            {phases.map((p) => <Th key={p}>{p}</Th>)}
          </THead>
          <TBody>
            {data.caseload.map((c) => (
              <Tr key={c.coachId}>
                <Th scope="row">{c.name}</Th>
                {withTeam ? <Td>{teamName(c.coachId)}</Td> : null}
                <Td>
                  <span className={c.active > c.limit ? 'spil-caseload-over' : undefined}>{t('worklist.caseload.activeOf', { active: c.active, limit: c.limit })}</span>
                  {c.active > c.limit ? <> <StatusBadge tone="danger">{t('worklist.caseload.over')}</StatusBadge></> : null}
                </Td>
                {phases.map((p) => <Td key={p} numeric>{c.perPhase.find((x) => x.phase === p)?.count ?? 0}</Td>)}
              </Tr>
            ))}
          </TBody>
        </TableRegion>
      ) : <Paragraph>{t('team.noCoaches')}</Paragraph>}
    </section>
  );
}

/** Norm performance this quarter: plans signed within N weeks, group reports answered within N hours. */
function Performance({ data }: { data: TeamWorklist['performance'] }) {
  const { t } = useTranslation();
  const share = (s: Share) => {
    const decided = s.met + s.missed;
    return decided ? t('worklist.performance.shareValue', { percent: Math.round((s.met / decided) * 100), met: s.met, decided }) : t('worklist.performance.noShare');
  };
  const rows = [
    { key: 'plan', label: t('worklist.performance.planSigned', { weeks: data.planSigned.weeks }), s: data.planSigned },
    { key: 'group', label: t('worklist.performance.groupResponse', { hours: data.groupResponse.hours }), s: data.groupResponse },
  ];
  const title = t('worklist.performance.title', { quarter: data.quarter.label });
  return (
    <section aria-labelledby="performance-heading" className="spil-section">
      <Heading level={2} id="performance-heading">{title}</Heading>
      {/* The share first, readable on a phone without scrolling the table sideways. */}
      <ul className="spil-plain-list">
        {rows.map((r) => <li key={r.key}><strong>{r.label}:</strong> {share(r.s)}</li>)}
      </ul>
      <TableRegion label={title}>
        <THead>
          <Th>{t('worklist.performance.norm')}</Th>
          <Th>{t('worklist.performance.met')}</Th>
          <Th>{t('worklist.performance.missed')}</Th>
          <Th>{t('worklist.performance.open')}</Th>
          <Th>{t('worklist.performance.share')}</Th>
        </THead>
        <TBody>
          {rows.map((r) => (
            <Tr key={r.key}>
              <Th scope="row">{r.label}</Th>
              <Td numeric>{r.s.met}</Td>
              <Td numeric>{r.s.missed}</Td>
              <Td numeric>{r.s.open}</Td>
              <Td>{share(r.s)}</Td>
            </Tr>
          ))}
        </TBody>
      </TableRegion>
    </section>
  );
}
