import { plusDays as addDays, plusMonths } from '../casework/calendar.js';
import type { RuleBreak } from './result-areas.js';

/**
 * Rules of the afronding (IPTA ch. 6; IJA Fase 4 "evalueren / doorverwijzen"): the warm
 * handover's check comes two weeks after the handover conversation unless another day is set;
 * an aftercare plan ends on or after its start; a check that the handover landed says both
 * when and whether.
 */
export const HANDOVER_CHECK_AFTER_DAYS = 14;

export function defaultCheckDueOn(conversationOn: string | null, today: string): string {
  return addDays(conversationOn ?? today, HANDOVER_CHECK_AFTER_DAYS);
}

export function checkAftercarePlan(p: { startsOn: string; endsOn: string }): RuleBreak | null {
  if (p.endsOn < p.startsOn) {
    return { code: 'AFTERCARE_END_BEFORE_START', status: 400, field: 'endsOn', message: 'De einddatum van de nazorg ligt vóór de startdatum. Kies een einddatum op of na de start.' };
  }
  return null;
}

export function checkHandover(h: { conversationOn: string | null; checkDueOn: string; checkedOn: string | null; landed: boolean | null }): RuleBreak | null {
  if (h.conversationOn && h.checkDueOn < h.conversationOn) {
    return { code: 'CHECK_BEFORE_CONVERSATION', status: 400, field: 'checkDueOn', message: 'De controle of de overdracht is geland ligt vóór het overdrachtsgesprek.' };
  }
  if ((h.checkedOn === null) !== (h.landed === null)) {
    return h.checkedOn === null
      ? { code: 'CHECK_DATE_REQUIRED', status: 400, field: 'checkedOn', message: 'Vul in wanneer u heeft nagevraagd of de overdracht is geland.' }
      : { code: 'LANDED_REQUIRED', status: 400, field: 'landed', message: 'Geef aan of de overdracht is geland: ja of nee.' };
  }
  if (h.checkedOn && h.conversationOn && h.checkedOn < h.conversationOn) {
    return { code: 'CHECK_BEFORE_CONVERSATION', status: 400, field: 'checkedOn', message: 'De controle ligt vóór het overdrachtsgesprek.' };
  }
  return null;
}

/**
 * A handover still to be checked: never checked, or checked as not landed with a day set to ask
 * again (a next check after the last one). A "no" without a new day is where the coach left it.
 */
export function handoverOpen(h: { checkDueOn: string; checkedOn: string | null; landed: boolean | null }): boolean {
  return h.checkedOn === null || (h.landed === false && h.checkDueOn > h.checkedOn);
}

/** The handover check is due (for the worklist): still open and its day has come. */
export function handoverCheckDue(h: { checkDueOn: string; checkedOn: string | null; landed: boolean | null }, today: string): boolean {
  return handoverOpen(h) && h.checkDueOn <= today;
}

/** The moments after closing, in the order they fall due: the worklist asks for each in its own time (core/norms). */
export const FOLLOW_UP_MONTHS: Record<string, number> = { after_6_months: 6, after_12_months: 12 };

/**
 * How long after closing the worklist watches a closed trajectory (aftercare, the measurements):
 * until the last measurement's window closes, six months after its moment. Only a warm handover
 * still to be checked keeps it on the list after that.
 */
export const FOLLOW_UP_WATCH_MONTHS = Math.max(...Object.values(FOLLOW_UP_MONTHS)) + 6;

/**
 * A measurement after 6 or 12 months (IPTA Bijlage 5: "op vaste momenten") is about how the
 * youth fares that long after the closing: it belongs to a closed trajectory and is held no
 * earlier than a month before its moment (the aftercare contact may come a little early).
 */
/** The first day a measurement after 6 or 12 months can be held: a month before its moment (null at closing, or before the close). */
export function measurementOpensOn(moment: string, closedOn: string | null): string | null {
  const months = FOLLOW_UP_MONTHS[moment];
  return months === undefined || !closedOn ? null : plusMonths(closedOn, months - 1);
}

export function checkMeasurementMoment(m: { moment: string; measuredOn: string }, closedOn: string | null): RuleBreak | null {
  const months = FOLLOW_UP_MONTHS[m.moment];
  if (months === undefined) return null;
  if (!closedOn) {
    return { code: 'TRAJECTORY_NOT_CLOSED', status: 409, field: 'moment', message: `Een meting na ${months} maanden hoort bij een afgesloten traject. Sluit het traject eerst af met het eindgesprek.` };
  }
  const earliest = measurementOpensOn(m.moment, closedOn)!;
  if (m.measuredOn < earliest) {
    const [y, mo, d] = earliest.split('-');
    return { code: 'MEASUREMENT_TOO_EARLY', status: 400, field: 'measuredOn', message: `Een meting na ${months} maanden kan op zijn vroegst op ${Number(d)}-${Number(mo)}-${y}: ${months - 1} maanden na de afsluiting.` };
  }
  return null;
}
