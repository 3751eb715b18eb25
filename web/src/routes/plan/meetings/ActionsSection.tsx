import { useMutation } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { patch } from '../../../api/client';
import { Alert, type AlertType } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import { Dialog } from '../../../components/Dialog';
import { Heading, Paragraph } from '../../../components/Heading';
import { amsterdamToday, calendarDaysBetween, formatCalendarDate, formatDate, formatDateTime } from '../../../format/dates';
import { useLists } from '../../casework/lists';
import { planWords, usePlanLabel, usePlanParts } from '../usePlan';
import { EditActionForm } from './ActionForms';
import { ActionStateBadge, Dated } from './MeetingParts';
import { ACTION_FILTERS, type ActionFilter, type ActionSource, type ActionStatus, type AgreedAction } from './types';
import { conflictOf, useActions, useRefreshMeetings } from './useMeetings';
import './meetings.css';

type Notice = { type: AlertType; text: string; at: number };

/**
 * Afspraken en acties: one list of everything agreed for the youth — the tasks of the signed
 * plan and the actions of the wrap-around meetings — tracked until done (IPTA ch. 4: "acties
 * blijven gevolgd tot ze klaar zijn"). Open, te laat, klaar or all, each with its count.
 */
export function ActionsSection({ youthId }: { youthId: string }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<ActionFilter>('open');
  const q = useActions(youthId, filter);
  const [editing, setEditing] = useState<AgreedAction | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  // Focus moves to what happened. A closing dialog first hands focus back to its opener (when its
  // close event fires), so after a dialog the notice takes focus in the dialog's onClose.
  const afterDialog = useRef(false);
  useEffect(() => { if (notice && !afterDialog.current) noticeRef.current?.focus(); }, [notice]);
  const say = (text: string, type: AlertType = 'ok') => setNotice({ text, type, at: Date.now() });
  const close = useCallback(() => {
    setEditing(null);
    if (afterDialog.current) { afterDialog.current = false; noticeRef.current?.focus(); }
  }, []);
  const counts = q.data?.counts;
  const count = (f: ActionFilter) => !counts ? null : f === 'all' ? counts.open + counts.done + counts.cancelled : counts[f];
  const items = q.data?.items ?? [];
  const plan = planWords(t, usePlanLabel(youthId));
  const parts = usePlanParts();
  /** "uit overleg van 12-11-2026", "uit ondersteuningsplan versie 2 (Werk of opleiding)". */
  const sourceOf = (s: ActionSource) => (s.kind === 'meeting'
    ? <Dated k="wraparound.actions.fromMeeting" values={{ date: formatDate(s.startsAt) }} />
    : t('wraparound.actions.fromPlan', { plan: plan.plan, version: s.planVersion, part: parts.data?.items.find((p) => p.key === s.partKey)?.label ?? s.partKey }));

  return (
    <section className="spil-section spil-wa-section" aria-labelledby="actions-title">
      <Heading level={2} id="actions-title">{t('wraparound.actions.title')}</Heading>
      <Paragraph className="spil-wa-intro">{t('wraparound.actions.intro')}</Paragraph>
      <div className="spil-wa-filter" role="group" aria-label={t('wraparound.actions.filterLabel')}>
        {ACTION_FILTERS.map((f) => (
          <button key={f} type="button" aria-pressed={filter === f}
            className={`utrecht-button utrecht-button--secondary-action spil-wa-filter__button${filter === f ? ' spil-wa-filter__button--on' : ''}`}
            onClick={() => { setNotice(null); setFilter(f); }}>
            {f === 'overdue' ? <span aria-hidden="true">⚠ </span> : null}
            {t(`wraparound.actions.filter.${f}`)}
            {count(f) !== null ? <span className="spil-wa-filter__count"> ({count(f)})</span> : null}
          </button>
        ))}
      </div>
      {notice ? (
        <div ref={noticeRef} tabIndex={-1} className="spil-wa-notice" key={notice.at}><Alert type={notice.type}>{notice.text}</Alert></div>
      ) : null}
      {q.isPending ? <Paragraph>{t('common.loading')}</Paragraph> : null}
      {q.isError ? <Alert type="error">{t('errors.loadFailed')}</Alert> : null}
      {q.isSuccess && !items.length ? <Paragraph>{t(`wraparound.actions.empty.${filter}`)}</Paragraph> : null}
      {items.length ? (
        <ul className="spil-wa-actions" aria-label={t('wraparound.actions.listLabel', { filter: t(`wraparound.actions.filter.${filter}`).toLowerCase() })}
          aria-busy={q.isPlaceholderData || undefined}>
          {items.map((a) => <ActionItem key={a.id} youthId={youthId} action={a} source={sourceOf(a.source)} onEdit={() => { setNotice(null); setEditing(a); }} say={say} />)}
        </ul>
      ) : null}
      <Dialog open={editing !== null} onClose={close} title={t('wraparound.dialog.editAction')}>
        {editing ? <EditActionForm youthId={youthId} action={editing} onCancel={close} onDone={(msg) => { afterDialog.current = true; setEditing(null); say(msg); }} /> : null}
      </Dialog>
    </section>
  );
}

