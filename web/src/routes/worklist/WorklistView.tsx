import { Link } from '@tanstack/react-router';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { TextareaField, TextField } from '../../components/FormField';
import { Heading, Paragraph } from '../../components/Heading';
import { StatusBadge } from '../../components/StatusText';
import { amsterdamToday, calendarDaysBetween, formatDate, formatWeekdayDate, plusCalendarDays } from '../../format/dates';
import { useAcknowledge, usePlanWord } from './queries';
import { BUCKETS, SIGNAL_KINDS, type Bucket, type WorkItem, type Worklist } from './types';
import { describe, isContactSignal, targetOf, type Described } from './worklist-sentence';
import './worklist.css';

type GroupBy = 'bucket' | 'youth' | 'kind';
const GROUP_BY: GroupBy[] = ['bucket', 'youth', 'kind'];
const STORAGE_KEY = 'spil.worklist.groupBy';

function storedGroupBy(): GroupBy {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    if (v === 'youth' || v === 'kind' || v === 'bucket') return v;
  } catch { /* storage may be blocked */ }
  return 'bucket';
}

const bucketTone = (b: Bucket) => (b === 'overdue' ? 'danger' : b === 'today' ? 'warning' : 'neutral');

interface Props {
  data: Worklist;
  /** The section's heading and its id (two lists on one page need two ids). */
  title: string;
  id: string;
  /** Team view: the coach's name on each signal. */
  coachName?: (id: string) => string | undefined;
  /** Home: the quick contact attempt from a no-contact signal. */
  onAttempt?: (youth: { id: string; name: string }) => void;
  intro?: string;
}

/**
 * A worklist: the signals in buckets Te laat / Vandaag / Deze week / Binnenkort (or per youth,
 * per kind), most urgent first as the server sends them; each one a sentence that links to
 * where to act, with "Gezien" and "Uitstellen"; the snoozed ones folded away below.
 */
export function WorklistView({ data, title, id, coachName, onAttempt, intro }: Props) {
  const { t } = useTranslation();
  const plan = usePlanWord();
  const [groupBy, setGroupBy] = useState<GroupBy>(storedGroupBy);
  const [notice, setNotice] = useState<string | null>(null);
  const today = amsterdamToday();
  const said = (i: WorkItem) => describe(i, t, { planLabel: plan, today });

  const choose = (g: GroupBy) => {
    setGroupBy(g);
    try { localStorage.setItem(STORAGE_KEY, g); } catch { /* ignore */ }
  };

  const groups: { key: string; label: string; items: WorkItem[] }[] = [];
  if (groupBy === 'bucket') {
    for (const b of BUCKETS) {
      const items = data.items.filter((i) => i.bucket === b);
      if (items.length) groups.push({ key: b, label: t(`worklist.bucket.${b}`), items });
    }
  } else if (groupBy === 'kind') {
    for (const k of SIGNAL_KINDS) {
      const items = data.items.filter((i) => i.kind === k);
      if (items.length) groups.push({ key: k, label: t(`worklist.kind.${k}`), items });
    }
  } else {
    // Per youth in the order of each one's most urgent signal; group and caseload signals under their own name.
    for (const i of data.items) {
      // Clocks of group members coached by a colleague come under the group's name.
      const key = i.youthId ?? (i.kind === 'group_response' ? `group:${String(i.facts.groupId)}` : `coach:${i.coachId ?? ''}`);
      let g = groups.find((x) => x.key === key);
      const label = i.youth?.displayName ?? (i.kind === 'group_response' ? String(i.facts.group) : String(i.facts.coach ?? t('worklist.kind.caseload_over')));
      if (!g) { g = { key, label, items: [] }; groups.push(g); }
      g.items.push(i);
    }
  }

  const card = (i: WorkItem, showBucket: boolean) => (
    <WorkItemCard key={i.key} item={i} said={said(i)} showBucket={showBucket} today={today}
      coachLine={coachName ? t('worklist.coach', { names: i.coachIds.map(coachName).filter(Boolean).join(', ') || t('worklist.noCoach') }) : undefined}
      onAttempt={onAttempt && isContactSignal(i) && i.youth ? () => onAttempt({ id: i.youth!.id, name: i.youth!.displayName }) : undefined}
      onDone={setNotice} />
  );

  return (
    <section aria-labelledby={`${id}-heading`} className="spil-home__section spil-worklist">
      <Heading level={2} id={`${id}-heading`}>{title} <span className="spil-muted">({data.items.length})</span></Heading>
      {intro ? <Paragraph>{intro}</Paragraph> : null}
      {notice ? <Alert type="ok">{notice}</Alert> : null}
      {data.items.length ? (
        <>
          <div className="spil-worklist__order" role="group" aria-label={t('worklist.groupBy')}>
            <span aria-hidden="true" className="spil-worklist__order-label">{t('worklist.groupBy')}:</span>
            {GROUP_BY.map((g) => (
              <Button key={g} variant={groupBy === g ? 'primary' : 'secondary'} aria-pressed={groupBy === g} onClick={() => choose(g)}>
                {t(`worklist.groupByOption.${g}`)}
              </Button>
            ))}
          </div>
          {groups.map((g) => (
            <section key={g.key} aria-labelledby={`${id}-${g.key}`} className="spil-worklist__group">
              <Heading level={3} id={`${id}-${g.key}`}>{t('worklist.count', { label: g.label, count: g.items.length })}</Heading>
              <ul className="spil-cards">{g.items.map((i) => card(i, groupBy !== 'bucket'))}</ul>
            </section>
          ))}
        </>
      ) : <Paragraph>{t('worklist.empty')}</Paragraph>}
      {data.snoozed.length ? (
        <details className="spil-details spil-worklist__snoozed">
          <summary>{t('worklist.snoozedList', { count: data.snoozed.length })}</summary>
          <ul className="spil-cards">{data.snoozed.map((i) => card(i, true))}</ul>
        </details>
      ) : null}
    </section>
  );
}

