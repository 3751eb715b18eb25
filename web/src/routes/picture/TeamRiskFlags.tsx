import { useQueries } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { get } from '../../api/client';
import { Alert } from '../../components/Alert';
import { Heading, Paragraph } from '../../components/Heading';
import { formatDate } from '../../format/dates';
import { useRiskKindLabel } from './RiskFlags';
import type { RiskFlag } from './types';

type TeamFlag = RiskFlag & { youthName: string };

/** The open risk flags of the chosen team(s), oldest first. */
export function useTeamRiskFlags(teamIds: string[]) {
  const results = useQueries({
    queries: teamIds.map((teamId) => ({
      queryKey: ['team', teamId, 'risk-flags'],
      queryFn: () => get<{ items: TeamFlag[] }>(`/api/teams/${teamId}/risk-flags`),
    })),
  });
  return {
    pending: results.some((r) => r.isPending),
    failed: results.some((r) => r.isError),
    items: results.flatMap((r) => r.data?.items ?? []).sort((a, b) => a.raisedAt.localeCompare(b.raisedAt)),
  };
}

/**
 * The team lead's list of open risk flags in the chosen team(s), oldest first: each a reason to
 * talk with the coach about the youth's strategy.
 */
export function TeamRiskFlags({ flags: { pending, failed, items } }: { flags: ReturnType<typeof useTeamRiskFlags> }) {
  const { t } = useTranslation();
  const kindLabel = useRiskKindLabel();
  return (
    <section aria-labelledby="team-risk-heading" className="spil-section">
      <Heading level={2} id="team-risk-heading">
        {t('picture.teamRisk.title')}{!pending ? <span className="spil-muted"> ({items.length})</span> : null}
      </Heading>
      {pending ? <Paragraph>{t('common.loading')}</Paragraph> : null}
      {failed ? <Alert type="error">{t('errors.loadFailed')}</Alert> : null}
      {!pending && !failed && !items.length ? <Paragraph>{t('picture.teamRisk.none')}</Paragraph> : null}
      {items.length ? (
        <ul className="spil-record-list" aria-labelledby="team-risk-heading">
          {items.map((f) => (
            <li key={f.id} className="spil-record">
              <p>
                <Link to="/jongeren/$youthId/strategie" params={{ youthId: f.youthId }} className="utrecht-link spil-card__link">{f.youthName}</Link>
              </p>
              <p className="spil-record__kind">{kindLabel(f.kind)}</p>
              <p className="spil-record__meta">{t('picture.teamRisk.since', { date: formatDate(f.raisedAt), name: f.raisedBy.name })}</p>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
