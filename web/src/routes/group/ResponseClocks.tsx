import { Link } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { StatusBadge } from '../../components/StatusText';
import { TableRegion, TBody, Td, THead, Th, Tr } from '../../components/Table';
import { formatDateTime } from '../../format/dates';
import { hoursAndMinutes } from './queries';
import type { GroupReport, ResponseClock } from './types';

/** Now, moved on every minute, so "nog 3 uur" stays true while the page is open. */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** 23-11 21:40: within a day's clock the year only takes room. */
export const shortDateTime = (iso: string) => formatDateTime(iso).replace(/-\d{4} /, ' ');

/** "3 uur" or, in the last hour, "40 minuten". */
export function duration(ms: number, t: TFunction): string {
  const { hours, minutes } = hoursAndMinutes(ms);
  return hours >= 1 ? t('group.clock.hours', { count: hours }) : t('group.clock.minutes', { count: minutes });
}

const TONE = { met: 'success', missed: 'danger', open: 'warning' } as const;

/** What the clock means, in one plain sentence: "Nog 3 uur om Dex te spreken". */
function clockSentence(c: ResponseClock, report: GroupReport, hours: number, now: number, name: string | null, t: TFunction): string {
  if (c.state === 'open') {
    const time = duration(new Date(c.dueAt).getTime() - now, t);
    return name ? t('group.clock.left', { time, name }) : t('group.clock.leftMember', { time });
  }
  if (c.state === 'met') {
    return t('group.clock.metIn', { when: shortDateTime(c.answeredAt!), time: duration(new Date(c.answeredAt!).getTime() - new Date(report.reportedAt).getTime(), t) });
  }
  return c.answeredAt
    ? t('group.clock.missedLate', { when: shortDateTime(c.answeredAt), time: duration(new Date(c.answeredAt).getTime() - new Date(c.dueAt).getTime(), t) })
    : t('group.clock.missedNot', { hours });
}

/**
 * Each member's clock after one report, as a table that fits a phone: the name heads the row,
 * then the time it is due, then the state — a badge, and in words when the youth was spoken
 * or how long is left. Three columns, so nothing scrolls sideways at 360 px.
 */
export function ResponseClocks({ report, hours, visible }: { report: GroupReport; hours: number; visible: Set<string> }) {
  const { t } = useTranslation();
  const now = useNow();
  const count = (s: ResponseClock['state']) => report.clocks.filter((c) => c.state === s).length;
  const summary = [
    t('group.clock.summaryMet', { count: count('met'), total: report.clocks.length }),
    count('open') ? t('group.clock.summaryOpen', { count: count('open') }) : '',
    count('missed') ? t('group.clock.summaryMissed', { count: count('missed') }) : '',
  ].filter(Boolean).join(' · ');
  const caption = t('group.clock.caption', { hours });
  return (
    <div className="spil-group-clocks">
      <p className="utrecht-paragraph">{summary}</p>
      <TableRegion label={`${caption}: ${t(`group.report.kinds.${report.kind}`)} ${shortDateTime(report.reportedAt)}`} caption={caption}>
        <THead>
          <Th>{t('group.clock.member')}</Th>
          <Th>{t('group.clock.due')}</Th>
          <Th>{t('group.clock.state')}</Th>
        </THead>
        <TBody>
          {report.clocks.map((c) => {
            const name = visible.has(c.youthId) ? c.displayName : null;
            return (
              <Tr key={c.youthId}>
                <Th scope="row">
                  {name ? <Link to="/jongeren/$youthId" params={{ youthId: c.youthId }} className="utrecht-link">{name}</Link> : t('group.page.noAccess')}
                </Th>
                <Td><time dateTime={c.dueAt}>{shortDateTime(c.dueAt)}</time></Td>
                <Td>
                  <StatusBadge tone={TONE[c.state]}>{t(`group.clock.states.${c.state}`)}</StatusBadge>
                  <span className="spil-group-clocks__words">{clockSentence(c, report, hours, now, name, t)}</span>
                </Td>
              </Tr>
            );
          })}
        </TBody>
      </TableRegion>
    </div>
  );
}
