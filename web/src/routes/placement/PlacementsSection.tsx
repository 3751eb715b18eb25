import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { get } from '../../api/client';
import type { Youth } from '../../api/types';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { Heading, Paragraph } from '../../components/Heading';
import { StatusBadge } from '../../components/StatusText';
import { amsterdamToday, calendarDaysBetween, formatCalendarDate } from '../../format/dates';
import { AssessmentForm, EndForm, EvaluationForm, EvaluationHeldForm, PlacementForm, SubsidyForm } from './PlacementForms';
import { ReferencesSection } from './ReferencesSection';
import { usePlacements } from './queries';
import { AGREEMENT_KEYS, type Evaluation, type Placement, type PlacementStatus, type Subsidy } from './types';
import { WeeklySection } from './WeeklySection';
import './placement.css';

const STATUS_TONE: Record<PlacementStatus, 'success' | 'neutral' | 'warning'> = { planned: 'neutral', running: 'success', ended: 'neutral' };
const STATUS_SYMBOL: Record<PlacementStatus, string> = { planned: '◷', running: '▶', ended: '■' };
/** A subsidy that ends within this many days is flagged: time to arrange what comes next. */
const SUBSIDY_WARN_DAYS = 28;

/** A text with dates in it; each date stays on one line (a phone would break 24-12-2026 at a hyphen). */
function Dated({ k, values, count }: { k: string; values: Record<string, unknown>; count?: number }) {
  return <Trans i18nKey={k} values={values} count={count} components={{ d: <span className="spil-nowrap" /> }} />;
}

type SubsidyState = { kind: 'soon'; days: number } | { kind: 'ended' } | { kind: 'open' } | { kind: 'later' };
function subsidyState(s: Subsidy, today: string): SubsidyState {
  if (!s.endsOn) return { kind: 'open' };
  const days = calendarDaysBetween(today, s.endsOn);
  if (days < 0) return { kind: 'ended' };
  return days <= SUBSIDY_WARN_DAYS ? { kind: 'soon', days } : { kind: 'later' };
}

/**
 * The youth file's work tab, placements part: the youth's placements newest first, each with
 * its agreements, subsidies, wage-value assessments, evaluations and the weekly progress form.
 */
export function PlacementsSection({ youthId }: { youthId: string }) {
  const { t } = useTranslation();
  const q = usePlacements(youthId);
  const youth = useQuery({ queryKey: ['youth', youthId], queryFn: () => get<Youth>(`/api/youth/${youthId}`), retry: false });
  const firstName = youth.data ? (youth.data.firstName || youth.data.nickname || youth.data.displayName) : '';
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  useEffect(() => { if (notice) noticeRef.current?.focus(); }, [notice]);
  const closeAdd = useCallback(() => setAdding(false), []);
  const items = q.data?.items ?? [];

  return (
    <section aria-labelledby="placements-heading" className="spil-section spil-placements">
      <Heading level={2} id="placements-heading">{t('placement.title')}</Heading>
      <Paragraph>{t('placement.intro')}</Paragraph>
      <div className="spil-toolbar">
        <Button variant="primary" onClick={() => { setNotice(null); setAdding(true); }}>{t('placement.new')}</Button>
      </div>
      {notice ? <div ref={noticeRef} tabIndex={-1} className="spil-placement-notice"><Alert type="ok">{notice}</Alert></div> : null}
      {q.isPending ? <Paragraph>{t('common.loading')}</Paragraph> : null}
      {q.isError ? <Alert type="error">{t('errors.loadFailed')}</Alert> : null}
      {q.isSuccess && !items.length ? <Paragraph>{t('placement.none')}</Paragraph> : null}
      {items.length ? (
        <ul className="spil-placements__list" aria-labelledby="placements-heading">
          {items.map((p, i) => (
            <PlacementCard key={p.id} youthId={youthId} placement={p} firstName={firstName}
              openAtStart={p.status === 'running' || (i === 0 && items.every((x) => x.status !== 'running'))} />
          ))}
        </ul>
      ) : null}
      <Dialog open={adding} onClose={closeAdd} title={t('placement.newTitle')}>
        {adding ? <PlacementForm youthId={youthId} onCancel={closeAdd} onDone={(msg) => { setAdding(false); setNotice(msg); }} /> : null}
      </Dialog>
    </section>
  );
}

type Mode = 'edit' | 'end' | 'subsidy' | 'assessment' | 'evaluation';

