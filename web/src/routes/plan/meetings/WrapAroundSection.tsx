import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { get } from '../../../api/client';
import type { Youth } from '../../../api/types';
import { Alert } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import { Dialog } from '../../../components/Dialog';
import { Heading, Paragraph } from '../../../components/Heading';
import { StatusBadge } from '../../../components/StatusText';
import { formatCalendarDate, formatDateTime } from '../../../format/dates';
import { NewActionForm } from './ActionForms';
import { MeetingForm } from './MeetingForm';
import { ActionStateBadge, AttendanceForm, ConditionOccurredForm, Dated, MinutesChooser } from './MeetingParts';
import type { Condition, Meeting, Participant } from './types';
import { useMeetings } from './useMeetings';
import './meetings.css';

/** What the one dialog of this section shows. */
type Open =
  | { kind: 'plan'; template?: Meeting }
  | { kind: 'edit'; meeting: Meeting }
  | { kind: 'attendance'; meeting: Meeting }
  | { kind: 'action'; meeting: Meeting }
  | { kind: 'occurred'; meeting: Meeting; condition: Condition }
  | { kind: 'minutes'; meeting: Meeting };

/**
 * Wrap-around overleg (IPTA ch. 4 "Wrap around"): the coach invites the network and the
 * professionals, chairs, and records who came and what was agreed — goals, actions with an
 * owner and a deadline, everyone's role and contribution, how people keep each other informed,
 * when they meet again, and the ontbindende voorwaarden that call for a new meeting.
 */
export function WrapAroundSection({ youthId }: { youthId: string }) {
  const { t } = useTranslation();
  const meetings = useMeetings(youthId);
  const youth = useQuery({ queryKey: ['youth', youthId], queryFn: () => get<Youth>(`/api/youth/${youthId}`), retry: false });
  const name = youth.data?.displayName ?? '';
  const [open, setOpen] = useState<Open | null>(null);
  // What just happened; after an ontbindende voorwaarde occurred, with the offer to meet again.
  const [notice, setNotice] = useState<{ text: string; at: number; planAgain?: Meeting } | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  // Focus moves to what happened. A closing dialog first hands focus back to its opener (when its
  // close event fires), so after a dialog the notice takes focus in the dialog's onClose.
  const afterDialog = useRef(false);
  useEffect(() => { if (notice && !afterDialog.current) noticeRef.current?.focus(); }, [notice]);
  const close = useCallback(() => {
    setOpen(null);
    if (afterDialog.current) { afterDialog.current = false; noticeRef.current?.focus(); }
  }, []);
  const done = (text: string, planAgain?: Meeting) => {
    afterDialog.current = true;
    setOpen(null);
    setNotice({ text, at: Date.now(), planAgain });
  };
  const items = meetings.data?.items ?? [];

  const title = !open ? '' : open.kind === 'plan' ? t(open.template ? 'wraparound.dialog.planAgain' : 'wraparound.dialog.plan', { name })
    : t(`wraparound.dialog.${open.kind}`, { when: formatDateTime(open.meeting.startsAt) });

  return (
    <section className="spil-section spil-wa-section" aria-labelledby="wraparound-title">
      <Heading level={2} id="wraparound-title">{t('wraparound.title')}</Heading>
      <Paragraph className="spil-wa-intro">{t('wraparound.intro')}</Paragraph>
      {notice ? (
        <div className="spil-wa-notice-area" key={notice.at}>
          <div ref={noticeRef} tabIndex={-1} className="spil-wa-notice"><Alert type="ok">{notice.text}</Alert></div>
          {notice.planAgain ? (
            <Button variant="primary" onClick={() => { setOpen({ kind: 'plan', template: notice.planAgain }); setNotice(null); }}>
              {t('wraparound.conditions.planAgain')}
            </Button>
          ) : null}
        </div>
      ) : null}
      {notice?.planAgain ? null : (
        // Right after a voorwaarde occurred the notice offers the new meeting instead (one button, not two).
        <div className="spil-actions">
          <Button variant="primary" onClick={() => { setNotice(null); setOpen({ kind: 'plan' }); }}>{t('wraparound.plan')}</Button>
        </div>
      )}
      {meetings.isPending ? <Paragraph>{t('common.loading')}</Paragraph> : null}
      {meetings.isError ? <Alert type="error">{t('errors.loadFailed')}</Alert> : null}
      {meetings.isSuccess && !items.length ? <Paragraph>{t('wraparound.none', { name })}</Paragraph> : null}
      {items.length ? (
        <ol className="spil-wa-meetings" aria-label={t('wraparound.listLabel')}>
          {items.map((m) => (
            <li key={m.id}>
              <MeetingCard meeting={m} others={items.filter((x) => x.id !== m.id)}
                onOpen={(o) => { setNotice(null); setOpen(o); }} />
            </li>
          ))}
        </ol>
      ) : null}

      <Dialog open={open !== null} onClose={close} title={title}>
        {open?.kind === 'plan' ? <MeetingForm youthId={youthId} youthName={name} template={open.template} onDone={(msg) => done(msg)} onCancel={close} /> : null}
        {open?.kind === 'edit' ? <MeetingForm youthId={youthId} youthName={name} base={open.meeting} onDone={(msg) => done(msg)} onCancel={close} /> : null}
        {open?.kind === 'attendance' ? <AttendanceForm youthId={youthId} meeting={open.meeting} onDone={done} onCancel={close} /> : null}
        {open?.kind === 'action' ? <NewActionForm youthId={youthId} meeting={open.meeting} onDone={done} onCancel={close} /> : null}
        {open?.kind === 'occurred' ? <ConditionOccurredForm youthId={youthId} meeting={open.meeting} condition={open.condition} onDone={(msg, saved) => done(msg, saved)} onCancel={close} /> : null}
        {open?.kind === 'minutes' ? (
          <>
            <MinutesChooser youthId={youthId} youthName={name} meeting={open.meeting} />
            <div className="spil-actions"><Button variant="subtle" onClick={close}>{t('common.close')}</Button></div>
          </>
        ) : null}
      </Dialog>
    </section>
  );
}

