import { describe, expect, it } from 'vitest';
import { prng } from '../../seed/seeded-random.js';
import { isSmall, linesWithOneHidden, stepGapsGivingAway, suppressCounts, suppressLinked, type Lines } from './suppression.js';
import { countGrid, countsTable, domainChangeTable, phaseTimeTable, resultAreasTable } from './tables.js';

/** A table of counts with a total per row and a totals row, as the dashboard builds it. */
const withTotals = (inner: number[][]) => countGrid(
  inner.map((_, r) => ({ key: `r${r}`, label: `r${r}` })), inner[0]!.map((_, c) => ({ key: `c${c}`, label: `c${c}` })),
  inner.flatMap((row, r) => row.map((n, c) => ({ row: `r${r}`, col: `c${c}`, n }))),
);
const both: Lines = { rows: true, columns: true };
const hiddenValues = (grid: number[][], mask: boolean[][]) => grid.flatMap((row, r) => row.filter((_, c) => mask[r]![c]));

describe('small counts are hidden', () => {
  it('hides 1 to 4, shows 0 and 5', () => {
    expect([0, 1, 4, 5].map(isSmall)).toEqual([false, true, true, false]);
    const { grid, lines } = withTotals([[5, 6], [7, 8]]);
    expect(suppressCounts(grid, lines).flat().some(Boolean)).toBe(false);
  });

  it('one small cell gets a partner in its row and in its column, and those partners get theirs: no cell is the only one hidden in its line', () => {
    // [[3, 10], [20, 30]] → row 0 is 3 | 10 | 13, column 0 is 3 | 20 | 23.
    const { grid, lines } = withTotals([[3, 10], [20, 30]]);
    const mask = suppressCounts(grid, lines);
    expect(mask[0]![0]).toBe(true);
    // The smallest other cell of row 0 is 10 (not the total 13), of column 0 it is 20; then 30 closes the square.
    expect(mask[0]![1]).toBe(true);
    expect(mask[1]![0]).toBe(true);
    expect(mask[1]![1]).toBe(true);
    expect(mask[2]!.some(Boolean)).toBe(false);
    expect(linesWithOneHidden(grid, lines, mask)).toEqual([]);
  });

  it('a small total hides the smallest cell that adds up to it', () => {
    const { grid, lines } = withTotals([[2, 1, 0], [9, 8, 7]]);
    const mask = suppressCounts(grid, lines);
    expect(mask[0]).toEqual([true, true, false, true]);
    expect(linesWithOneHidden(grid, lines, mask)).toEqual([]);
  });

  it('never hides a zero while a non-zero cell can do, and a row with one non-zero cell hides its total too', () => {
    const { grid, lines } = withTotals([[0, 3, 0], [6, 7, 8]]);
    const mask = suppressCounts(grid, lines);
    expect(mask[0]![0]).toBe(false);
    expect(mask[0]![2]).toBe(false);
    expect(mask[0]![3]).toBe(true); // 3 is the row's total: hidden with it
    expect(linesWithOneHidden(grid, lines, mask)).toEqual([]);
  });

  it('a single column with a total: two small phases hide each other, one small phase takes the next smallest', () => {
    const col = (xs: number[]) => [...xs.map((x) => [x]), [xs.reduce((a, b) => a + b, 0)]];
    const lines: Lines = { rows: false, columns: true };
    expect(suppressCounts(col([2, 3, 40]), lines).map((r) => r[0])).toEqual([true, true, false, false]);
    expect(suppressCounts(col([2, 9, 40]), lines).map((r) => r[0])).toEqual([true, true, false, false]);
  });

  it('without lines (a funnel) only the small counts themselves are hidden', () => {
    expect(suppressCounts([[50], [12], [3]], { rows: false, columns: false }).map((r) => r[0])).toEqual([false, false, true]);
  });

  it('property: on many random tables every hidden set is closed — no line with exactly one hidden cell, every 1–4 hidden, no cell hidden needlessly when nothing is small', () => {
    const r = prng(7);
    for (let i = 0; i < 2000; i++) {
      const rows = r.int(1, 6), cols = r.int(1, 7);
      const inner = Array.from({ length: rows }, () => Array.from({ length: cols }, () => {
        const x = r.next();
        return x < 0.25 ? 0 : x < 0.55 ? r.int(1, 4) : r.int(5, 60);
      }));
      const { grid, lines } = withTotals(inner);
      const mask = suppressCounts(grid, lines);
      expect(linesWithOneHidden(grid, lines, mask)).toEqual([]);
      grid.forEach((row, ri) => row.forEach((v, ci) => { if (isSmall(v)) expect(mask[ri]![ci]).toBe(true); }));
      if (!grid.flat().some(isSmall)) expect(mask.flat().some(Boolean)).toBe(false);
      // Zeros are only hidden when nothing else could close a line (never, in tables that add up).
      expect(hiddenValues(grid, mask).filter((v) => v === 0)).toEqual([]);
    }
  });

  it('two tables with the same totals row hide the same totals', () => {
    // Inflow by source and by neighbourhood: the same quarters' totals 13 and 40.
    const a = withTotals([[3, 20], [10, 20]]);
    const b = withTotals([[13, 40]]);
    const [ma, mb] = suppressLinked([a, b], [0, 1, 2].map((c) => ({ a: [0, 2, c] as [number, number, number], b: [1, 1, c] as [number, number, number] })));
    for (let c = 0; c < 3; c++) expect(ma![2]![c]).toBe(mb![1]![c]);
    expect(linesWithOneHidden(a.grid, a.lines, ma!)).toEqual([]);
    expect(linesWithOneHidden(b.grid, b.lines, mb!)).toEqual([]);
  });

  it('property: linked tables agree on the shared figures and each stays closed', () => {
    const r = prng(11);
    for (let i = 0; i < 300; i++) {
      const cols = r.int(1, 5);
      const a = withTotals(Array.from({ length: r.int(1, 5) }, () => Array.from({ length: cols }, () => (r.next() < 0.4 ? r.int(0, 4) : r.int(5, 30)))));
      // The second table splits each column's total over two other rows.
      const totals = a.grid.at(-1)!.slice(0, cols);
      const split = totals.map((t) => r.int(0, t));
      const b = withTotals([split, totals.map((t, c) => t - split[c]!)]);
      const width = a.grid[0]!.length;
      const masks = suppressLinked([a, b], Array.from({ length: width }, (_, c) => ({ a: [0, a.grid.length - 1, c] as [number, number, number], b: [1, 2, c] as [number, number, number] })));
      for (let c = 0; c < width; c++) expect(masks[0]![a.grid.length - 1]![c]).toBe(masks[1]![2]![c]);
      expect(linesWithOneHidden(a.grid, a.lines, masks[0]!)).toEqual([]);
      expect(linesWithOneHidden(b.grid, b.lines, masks[1]!)).toEqual([]);
    }
  });
});

