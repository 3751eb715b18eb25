import type { TaskRole } from './plan-parts.js';

/** Pure rules of the plan: its versions, its signatures, and the actions its tasks become. */

export type SignerRole = 'youth' | 'coach';
export const SIGNER_ROLES: SignerRole[] = ['youth', 'coach'];

export interface PlanTask { id: string; role: TaskRole; who: string; what: string; dueOn: string | null }
export interface PlanPart { key: string; title: string | null; tasks: PlanTask[] }

/** Draft until someone signs; signing once one of the two has; signed when both have. */
export function planStatus(signedRoles: SignerRole[]): 'draft' | 'signing' | 'signed' {
  if (signedRoles.length === 0) return 'draft';
  return SIGNER_ROLES.every((r) => signedRoles.includes(r)) ? 'signed' : 'signing';
}

export interface LatestVersion { version: number; revision: number; frozen: boolean }

/**
 * Where an edit goes. The editor says which version and revision it started from: anything
 * else is someone else's save in between (conflict). A draft is saved in place; a frozen
 * version (signed by at least one) is never changed: the edit becomes the next version.
 */
export function saveTarget(latest: LatestVersion | null, editedOn: { version: number; revision: number }):
  { kind: 'conflict' } | { kind: 'first' } | { kind: 'in_place'; version: number; revision: number } | { kind: 'new_version'; version: number } {
  if (!latest) return editedOn.version === 0 && editedOn.revision === 0 ? { kind: 'first' } : { kind: 'conflict' };
  if (latest.version !== editedOn.version || latest.revision !== editedOn.revision) return { kind: 'conflict' };
  return latest.frozen ? { kind: 'new_version', version: latest.version + 1 } : { kind: 'in_place', version: latest.version, revision: latest.revision + 1 };
}

/** Why this signature cannot be placed, or null. */
export function signatureRefusal(input: { isLatest: boolean; signedRoles: SignerRole[]; role: SignerRole }):
  'PLAN_NOT_LATEST' | 'PLAN_ALREADY_SIGNED' | null {
  if (!input.isLatest) return 'PLAN_NOT_LATEST';
  if (input.signedRoles.includes(input.role)) return 'PLAN_ALREADY_SIGNED';
  return null;
}

export interface ActionFromTask {
  taskId: string; partKey: string; ownerKind: TaskRole; ownerName: string; description: string; dueOn: string | null;
}

/**
 * When a version is signed, each task in its division of tasks becomes an agreed action,
 * tracked to done. The task keeps its id across versions, so a task carried into the next
 * signed version updates its action instead of adding a second one.
 */
export function actionsFromPlan(parts: PlanPart[], roleLabel: (role: TaskRole) => string): ActionFromTask[] {
  return parts.flatMap((part) => part.tasks.map((task) => ({
    taskId: task.id, partKey: part.key, ownerKind: task.role,
    ownerName: task.who.trim() || roleLabel(task.role), description: task.what, dueOn: task.dueOn,
  })));
}

/**
 * What a version changed, part by part: "housing.priority", "work.tasks", "debts" (a part
 * added or removed). Parts are matched by their key, not their place in the list.
 */
export function planChanges(before: { parts: Record<string, unknown>[] } | null, after: { parts: Record<string, unknown>[] }): string[] {
  const byKey = (parts: Record<string, unknown>[] | undefined) => new Map((parts ?? []).map((p) => [String(p.key), p]));
  const b = byKey(before?.parts);
  const a = byKey(after.parts);
  const changed: string[] = [];
  for (const key of new Set([...b.keys(), ...a.keys()])) {
    const old = b.get(key);
    const now = a.get(key);
    if (!old || !now) { changed.push(key); continue; }
    for (const field of new Set([...Object.keys(old), ...Object.keys(now)])) {
      if (JSON.stringify(old[field] ?? null) !== JSON.stringify(now[field] ?? null)) changed.push(`${key}.${field}`);
    }
  }
  return changed;
}

/**
 * What a changed path of the plan was and became, in words for the history: lists of tools,
 * goals and tasks as their texts; a whole part as present (true) or not (null).
 */
export function planChangeValues(before: { parts: Record<string, unknown>[] } | null, after: { parts: Record<string, unknown>[] }, paths: string[]) {
  const find = (body: { parts: Record<string, unknown>[] } | null, key: string) => body?.parts.find((p) => p.key === key);
  const words = (field: string, value: unknown): unknown => {
    if (!Array.isArray(value)) return value ?? null;
    const texts = value.map((v) => (typeof v === 'string' ? v : field === 'goals' ? (v as { longTerm: string }).longTerm : (v as { what?: string }).what ?? ''));
    return texts.length ? texts.join('; ') : null;
  };
  return Object.fromEntries(paths.map((path) => {
    const [key, field] = path.split('.') as [string, string | undefined];
    const [b, a] = [find(before, key), find(after, key)];
    if (!field) return [path, [b ? true : null, a ? true : null]];
    return [path, [words(field, b?.[field]), words(field, a?.[field])]];
  })) as Record<string, [unknown, unknown]>;
}