const hasPassed = (m: Meeting) => new Date(m.startsAt).getTime() <= Date.now();

function MeetingCard({ meeting: m, others, onOpen }: { meeting: Meeting; others: Meeting[]; onOpen: (o: Open) => void }) {
  const { t } = useTranslation();
  const headingId = `wa-meeting-${m.id}`;
  const when = formatDateTime(m.startsAt);
  const recorded = m.participants.some((p) => p.attended !== null);
  const passed = hasPassed(m);
  const hidden = (key: string) => <span className="spil-visually-hidden">{t(key, { when })}</span>;
  return (
    <article className="spil-wa-meeting" aria-labelledby={headingId}>
      <Heading level={3} id={headingId} className="spil-wa-meeting__title"><Dated k="wraparound.meeting.title" values={{ when }} /></Heading>
      <p className="spil-wa-meeting__line">
        <StatusBadge tone={passed ? 'neutral' : 'warning'}>{t(passed ? 'wraparound.meeting.held' : 'wraparound.meeting.planned')}</StatusBadge>
        <span>{m.place}</span>
      </p>
      <p className="spil-record__meta">{t('wraparound.meeting.chair', { name: m.chair.name })}</p>

      <Heading level={4} id={`${headingId}-who`} className="spil-wa-meeting__sub">{t(recorded ? 'wraparound.meeting.whoCame' : 'wraparound.meeting.whoComes')}</Heading>
      <ul className="spil-wa-participants" aria-labelledby={`${headingId}-who`}>
        {m.participants.map((p) => <ParticipantLine key={p.id} p={p} />)}
      </ul>

      <dl className="spil-wa-facts">
        {m.goals ? <div><dt>{t('wraparound.form.goals')}</dt><dd className="spil-wa-text">{m.goals}</dd></div> : null}
        {m.informing ? <div><dt>{t('wraparound.form.informing')}</dt><dd className="spil-wa-text">{m.informing}</dd></div> : null}
        {m.notes ? <div><dt>{t('wraparound.form.notes')}</dt><dd className="spil-wa-text">{m.notes}</dd></div> : null}
        <div>
          <dt>{t('wraparound.form.nextMeetingOn')}</dt>
          <dd>{m.nextMeetingOn ? formatCalendarDate(m.nextMeetingOn) : t('wraparound.meeting.noNext')}</dd>
        </div>
      </dl>

      <Heading level={4} id={`${headingId}-conditions`} className="spil-wa-meeting__sub">{t('wraparound.form.conditions')}</Heading>
      {m.conditions.length ? (
        <ul className="spil-wa-conditions" aria-labelledby={`${headingId}-conditions`}>
          {m.conditions.map((c) => (
            <ConditionLine key={c.id} c={c} meeting={m} others={others} onOpen={onOpen} />
          ))}
        </ul>
      ) : <Paragraph className="spil-muted">{t('wraparound.conditions.none')}</Paragraph>}

      <Heading level={4} id={`${headingId}-actions`} className="spil-wa-meeting__sub">{t('wraparound.meeting.actions')}</Heading>
      {m.actions.length ? (
        <ul className="spil-wa-meeting-actions" aria-labelledby={`${headingId}-actions`}>
          {m.actions.map((a) => (
            <li key={a.id}>
              <span className="spil-wa-meeting-actions__what">{a.description}</span>
              <span className="spil-muted"> — {a.owner.name}{a.dueOn ? <>, <Dated k="wraparound.actions.dueShort" values={{ date: formatCalendarDate(a.dueOn) }} /></> : null}</span>{' '}
              <ActionStateBadge status={a.status} overdue={a.overdue} />
            </li>
          ))}
        </ul>
      ) : <Paragraph className="spil-muted">{t('wraparound.meeting.noActions')}</Paragraph>}

      <div className="spil-actions spil-wa-meeting__buttons">
        <Button variant="primary" onClick={() => onOpen({ kind: 'action', meeting: m })}>{t('wraparound.meeting.addAction')}{hidden('wraparound.meeting.ofMeeting')}</Button>
        <Button onClick={() => onOpen({ kind: 'attendance', meeting: m })}>{t('wraparound.meeting.attendance')}{hidden('wraparound.meeting.ofMeeting')}</Button>
        <Button onClick={() => onOpen({ kind: 'edit', meeting: m })}>{t('wraparound.meeting.edit')}{hidden('wraparound.meeting.ofMeeting')}</Button>
        <Button onClick={() => onOpen({ kind: 'minutes', meeting: m })}>{t('wraparound.meeting.minutes')}{hidden('wraparound.meeting.ofMeeting')}</Button>
      </div>
    </article>
  );
}

