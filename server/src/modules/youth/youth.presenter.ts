import { daysBetween } from '../../core/trajectory/phase-timeline.js';
import { ageOn, displayName } from '../../core/youth/youth-rules.js';
import type { SixWeekNorm } from '../../core/plan/six-week-norm.js';
import type { YouthRow } from '../../platform/db/schema.js';

/** Rows → API shapes for youth. The API speaks camelCase; the database snake_case. */

const FIELD_COLUMNS = {
  firstName: 'first_name', lastName: 'last_name', nickname: 'nickname', birthDate: 'birth_date', gender: 'gender',
  address: 'address', postcode: 'postcode', city: 'city', neighbourhood: 'neighbourhood', phone: 'phone', email: 'email',
  schoolBackground: 'school_background', signalSource: 'signal_source', reporterName: 'reporter_name',
  reporterOrganisation: 'reporter_organisation', vindplaats: 'vindplaats', reason: 'reason',
} as const satisfies Record<string, keyof YouthRow>;

type FieldInput = { [K in keyof typeof FIELD_COLUMNS]?: string | null | undefined };
type FieldColumns = { -readonly [K in keyof typeof FIELD_COLUMNS as (typeof FIELD_COLUMNS)[K]]?: string | null };

/** The record's fields from an API body; absent fields stay absent (a patch changes only what it names). */
export function youthColumns(input: FieldInput): FieldColumns {
  const out: Record<string, string | null> = {};
  for (const [field, column] of Object.entries(FIELD_COLUMNS)) {
    const value = input[field as keyof FieldInput];
    if (value !== undefined) out[column] = value;
  }
  return out as FieldColumns;
}

const COLUMN_FIELDS = Object.fromEntries(Object.entries(FIELD_COLUMNS).map(([f, c]) => [c, f])) as Record<string, string>;
/** API name of a database column, for the history ("birth_date" → "birthDate"). */
export const fieldName = (column: string) => COLUMN_FIELDS[column] ?? column.replace(/_(\w)/g, (_, c: string) => c.toUpperCase());

type Person = { id: string; name: string };

export function presentYouth(y: YouthRow, rel: {
  team: Person; coaches: Person[]; registeredBy: Person; today: string; ageWindow: { min: number; max: number }; planNorm: SixWeekNorm;
}) {
  const age = ageOn(y.birth_date, rel.today);
  return {
    id: y.id, version: y.version, displayName: displayName(y),
    firstName: y.first_name, lastName: y.last_name, nickname: y.nickname, birthDate: y.birth_date, age,
    gender: y.gender, address: y.address, postcode: y.postcode, city: y.city, neighbourhood: y.neighbourhood,
    phone: y.phone, email: y.email, schoolBackground: y.school_background, signalSource: y.signal_source,
    reporterName: y.reporter_name, reporterOrganisation: y.reporter_organisation, vindplaats: y.vindplaats, reason: y.reason,
    targetIndicators: y.target_indicators,
    outsideAgeWindow: age !== null && (age < rel.ageWindow.min || age > rel.ageWindow.max),
    team: rel.team, coaches: rel.coaches,
    registeredAt: new Date(y.created_at).toISOString(), registeredBy: rel.registeredBy,
    /** Days since registration against the first signed plan (service norm: six weeks). */
    planNorm: rel.planNorm,
  };
}

export interface YouthListRow {
  id: string; first_name: string | null; last_name: string | null; nickname: string | null; neighbourhood: string | null;
  birth_date: string | null; created_at: Date | string; team_id: string; team_name: string;
  trajectory_id: string | null; status: 'active' | 'paused' | 'closed' | null; phase_entered_at: Date | string | null;
  phase_id: string | null; phase_key: string | null; phase_name: string | null; phase_position: number | null; planned_weeks: number | null;
  attempts_count: number | string | null; last_contact_at: Date | string | null;
}

export function presentYouthSummary(r: YouthListRow, coaches: Person[], now: Date, today: string) {
  let trajectory = null;
  if (r.trajectory_id && r.status && r.phase_id && r.phase_entered_at) {
    const daysInPhase = daysBetween(new Date(r.phase_entered_at), now);
    trajectory = {
      id: r.trajectory_id, status: r.status,
      phase: { id: r.phase_id, key: r.phase_key!, name: r.phase_name!, position: r.phase_position!, plannedWeeks: r.planned_weeks },
      phaseEnteredAt: new Date(r.phase_entered_at).toISOString(), daysInPhase,
      overPlanned: r.status === 'active' && r.planned_weeks !== null && daysInPhase > r.planned_weeks * 7,
    };
  }
  return {
    id: r.id, displayName: displayName(r), nickname: r.nickname, neighbourhood: r.neighbourhood,
    age: ageOn(r.birth_date, today), team: { id: r.team_id, name: r.team_name }, coaches,
    registeredAt: new Date(r.created_at).toISOString(), trajectory,
    daysSinceRegistration: daysBetween(new Date(r.created_at), now),
    attempts: Number(r.attempts_count ?? 0),
    lastContactAt: r.last_contact_at ? new Date(r.last_contact_at).toISOString() : null,
    daysSinceContact: r.last_contact_at ? daysBetween(new Date(r.last_contact_at), now) : null,
  };
}

/** Columns whose history values are ids of teams or people: shown as `{ id, name }`. */
const REFERENCE_COLUMNS = new Set(['team_id', 'coach_ids']);

export function referencedIds(revisions: { changes: Record<string, [unknown, unknown]> }[]): string[] {
  const ids = revisions.flatMap((r) => Object.entries(r.changes)
    .filter(([column]) => REFERENCE_COLUMNS.has(column)).flatMap(([, values]) => values.flat()));
  return [...new Set(ids.filter((v): v is string => typeof v === 'string'))];
}

export function presentHistory(
  revisions: { at: Date | string; entity: string; entity_id: string; changes: Record<string, [unknown, unknown]>; actor_id: string; actor_name: string }[],
  events: { at: Date | string; kind: string; from_phase: string | null; to_phase: string | null; reason: string | null; closing_reason: string | null; actor_id: string; actor_name: string }[],
  names: Map<string, string>,
  /** Labels of records within the file (a person in the network), so a change says whose it is. */
  recordLabels: Map<string, string> = new Map(),
) {
  const named = (column: string, value: unknown): unknown => {
    if (!REFERENCE_COLUMNS.has(column) || value === null) return value;
    if (Array.isArray(value)) return value.map((v) => named(column, v));
    return { id: value, name: names.get(String(value)) ?? '?' };
  };
  const items = [
    ...revisions.flatMap((r) => Object.entries(r.changes).map(([column, [from, to]]) => ({
      at: new Date(r.at).toISOString(), actor: { id: r.actor_id, name: r.actor_name }, kind: 'field' as const,
      what: fieldName(column), from: named(column, from), to: named(column, to), reason: null,
      record: { type: r.entity, id: r.entity_id, label: recordLabels.get(r.entity_id) ?? null },
    }))),
    ...events.map((e) => ({
      at: new Date(e.at).toISOString(), actor: { id: e.actor_id, name: e.actor_name }, kind: 'trajectory' as const,
      what: e.kind, from: e.from_phase, to: e.kind === 'close' ? e.closing_reason : e.to_phase, reason: e.reason, record: null,
    })),
  ];
  return items.sort((a, b) => b.at.localeCompare(a.at));
}
