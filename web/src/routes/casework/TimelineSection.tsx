import { useInfiniteQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { get } from '../../api/client';
import { TIMELINE_KINDS, type TimelineItem, type TimelineKind, type TimelinePage } from '../../api/types';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { CheckboxField, Fieldset } from '../../components/FormField';
import { Heading, Paragraph } from '../../components/Heading';
import { formatCalendarDate, formatDateTime } from '../../format/dates';
import { ContactDetail } from './ContactDetail';
import { useLists } from './lists';

const PAGE = 30;

type Lists = ReturnType<typeof useLists>;
const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : '');
const short = (v: string, n = 140) => (v.length > n ? `${v.slice(0, n - 1)}…` : v);

/** One line that says what happened, from the item's data, with the tenant's labels. */
function summary(item: TimelineItem, lists: Lists, t: TFunction): string {
  const d = item.data;
  switch (item.kind) {
    case 'signal':
      return [lists.label('signal_source', d.source), str(d.reporterName), str(d.reporterOrganisation), short(str(d.reason))].filter(Boolean).join(' · ');
    case 'attempt':
      return [lists.label('attempt_channel', d.channel), lists.label('attempt_outcome', d.outcome), short(str(d.note))].filter(Boolean).join(' · ');
    case 'kennismaking':
      return [str(d.place), short(str(d.selfDescription) || str(d.youthExpectations))].filter(Boolean).join(' · ');
    case 'contact': {
      const withWhom = Array.isArray(d.withWhom) ? d.withWhom.map((w) => lists.label('contact_with', w)).join(', ') : '';
      return [
        lists.label('contact_mode', d.mode), withWhom,
        typeof d.durationMinutes === 'number' ? t('common.minutes', { count: d.durationMinutes }) : '',
        typeof d.scalingScore === 'number' ? t('timeline.score', { score: d.scalingScore }) : '',
        d.fiveG ? t('timeline.fiveG') : '',
        short(str(d.note)),
      ].filter(Boolean).join(' · ');
    }
    case 'incident':
      return [
        lists.label('incident_place', d.place), short(str(d.what)),
        typeof d.responseMinutes === 'number' ? t('incident.response', { count: d.responseMinutes }) : '',
      ].filter(Boolean).join(' · ');
    case 'appointment':
      return [str(d.purpose), str(d.place), typeof d.status === 'string' ? t(`appointment.status.${d.status}`, { defaultValue: d.status }) : ''].filter(Boolean).join(' · ');
    case 'phase': {
      const event = typeof d.event === 'string' ? t(`history.trajectory.${d.event}`, { defaultValue: d.event }) : '';
      const move = str(d.fromPhase) ? `${str(d.fromPhase)} → ${str(d.toPhase) || '—'}` : str(d.toPhase);
      return [event, move, short(str(d.reason)), str(d.gateOverrideReason) ? t('timeline.override', { reason: short(str(d.gateOverrideReason)) }) : ''].filter(Boolean).join(' · ');
    }
    case 'group_session': {
      // "Solliciteren — begeleid door Mohamed El Amrani · note"
      const head = [str(d.topic), str(d.facilitator) ? t('timeline.facilitatedBy', { name: str(d.facilitator) }) : ''].filter(Boolean).join(' — ');
      return [head, short(str(d.note))].filter(Boolean).join(' · ');
    }
    case 'closing_conversation':
      return [short(str(d.summary)), str(d.takesAlong) ? t('timeline.takesAlong', { what: short(str(d.takesAlong), 80) }) : ''].filter(Boolean).join(' · ');
    case 'warm_handover': {
      const to = handoverTo(d);
      return [t(str(d.conversationOn) ? 'timeline.handoverTo' : 'timeline.handoverPlanned', { to }), short(str(d.what))].filter(Boolean).join(' · ');
    }
    case 'handover_check':
      return [t(d.landed === true ? 'timeline.landed' : 'timeline.notLanded', { to: handoverTo(d) }), short(str(d.note))].filter(Boolean).join(' · ');
    case 'aftercare_contact':
      return [
        typeof d.stillWorking === 'boolean' ? t('timeline.stillWorking', { answer: t(d.stillWorking ? 'timeline.yes' : 'timeline.no') }) : '',
        typeof d.stillHoused === 'boolean' ? t('timeline.stillHoused', { answer: t(d.stillHoused ? 'timeline.yes' : 'timeline.no') }) : '',
        short(str(d.note)),
      ].filter(Boolean).join(' · ');
    case 'result_measurement': {
      // "bij afsluiten · werk gevonden: ja; inkomen gestegen: ja; …" (areas that do not apply left out)
      const answers = Array.isArray(d.answers) ? (d.answers as { area: string; answer: string }[]).filter((a) => a.answer !== 'nvt') : [];
      return [
        typeof d.moment === 'string' ? t(`timeline.moments.${d.moment}`, { defaultValue: d.moment }) : '',
        answers.map((a) => t('timeline.answer', { area: t(`timeline.areas.${a.area}`, { defaultValue: a.area }), answer: t(`timeline.answers.${a.answer}`, { defaultValue: a.answer }) })).join('; '),
      ].filter(Boolean).join(' · ');
    }
    default:
      return '';
  }
}

/** "Schuldhulpverlening Rotterdam (Mevrouw Bakker)" */
const handoverTo = (d: Record<string, unknown>) => [str(d.toOrganisation), str(d.toPerson) ? `(${str(d.toPerson)})` : ''].filter(Boolean).join(' ');