function ParticipantLine({ p }: { p: Participant }) {
  const { t } = useTranslation();
  return (
    <li className="spil-wa-participant">
      <p className="spil-wa-participant__who">
        <span className="spil-wa-participant__name">{p.name}</span>
        {p.role ? <span className="spil-muted"> ({p.role})</span> : null}{' '}
        {p.attended === true ? <StatusBadge tone="success"><span aria-hidden="true">✓ </span>{t('wraparound.attendance.yes')}</StatusBadge> : null}
        {p.attended === false ? <StatusBadge tone="neutral"><span aria-hidden="true">✗ </span>{t('wraparound.attendance.no')}</StatusBadge> : null}
      </p>
      {p.contribution ? <p className="spil-wa-participant__contribution">{p.contribution}</p> : null}
    </li>
  );
}

/** One ontbindende voorwaarde: still standing (with "Voorgevallen"), or occurred — then the offer to meet again. */
function ConditionLine({ c, meeting, others, onOpen }: { c: Condition; meeting: Meeting; others: Meeting[]; onOpen: (o: Open) => void }) {
  const { t } = useTranslation();
  if (!c.occurredAt) {
    return (
      <li className="spil-wa-condition">
        <p className="spil-wa-condition__text">{c.text}</p>
        <Button onClick={() => onOpen({ kind: 'occurred', meeting, condition: c })} aria-label={`${t('wraparound.conditions.occurred')}: ${c.text}`}>
          {t('wraparound.conditions.occurred')}
        </Button>
      </li>
    );
  }
  // A new meeting planned since it occurred answers the offer.
  const answered = others.some((m) => m.createdAt > c.occurredAt!);
  return (
    <li className="spil-wa-condition spil-wa-condition--occurred">
      <p className="spil-wa-condition__text">
        <StatusBadge tone="danger"><span aria-hidden="true">! </span>{t('wraparound.conditions.occurredShort')}</StatusBadge>{' '}{c.text}
      </p>
      <p className="spil-record__meta"><Dated k="wraparound.conditions.occurredBy" values={{ at: formatDateTime(c.occurredAt), name: c.occurredBy?.name ?? '' }} /></p>
      {c.occurredNote ? <p className="spil-wa-text">{c.occurredNote}</p> : null}
      {answered ? <p className="spil-muted">{t('wraparound.conditions.answered')}</p> : (
        <div className="spil-wa-offer">
          <p>{t('wraparound.conditions.offer')}</p>
          <Button variant="primary" onClick={() => onOpen({ kind: 'plan', template: meeting })}>{t('wraparound.conditions.planAgain')}</Button>
        </div>
      )}
    </li>
  );
}
