import type { TFunction } from 'i18next';
import { amsterdamToday, calendarDaysBetween, formatCalendarDate, formatWeekdayDate } from '../../format/dates';
import type { WorkItem } from './types';

/** What the worklist says about one signal: the whole sentence, and the part after the youth's name (for the youth's own card). */
export interface Described { sentence: string; short: string }

export interface DescribeContext {
  /** "ondersteuningsplan" (IJA) or "veranderplan" (IPTA): the tenant's word for the plan. */
  planLabel: string;
  /** Today in Amsterdam, 'YYYY-MM-DD' (passed in so a list counts from one day). */
  today?: string;
}

const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v ?? 0));
const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

/**
 * One plain Dutch sentence per signal, from its kind and facts (server/src/core/norms/norm-engine.ts
 * says which facts each kind carries), e.g. "Bob: 16 dagen geen contact".
 */
export function describe(item: WorkItem, t: TFunction, ctx: DescribeContext): Described {
  const f = item.facts;
  const today = ctx.today ?? amsterdamToday();
  const ahead = calendarDaysBetween(today, item.due);
  const date = formatWeekdayDate(item.due);
  /** "nog 3 dagen" · "vandaag" · "2 dagen te laat" */
  const left = ahead > 0 ? t('worklist.rel.left', { count: ahead }) : ahead === 0 ? t('worklist.rel.today') : t('worklist.rel.late', { count: -ahead });
  /** "over 12 dagen" · "morgen" · "vandaag" */
  const inDays = ahead > 1 ? t('worklist.rel.in', { count: ahead }) : ahead === 1 ? t('worklist.rel.tomorrow') : t('worklist.rel.today');
  const name = item.youth?.displayName ?? str(f.coach);
  const s = (key: string, vars: Record<string, unknown> = {}) => t(`worklist.sentence.${key}`, { plan: ctx.planLabel, date, left, in: inDays, ...vars });

  let short: string;
  switch (item.kind) {
    case 'plan_unsigned':
      short = s(ahead >= 0 ? 'plan_unsigned' : 'plan_unsigned_late', { weeks: num(f.weeks) });
      break;
    case 'phase_over':
      short = ahead > 0
        ? s('phase_over_soon', { phase: str(f.phase), weeks: t('worklist.weeks', { count: num(f.plannedWeeks) }) })
        : s('phase_over', { phase: str(f.phase), days: num(f.daysInPhase), weeks: t('worklist.weeks', { count: num(f.plannedWeeks) }) });
      break;
    case 'no_contact':
      short = num(f.never) ? s('no_contact_never', { count: num(f.days) }) : s('no_contact', { count: num(f.days) });
      break;
    case 'unanswered_attempts':
      short = s('unanswered_attempts', { count: num(f.attempts), days: num(f.days) });
      break;
    case 'caseload_over':
      short = s('caseload_over', { active: num(f.active), limit: num(f.limit) });
      break;
    case 'reassessment_due':
      short = f.lastOn
        ? s('reassessment_due', { last: formatCalendarDate(str(f.lastOn)), count: num(f.months) })
        : s('reassessment_first');
      break;
    case 'action_due':
      short = s(ahead < 0 ? 'action_late' : ahead === 0 ? 'action_today' : 'action_due', { description: str(f.description) });
      break;
    case 'meeting_due':
      short = s(ahead < 0 ? 'meeting_late' : 'meeting_due');
      break;
    case 'placement_evaluation':
      short = s(ahead < 0 ? 'evaluation_late' : 'evaluation_due', { workplace: str(f.workplace) });
      break;
    case 'subsidy_end':
      short = s(ahead > 0 ? 'subsidy_end' : 'subsidy_end_today', {
        what: str(f.detail) || t('worklist.sentence.subsidy'), workplace: str(f.workplace), count: ahead,
      });
      break;
    case 'placement_end':
      short = s(ahead > 0 ? 'placement_end' : ahead === 0 ? 'placement_end_today' : 'placement_end_late', { workplace: str(f.workplace), count: ahead });
      break;
    case 'turning_18':
      short = s('turning_18');
      break;
    case 'turning_27':
      short = s('turning_27');
      break;
    case 'group_response': {
      const hours = num(f.hoursLeft);
      const kind = ['nuisance', 'truancy'].includes(str(f.reportKind)) ? t(`worklist.reportKind.${str(f.reportKind)}`) : t('worklist.reportKind.other');
      const clock = hours >= 0 ? t('worklist.rel.hoursLeft', { count: hours }) : t('worklist.rel.hoursLate', { count: -hours });
      // The group comes first: the coach acts on the group's report, for each member.
      // A member coached by a colleague comes without a name: the group's coach answers the report, not their file.
      const text = t('worklist.sentence.group_response', { name: item.youth?.displayName ?? t('worklist.sentence.groupMember'), kind, clock });
      return { sentence: `${str(f.group)}: ${text}`, short: `${text} (${str(f.group)})` };
    }
    case 'condition_occurred':
      short = s('condition_occurred', { text: str(f.text) });
      break;
    case 'weekly_form_received':
      short = s('weekly_form_received', { supervisor: str(f.supervisor) || t('worklist.sentence.supervisor'), week: formatWeekdayDate(str(f.weekStart)), workplace: str(f.workplace) });
      break;
    case 'aftercare_due':
      short = s(ahead < 0 ? 'aftercare_late' : 'aftercare_due');
      break;
    case 'handover_check':
      short = s(ahead < 0 ? 'handover_check_late' : 'handover_check', { organisation: str(f.organisation) });
      break;
    case 'result_measurement_due':
      short = s(ahead < 0 ? 'result_measurement_late' : 'result_measurement_due', { months: str(f.months) });
      break;
    default:
      short = t('worklist.sentence.unknown');
  }
  return { sentence: `${name}: ${short}`, short };
}

/** Where the coach acts on a signal: the youth file's tab, the assessments page, the group, or the team. */
export interface Target { to: string; params?: Record<string, string>; hash?: string }

export function targetOf(item: WorkItem): Target {
  const youthId = item.youthId ?? '';
  const file = (hash: string): Target => ({ to: '/jongeren/$youthId', params: { youthId }, hash });
  switch (item.kind) {
    case 'plan_unsigned': case 'action_due': case 'meeting_due': case 'condition_occurred': return file('plan');
    case 'phase_over': return file('traject');
    case 'no_contact': case 'unanswered_attempts': return file('contact');
    case 'reassessment_due': return { to: '/jongeren/$youthId/leefgebieden', params: { youthId } };
    case 'placement_evaluation': case 'subsidy_end': case 'placement_end': case 'weekly_form_received': return file('werk');
    case 'turning_18': case 'turning_27': return file('gegevens');
    case 'aftercare_due': case 'handover_check': case 'result_measurement_due': return file('afronding');
    case 'group_response': return { to: '/groepen/$groupId', params: { groupId: str(item.facts.groupId) } };
    case 'caseload_over': return { to: '/team' };
    default: return youthId ? file('traject') : { to: '/' };
  }
}

/** The signals the quick contact attempt answers. */
export const isContactSignal = (item: WorkItem) => item.kind === 'no_contact' || item.kind === 'unanswered_attempts';

/** The most urgent open signal of each youth (the server sends them most urgent first). */
export function firstPerYouth(items: WorkItem[]): Map<string, WorkItem> {
  const out = new Map<string, WorkItem>();
  for (const i of items) if (i.youthId && !i.ack && !out.has(i.youthId)) out.set(i.youthId, i);
  return out;
}