function ActionItem({ youthId, action: a, source, onEdit, say }: {
  youthId: string; action: AgreedAction; source: ReactNode; onEdit: () => void; say: (text: string, type?: AlertType) => void;
}) {
  const { t } = useTranslation();
  const lists = useLists();
  const refresh = useRefreshMeetings(youthId);
  const setStatus = useMutation({
    mutationFn: (status: ActionStatus) => patch<AgreedAction>(`/api/youth/${youthId}/actions/${a.id}`, { version: a.version, status }),
    onSuccess: async (saved, status) => {
      await refresh();
      say(t(`wraparound.notice.status.${status}`, { description: saved.description }));
    },
    onError: async (e) => {
      await refresh();
      say(conflictOf(e) !== undefined ? t('wraparound.conflict.action', { description: a.description }) : t('errors.generic'), 'warning');
    },
  });
  // Each button says which action it is about: "Klaar: Logeerafspraak verlengen".
  const about = (key: string) => `${t(key)}: ${a.description}`;
  return (
    <li className={`spil-wa-action spil-wa-action--${a.overdue ? 'overdue' : a.status}`}>
      <p className="spil-wa-action__head">
        <span className="spil-wa-action__what">{a.description}</span>{' '}
        <ActionStateBadge status={a.status} overdue={a.overdue} />
      </p>
      <dl className="spil-wa-action__facts">
        <div><dt>{t('wraparound.action.owner')}</dt><dd>{a.owner.name}</dd></div>
        <div><dt>{t('wraparound.actions.due')}</dt><dd><DueText action={a} /></dd></div>
        <div><dt>{t('wraparound.actions.source')}</dt><dd>{source}</dd></div>
      </dl>
      {a.principles.length ? (
        <ul className="spil-wa-tags" aria-label={t('wraparound.action.principles')}>
          {a.principles.map((p) => <li key={p}>{lists.label('working_principle', p)}</li>)}
        </ul>
      ) : null}
      {a.note ? <p className="spil-wa-text spil-wa-action__note">{a.note}</p> : null}
      {a.status === 'done' && a.doneAt ? (
        <p className="spil-record__meta"><Dated k="wraparound.actions.doneBy" values={{ at: formatDateTime(a.doneAt), name: a.doneBy?.name ?? '' }} /></p>
      ) : null}
      <div className="spil-actions spil-wa-action__buttons">
        {a.status === 'open' ? (
          <>
            <Button variant="primary" busy={setStatus.isPending} disabled={setStatus.isPending} onClick={() => setStatus.mutate('done')} aria-label={about('wraparound.actions.markDone')}>
              <span aria-hidden="true">✓ </span>{t('wraparound.actions.markDone')}
            </Button>
            <Button onClick={onEdit} aria-label={about('wraparound.actions.edit')}>{t('wraparound.actions.edit')}</Button>
            <Button variant="subtle" disabled={setStatus.isPending} onClick={() => setStatus.mutate('cancelled')} aria-label={about('wraparound.actions.cancel')}>
              {t('wraparound.actions.cancel')}
            </Button>
          </>
        ) : (
          <Button busy={setStatus.isPending} disabled={setStatus.isPending} onClick={() => setStatus.mutate('open')} aria-label={about('wraparound.actions.reopen')}>
            {t('wraparound.actions.reopen')}
          </Button>
        )}
      </div>
    </li>
  );
}

/** The deadline in words: "uiterlijk 12-11-2026", "vandaag", or how long it is overdue. */
function DueText({ action: a }: { action: AgreedAction }) {
  const { t } = useTranslation();
  if (!a.dueOn) return <>{t('wraparound.actions.noDue')}</>;
  const date = formatCalendarDate(a.dueOn);
  if (a.overdue) {
    const days = calendarDaysBetween(a.dueOn, amsterdamToday());
    return <strong className="spil-wa-overdue"><span aria-hidden="true">⚠ </span><Dated k="wraparound.actions.overdueText" values={{ date }} count={Math.max(days, 1)} /></strong>;
  }
  if (a.status === 'open' && a.dueOn === amsterdamToday()) return <Dated k="wraparound.actions.dueToday" values={{ date }} />;
  return <span className="spil-wa-nowrap">{date}</span>;
}
