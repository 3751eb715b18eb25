import { isSmall } from './suppression.js';
import { cellId, type DashboardTable, type TableKey } from './tables.js';

/**
 * The policy officer sees the municipality and each organisation in it. Every youth counts in
 * at most one organisation (their main coach's), so each count of the municipality is the sum
 * of the organisations' same count plus the youth of no organisation: a line that adds up, over
 * several dashboards. Hiding a count in one organisation's view alone would not do — the
 * municipality minus the other organisations gives it back. So every dashboard of the
 * municipality and its organisations is suppressed together, and a view shows its own slice:
 * the same masks whichever view is asked for.
 *
 * The rule is the one of a table's rows and columns (suppression.ts): per cell, the line
 * "organisations + no organisation = municipality" holds no hidden count or at least two. The
 * youth of no organisation are never shown, but they can be worked out from the rest, so a
 * small number of them counts as hidden. A line with one gets its smallest other shown count
 * hidden too (an organisation's before the municipality's); each table is suppressed again
 * with that cell forced, until nothing changes. Hiding only grows, so it ends.
 *
 * `build(u, forced)` makes unit u's tables (0: the whole, 1…: the parts) with suppression on and
 * `forced` cells hidden; `exact[u]` are the same tables unsuppressed, for the counts themselves.
 */
export function suppressAcrossUnits(
  exact: DashboardTable[][],
  build: (unit: number, forced: ReadonlySet<string>) => DashboardTable[],
): DashboardTable[][] {
  const forced = exact.map(() => new Set<string>());
  const counts = exact.map(countCells);
  const parts = counts.slice(1).map((_, i) => i + 1);
  for (;;) {
    const built = exact.map((_, u) => build(u, forced[u]!));
    const hidden = built.map(hiddenCells);
    let changed = false;
    for (const id of new Set(counts.flatMap((c) => [...c.keys()]))) {
      const value = (u: number) => counts[u]!.get(id) ?? 0;
      const rest = value(0) - parts.reduce((sum, u) => sum + value(u), 0);
      const hiddenInLine = [0, ...parts].filter((u) => hidden[u]!.has(id)).length + (isSmall(rest) ? 1 : 0);
      if (hiddenInLine !== 1) continue;
      // A cell a view does not show (a row that unit lacks) reads as 0 and cannot be hidden.
      const open = [...parts, 0].filter((u) => counts[u]!.has(id) && !hidden[u]!.has(id));
      const pool = open.some((u) => value(u) > 0) ? open.filter((u) => value(u) > 0) : open;
      const pick = pool.sort((a, b) => value(a) - value(b) || Number(a === 0) - Number(b === 0))[0];
      if (pick === undefined) continue;
      forced[pick]!.add(id);
      changed = true;
    }
    if (!changed) return built;
  }
}

/** The count cells of some tables by name, with their values (rows and the totals row; columns of kind 'count'). */
function countCells(tables: DashboardTable[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of tables) {
    for (const row of [...t.rows, ...(t.totals ? [t.totals] : [])]) {
      t.columns.forEach((c, i) => {
        if (c.kind === 'count') out.set(cellId(t.key as TableKey, row.key, c.key), row.cells[i]!.value ?? 0);
      });
    }
  }
  return out;
}

function hiddenCells(tables: DashboardTable[]): Set<string> {
  const out = new Set<string>();
  for (const t of tables) {
    for (const row of [...t.rows, ...(t.totals ? [t.totals] : [])]) {
      t.columns.forEach((c, i) => { if (c.kind === 'count' && row.cells[i]!.suppressed) out.add(cellId(t.key, row.key, c.key)); });
    }
  }
  return out;
}
