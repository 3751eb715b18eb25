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
 *
 * A funnel (`steps`) adds up nowhere, but each step holds the youth of the step before who got
 * further, so the difference of two shown steps is a count too (50 scouted, 47 started: 3 did
 * not start). There the rule is: two consecutive shown steps differ by 0 or by at least five;
 * of the ways to get there, the one that hides the fewest figures wins (see `closeSteps`).
 */
export const SMALLEST_SHOWN = 5;

/** A count a policy user must not see on its own: 1 to 4 youth (0 is shown). */
export const isSmall = (n: number) => n > 0 && n < SMALLEST_SHOWN;

/**
 * Which lines of the grid add up: `rows` — every row's last cell is that row's total;
 * `columns` — the last row holds the columns' totals. `steps` — a single column
 * of funnel steps (no line adds up), where no two consecutive shown steps may differ by 1 to 4.
 */
export interface Lines { rows: boolean; columns: boolean; steps?: boolean }

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
export function suppressCounts(grid: number[][], lines: Lines, alsoHidden?: boolean[][], heavy?: boolean[][]): boolean[][] {
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
    if (lines.steps) {
      const column = closeSteps(grid.map((r) => r[0]!), hidden.map((r) => r[0]!), heavy?.map((r) => Boolean(r[0])));
      column.forEach((h, r) => { if (h && !hidden[r]![0]) { hidden[r]![0] = true; changed = true; } });
    }
  }
  return hidden;
}

/** Consecutive shown steps whose difference is 1 to 4: what the funnel rule forbids (used by the tests). */
export function stepGapsGivingAway(steps: number[], hidden: boolean[]): [number, number][] {
  const shown = steps.flatMap((_, i) => (hidden[i] ? [] : [i]));
  return shown.slice(1).map((j, k) => [shown[k]!, j] as [number, number]).filter(([i, j]) => isSmall(Math.abs(steps[i]! - steps[j]!)));
}

/**
 * The funnel rule on one column of steps: the cheapest superset of `hidden` in which no two
 * consecutive shown steps differ by 1 to 4. A step hidden costs its count and the shares of
 * itself and of the next step (a share next to a hidden count would give it back); a `heavy`
 * step — one shown in a linked table too, like the first step, which is the period's inflow —
 * costs ten, as hiding it hides cells in the other tables. Ties: fewer hidden steps, then the
 * later steps hidden. A funnel has five steps, so all supersets are tried (at most 32).
 */
export function closeSteps(steps: number[], hidden: boolean[], heavy?: boolean[]): boolean[] {
  const n = steps.length;
  const base = hidden.reduce((m, h, i) => (h ? m | (1 << i) : m), 0);
  const on = (m: number, i: number) => i >= 0 && (m & (1 << i)) !== 0;
  let best = base, bestCost = Infinity, bestCount = Infinity;
  for (let m = 0; m < 1 << n; m++) {
    if ((m & base) !== base) continue;
    const mask = steps.map((_, i) => on(m, i));
    if (stepGapsGivingAway(steps, mask).length) continue;
    let cost = 0, count = 0;
    for (let i = 0; i < n; i++) {
      if (on(m, i) && !on(base, i)) cost += heavy?.[i] ? 10 : 1;
      if (on(m, i)) count++;
      if (i > 0 && (on(m, i) || on(m, i - 1)) && !(on(base, i) || on(base, i - 1))) cost += 1;
    }
    // Same cost and count: prefer the mask that hides later steps (a higher low bit means earlier steps stay shown).
    const lowest = (x: number) => x & -x;
    if (cost < bestCost || (cost === bestCost && (count < bestCount || (count === bestCount && lowest(m ^ base) > lowest(best ^ base))))) {
      best = m; bestCost = cost; bestCount = count;
    }
  }
  return steps.map((_, i) => on(best, i));
}

/** Lines of a mask holding exactly one hidden cell: what the rule forbids (used by the tests). */
export function linesWithOneHidden(grid: number[][], lines: Lines, hidden: boolean[][]): Pos[][] {
  return linesOf(grid, lines).filter((line) => line.filter(([r, c]) => hidden[r]![c]).length === 1);
}

/**
 * Several tables that show the same figures (the quarters' inflow totals in the table by signal
 * source and in the one by neighbourhood): a figure hidden in one is hidden in all, and each
 * table is suppressed again until the masks agree — else the other table would give it away.
 * `links` name, per pair of tables, the cells that hold the same figure; `alsoHidden` marks cells
 * hidden for a reason outside these tables, as in `suppressCounts`.
 */
export interface Linked { grid: number[][]; lines: Lines }
export interface Link { a: [table: number, row: number, col: number]; b: [table: number, row: number, col: number] }

export function suppressLinked(tables: Linked[], links: Link[], alsoHidden?: (boolean[][] | undefined)[]): boolean[][][] {
  const forced = tables.map((t, i) => t.grid.map((row, r) => row.map((_, c) => Boolean(alsoHidden?.[i]?.[r]?.[c]))));
  // A linked cell costs more to hide: hiding it hides it in the other table too, with its complements.
  const heavy = tables.map((t) => t.grid.map((row) => row.map(() => false)));
  for (const { a, b } of links) for (const [t, r, c] of [a, b]) heavy[t]![r]![c] = true;
  for (;;) {
    const masks = tables.map((t, i) => suppressCounts(t.grid, t.lines, forced[i], heavy[i]));
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
