/**
 * Scout complete (IPTA ch. 2; IJA Fase 1): the youth is found and spoken, meets the criteria,
 * says they want to work on their future, and expectations are aligned. Leaving the first
 * phase without all four is allowed only with a stated reason.
 */
export const SCOUT_CONDITIONS = ['found_and_spoken', 'meets_criteria', 'wants_to_work_on_future', 'expectations_aligned'] as const;
export type ScoutConditionKey = (typeof SCOUT_CONDITIONS)[number];

export interface ScoutCheckRow { condition: ScoutConditionKey; met: boolean; at: Date; byId: string }

/** The state of each condition: its latest tick counts. */
export function scoutState(checks: ScoutCheckRow[]) {
  const latest = new Map<ScoutConditionKey, ScoutCheckRow>();
  for (const c of [...checks].sort((a, b) => a.at.getTime() - b.at.getTime())) latest.set(c.condition, c);
  const conditions = SCOUT_CONDITIONS.map((condition) => {
    const row = latest.get(condition);
    return { condition, met: row?.met ?? false, at: row?.at ?? null, byId: row?.byId ?? null };
  });
  const missing = conditions.filter((c) => !c.met).map((c) => c.condition);
  return { conditions, complete: missing.length === 0, missing };
}

/** Does leaving this phase pass the scout gate? Only the first phase of the model has the gate. */
export function scoutGateBlocks(opts: { leavingFirstPhase: boolean; movingForward: boolean; missing: ScoutConditionKey[]; overrideReason?: string | undefined }) {
  if (!opts.leavingFirstPhase || !opts.movingForward || opts.missing.length === 0) return false;
  return !opts.overrideReason?.trim();
}
