import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Trajectory } from '../../api/types';
import { useConfig } from '../../auth/session';
import { Alert } from '../../components/Alert';
import { Button, ButtonLink } from '../../components/Button';
import { Heading, Paragraph } from '../../components/Heading';
import { StatusBadge } from '../../components/StatusText';
import { amsterdamToday, formatCalendarDate } from '../../format/dates';
import { AftercareContactForm, AftercarePlanForm, ConversationForm, HandoverCheckForm, HandoverForm } from './ClosingForms';
import { useClosing } from './queries';
import { ResultMeasurementForm, ResultSummary } from './ResultMeasurement';
import { RESULT_MOMENTS, type ClosingView, type MomentStatus, type ResultMoment } from './types';
import './closing.css';

/**
 * The Afronding tab of the youth file (IPTA ch. 6, IJA Fase 4): the closing conversation that
 * closes the trajectory, then the result measurement (Bijlage 5), warm handovers with their
 * check, and the aftercare plan with its contacts. Made for a phone at a kitchen table.
 */
export function ClosingTab({ youthId, trajectory, onShowTrajectory }: { youthId: string; trajectory: Trajectory | undefined; onShowTrajectory: () => void }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="afronding" className="spil-section spil-closing">
      <Heading level={2} id="afronding">{t('closing.title')}</Heading>
      {trajectory ? <ClosingBody key={trajectory.id} youthId={youthId} trajectoryId={trajectory.id} onShowTrajectory={onShowTrajectory} /> : <Paragraph>{t('closing.noTrajectory')}</Paragraph>}
    </section>
  );
}

type Editing = null | 'conversation' | 'handover' | 'plan' | 'contact' | `result:${string}` | `check:${string}` | `handover:${string}`;

