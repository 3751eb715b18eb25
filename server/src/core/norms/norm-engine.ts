import { aftercareSchedule, type AftercarePlanFacts } from '../closing/aftercare-schedule.js';
import { daysFrom, plusDays, plusMonths } from '../casework/calendar.js';
import { FOLLOW_UP_MONTHS, FOLLOW_UP_WATCH_MONTHS } from '../closing/closing-rules.js';
import { amsterdamDate } from '../youth/youth-rules.js';
import type { NormKey, NormSettings } from './norm-settings.js';

/**
 * The norm engine: the facts of a youth (or a coach's caseload) and "now" in, the signals out.
 * Pure, so every norm is tested at its boundary; the worklist service gathers the facts for
 * the youth one person may see (never the whole tenant) and asks this function.
 *
 * Days are Amsterdam calendar days ('YYYY-MM-DD'), so a clock does not shift by an hour at
 * the summer-time switch; the group response clock counts real hours (24 h, weekend included).
 */
export interface YouthFacts {
  id: string;
  displayName: string;
  registeredAt: Date;
  birthDate: string | null;
  trajectory: {
    status: 'active' | 'paused' | 'closed';
    phaseName: string;
    /** The first phase (Scout / Fase 1 Vertrouwen): the youth is still being reached. */
    phaseIsFirst: boolean;
    phaseEnteredAt: Date;
    plannedWeeks: number | null;
    /** Days the trajectory was paused (and resumed) in this phase: they do not count. */
    pausedDays?: number;
  } | null;
  firstPlanSignedAt: Date | null;
  /** The last real contact: a contactmoment, or an attempt that reached the youth. */
  lastContactAt: Date | null;
  firstAttemptAt: Date | null;
  attempts: number;
  lastAssessmentOn: string | null;
  openActions: { id: string; description: string; dueOn: string | null }[];
  /** The next meeting the last wrap-around meeting agreed on, when no meeting was held since. */
  nextMeeting: { meetingId: string; on: string } | null;
  /** Ontbindende voorwaarden that occurred with no wrap-around meeting planned since: call the team together. */
  occurredConditions: { conditionId: string; meetingId: string; text: string; occurredAt: Date }[];
  placementDates: { placementId: string; workplace: string; kind: 'evaluation' | 'subsidy_end' | 'planned_end'; on: string; detail?: string }[];
  groupReports: { reportId: string; groupId: string; groupName: string; reportedAt: Date; kind: string; answeredAt: Date | null }[];
  /** Warm handovers whose check that they landed is not yet done. */
  handoverChecks?: { handoverId: string; organisation: string; checkDueOn: string }[];
  /** The aftercare plan of the closed trajectory, and the days its contacts were held. */
  aftercare?: { plan: AftercarePlanFacts; contactsHeldOn: string[] } | null;
  /** The closed trajectory's closing day and the result measurements after closing it already has. */
  followUp?: { closedOn: string; measured: string[] } | null;
}

export const SIGNAL_KINDS = [
  'plan_unsigned', 'phase_over', 'no_contact', 'unanswered_attempts', 'caseload_over', 'reassessment_due',
  'action_due', 'meeting_due', 'placement_evaluation', 'subsidy_end', 'placement_end', 'turning_18', 'turning_27', 'group_response',
  'weekly_form_received', 'condition_occurred', 'aftercare_due', 'handover_check', 'result_measurement_due',
] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];

/** Which norm each kind of signal belongs to (switched off together). */
export const NORM_OF: Record<SignalKind, NormKey> = {
  plan_unsigned: 'plan_signed', phase_over: 'phase_duration', no_contact: 'no_contact', unanswered_attempts: 'unanswered_attempts',
  caseload_over: 'caseload', reassessment_due: 'reassessment', action_due: 'actions_due', meeting_due: 'meeting_due',
  placement_evaluation: 'placement_due', subsidy_end: 'placement_due', placement_end: 'placement_due',
  turning_18: 'turning_18', turning_27: 'turning_27', group_response: 'group_response',
  weekly_form_received: 'placement_due', condition_occurred: 'meeting_due', aftercare_due: 'aftercare', handover_check: 'aftercare',
  result_measurement_due: 'aftercare',
};

/** overdue: the due day has passed · today · week: within the next seven days · later: further ahead. */
export type Bucket = 'overdue' | 'today' | 'week' | 'later';
export const BUCKETS: Bucket[] = ['overdue', 'today', 'week', 'later'];

