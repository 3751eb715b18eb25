import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { YouthSummary } from '../../api/types';
import { Paragraph } from '../../components/Heading';
import { StatusBadge } from '../../components/StatusText';
import { usePlanWord } from '../worklist/queries';
import type { WorkItem } from '../worklist/types';
import { describe } from '../worklist/worklist-sentence';

/**
 * The caseload as cards: name, the most urgent signal (when the worklist is given), phase, days
 * in phase (with "over de geplande duur" in words), coach.
 */
export function YouthCards({ items, headingLevel = 2, signals }: { items: YouthSummary[]; headingLevel?: 2 | 3; signals?: Map<string, WorkItem> }) {
  const { t } = useTranslation();
  const plan = usePlanWord();
  if (!items.length) return <Paragraph>{t('youthList.empty')}</Paragraph>;
  const H = `h${headingLevel}` as const;
  return (
    <ul className="spil-cards">
      {items.map((y) => {
        const tr = y.trajectory;
        const signal = signals?.get(y.id);
        return (
          <li key={y.id} className="spil-card">
            <H className={`utrecht-heading-${headingLevel + 1} spil-card__title`}>
              <Link to="/jongeren/$youthId" params={{ youthId: y.id }} className="utrecht-link spil-card__link">{y.displayName}</Link>
            </H>
            {signal ? (
              <p className="spil-card__signal">
                <StatusBadge tone={signal.bucket === 'overdue' ? 'danger' : signal.bucket === 'today' ? 'warning' : 'neutral'}>{t(`worklist.bucket.${signal.bucket}`)}</StatusBadge>
                {' '}{describe(signal, t, { planLabel: plan }).short}
              </p>
            ) : null}
            <dl className="spil-facts">
              <div className="spil-facts__row">
                <dt>{t('youthList.phase')}</dt>
                <dd>
                  {tr ? tr.phase.name : t('youthList.noTrajectory')}
                  {tr && tr.status !== 'active' ? <> <StatusBadge tone="neutral">{t(`trajectory.status.${tr.status}`)}</StatusBadge></> : null}
                </dd>
              </div>
              {tr ? (
                <div className="spil-facts__row">
                  <dt>{t('youthList.daysInPhase')}</dt>
                  <dd className={tr.overPlanned ? 'spil-over' : undefined}>
                    {t('common.days', { count: tr.daysInPhase })}
                    {tr.phase.plannedWeeks ? <span className="spil-muted"> / {t('common.weeks', { count: tr.phase.plannedWeeks })}</span> : null}
                    {tr.overPlanned ? <> <StatusBadge tone="danger">{t('trajectory.overPlanned')}</StatusBadge></> : null}
                  </dd>
                </div>
              ) : null}
              <div className="spil-facts__row">
                <dt>{t('casework.attempts')}</dt>
                <dd>{t('casework.attemptsCount', { count: y.attempts })}</dd>
              </div>
              <div className="spil-facts__row">
                <dt>{t('casework.registered')}</dt>
                <dd>{t('casework.daysAgo', { count: y.daysSinceRegistration })}</dd>
              </div>
              <div className="spil-facts__row">
                <dt>{t('casework.lastContact')}</dt>
                <dd>{y.daysSinceContact === null ? t('home.neverReached') : t('casework.daysAgo', { count: y.daysSinceContact })}</dd>
              </div>
              <div className="spil-facts__row">
                <dt>{t('youthList.coach')}</dt>
                <dd>{y.coaches.length ? y.coaches.map((c) => c.name).join(', ') : t('youthList.noCoach')}</dd>
              </div>
              {y.neighbourhood ? (
                <div className="spil-facts__row">
                  <dt>{t('youth.fields.neighbourhood')}</dt>
                  <dd>{y.neighbourhood}</dd>
                </div>
              ) : null}
              {y.age !== null ? (
                <div className="spil-facts__row">
                  <dt>{t('youth.fields.age')}</dt>
                  <dd>{t('common.years', { count: y.age })}</dd>
                </div>
              ) : null}
            </dl>
          </li>
        );
      })}
    </ul>
  );
}