function PlacementCard({ youthId, placement: p, firstName, openAtStart }: { youthId: string; placement: Placement; firstName: string; openAtStart: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(openAtStart);
  const [mode, setMode] = useState<Mode | null>(null);
  const [holding, setHolding] = useState<Evaluation | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const close = useCallback(() => setMode(null), []);
  const closeHeld = useCallback(() => setHolding(null), []);
  const done = (msg: string) => { setMode(null); setHolding(null); setNotice(msg); };
  const today = amsterdamToday();
  const base = `placement-${p.id}`;
  const place = `${p.workplace.name} ${t('placement.at')} ${p.workplace.employer.name}`;
  const soon = p.status !== 'ended' ? p.subsidies.filter((s) => subsidyState(s, today).kind === 'soon') : [];
  const subsidyName = (s: Subsidy) => t(`placement.subsidyKind.${s.kind}`);
  const warning = (s: Subsidy) => {
    const days = calendarDaysBetween(today, s.endsOn!);
    return days === 0 ? t('placement.subsidy.endsToday', { name: subsidyName(s) })
      : <Dated k="placement.subsidy.endsSoon" values={{ name: subsidyName(s), date: formatCalendarDate(s.endsOn) }} count={days} />;
  };
  const from = formatCalendarDate(p.startsOn);
  const period = p.endedOn
    ? <Dated k="placement.period.ended" values={{ from, to: formatCalendarDate(p.endedOn) }} />
    : p.plannedEndOn
      ? <Dated k="placement.period.planned" values={{ from, to: formatCalendarDate(p.plannedEndOn) }} />
      : <Dated k="placement.period.open" values={{ from }} />;
  const titles: Record<Mode, string> = {
    edit: t('placement.editTitle'), end: t('placement.end.title'), subsidy: t('placement.subsidy.add'),
    assessment: t('placement.assessment.add'), evaluation: t('placement.evaluation.add'),
  };
  const form = (() => {
    const props = { youthId, placement: p, onDone: done, onCancel: close };
    switch (mode) {
      case 'edit': return <PlacementForm {...props} />;
      case 'end': return <EndForm {...props} />;
      case 'subsidy': return <SubsidyForm {...props} />;
      case 'assessment': return <AssessmentForm {...props} />;
      case 'evaluation': return <EvaluationForm {...props} />;
      default: return null;
    }
  })();
  const open_ = (m: Mode) => () => { setNotice(null); setMode(m); };

  return (
    <li className="spil-placement">
      <h3 className="utrecht-heading-3 spil-placement__title" id={`${base}-title`}>
        {t(`placement.kind.${p.kind}`)}<span className="spil-placement__where"> — {place}</span>
      </h3>
      <p className="spil-placement__status">
        <StatusBadge tone={STATUS_TONE[p.status]}><span aria-hidden="true">{STATUS_SYMBOL[p.status]} </span>{t(`placement.status.${p.status}`)}</StatusBadge>
      </p>
      <dl className="spil-facts spil-placement__facts">
        <div className="spil-facts__row"><dt>{t('placement.facts.period')}</dt><dd>{period}</dd></div>
        <div className="spil-facts__row">
          <dt>{t('placement.facts.supervisor')}</dt>
          <dd>{p.supervisorName ? (p.supervisorFunction ? `${p.supervisorName} (${p.supervisorFunction})` : p.supervisorName) : t('placement.facts.unknown')}</dd>
        </div>
        <div className="spil-facts__row">
          <dt>{t('placement.facts.hours')}</dt>
          <dd>{p.hoursPerWeek !== null ? t('placement.facts.hoursValue', { count: p.hoursPerWeek }) : t('placement.facts.unknown')}</dd>
        </div>
      </dl>
      {soon.map((s) => (
        <p key={s.id} className="spil-placement__warn"><span aria-hidden="true">⚠ </span>{warning(s)}</p>
      ))}
      {notice ? <Alert type="ok">{notice}</Alert> : null}
      <button type="button" className="spil-placement__toggle" aria-expanded={open} aria-controls={`${base}-body`} onClick={() => setOpen((o) => !o)}>
        <span aria-hidden="true" className="spil-placement__toggle-mark">{open ? '▾' : '▸'}</span>
        {open ? t('placement.hide') : t('placement.show')}
        <span className="spil-visually-hidden"> {t(`placement.kind.${p.kind}`)} — {place}</span>
      </button>
      <div id={`${base}-body`} hidden={!open} className="spil-placement__body">
        {open ? (
          <>
            <div className="spil-actions">
              <Button onClick={open_('edit')}>{t('placement.edit')}<span className="spil-visually-hidden"> — {place}</span></Button>
              {p.status !== 'ended' ? <Button onClick={open_('end')}>{t('placement.end.open')}<span className="spil-visually-hidden"> — {place}</span></Button> : null}
            </div>
            {p.endedOn ? (
              <Alert type="info">
                <p className="utrecht-paragraph">
                  {t('placement.end.summary', { date: formatCalendarDate(p.endedOn), reason: p.endReason ? t(`placement.endReason.${p.endReason}`) : '' })}
                </p>
                {p.endNote ? <p className="utrecht-paragraph">{p.endNote}</p> : null}
              </Alert>
            ) : null}

            <h4 className="utrecht-heading-4" id={`${base}-agreements`}>{t('placement.agreements.title')}</h4>
            <ul className="spil-agreements" aria-labelledby={`${base}-agreements`}>
              {AGREEMENT_KEYS.map((k) => {
                const a = p.agreements[k];
                const agreed = Boolean(a?.agreed);
                return (
                  <li key={k} className={`spil-agreements__item${agreed ? '' : ' spil-agreements__item--open'}`}>
                    <span className="spil-agreements__mark" aria-hidden="true">{agreed ? '✓' : '○'}</span>
                    <span className="spil-agreements__text">
                      <span className="spil-agreements__label">{t(`placement.agreement.${k}`)}</span>
                      <span className="spil-agreements__state"> — {agreed ? t('placement.agreements.agreed') : t('placement.agreements.notAgreed')}</span>
                      {a?.note ? <span className="spil-agreements__note">{a.note}</span> : null}
                    </span>
                  </li>
                );
              })}
            </ul>

            <h4 className="utrecht-heading-4" id={`${base}-subsidies`}>{t('placement.subsidy.title')}</h4>
            {p.subsidies.length ? (
              <ul className="spil-record-list" aria-labelledby={`${base}-subsidies`}>
                {p.subsidies.map((s) => {
                  const state = subsidyState(s, today);
                  return (
                    <li key={s.id} className="spil-record">
                      <p className="spil-record__kind">{subsidyName(s)}</p>
                      <p>{s.endsOn
                        ? <Dated k="placement.subsidy.period" values={{ from: formatCalendarDate(s.startsOn), to: formatCalendarDate(s.endsOn) }} />
                        : <Dated k="placement.subsidy.periodOpen" values={{ from: formatCalendarDate(s.startsOn) }} />}</p>
                      {state.kind === 'soon' ? <p className="spil-placement__warn"><span aria-hidden="true">⚠ </span>{warning(s)}</p> : null}
                      {state.kind === 'ended' ? <p><StatusBadge>{t('placement.subsidy.ended')}</StatusBadge></p> : null}
                      {s.note ? <p className="spil-record__meta">{s.note}</p> : null}
                    </li>
                  );
                })}
              </ul>
            ) : <Paragraph>{t('placement.subsidy.none')}</Paragraph>}
            <div className="spil-actions"><Button onClick={open_('subsidy')}>{t('placement.subsidy.add')}</Button></div>

            <h4 className="utrecht-heading-4" id={`${base}-assessments`}>{t('placement.assessment.title')}</h4>
            {p.wageAssessments.length ? (
              <ul className="spil-record-list" aria-labelledby={`${base}-assessments`}>
                {p.wageAssessments.map((a) => (
                  <li key={a.id} className="spil-record">
                    <p className="spil-record__kind">{t('placement.assessment.line', { date: formatCalendarDate(a.assessedOn), percentage: a.percentage })}</p>
                    {a.assessor ? <p className="spil-record__meta">{t('placement.assessment.by', { name: a.assessor })}</p> : null}
                    {a.note ? <p>{a.note}</p> : null}
                  </li>
                ))}
              </ul>
            ) : <Paragraph>{t('placement.assessment.none')}</Paragraph>}
            <div className="spil-actions"><Button onClick={open_('assessment')}>{t('placement.assessment.add')}</Button></div>

            <h4 className="utrecht-heading-4" id={`${base}-evaluations`}>{t('placement.evaluation.title')}</h4>
            {p.evaluations.length ? (
              <ul className="spil-record-list" aria-labelledby={`${base}-evaluations`}>
                {p.evaluations.map((e) => (
                  <li key={e.id} className="spil-record">
                    <p className="spil-record__kind">{t('placement.evaluation.planned', { date: formatCalendarDate(e.plannedOn) })}</p>
                    <p>{e.heldOn ? t('placement.evaluation.held', { date: formatCalendarDate(e.heldOn) })
                      : e.plannedOn < today ? <span className="spil-over">{t('placement.evaluation.notHeld')}</span> : t('placement.evaluation.toCome')}</p>
                    {e.note ? <p>{e.note}</p> : null}
                    <div className="spil-row-actions">
                      <Button onClick={() => { setNotice(null); setHolding(e); }}>
                        {e.heldOn ? t('placement.evaluation.changeHeld') : t('placement.evaluation.markHeld')}
                        <span className="spil-visually-hidden"> — {t('placement.evaluation.planned', { date: formatCalendarDate(e.plannedOn) })}</span>
                      </Button>
                    </div>
                  </li>
                ))}
              </ul>
            ) : <Paragraph>{t('placement.evaluation.none')}</Paragraph>}
            <div className="spil-actions"><Button onClick={open_('evaluation')}>{t('placement.evaluation.add')}</Button></div>

            <WeeklySection youthId={youthId} placement={p} firstName={firstName} />
            <ReferencesSection youthId={youthId} placement={p} />
          </>
        ) : null}
      </div>
      <Dialog open={mode !== null} onClose={close} title={mode ? titles[mode] : ''}>
        {form}
      </Dialog>
      <Dialog open={holding !== null} onClose={closeHeld} title={t('placement.evaluation.markTitle')}>
        {holding ? <EvaluationHeldForm youthId={youthId} placement={p} evaluation={holding} onDone={done} onCancel={closeHeld} /> : null}
      </Dialog>
    </li>
  );
}
