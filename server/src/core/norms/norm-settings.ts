/**
 * The method's clocks as configuration: each norm a municipality watches, with its threshold
 * and on/off. The defaults are the handbooks' numbers; the administrator may change them.
 * Sources: Rotterdam handbook (plan signed within 6 weeks; contact "binnen één etmaal (ook in
 * het weekend)" after a nuisance or truancy report about a group; phase durations), IPTA
 * handbook (caseload 10–20; "nee is geen optie": no youth silently out of sight), domain.md
 * "Norms the system watches" and section 5.
 */
export const NORM_KEYS = [
  'plan_signed', 'phase_duration', 'no_contact', 'unanswered_attempts', 'caseload', 'reassessment',
  'actions_due', 'meeting_due', 'placement_due', 'turning_18', 'turning_27', 'group_response', 'aftercare',
] as const;
export type NormKey = (typeof NORM_KEYS)[number];

/** What the threshold of a norm counts; null: the norm has no number of its own (it uses the phase's or the coach's). */
export type NormUnit = 'weeks' | 'days' | 'months' | 'hours' | null;

export interface NormDefinition { unit: NormUnit; default: number | null; min: number; max: number }

export const NORM_DEFINITIONS: Record<NormKey, NormDefinition> = {
  plan_signed: { unit: 'weeks', default: 6, min: 1, max: 52 },          // plan signed within N weeks of registration
  phase_duration: { unit: null, default: null, min: 0, max: 0 },        // uses each phase's planned weeks
  no_contact: { unit: 'days', default: 14, min: 1, max: 180 },          // no contact with an active youth for N days
  unanswered_attempts: { unit: 'days', default: 14, min: 1, max: 180 }, // first phase: trying for N days without reaching the youth
  caseload: { unit: null, default: null, min: 0, max: 0 },              // uses each coach's own limit (default 20)
  reassessment: { unit: 'months', default: 3, min: 1, max: 24 },        // life domains scored again every N months
  actions_due: { unit: 'days', default: 7, min: 0, max: 90 },           // agreed actions: shown N days before their due date
  meeting_due: { unit: 'days', default: 7, min: 0, max: 90 },           // next wrap-around meeting: shown N days before
  placement_due: { unit: 'days', default: 30, min: 0, max: 180 },       // placement evaluation, subsidy end, planned end: N days before
  turning_18: { unit: 'days', default: 30, min: 1, max: 365 },          // the legal frame changes
  turning_27: { unit: 'days', default: 30, min: 1, max: 365 },          // leaving the target group
  group_response: { unit: 'hours', default: 24, min: 1, max: 168 },     // contact within N hours after a group report
  aftercare: { unit: 'days', default: 7, min: 0, max: 90 },             // after closing: aftercare contacts, handover checks — N days before
};

export interface NormSetting { key: NormKey; enabled: boolean; threshold: number | null }
export type NormSettings = Record<NormKey, NormSetting>;

export function defaultNormSettings(): NormSettings {
  return Object.fromEntries(NORM_KEYS.map((key) => [key, { key, enabled: true, threshold: NORM_DEFINITIONS[key].default }])) as NormSettings;
}

/** Stored rows over the defaults: a norm the tenant never touched keeps the handbook's number. */
export function normSettingsFrom(rows: { key: string; enabled: boolean; threshold: number | null }[]): NormSettings {
  const settings = defaultNormSettings();
  for (const row of rows) {
    if ((NORM_KEYS as readonly string[]).includes(row.key)) {
      const key = row.key as NormKey;
      settings[key] = { key, enabled: row.enabled, threshold: NORM_DEFINITIONS[key].unit ? row.threshold : null };
    }
  }
  return settings;
}

/** Why a threshold is refused, or null when it is fine: whole numbers within the norm's range. */
export function thresholdProblem(key: NormKey, threshold: number | null): { min: number; max: number } | 'no_threshold' | null {
  const def = NORM_DEFINITIONS[key];
  if (def.unit === null) return threshold === null ? null : 'no_threshold';
  if (threshold === null || !Number.isInteger(threshold) || threshold < def.min || threshold > def.max) return { min: def.min, max: def.max };
  return null;
}