export interface Signal {
  /** Stable for one cause: an acknowledgement or snooze holds for this key only. */
  key: string;
  kind: SignalKind;
  youthId: string | null;
  coachId: string | null;
  /** The Amsterdam date the norm falls due. */
  due: string;
  /** For clocks in hours: the instant it falls due. */
  dueAt: string | null;
  bucket: Bucket;
  /** What the sentence on the worklist says (days, names, descriptions). */
  facts: Record<string, string | number | null>;
}

export function bucketOf(due: string, today: string): Bucket {
  const diff = daysFrom(today, due);
  if (diff < 0) return 'overdue';
  if (diff === 0) return 'today';
  if (diff <= 7) return 'week';
  return 'later';
}

/**
 * The day a youth reaches an age: the birthday in that year, and 1 March for someone born on
 * 29 February in a year without one (as `ageOn` counts).
 */
export function birthdayOfAge(birthDate: string, age: number): string {
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  const year = y + age;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (m === 2 && d === 29 && !leap) return `${year}-03-01`;
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The result measurements after closing, earliest first: [moment, months after closing]. */
const FOLLOW_UP_ORDER = Object.entries(FOLLOW_UP_MONTHS).sort((a, b) => a[1] - b[1]);

/** How long before its due day a signal appears on the worklist (the rest stays quiet until then). */
const SHOW_PLAN_DAYS_BEFORE = 14;
const SHOW_PHASE_DAYS_BEFORE = 7;
const SHOW_REASSESSMENT_DAYS_BEFORE = 7;

export function youthSignals(y: YouthFacts, norms: NormSettings, now: Date): Signal[] {
  const today = amsterdamDate(now);
  const out: Signal[] = [];
  const on = (key: NormKey) => norms[key].enabled;
  const n = (key: NormKey) => norms[key].threshold ?? 0;
  const push = (kind: SignalKind, ref: string, due: string, facts: Signal['facts'], dueAt: Date | null = null, bucket?: Bucket) =>
    out.push({ key: `${kind}:${y.id}:${ref}`, kind, youthId: y.id, coachId: null, due, dueAt: dueAt?.toISOString() ?? null, bucket: bucket ?? bucketOf(due, today), facts });

  const status = y.trajectory?.status ?? null;
  // After closing (IPTA ch. 6, IJA "monitoren-nazorg"): did the warm handover land, and the
  // next planned aftercare contact. The other clocks stop with the trajectory.
  if (on('aftercare')) {
    for (const h of y.handoverChecks ?? []) {
      // The day is in the key: a check asked again after "not landed" is a new signal, not the one seen before.
      if (daysFrom(today, h.checkDueOn) <= n('aftercare')) push('handover_check', `${h.handoverId}:${h.checkDueOn}`, h.checkDueOn, { organisation: h.organisation });
    }
    // Aftercare and the measurements are watched for a while after closing, not for ever: the
    // measurements until the last one's window closes, aftercare as long as that or until one
    // period after the plan's end, whichever is later.
    const watched = status === 'closed' && y.followUp != null && daysFrom(today, plusMonths(y.followUp.closedOn, FOLLOW_UP_WATCH_MONTHS)) > 0;
    const plan = y.aftercare?.plan;
    const aftercareWatched = status === 'closed' && plan !== undefined && (watched || daysFrom(today, plusDays(plan.endsOn, plan.frequencyWeeks * 7)) > 0);
    const next = aftercareWatched ? aftercareSchedule(plan, y.aftercare!.contactsHeldOn, today).next : null;
    if (next && daysFrom(today, next.dueOn) <= n('aftercare')) {
      push('aftercare_due', next.dueOn, next.dueOn, { endsOn: y.aftercare!.plan.endsOn, frequencyWeeks: y.aftercare!.plan.frequencyWeeks });
    }
    // The result measurement at the fixed moments after closing (IPTA Bijlage 5), each asked from
    // a month before its day (as the measurement itself may be held) until the next moment's turn
    // — the last for six months. A moment not measured by then is missed: it neither holds the
    // next one back nor stays on the list for years.
    if (watched) {
      const { closedOn, measured } = y.followUp!;
      FOLLOW_UP_ORDER.forEach(([moment, months], i) => {
        const next = FOLLOW_UP_ORDER[i + 1];
        const until = next ? plusMonths(closedOn, next[1] - 1) : plusMonths(closedOn, FOLLOW_UP_WATCH_MONTHS);
        if (!measured.includes(moment) && daysFrom(today, plusMonths(closedOn, months - 1)) <= 0 && daysFrom(today, until) > 0) {
          push('result_measurement_due', moment, plusMonths(closedOn, months), { moment, months });
        }
      });
    }
  }
  if (status === 'closed') return out;
  const registeredOn = amsterdamDate(y.registeredAt);

  // IJA service norm: intake held and plan signed within 6 weeks of registration.
  if (on('plan_signed') && !y.firstPlanSignedAt) {
    const deadline = plusDays(registeredOn, n('plan_signed') * 7);
    if (daysFrom(today, deadline) <= SHOW_PLAN_DAYS_BEFORE) {
      push('plan_unsigned', deadline, deadline, { weeks: n('plan_signed'), daysLeft: daysFrom(today, deadline), daysSinceRegistration: daysFrom(registeredOn, today) });
    }
  }

  // Each phase's planned duration (IJA 4/8/16/3 weeks); a paused trajectory's clock stands still.
  if (on('phase_duration') && status === 'active' && y.trajectory?.plannedWeeks) {
    const entered = amsterdamDate(y.trajectory.phaseEnteredAt);
    const end = plusDays(entered, y.trajectory.plannedWeeks * 7 + (y.trajectory.pausedDays ?? 0));
    if (daysFrom(today, end) <= SHOW_PHASE_DAYS_BEFORE) {
      push('phase_over', `${entered}`, end, { phase: y.trajectory.phaseName, plannedWeeks: y.trajectory.plannedWeeks, daysInPhase: daysFrom(entered, today) });
    }
  }

  // "Nee is geen optie": in the first phase, trying without reaching the youth; afterwards, no contact for too long.
  const stillReaching = (y.trajectory?.phaseIsFirst ?? true) && !y.lastContactAt;
  if (stillReaching && y.attempts > 0 && y.firstAttemptAt && on('unanswered_attempts')) {
    const first = amsterdamDate(y.firstAttemptAt);
    const due = plusDays(first, n('unanswered_attempts'));
    if (daysFrom(today, due) <= 0) push('unanswered_attempts', first, due, { attempts: y.attempts, days: daysFrom(first, today) });
  } else if (status !== 'paused' && on('no_contact') && !(stillReaching && y.attempts > 0)) {
    const since = y.lastContactAt ? amsterdamDate(y.lastContactAt) : registeredOn;
    // Never reached and not yet tried: the first contact is due at once.
    const due = y.lastContactAt || y.attempts > 0 ? plusDays(since, n('no_contact')) : registeredOn;
    if (daysFrom(today, due) <= 0) push('no_contact', since, due, { days: daysFrom(since, today), never: y.lastContactAt ? 0 : 1 });
  }

  // Life domains scored again every N months (the baseline counts from registration).
  if (on('reassessment') && status === 'active') {
    const base = y.lastAssessmentOn ?? registeredOn;
    const due = plusMonths(base, n('reassessment'));
    if (daysFrom(today, due) <= SHOW_REASSESSMENT_DAYS_BEFORE) {
      push('reassessment_due', base, due, { months: n('reassessment'), lastOn: y.lastAssessmentOn });
    }
  }

  if (on('actions_due')) {
    for (const a of y.openActions) {
      if (a.dueOn && daysFrom(today, a.dueOn) <= n('actions_due')) push('action_due', a.id, a.dueOn, { description: a.description, actionId: a.id });
    }
  }

  if (on('meeting_due') && y.nextMeeting && daysFrom(today, y.nextMeeting.on) <= n('meeting_due')) {
    push('meeting_due', y.nextMeeting.meetingId, y.nextMeeting.on, { meetingId: y.nextMeeting.meetingId });
  }

  // IPTA ch. 4: an ontbindende voorwaarde that occurs calls an extra meeting, at once.
  if (on('meeting_due')) {
    for (const c of y.occurredConditions) {
      push('condition_occurred', c.conditionId, amsterdamDate(c.occurredAt), { text: c.text, meetingId: c.meetingId }, null, 'overdue');
    }
  }

  if (on('placement_due')) {
    for (const p of y.placementDates) {
      const ahead = daysFrom(today, p.on);
      if (ahead > n('placement_due')) continue;
      // A subsidy that has ended is past acting on; an evaluation not held or an end not recorded stays.
      if (p.kind === 'subsidy_end' && ahead < 0) continue;
      const kind: SignalKind = p.kind === 'evaluation' ? 'placement_evaluation' : p.kind === 'subsidy_end' ? 'subsidy_end' : 'placement_end';
      push(kind, `${p.placementId}:${p.on}`, p.on, { workplace: p.workplace, detail: p.detail ?? null, placementId: p.placementId, daysLeft: ahead });
    }
  }

  // Turning 18 changes the legal frame; turning 27 leaves the target group.
  for (const [key, age] of [['turning_18', 18], ['turning_27', 27]] as const) {
    if (!on(key) || !y.birthDate) continue;
    const birthday = birthdayOfAge(y.birthDate, age);
    const ahead = daysFrom(today, birthday);
    if (ahead >= 0 && ahead <= n(key)) push(key, birthday, birthday, { age, daysLeft: ahead });
  }

  // Rotterdam: after a nuisance or truancy report about the group, contact "binnen één etmaal (ook in het weekend)".
  if (on('group_response')) {
    for (const r of y.groupReports) {
      if (r.answeredAt) continue;
      const dueAt = new Date(r.reportedAt.getTime() + n('group_response') * 3_600_000);
      // Hours left rounded up while time remains ("nog 1 uur" at 59 minutes), down once overdue.
      const msLeft = dueAt.getTime() - now.getTime();
      const hoursLeft = msLeft > 0 ? Math.ceil(msLeft / 3_600_000) : Math.floor(msLeft / 3_600_000);
      push('group_response', r.reportId, amsterdamDate(dueAt), {
        group: r.groupName, groupId: r.groupId, reportKind: r.kind, hours: n('group_response'), hoursLeft, reportedAt: r.reportedAt.toISOString(),
      }, dueAt, dueAt.getTime() < now.getTime() ? 'overdue' : 'today');
    }
  }
  return out;
}

/** A coach with more active youth than their limit (IPTA: a caseload of 10 to 20). */
export function caseloadSignal(coach: { id: string; name: string; active: number; limit: number }, norms: NormSettings, now: Date): Signal | null {
  if (!norms.caseload.enabled || coach.active <= coach.limit) return null;
  const today = amsterdamDate(now);
  return {
    // worklist.repository's caseloads finds the acknowledgement by this key: change both together.
    key: `caseload_over:${coach.id}:${coach.limit}`, kind: 'caseload_over', youthId: null, coachId: coach.id, due: today, dueAt: null, bucket: 'today',
    facts: { coach: coach.name, active: coach.active, limit: coach.limit },
  };
}

/**
 * A supervisor filled in the weekly form through the link: the coach hears of it on the
 * worklist until they acknowledge it (forms of the last two weeks).
 */
export function weeklyFormSignal(f: { id: string; youthId: string; placementId: string; workplace: string; weekStart: string; supervisor: string; submittedAt: Date }, norms: NormSettings): Signal | null {
  if (!norms.placement_due.enabled) return null;
  return {
    key: `weekly_form_received:${f.youthId}:${f.id}`, kind: 'weekly_form_received', youthId: f.youthId, coachId: null,
    due: amsterdamDate(f.submittedAt), dueAt: null, bucket: 'today',
    facts: { workplace: f.workplace, weekStart: f.weekStart, supervisor: f.supervisor, placementId: f.placementId },
  };
}

/** Most urgent first: by bucket, then by the instant or day it falls due. */
export function byUrgency(a: Signal, b: Signal): number {
  const bucket = BUCKETS.indexOf(a.bucket) - BUCKETS.indexOf(b.bucket);
  if (bucket !== 0) return bucket;
  const at = (s: Signal) => s.dueAt ?? `${s.due}T23:59:59.999Z`;
  return at(a) < at(b) ? -1 : at(a) > at(b) ? 1 : a.key.localeCompare(b.key);
}

/**
 * Whether a group report was answered in time: the first contact with the youth after the
 * report, within the norm's hours. For the team lead's norm performance.
 */
export function groupResponseMet(reportedAt: Date, answeredAt: Date | null, hours: number, now: Date): 'met' | 'missed' | 'open' {
  const dueAt = reportedAt.getTime() + hours * 3_600_000;
  if (answeredAt) return answeredAt.getTime() <= dueAt ? 'met' : 'missed';
  return now.getTime() > dueAt ? 'missed' : 'open';
}