function ClosingBody({ youthId, trajectoryId, onShowTrajectory }: { youthId: string; trajectoryId: string; onShowTrajectory: () => void }) {
  const { t } = useTranslation();
  const q = useClosing(trajectoryId);
  const [editing, setEditing] = useState<Editing>(null);
  // After a save focus goes to the message that says so (the form it came from is gone).
  const [notice, setNotice] = useState<{ text: string; at: number } | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  useEffect(() => { if (notice) noticeRef.current?.focus(); }, [notice]);
  if (q.isPending) return <Paragraph>{t('common.loading')}</Paragraph>;
  if (q.isError) return <Alert type="error">{t('errors.loadFailed')}</Alert>;
  const view = q.data;
  const open = (e: Editing) => { setNotice(null); setEditing(e); };
  const done = (message: string) => () => { setEditing(null); setNotice({ text: message, at: Date.now() }); };
  const cancel = () => setEditing(null);
  const common = { view, youthId, onCancel: cancel };
  /** A measurement after 6 or 12 months whose first day has not come yet. */
  const opensLater = (moment: ResultMoment) => { const on = view.measurementOpensOn[moment]; return Boolean(on && on > amsterdamToday()); };

  return (
    <>
      {notice ? <div ref={noticeRef} tabIndex={-1} key={notice.at} className="spil-closing-notice"><Alert type="ok">{notice.text}</Alert></div> : null}
      <Heading level={3}>{t('closing.conversation.title')}</Heading>
      {editing === 'conversation' ? (
        <ConversationForm {...common} onDone={done(view.conversation ? t('closing.conversation.changed') : t('closing.conversation.closed'))} />
      ) : view.conversation ? (
        <Conversation view={view} onEdit={() => open('conversation')} />
      ) : view.trajectory.status === 'closed' ? (
        <Alert type="info">{t('closing.conversation.closedWithout')}</Alert>
      ) : (
        <>
          <Paragraph>{t('closing.conversation.intro')}</Paragraph>
          <Button variant="primary" onClick={() => open('conversation')}>{t('closing.conversation.start')}</Button>
        </>
      )}

      {view.trajectory.closing ? (
        <>
          <Heading level={3}>{t('closing.result.title')}</Heading>
          <Paragraph>{t('closing.result.intro')}</Paragraph>
          {RESULT_MOMENTS.map((moment) => {
            const m = view.resultMeasurements.find((x) => x.moment === moment);
            if (editing === `result:${moment}`) {
              return <ResultMeasurementForm key={moment} trajectoryId={trajectoryId} youthId={youthId} areas={view.resultAreas} moment={moment} measurement={m}
                onDone={done(t('closing.result.saved'))} onCancel={cancel} />;
            }
            return m ? (
              <div key={moment} className="spil-closing-card">
                <Heading level={4}>{t(`closing.moments.${moment}`)}</Heading>
                <ResultSummary measurement={m} areas={view.resultAreas} />
                <Button onClick={() => open(`result:${moment}`)}>{t('closing.result.change', { moment: t(`closing.moments.${moment}`) })}</Button>
              </div>
            ) : opensLater(moment) ? (
              // Not yet its time: the day it opens, instead of a form that cannot be saved.
              <p key={moment} className="utrecht-paragraph spil-muted">{t('closing.result.opensOn', { moment: t(`closing.moments.${moment}`), date: formatCalendarDate(view.measurementOpensOn[moment]) })}</p>
            ) : (
              <p key={moment} className="utrecht-paragraph">
                <Button variant={moment === 'closing' ? 'primary' : 'secondary'} onClick={() => open(`result:${moment}`)}>{t('closing.result.fillIn', { moment: t(`closing.moments.${moment}`) })}</Button>
              </p>
            );
          })}
          <Paragraph>
            <ButtonLink to="/jongeren/$youthId/leefgebieden" params={{ youthId }}>{t('closing.result.selfReliance')}</ButtonLink>
          </Paragraph>

          <Heading level={3}>{t('closing.handover.title')}</Heading>
          {view.handovers.length === 0 ? <Paragraph>{t('closing.handover.none')}</Paragraph> : (
            <ul className="spil-closing-list">
              {view.handovers.map((h) => (
                <li key={h.id} className="spil-closing-card">
                  <p className="utrecht-paragraph"><strong>{h.toOrganisation}</strong>{h.toPerson ? ` — ${h.toPerson}` : ''}</p>
                  <p className="utrecht-paragraph">{h.what}</p>
                  {h.conversationOn ? <p className="utrecht-paragraph spil-muted">{t('closing.handover.conversationWas', { date: formatCalendarDate(h.conversationOn) })}{h.conversationNote ? `: ${h.conversationNote}` : ''}</p> : null}
                  <p className="utrecht-paragraph spil-closing-badges">
                    {h.checkedOn
                      ? <StatusBadge tone={h.landed ? 'success' : 'warning'}>{t(h.landed ? 'closing.handover.landedYes' : 'closing.handover.landedNo', { date: formatCalendarDate(h.checkedOn) })}</StatusBadge>
                      : null}
                    {h.checkOpen
                      ? <StatusBadge tone={h.checkDue ? 'warning' : 'neutral'}>{t(h.checkDue ? 'closing.handover.checkDueNow' : h.checkedOn ? 'closing.handover.againPlanned' : 'closing.handover.checkPlanned', { date: formatCalendarDate(h.checkDueOn) })}</StatusBadge>
                      : null}
                  </p>
                  {h.checkNote ? <p className="utrecht-paragraph">{h.checkNote}</p> : null}
                  {editing === `check:${h.id}` ? (
                    <HandoverCheckForm {...common} handover={h} onDone={done(t('closing.handover.checked'))} />
                  ) : editing === `handover:${h.id}` ? (
                    <HandoverForm {...common} handover={h} onDone={done(t('closing.handover.changed'))} />
                  ) : (
                    <div className="spil-row-actions">
                      {h.checkOpen ? <Button onClick={() => open(`check:${h.id}`)}>{t('closing.handover.recordCheck', { organisation: h.toOrganisation })}</Button> : null}
                      <Button onClick={() => open(`handover:${h.id}`)} aria-label={t('closing.handover.changeNamed', { organisation: h.toOrganisation })}>{t('closing.handover.change')}</Button>
                    </div>
                  )}
                </li>
              ))}
            </ul>
          )}
          {editing === 'handover' ? <HandoverForm {...common} onDone={done(t('closing.handover.saved'))} /> : (
            <Button onClick={() => open('handover')}>{t('closing.handover.add')}</Button>
          )}

          <Aftercare view={view} editing={editing} open={open} form={(kind) => kind === 'plan'
            ? <AftercarePlanForm {...common} onDone={done(t('closing.aftercare.planSaved'))} />
            : <AftercareContactForm {...common} onDone={done(t('closing.aftercare.contactSaved'))} />} />
        </>
      ) : null}

      {view.trajectory.status === 'closed' ? (
        <>
          <Heading level={3}>{t('closing.reopen.title')}</Heading>
          <Paragraph>{t('closing.reopen.text')}</Paragraph>
          <Button onClick={onShowTrajectory}>{t('closing.reopen.go')}</Button>
        </>
      ) : null}
    </>
  );
}

