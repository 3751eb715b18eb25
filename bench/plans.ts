import { createRequire } from 'node:module';
import pg from 'pg';

// How node-postgres writes a parameter (not in its typed exports).
const { prepareValue } = createRequire(import.meta.url)('pg/lib/utils.js') as { prepareValue: (value: unknown) => string | Buffer | null };

/**
 * Query plans of the benchmarked calls (pure parts, unit-tested): the statements one API call
 * sends are captured as sent (openDatabase's onQuery), each is EXPLAINed with its parameters on
 * the generated data, and every sequential scan of a large table is named. At national size a
 * sequential scan over contacts, youth (or the facts kept per youth, `youth_fact`) or the access
 * log fails the run: cost must follow the caseload, not the country. Other large tables are
 * reported, not judged.
 */
export const MUST_USE_INDEX = ['contact', 'youth', 'youth_fact', 'access_log'] as const;
export const WATCHED = [...MUST_USE_INDEX, 'trajectory', 'trajectory_event', 'assessment', 'assessment_score', 'contact_attempt',
  'agreed_action', 'plan_version', 'youth_coach', 'result_measurement', 'result_answer', 'network_person', 'revision'] as const;

export interface Captured { sql: string; parameters: readonly unknown[] }

/** Statements worth a plan: reads and writes, not transaction control or locks; each text once. */
export function statementsToExplain(captured: Captured[]): Captured[] {
  const seen = new Set<string>();
  return captured.filter((c) => {
    const text = c.sql.trim().toLowerCase();
    if (!/^(select|with|insert|update|delete)\b/.test(text) || /pg_advisory/.test(text) || seen.has(c.sql)) return false;
    seen.add(c.sql);
    return true;
  });
}

interface PlanNode { 'Node Type'?: string; 'Relation Name'?: string; Plans?: PlanNode[] }

/** The watched tables a plan (EXPLAIN FORMAT JSON) reads with a sequential scan. */
export function seqScansIn(explained: unknown, watched: readonly string[] = WATCHED): string[] {
  const out: string[] = [];
  const walk = (node: PlanNode | undefined) => {
    if (!node) return;
    if (node['Node Type'] === 'Seq Scan' && node['Relation Name'] && watched.includes(node['Relation Name'])) out.push(node['Relation Name']);
    for (const child of node.Plans ?? []) walk(child);
  };
  const root = Array.isArray(explained) ? (explained[0] as { Plan?: PlanNode } | undefined)?.Plan : undefined;
  walk(root);
  return out;
}

export interface PlanFinding { call: string; table: string; statement: string }

/** The findings that fail a run: sequential scans over the tables that must be read by index. */
export const planMisses = (findings: PlanFinding[]) => findings.filter((f) => (MUST_USE_INDEX as readonly string[]).includes(f.table));

/**
 * A parameter as an SQL literal of the type the server gave it, written as node-postgres sends
 * it (arrays as '{…}', dates as ISO text, objects as JSON): EXPLAIN EXECUTE takes its arguments
 * as literals, not as bound parameters.
 */
export function literalOf(value: unknown, type: string): string {
  if (value === null || value === undefined) return `null::${type}`;
  const text = prepareValue(value)!;
  return `${pg.escapeLiteral(Buffer.isBuffer(text) ? `\\x${text.toString('hex')}` : String(text))}::${type}`;
}
