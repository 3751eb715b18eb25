import { describe, expect, it } from 'vitest';
import { prng } from '../../seed/seeded-random.js';
import { suppressAcrossUnits } from './across-units.js';
import { isSmall, linesWithOneHidden, suppressCounts } from './suppression.js';
import { cellId, countGrid, countsTable, type DashboardTable } from './tables.js';

/**
 * The municipality and its organisations: each count of the whole is the organisations' same
 * count plus the youth of no organisation, so no view may give away a small count by
 * subtracting the others from the whole.
 */
const grid = (inner: number[][]) => countGrid(
  inner.map((_, r) => ({ key: `r${r}`, label: `r${r}` })), inner[0]!.map((_, c) => ({ key: `c${c}`, label: `c${c}` })),
  inner.flatMap((row, r) => row.map((n, c) => ({ row: `r${r}`, col: `c${c}`, n }))),
);
const sum = (a: number[][], b: number[][]) => a.map((row, r) => row.map((v, c) => v + b[r]![c]!));

function views(parts: number[][][], rest: number[][]) {
  const whole = parts.reduce(sum, rest);
  const units = [whole, ...parts].map(grid);
  const exact = units.map((g) => [countsTable('phase_now', g, false)]);
  return { units, tables: suppressAcrossUnits(exact, (u, forced) => [countsTable('phase_now', units[u]!, true, 'count', forced)]) };
}
const shown = (t: DashboardTable, row: string, col: string) => {
  const r = [...t.rows, t.totals!].find((x) => x.key === row)!;
  return r.cells[t.columns.findIndex((c) => c.key === col)]!;
};

describe('suppression across the organisations of a municipality', () => {
  it('a small count of one organisation is hidden in a second organisation too, so the municipality minus the others does not give it back', () => {
    // Organisation A has 3 youth in r0/c0, organisation B 10; the municipality 13.
    const { tables } = views([[[3, 20], [30, 40]], [[10, 25], [35, 45]]], [[0, 0], [0, 0]]);
    const [whole, a, b] = tables.map((t) => t[0]!);
    expect(shown(a!, 'r0', 'c0')).toEqual({ value: null, suppressed: 'small' });
    // On its own, B's table has nothing small; across the units its 10 is hidden with A's 3.
    expect(shown(b!, 'r0', 'c0')).toEqual({ value: null, suppressed: 'complementary' });
    expect(shown(whole!, 'r0', 'c0').value).toBe(13);
  });

  it('the youth of no organisation count too: a small number of them hides one more figure', () => {
    // 2 youth without an organisation in r1/c1: the municipality minus A and B would give 2.
    const { tables } = views([[[10, 20], [30, 40]], [[10, 25], [35, 45]]], [[0, 0], [0, 2]]);
    const hiddenIn = tables.map((t) => Boolean(shown(t[0]!, 'r1', 'c1').suppressed));
    expect(hiddenIn.filter(Boolean).length).toBeGreaterThanOrEqual(1);
  });

  it('property: no line across the units and no line within a table holds exactly one hidden count', () => {
    const r = prng(11);
    for (let run = 0; run < 200; run++) {
      const rows = r.int(1, 4), cols = r.int(1, 3), n = r.int(1, 4);
      const cell = () => (r.next() < 0.3 ? r.int(0, 4) : r.int(0, 30));
      const parts = Array.from({ length: n }, () => Array.from({ length: rows }, () => Array.from({ length: cols }, cell)));
      const rest = Array.from({ length: rows }, () => Array.from({ length: cols }, () => (r.next() < 0.2 ? r.int(1, 3) : 0)));
      const { units, tables } = views(parts, rest);
      const masks = tables.map((t) => {
        const table = t[0]!;
        return [...table.rows, table.totals!].map((row) => row.cells.map((c) => Boolean(c.suppressed)));
      });
      units.forEach((g, u) => expect(linesWithOneHidden(g.grid, g.lines, masks[u]!), `run ${run} unit ${u}`).toEqual([]));
      units[0]!.grid.forEach((line, i) => line.forEach((total, j) => {
        const partsSum = units.slice(1).reduce((s, g) => s + g.grid[i]![j]!, 0);
        const hidden = masks.filter((m) => m[i]![j]).length + (isSmall(total - partsSum) ? 1 : 0);
        expect(hidden, `run ${run} cell ${cellId('phase_now', String(i), String(j))}`).not.toBe(1);
      }));
      // Every small count is hidden where it shows.
      units.forEach((g, u) => g.grid.forEach((line, i) => line.forEach((v, j) => { if (isSmall(v)) expect(masks[u]![i]![j]).toBe(true); })));
    }
  });

  it('without anything small, nothing is hidden anywhere', () => {
    const { tables } = views([[[10, 20]], [[30, 40]]], [[0, 0]]);
    expect(tables.flat().every((t) => !t.anySuppressed)).toBe(true);
    expect(suppressCounts([[10]], { rows: false, columns: false })).toEqual([[false]]);
  });
});
