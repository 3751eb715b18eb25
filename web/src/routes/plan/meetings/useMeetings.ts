import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { ApiError, get, isApiError } from '../../../api/client';
import type { Network } from '../../picture/types';
import { networkKey } from '../../picture/NetworkText';
import type { ActionFilter, ActionList, ConsentSummary, Meeting } from './types';

/** Query keys: everything of one youth sits under ['youth', youthId, …]. */
export const meetingsKey = (youthId: string) => ['youth', youthId, 'meetings'] as const;
export const actionsKey = (youthId: string) => ['youth', youthId, 'actions'] as const;

export function useMeetings(youthId: string) {
  return useQuery({ queryKey: meetingsKey(youthId), queryFn: () => get<{ items: Meeting[] }>(`/api/youth/${youthId}/meetings`) });
}

export function useActions(youthId: string, status: ActionFilter) {
  return useQuery({
    queryKey: [...actionsKey(youthId), status],
    queryFn: () => get<ActionList>(`/api/youth/${youthId}/actions?status=${status}`),
    // Switching the filter keeps the list and its counts on screen until the new one is there.
    placeholderData: keepPreviousData,
  });
}

export function useNetwork(youthId: string, enabled = true) {
  return useQuery({ queryKey: networkKey(youthId), queryFn: () => get<Network>(`/api/youth/${youthId}/network`), enabled });
}

export function useConsents(youthId: string, enabled = true) {
  return useQuery({
    queryKey: ['youth', youthId, 'consents'],
    queryFn: () => get<{ items: ConsentSummary[] }>(`/api/youth/${youthId}/consents`),
    enabled,
  });
}

/** After any change to a meeting or an action: both lists, and the file's history, are stale. */
export function useRefreshMeetings(youthId: string) {
  const qc = useQueryClient();
  return async () => {
    await Promise.all([
      qc.invalidateQueries({ queryKey: meetingsKey(youthId) }),
      qc.invalidateQueries({ queryKey: actionsKey(youthId) }),
      qc.invalidateQueries({ queryKey: ['youth', youthId, 'history'] }),
    ]);
  };
}

export const minutesUrl = (youthId: string, meetingId: string, consentId: string) =>
  `/api/youth/${youthId}/meetings/${meetingId}/minutes.pdf?consentId=${encodeURIComponent(consentId)}`;

/** The current record a 409 VERSION_CONFLICT carries, or undefined when it is not a conflict. */
export function conflictOf<T>(e: unknown): T | null | undefined {
  if (!isApiError(e, 'VERSION_CONFLICT')) return undefined;
  return (e.details as { current?: T } | null)?.current ?? null;
}

/**
 * Field errors from a failed save, keyed by the form's own field names. The server's rules
 * (owner in the meeting, due date not before it, …) come back as stable codes; the message is
 * ours, so it follows the chosen language and sits next to the field it is about.
 */
export function errorsOf(e: unknown, t: TFunction, fields: Record<string, string>): Record<string, string> {
  if (e instanceof ApiError) {
    const field = CODE_FIELD[e.code];
    if (field && fields[field]) return { [fields[field]!]: t(`wraparound.errors.${e.code}`) };
    if (e.code === 'VALIDATION_FAILED') {
      const out: Record<string, string> = {};
      for (const [k, message] of Object.entries(e.fieldErrors())) out[fields[k] ?? '_form'] ??= message;
      return Object.keys(out).length ? out : { _form: e.message || t('errors.generic') };
    }
    if (t(`wraparound.errors.${e.code}`, { defaultValue: '' })) return { _form: t(`wraparound.errors.${e.code}`) };
    return { _form: e.message || t('errors.generic') };
  }
  return { _form: t('errors.generic') };
}

const CODE_FIELD: Record<string, string> = {
  OWNER_NOT_IN_MEETING: 'ownerParticipantId',
  DUE_BEFORE_MEETING: 'dueOn',
  NEXT_MEETING_BEFORE_MEETING: 'nextMeetingOn',
  PARTICIPANT_HAS_ACTIONS: 'participants',
  UNKNOWN_PARTICIPANT: 'participants',
  CONDITION_OCCURRED: 'conditions',
};

// ——— time in Amsterdam, whatever the device's own zone ———

const ZONE = 'Europe/Amsterdam';
const wallclock = new Intl.DateTimeFormat('en-CA', {
  timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});

function parts(d: Date) {
  const p = wallclock.formatToParts(d);
  const get = (type: string) => p.find((x) => x.type === type)?.value ?? '00';
  return { y: get('year'), m: get('month'), d: get('day'), h: get('hour'), mi: get('minute') };
}

/** An instant as the value of <input type="datetime-local">, in Amsterdam time. */
export function amsterdamLocal(iso: string): string {
  const x = parts(new Date(iso));
  return `${x.y}-${x.m}-${x.d}T${x.h}:${x.mi}`;
}

/** A datetime-local value meant as Amsterdam time → ISO instant; null when empty or invalid. */
export function fromAmsterdamLocal(local: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) return null;
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  // The zone's offset at that moment (twice, for the hours around a clock change).
  const offset = (t: number) => {
    const x = parts(new Date(t));
    return Date.UTC(+x.y, +x.m - 1, +x.d, +x.h, +x.mi) - t;
  };
  const first = asUtc - offset(asUtc);
  const instant = asUtc - offset(first);
  return Number.isNaN(instant) ? null : new Date(instant).toISOString();
}
