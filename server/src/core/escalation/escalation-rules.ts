/**
 * Pure rules of the opschaal-overleg (IPTA ch. 6, "Organisatie en voorwaarden": a municipal and
 * a supra-municipal escalation meeting where casework is brought in, so that things get
 * decided and done fast — and where bottlenecks feed policy learning, ch. 2.6).
 *
 * An item goes open → decided (the meeting decided: a date and a decision) → done (the
 * outcome is known). A done item may go back to decided when the outcome was not the end of it.
 */
export type EscalationStatus = 'open' | 'decided' | 'done';

export interface EscalationState {
  status: EscalationStatus;
  meetingOn: string | null;
  decision: string | null;
  actionDueOn: string | null;
  outcome: string | null;
  policyChange: boolean;
  policyChangeNote: string | null;
}

/** A rule broken by a change: a stable code, the HTTP status, the field and a Dutch message. */
export interface EscalationProblem { code: string; status: 400 | 409; field: string; message: string }

const STEPS: Record<EscalationStatus, EscalationStatus[]> = { open: ['decided'], decided: ['done'], done: ['decided'] };

const filled = (s: string | null) => s !== null && s.trim() !== '';

/** The first rule the state after a change breaks, or null when it may be saved. */
export function checkEscalation(before: EscalationStatus | null, after: EscalationState): EscalationProblem | null {
  if (before !== null && before !== after.status && !STEPS[before].includes(after.status)) {
    return after.status === 'done'
      ? { code: 'STATUS_STEP', status: 409, field: 'status', message: 'Leg eerst het besluit vast (status "besloten"); daarna kunt u het afronden.' }
      : { code: 'STATUS_STEP', status: 409, field: 'status', message: 'Een besloten punt gaat niet terug naar "open". Pas het besluit aan als het anders is besloten.' };
  }
  if (before === null && after.status !== 'open') {
    return { code: 'STATUS_STEP', status: 409, field: 'status', message: 'Een nieuw punt begint als "open".' };
  }
  if (after.status !== 'open' && !after.meetingOn) {
    return { code: 'MEETING_DATE_REQUIRED', status: 400, field: 'meetingOn', message: 'Vul de datum van het opschaal-overleg in waarop is besloten.' };
  }
  if (after.status !== 'open' && !filled(after.decision)) {
    return { code: 'DECISION_REQUIRED', status: 400, field: 'decision', message: 'Schrijf op wat het overleg heeft besloten.' };
  }
  if (after.status === 'done' && !filled(after.outcome)) {
    return { code: 'OUTCOME_REQUIRED', status: 400, field: 'outcome', message: 'Schrijf op wat het besluit heeft opgeleverd voordat u het punt afrondt.' };
  }
  if (after.actionDueOn && after.meetingOn && after.actionDueOn < after.meetingOn) {
    return { code: 'DUE_BEFORE_MEETING', status: 400, field: 'actionDueOn', message: 'De datum waarop de actie klaar moet zijn ligt vóór de datum van het overleg.' };
  }
  if (after.policyChange && !filled(after.policyChangeNote)) {
    return { code: 'POLICY_CHANGE_NOTE_REQUIRED', status: 400, field: 'policyChangeNote', message: 'Beschrijf welke beleidswijziging eruit is gekomen.' };
  }
  if (after.policyChange && after.status === 'open') {
    return { code: 'POLICY_CHANGE_NEEDS_DECISION', status: 409, field: 'policyChange', message: 'Een punt wordt pas een beleidswijziging nadat het overleg erover heeft besloten.' };
  }
  return null;
}

/** The action is late: a due date before today while the item is not done. */
export function isOverdue(e: { status: EscalationStatus; actionDueOn: string | null }, today: string): boolean {
  return e.status !== 'done' && e.actionDueOn !== null && e.actionDueOn < today;
}
