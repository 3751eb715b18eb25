/**
 * Small-count suppression for aggregate tables shown to people who may not see single youth
 * (organisatiemanager, beleidsmedewerker): every count from 1 to 4 is hidden ("<5"), and so
 * many more cells that no hidden count can be worked out by subtracting from a total.
 *
 * The rule checked (complementary suppression): every line that adds up — a row with its
 * total, a column with its total — holds either no hidden cell or at least two. A line with
 * exactly one gets its smallest other non-zero cell hidden too (inner cells before the total,
 * so totals stay readable where they can), and this repeats until nothing changes. Hiding
 * only ever grows, so it ends; in the worst case every non-zero cell is hidden.
 */
export const SMALLEST_SHOWN = 5;

/** A count a policy user must not see on its own: 1 to 4 youth (0 is shown). */
export const isSmall = (n: number) => n > 0 && n < SMALLEST_SHOWN;

/**
 * Which lines of the grid add up: `rows` — every row's last cell is that row's total;
 * `columns` — the last row holds the columns' totals. A single column without a total
 * (a funnel) has no lines: only its small counts are hidden.
 */
export interface Lines { rows: boolean; columns: boolean }

type Pos = readonly [number, number];

function linesOf(grid: number[][], lines: Lines): Pos[][] {
  const out: Pos[][] = [];
  const width = grid[0]?.length ?? 0;
  if (lines.rows) grid.forEach((row, r) => out.push(row.map((_, c) => [r, c] as const)));
  if (lines.columns) for (let c = 0; c < width; c++) out.push(grid.map((_, r) => [r, c] as const));
  return out.filter((l) => l.length > 1);
}

/**
 * The cells to hide, as a mask of the same shape. `alsoHidden` marks cells hidden for a reason
 * outside this grid (the same figure hidden in a linked table); they count as hidden here and
 * get their complements too.
 */
export function suppressCounts(grid: number[][], lines: Lines, alsoHidden?: boolean[][]): boolean[][] {
  const hidden = grid.map((row, r) => row.map((v, c) => isSmall(v) || Boolean(alsoHidden?.[r]?.[c])));
  const all = linesOf(grid, lines);
  const height = grid.length;
  const width = grid[0]?.length ?? 0;
  const isTotal = ([r, c]: Pos) => (lines.rows && c === width - 1) || (lines.columns && r === height - 1);
  for (let changed = true; changed;) {
    changed = false;
    for (const line of all) {
      if (line.filter(([r, c]) => hidden[r]![c]).length !== 1) continue;
      const open = line.filter(([r, c]) => !hidden[r]![c]);
      // Prefer a non-zero cell (a hidden zero protects nothing a reader cannot guess); smallest first, inner before total.
      const pool = open.some(([r, c]) => grid[r]![c]! > 0) ? open.filter(([r, c]) => grid[r]![c]! > 0) : open;
      const pick = [...pool].sort((a, b) => grid[a[0]]![a[1]]! - grid[b[0]]![b[1]]! || Number(isTotal(a)) - Number(isTotal(b)))[0];
      if (!pick) continue;
      hidden[pick[0]]![pick[1]] = true;
      changed = true;
    }
  }
  return hidden;
}

/** Lines of a mask holding exactly one hidden cell: what the rule forbids (used by the tests). */
export function linesWithOneHidden(grid: number[][], lines: Lines, hidden: boolean[][]): Pos[][] {
  return linesOf(grid, lines).filter((line) => line.filter(([r, c]) => hidden[r]![c]).length === 1);
}

/**
 * Several tables that show the same figures (the quarters' inflow totals in the table by signal
 * source and in the one by neighbourhood): a figure hidden in one is hidden in all, and each
 * table is suppressed again until the masks agree — else the other table would give it away.
 * `links` name, per pair of tables, the cells that hold the same figure.
 */
export interface Linked { grid: number[][]; lines: Lines }
export interface Link { a: [table: number, row: number, col: number]; b: [table: number, row: number, col: number] }

export function suppressLinked(tables: Linked[], links: Link[]): boolean[][][] {
  const forced = tables.map((t) => t.grid.map((row) => row.map(() => false)));
  for (;;) {
    const masks = tables.map((t, i) => suppressCounts(t.grid, t.lines, forced[i]));
    let changed = false;
    for (const { a, b } of links) {
      const ha = masks[a[0]]![a[1]]![a[2]]!, hb = masks[b[0]]![b[1]]![b[2]]!;
      if (ha !== hb) {
        forced[a[0]]![a[1]]![a[2]] = true;
        forced[b[0]]![b[1]]![b[2]] = true;
        changed = true;
      }
    }
    if (!changed) return masks;
  }
}

/** A figure derived from counts (a share, an average, a median): hidden when any count it rests on is hidden or when fewer than five youth make it. */
export function derivedHidden(n: number, ...basedOnHidden: boolean[]): boolean {
  return isSmall(n) || basedOnHidden.some(Boolean);
}