describe('the funnel: no small number read off the difference of two shown steps', () => {
  const stepsLines: Lines = { rows: false, columns: false, steps: true };
  const hide = (steps: number[], heavyFirst = false) =>
    suppressCounts(steps.map((s) => [s]), stepsLines, undefined, heavyFirst ? steps.map((_, i) => [i === 0]) : undefined).map((r) => r[0]!);

  it('50 scouted, 47 started: one of the two is hidden — the started step, as the first is the linked inflow', () => {
    expect(hide([50, 47, 30, 20, 10], true)).toEqual([false, true, false, false, false]);
  });

  it('hiding a step can open a new small gap with the next shown one: repeated until none is left', () => {
    // 50 → 47 → 45: hiding 47 leaves 50 | 45 (5, fine); hiding it alone would not do for 50 → 47 → 46 (50 | 46 is 4).
    expect(hide([50, 47, 45, 20, 10], true)).toEqual([false, true, false, false, false]);
    const mask = hide([50, 47, 46, 20, 10], true);
    expect(stepGapsGivingAway([50, 47, 46, 20, 10], mask)).toEqual([]);
    expect(mask[0]).toBe(false);
  });

  it('a difference of 0 or of 5 and more is shown as it is, and small steps themselves are hidden with their neighbours kept apart', () => {
    expect(hide([40, 40, 35, 20, 0])).toEqual([false, false, false, false, false]);
    // 12 → 3: 3 is small and hidden; 12 | 0 differ by 12.
    const mask = hide([30, 20, 12, 3, 0]);
    expect(mask).toEqual([false, false, false, true, false]);
  });

  it('a small last step next to a shown 0 and a step 1–4 above it: the step above goes too', () => {
    // 8 → 6 → 2: 2 hidden (small); 8 | 6 differ by 2: one of them hidden; the cheapest is the later one.
    const mask = hide([20, 8, 6, 2, 0], true);
    expect(mask[3]).toBe(true);
    expect(stepGapsGivingAway([20, 8, 6, 2, 0], mask)).toEqual([]);
    expect(mask[0]).toBe(false);
  });

  it('property: for every generated funnel no two consecutive shown steps differ by 1–4, every 1–4 is hidden, and a funnel without small numbers anywhere is shown whole', () => {
    const r = prng(23);
    for (let i = 0; i < 3000; i++) {
      const steps = [r.int(0, 80)];
      for (let k = 1; k < 5; k++) { const x = r.next(); steps.push(Math.max(0, steps[k - 1]! - (x < 0.3 ? 0 : x < 0.65 ? r.int(1, 4) : r.int(5, 30)))); }
      const mask = hide(steps, r.next() < 0.5);
      expect(stepGapsGivingAway(steps, mask)).toEqual([]);
      steps.forEach((s, k) => { if (isSmall(s)) expect(mask[k]).toBe(true); });
      const anySmall = steps.some(isSmall) || steps.slice(1).some((s, k) => isSmall(steps[k]! - s));
      if (!anySmall) expect(mask.some(Boolean)).toBe(false);
    }
  });

  it('property: linked to the inflow tables, the funnel and the inflow agree on the period total and every table stays closed', () => {
    const r = prng(29);
    for (let i = 0; i < 300; i++) {
      const cols = r.int(1, 4);
      const a = withTotals(Array.from({ length: r.int(1, 4) }, () => Array.from({ length: cols }, () => (r.next() < 0.4 ? r.int(0, 4) : r.int(5, 30)))));
      const total = a.grid.at(-1)!.at(-1)!;
      const steps = [total];
      for (let k = 1; k < 5; k++) steps.push(Math.max(0, steps[k - 1]! - (r.next() < 0.5 ? r.int(0, 4) : r.int(5, 20))));
      const f = { grid: steps.map((s) => [s]), lines: { rows: false, columns: false, steps: true } };
      const width = a.grid[0]!.length;
      const [ma, mf] = suppressLinked([a, f], [{ a: [0, a.grid.length - 1, width - 1], b: [1, 0, 0] }]);
      expect(ma![a.grid.length - 1]![width - 1]).toBe(mf![0]![0]);
      expect(linesWithOneHidden(a.grid, a.lines, ma!)).toEqual([]);
      expect(stepGapsGivingAway(steps, mf!.map((x) => x[0]!))).toEqual([]);
    }
  });
});