type Mode = null | 'acknowledged' | 'snoozed';

function WorkItemCard({ item, said, showBucket, coachLine, onAttempt, onDone, today }: {
  item: WorkItem; said: Described; showBucket: boolean; coachLine?: string; today: string;
  onAttempt?: () => void; onDone: (notice: string) => void;
}) {
  const { t } = useTranslation();
  const uid = useId();
  const ack = useAcknowledge();
  const [mode, setMode] = useState<Mode>(null);
  const [reason, setReason] = useState('');
  const [until, setUntil] = useState(() => plusCalendarDays(today, 7));
  const [errors, setErrors] = useState<{ reason?: string; until?: string; form?: string }>({});
  const target = targetOf(item);

  useEffect(() => {
    if (!mode) return;
    document.getElementById(mode === 'snoozed' ? `${uid}-until` : `${uid}-reason`)?.focus();
  }, [mode, uid]);

  const open = (m: Mode) => { setMode(m); setErrors({}); setReason(''); };

  const send = (action: 'acknowledged' | 'snoozed' | 'reopened') => {
    ack.mutate(
      { signalKey: item.key, action, ...(action === 'snoozed' ? { until } : {}), ...(reason.trim() && action !== 'reopened' ? { reason: reason.trim() } : {}) },
      {
        onSuccess: () => {
          setMode(null);
          onDone(action === 'snoozed' ? t('worklist.done.snoozed', { until: formatWeekdayDate(until) }) : t(`worklist.done.${action}`));
        },
        onError: (e) => {
          if (e instanceof ApiError) {
            if (e.code === 'REASON_REQUIRED') return setErrors({ reason: t('worklist.errors.REASON_REQUIRED') });
            if (e.code === 'SNOOZE_UNTIL_INVALID' || e.code === 'SNOOZE_TOO_LONG') return setErrors({ until: t(`worklist.errors.${e.code}`) });
            if (e.code === 'SIGNAL_NOT_FOUND') return setErrors({ form: t('worklist.errors.SIGNAL_NOT_FOUND') });
            const fields = e.fieldErrors();
            if (fields.reason || fields.until) return setErrors({ reason: fields.reason, until: fields.until });
          }
          setErrors({ form: t('worklist.errors.generic') });
        },
      },
    );
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (mode === 'snoozed') {
      // Only what is plainly missing is caught here; the day's range is the server's rule (and message).
      const errs: typeof errors = {};
      if (!until) errs.until = t('worklist.errors.untilRequired');
      if (!reason.trim()) errs.reason = t('worklist.errors.REASON_REQUIRED');
      setErrors(errs);
      if (Object.keys(errs).length) return;
    }
    if (mode) send(mode);
  };

  const ackLine = item.ack ? (
    item.ack.action === 'snoozed' && item.ack.until
      ? t('worklist.snoozedUntil', { until: formatWeekdayDate(item.ack.until), by: item.ack.by, reason: item.ack.reason })
      : item.ack.reason
        ? t('worklist.acknowledgedByReason', { by: item.ack.by, date: formatDate(item.ack.at), reason: item.ack.reason })
        : t('worklist.acknowledgedBy', { by: item.ack.by, date: formatDate(item.ack.at) })
  ) : null;
  const late = item.bucket === 'overdue' && calendarDaysBetween(today, item.due) <= 0;

  return (
    <li className={`spil-card spil-worklist__item${late ? ' spil-worklist__item--late' : ''}${item.ack ? ' spil-worklist__item--seen' : ''}`}>
      <p className="spil-worklist__sentence">
        {showBucket ? <><StatusBadge tone={bucketTone(item.bucket)}>{t(`worklist.bucket.${item.bucket}`)}</StatusBadge>{' '}</> : null}
        <Link to={target.to} params={target.params as never} hash={target.hash} className="utrecht-link">{said.sentence}</Link>
      </p>
      {coachLine ? <p className="spil-worklist__meta">{coachLine}</p> : null}
      {ackLine ? <p className="spil-worklist__meta">{ackLine}</p> : null}
      {mode ? (
        <form onSubmit={onSubmit} noValidate className="spil-worklist__form" aria-label={`${t(mode === 'snoozed' ? 'worklist.ackForm.titleSnooze' : 'worklist.ackForm.titleAck')}: ${said.sentence}`}>
          {mode === 'snoozed' ? (
            <TextField name="until" id={`${uid}-until`} type="date" label={t('worklist.ackForm.until')} description={t('worklist.ackForm.untilHelp')}
              value={until} onChange={setUntil} error={errors.until} required />
          ) : null}
          <TextareaField name="reason" id={`${uid}-reason`} rows={2}
            label={t(mode === 'snoozed' ? 'worklist.ackForm.reason' : 'worklist.ackForm.reasonOptional')}
            description={t(mode === 'snoozed' ? 'worklist.ackForm.reasonHelp' : 'worklist.ackForm.reasonOptionalHelp')}
            value={reason} onChange={setReason} error={errors.reason} required={mode === 'snoozed'} />
          {errors.form ? <Alert type="error">{errors.form}</Alert> : null}
          <div className="spil-actions">
            <Button type="submit" variant="primary" busy={ack.isPending} disabled={ack.isPending}>
              {t(mode === 'snoozed' ? 'worklist.ackForm.saveSnooze' : 'worklist.ackForm.saveAck')}
            </Button>
            <Button variant="subtle" onClick={() => setMode(null)}>{t('worklist.ackForm.cancel')}</Button>
          </div>
        </form>
      ) : (
        <div className="spil-row-actions" role="group" aria-label={t('worklist.actionsFor', { what: said.sentence })}>
          {onAttempt ? (
            <Button variant="primary" aria-label={t('worklist.logAttemptFor', { name: item.youth?.displayName ?? '' })} onClick={onAttempt}>
              {t('worklist.logAttempt')}
            </Button>
          ) : null}
          {item.ack ? (
            <Button onClick={() => send('reopened')} disabled={ack.isPending} busy={ack.isPending}>{t('worklist.reopen')}</Button>
          ) : (
            <>
              <Button onClick={() => open('acknowledged')}>{t('worklist.acknowledge')}</Button>
              <Button onClick={() => open('snoozed')}>{t('worklist.snooze')}</Button>
            </>
          )}
          {errors.form ? <Alert type="error">{errors.form}</Alert> : null}
        </div>
      )}
    </li>
  );
}