/** The afronding's records carry a calendar date, not a time: the timeline shows that date. */
function dayOf(item: TimelineItem): string {
  const d = item.data;
  switch (item.kind) {
    case 'closing_conversation': case 'aftercare_contact': return str(d.heldOn);
    case 'warm_handover': return str(d.conversationOn);
    case 'handover_check': return str(d.checkedOn);
    case 'result_measurement': return str(d.measuredOn);
    default: return '';
  }
}

/** What kind of item it is; a contact recorded once for a group says which group. */
function kindLabel(item: TimelineItem, t: TFunction): string {
  const kind = t(`timeline.kind.${item.kind}`);
  return item.kind === 'contact' && str(item.data.group) ? t('timeline.groupContact', { kind, group: str(item.data.group) }) : kind;
}

/** The afronding's five kinds are one filter: on a phone, thirteen checkboxes push the timeline off the screen. */
const AFRONDING: readonly TimelineKind[] = ['closing_conversation', 'warm_handover', 'handover_check', 'aftercare_contact', 'result_measurement'];
const FILTERS: { key: string; kinds: readonly TimelineKind[] }[] = [
  ...TIMELINE_KINDS.filter((k) => !AFRONDING.includes(k)).map((k) => ({ key: k, kinds: [k] })),
  { key: 'afronding', kinds: AFRONDING },
];

/** The youth's timeline: everything merged, newest first, filter by kind, paged with a cursor. */
export function TimelineSection({ youthId }: { youthId: string }) {
  const { t } = useTranslation();
  const lists = useLists();
  const [kinds, setKinds] = useState<TimelineKind[]>([...TIMELINE_KINDS]);
  const all = kinds.length === TIMELINE_KINDS.length;
  const q = useInfiniteQuery({
    queryKey: ['youth', youthId, 'timeline', all ? 'all' : kinds.join(',')],
    queryFn: ({ pageParam }) => get<TimelinePage>(`/api/youth/${youthId}/timeline?limit=${PAGE}${all ? '' : `&kinds=${kinds.join(',')}`}${pageParam ? `&before=${encodeURIComponent(pageParam)}` : ''}`),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: kinds.length > 0,
  });
  const items = q.data?.pages.flatMap((p) => p.items) ?? [];
  const [openContact, setOpenContact] = useState<{ id: string; at: string } | null>(null);
  const closeContact = useCallback(() => setOpenContact(null), []);
  return (
    <section aria-labelledby="timeline-heading" className="spil-section">
      <Heading level={2} id="timeline-heading">{t('timeline.title')}</Heading>
      <Fieldset legend={t('timeline.filter')}>
        <div className="spil-filter">
          {FILTERS.map((f) => (
            <CheckboxField key={f.key} name={`timeline-kind-${f.key}`} label={f.kinds.length === 1 ? t(`timeline.kinds.${f.key}`) : t(`timeline.kindGroups.${f.key}`)}
              checked={f.kinds.every((k) => kinds.includes(k))}
              onChange={(on) => setKinds((cur) => TIMELINE_KINDS.filter((x) => (f.kinds.includes(x) ? on : cur.includes(x))))} />
          ))}
        </div>
      </Fieldset>
      <p className="spil-actions">
        <Button variant="subtle" onClick={() => setKinds([...TIMELINE_KINDS])} disabled={all}>{t('timeline.showAll')}</Button>
      </p>
      {!kinds.length ? <Paragraph>{t('timeline.chooseKind')}</Paragraph> : null}
      {q.isPending && kinds.length ? <Paragraph>{t('common.loading')}</Paragraph> : null}
      {q.isError ? <Alert type="error">{t('errors.loadFailed')}</Alert> : null}
      {q.isSuccess && !items.length ? <Paragraph>{t('timeline.empty')}</Paragraph> : null}
      {items.length ? (
        <ol className="spil-record-list" aria-label={t('timeline.title')}>
          {items.map((item) => (
            <li key={`${item.kind}-${item.id}`} className="spil-record">
              <p className="spil-record__meta">
                {dayOf(item) ? <time dateTime={dayOf(item)}>{formatCalendarDate(dayOf(item))}</time> : <time dateTime={item.at}>{formatDateTime(item.at)}</time>}
                {item.actor ? ` · ${item.actor.name}` : ''}
              </p>
              <p><span className="spil-record__kind">{kindLabel(item, t)}</span>{summary(item, lists, t) ? `: ${summary(item, lists, t)}` : ''}</p>
              {item.kind === 'contact' ? (
                <p className="spil-row-actions">
                  <Button variant="subtle" aria-label={t('contactDetail.openFrom', { when: formatDateTime(item.at) })}
                    onClick={() => setOpenContact({ id: item.id, at: item.at })}>{t('contactDetail.open')}</Button>
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
      <Dialog open={openContact !== null} onClose={closeContact} title={openContact ? t('contactDetail.title', { when: formatDateTime(openContact.at) }) : ''}>
        {openContact ? <ContactDetail contactId={openContact.id} onClose={closeContact} /> : null}
      </Dialog>
      {q.hasNextPage ? (
        <p className="spil-actions">
          <Button onClick={() => void q.fetchNextPage()} busy={q.isFetchingNextPage} disabled={q.isFetchingNextPage}>{t('timeline.more')}</Button>
        </p>
      ) : null}
    </section>
  );
}