describe('no hidden count recoverable by subtracting, in any line of any table', () => {
  it('property: in every line that adds up, the total minus the shown cells is never the one hidden cell (closed lines), and equal row totals of the result areas hide together', () => {
    const r = prng(31);
    for (let i = 0; i < 500; i++) {
      const areas = r.int(2, 6), answers = r.int(2, 5), measured = r.int(0, 30);
      // Every measurement answers every area: each row adds up to the same number of measurements.
      const inner = Array.from({ length: areas }, () => {
        const row = Array.from({ length: answers }, () => 0);
        for (let m = 0; m < measured; m++) row[r.int(0, answers - 1)]! += 1;
        return row;
      });
      const g = withTotals(inner);
      const t = resultAreasTable(g, true);
      const mask = [...t.rows, t.totals!].map((row) => row.cells.map((c) => Boolean(c.suppressed)));
      expect(linesWithOneHidden(g.grid, g.lines, mask)).toEqual([]);
      const rowTotalsHidden = t.rows.map((row) => Boolean(row.cells.at(-1)!.suppressed));
      expect(new Set(rowTotalsHidden).size).toBeLessThanOrEqual(1);
      // The grand total is the number of measurements times the areas: it hides with the row totals.
      expect(Boolean(t.totals!.cells.at(-1)!.suppressed)).toBe(rowTotalsHidden[0]);
      g.grid.forEach((row, ri) => row.forEach((v, ci) => { if (isSmall(v)) expect(mask[ri]![ci]).toBe(true); }));
      // A hidden cell says why: "small" exactly when its count is 1 to 4, else it is a complement.
      const cells = [...t.rows, t.totals!].map((row) => row.cells);
      g.grid.forEach((row, ri) => row.forEach((v, ci) => {
        expect(cells[ri]![ci]!.suppressed).toBe(mask[ri]![ci] ? (isSmall(v) ? 'small' : 'complementary') : false);
      }));
    }
  });
});

describe('a hidden cell says why it is hidden', () => {
  it('a count of 1 to 4 is "small"; a cell hidden only as its complement is "complementary", whatever it holds (0, 8 or 40)', () => {
    const t = countsTable('phase_now', withTotals([[3, 8], [0, 40]]), true);
    expect([...t.rows, t.totals!].map((r) => r.cells.map((c) => c.suppressed)))
      .toEqual([['small', 'complementary', false], [false, false, false], ['small', 'complementary', false]]);
    // 8 and the column total 48 are complements; the first column's total is 3 as well: small itself, not a complement.
    for (const c of [...t.rows, t.totals!].flatMap((r) => r.cells)) if (c.suppressed) expect(c.value).toBeNull();
    expect(countsTable('phase_now', withTotals([[3, 8], [0, 40]]), false).rows[0]!.cells.map((c) => c.suppressed)).toEqual([false, false, false]);
  });
  it('a median hidden over fewer than five stays is "small", over five or more but next to a hidden count "complementary"; averages over 1 to 4 youth "small"', () => {
    const p = phaseTimeTable([{ key: 'a', label: 'A', plannedDays: 10 }, { key: 'b', label: 'B', plannedDays: 10 }],
      [{ phase: 'a', n: 3, over: 1, median: 4 }, { phase: 'b', n: 9, over: 2, median: 12 }], true);
    expect(p.rows.map((r) => r.cells[3]!.suppressed)).toEqual(['small', 'complementary']);
    const d = domainChangeTable([{ key: 'x', label: 'X' }], [{ domain: 'x', n: 2, baseline: 3, closing: 4, change: 1 }], true);
    expect(d.rows[0]!.cells.map((c) => c.suppressed)).toEqual(['small', 'small', 'small', 'small']);
  });
});