function Conversation({ view, onEdit }: { view: ClosingView; onEdit: () => void }) {
  const { t } = useTranslation();
  const config = useConfig();
  const c = view.conversation!;
  const reason = view.trajectory.closingReason;
  return (
    <>
      <dl className="spil-facts spil-facts--wide spil-closing-summary">
        <div className="spil-facts__row"><dt>{t('closing.conversation.heldOn')}</dt><dd>{formatCalendarDate(c.heldOn)} · {c.author.name}</dd></div>
        {reason ? <div className="spil-facts__row"><dt>{t('closing.conversation.closingReason')}</dt><dd>{config.data?.lists.closing_reason?.find((o) => o.key === reason)?.label ?? reason}</dd></div> : null}
        <div className="spil-facts__row"><dt>{t('closing.conversation.summary')}</dt><dd>{c.summary}</dd></div>
        {c.takesAlong ? <div className="spil-facts__row"><dt>{t('closing.conversation.takesAlong')}</dt><dd>{c.takesAlong}</dd></div> : null}
      </dl>
      <Button onClick={onEdit}>{t('closing.conversation.edit')}</Button>
    </>
  );
}

const MOMENT_TONE: Record<MomentStatus, 'neutral' | 'warning' | 'danger' | 'success'> = { held: 'success', missed: 'danger', overdue: 'danger', due: 'warning', planned: 'neutral' };

function Aftercare({ view, editing, open, form }: { view: ClosingView; editing: Editing; open: (e: Editing) => void; form: (kind: 'plan' | 'contact') => ReactNode }) {
  const { t } = useTranslation();
  const { plan, contacts, schedule } = view.aftercare;
  const yesNo = (v: boolean | null) => t(v === null ? 'closing.notAsked' : v ? 'closing.yes' : 'closing.no');
  return (
    <>
      <Heading level={3}>{t('closing.aftercare.title')}</Heading>
      {plan ? (
        <>
          {schedule?.next ? (
            <p className={`utrecht-paragraph spil-closing-next${schedule.next.overdue ? ' spil-closing-next--late' : ''}`}>
              {t('closing.aftercare.next', { date: formatCalendarDate(schedule.next.dueOn) })}
              {schedule.next.overdue ? <> <StatusBadge tone="danger">{t('closing.aftercare.late', { count: schedule.next.daysLate })}</StatusBadge></> : null}
            </p>
          ) : <p className="utrecht-paragraph">{t('closing.aftercare.allDone')}</p>}
          <dl className="spil-facts spil-facts--wide spil-closing-summary">
            <div className="spil-facts__row"><dt>{t('closing.aftercare.content')}</dt><dd>{plan.content}</dd></div>
            <div className="spil-facts__row"><dt>{t('closing.aftercare.frequency')}</dt><dd>{t('closing.aftercare.every', { count: plan.frequencyWeeks })}</dd></div>
            <div className="spil-facts__row"><dt>{t('closing.aftercare.period')}</dt><dd>{formatCalendarDate(plan.startsOn)} – {formatCalendarDate(plan.endsOn)}</dd></div>
          </dl>
          {schedule?.moments.length ? (
            <>
              <Heading level={4}>{t('closing.aftercare.moments')}</Heading>
              <ul className="spil-closing-moments">
                {schedule.moments.map((m) => (
                  <li key={m.dueOn}>
                    {formatCalendarDate(m.dueOn)} <StatusBadge tone={MOMENT_TONE[m.status]}>{t(`closing.aftercare.status.${m.status}`, { date: formatCalendarDate(m.heldOn) })}</StatusBadge>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      ) : <Paragraph>{t('closing.aftercare.noPlan')}</Paragraph>}
      {editing === 'plan' ? form('plan') : <Button onClick={() => open('plan')}>{plan ? t('closing.aftercare.changePlan') : t('closing.aftercare.makePlan')}</Button>}

      <Heading level={4}>{t('closing.aftercare.contacts')}</Heading>
      {contacts.length === 0 ? <Paragraph>{t('closing.aftercare.noContacts')}</Paragraph> : (
        <ul className="spil-closing-list">
          {[...contacts].reverse().map((c) => (
            <li key={c.id} className="spil-closing-card">
              <p className="utrecht-paragraph"><strong>{formatCalendarDate(c.heldOn)}</strong> · {c.author.name}</p>
              <p className="utrecht-paragraph">{t('closing.aftercare.stillWorking')} <strong>{yesNo(c.stillWorking)}</strong> · {t('closing.aftercare.stillHoused')} <strong>{yesNo(c.stillHoused)}</strong></p>
              {c.note ? <p className="utrecht-paragraph">{c.note}</p> : null}
            </li>
          ))}
        </ul>
      )}
      {editing === 'contact' ? form('contact') : <Button variant={schedule?.next?.overdue ? 'primary' : 'secondary'} onClick={() => open('contact')}>{t('closing.aftercare.addContact')}</Button>}
    </>
  );
}
