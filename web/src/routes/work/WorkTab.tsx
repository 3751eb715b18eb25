import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { get, put } from '../../api/client';
import type { Youth } from '../../api/types';
import { Alert } from '../../components/Alert';
import { CheckboxField, SelectField } from '../../components/FormField';
import { Heading, Paragraph } from '../../components/Heading';
import { StatusBadge } from '../../components/StatusText';
import { formatDate } from '../../format/dates';
import { FIT_SYMBOL, fitOf, reasonText, type Fit } from './match-words';
import { distinct, matchesKey, useMatches, type MatchFilter } from './queries';
import { MARK_STATUSES, type Match, type MarkStatus } from './types';
import './work.css';

const FIT_TONE: Record<Fit, 'success' | 'warning' | 'neutral'> = { good: 'success', partly: 'warning', less: 'neutral' };
const FIT_MARK: Record<Fit, string> = { good: FIT_SYMBOL.for, partly: FIT_SYMBOL.partly, less: FIT_SYMBOL.against };

/**
 * The youth file's work tab: the team's workplaces ranked against the youth's search profile,
 * each with the reasons it fits or not, and the coach's marks (short list, the youth's choice,
 * rejected). The coach decides; the youth chooses.
 */
export function WorkTab({ youthId }: { youthId: string }) {
  const { t } = useTranslation();
  const youth = useQuery({ queryKey: ['youth', youthId], queryFn: () => get<Youth>(`/api/youth/${youthId}`), retry: false });
  const [filter, setFilter] = useState<MatchFilter>({});
  const all = useMatches(youthId);
  const matches = useMatches(youthId, filter);
  const [announce, setAnnounce] = useState('');
  const name = youth.data?.displayName ?? t('work.matches.theYouth');
  const sectors = distinct(all.data?.items.map((m) => m.workplace.employer.sector) ?? []);
  const hoods = distinct(all.data?.items.map((m) => m.workplace.employer.neighbourhood) ?? []);
  const filtered = Boolean(filter.sector || filter.neighbourhood || filter.openOnly);
  const data = matches.data;
  const noProfile = data?.profileVersion === 0;

  return (
    <section aria-labelledby="work-matches-heading" className="spil-section spil-work">
      <Heading level={2} id="work-matches-heading">{t('work.matches.title')}</Heading>
      {noProfile ? (
        <Alert type="info">
          <p className="utrecht-paragraph">{t('work.matches.noProfile', { name })}</p>
          <p className="utrecht-paragraph">
            <Link to="/jongeren/$youthId/zoekprofiel" params={{ youthId }} className="utrecht-link">{t('work.matches.toProfile', { name })}</Link>
          </p>
        </Alert>
      ) : <Paragraph>{t('work.matches.intro', { name })}</Paragraph>}
      <Paragraph small className="spil-muted">{t('work.matches.mark.help')}</Paragraph>

      <div role="group" aria-label={t('work.matches.filters')} className="spil-work-filters">
        <SelectField name="match-sector" label={t('work.matches.sector')} value={filter.sector ?? ''} placeholder={t('work.matches.allSectors')}
          options={sectors.map((s) => ({ value: s, label: s }))} onChange={(v) => setFilter((f) => ({ ...f, sector: v || undefined }))} />
        <SelectField name="match-neighbourhood" label={t('work.matches.neighbourhood')} value={filter.neighbourhood ?? ''} placeholder={t('work.matches.allNeighbourhoods')}
          options={hoods.map((s) => ({ value: s, label: s }))} onChange={(v) => setFilter((f) => ({ ...f, neighbourhood: v || undefined }))} />
        <CheckboxField name="match-open-only" label={t('work.matches.openOnly')} checked={Boolean(filter.openOnly)}
          onChange={(v) => setFilter((f) => ({ ...f, openOnly: v || undefined }))} />
      </div>

      {matches.isError ? <Alert type="error">{t('errors.loadFailed')}</Alert> : null}
      {matches.isPending ? <Paragraph>{t('common.loading')}</Paragraph> : null}
      <p className="utrecht-paragraph spil-muted" role="status">
        {data ? (data.items.length ? t('work.matches.count', { count: data.items.length }) : filtered ? t('work.matches.none') : t('work.matches.empty')) : ''}
      </p>
      {data && !data.items.length && !filtered ? (
        <p className="utrecht-paragraph"><Link to="/werkgevers" className="utrecht-link">{t('work.matches.toEmployers')}</Link></p>
      ) : null}
      {data?.items.length ? (
        <ol className="spil-work-matches" aria-label={t('work.matches.label')}>
          {data.items.map((m) => (
            <li key={m.workplace.id}>
              <MatchCard youthId={youthId} match={m} youthName={name} ranked={!noProfile} onMarked={setAnnounce} />
            </li>
          ))}
        </ol>
      ) : null}
      <p className="spil-visually-hidden" role="status">{announce}</p>
    </section>
  );
}

function MatchCard({ youthId, match: m, youthName, ranked, onMarked }: {
  youthId: string; match: Match; youthName: string; ranked: boolean; onMarked: (message: string) => void;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const group = useRef<HTMLDivElement>(null);
  const w = m.workplace;
  const headingId = `match-${w.id}`;
  const title = `${w.employer.name}: ${w.name}`;
  const context = t('work.matches.mark.context', { workplace: w.name, employer: w.employer.name });
  const fit = fitOf(m.score);
  const current = m.mark?.status ?? null;
  const mark = useMutation({
    mutationFn: (status: MarkStatus | null) => put<{ status: MarkStatus | null }>(`/api/youth/${youthId}/matches/${w.id}/mark`, { status }),
    onSuccess: async (_, status) => {
      // Choosing one workplace puts an earlier choice back on the short list: reload them all.
      await qc.invalidateQueries({ queryKey: matchesKey(youthId) });
      onMarked(t(`work.matches.mark.done.${status ?? 'cleared'}`, { workplace: context }));
      if (status === null) group.current?.querySelector<HTMLButtonElement>('button')?.focus();
    },
  });
  const pending = mark.isPending ? mark.variables : undefined;

  return (
    <article aria-labelledby={headingId} className={`spil-card spil-work-match${current === 'chosen' ? ' spil-work-match--chosen' : ''}`}>
      <Heading level={3} id={headingId} className="spil-card__title">
        <Link to="/werkgevers/$employerId" params={{ employerId: w.employer.id }} className="utrecht-link">{title}</Link>
      </Heading>
      <p className="utrecht-paragraph spil-work-match__where">
        {[w.employer.sector, w.employer.neighbourhood ?? w.employer.town].filter(Boolean).join(' · ')}
        {' · '}{t('work.openPlaces', { count: w.openPlaces })}
      </p>
      {ranked ? (
        <p className="spil-work-badges">
          <StatusBadge tone={FIT_TONE[fit]}><span aria-hidden="true">{FIT_MARK[fit]} </span>{t(`work.matches.fit.${fit}`)}</StatusBadge>
        </p>
      ) : null}
      {m.reasons.length ? (
        <ul className="spil-work-reasons" aria-label={t('work.matches.reasonsFor', { workplace: w.name })}>
          {m.reasons.map((r, i) => (
            <li key={i} className={`spil-work-reason spil-work-reason--${r.fit}`}>
              {/* A no-break space keeps the symbol with the last word. */}
              <span>{reasonText(t, r, youthName)}</span>{'\u00a0'}
              <span aria-hidden="true" className="spil-work-reason__symbol">{FIT_SYMBOL[r.fit]}</span>
              <span className="spil-visually-hidden"> ({t(`work.matches.reason.${r.fit}`)})</span>
            </li>
          ))}
        </ul>
      ) : ranked ? <Paragraph small className="spil-muted">{t('work.matches.noReasons')}</Paragraph> : null}

      {m.mark ? (
        <p className="utrecht-paragraph spil-work-mark">
          <StatusBadge tone={m.mark.status === 'chosen' ? 'success' : m.mark.status === 'rejected' ? 'danger' : 'neutral'}>
            {t(`work.matches.mark.status.${m.mark.status}`)}
          </StatusBadge>{' '}
          <span className="spil-muted">{m.mark.markedBy.name}, {formatDate(m.mark.markedAt)}</span>
        </p>
      ) : null}
      {mark.isError ? <Alert type="error">{t('errors.generic')}</Alert> : null}
      <div ref={group} role="group" aria-label={t('work.matches.mark.group', { workplace: context })} className="spil-work-marks">
        {MARK_STATUSES.map((s) => {
          const on = current === s;
          return (
            <button key={s} type="button" aria-pressed={on}
              className={`utrecht-button ${on ? 'utrecht-button--primary-action' : 'utrecht-button--secondary-action'} spil-work-toggle`}
              aria-busy={pending === s || undefined} onClick={() => { if (!on && !mark.isPending) mark.mutate(s); }}>
              {on ? <span aria-hidden="true">✓ </span> : null}
              {t(`work.matches.mark.${s}`)}<span className="spil-visually-hidden">: {context}</span>
            </button>
          );
        })}
        {current ? (
          <button type="button" className="utrecht-button utrecht-button--subtle spil-work-toggle"
            aria-busy={pending === null || undefined} onClick={() => { if (!mark.isPending) mark.mutate(null); }}>
            {t('work.matches.mark.clear')}<span className="spil-visually-hidden">: {context}</span>
          </button>
        ) : null}
      </div>
    </article>
  );
}
