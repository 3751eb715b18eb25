import { funnel, type FunnelGroup, type FunnelStep } from './funnel.js';
import { derivedHidden, isSmall, suppressCounts, suppressLinked, type Lines } from './suppression.js';

/**
 * The dashboard's tables as plain data: rows × columns of cells, with a totals row where the
 * table adds up. Built from the repository's aggregates; when `suppress` is on (organisatie-
 * manager, beleidsmedewerker) a hidden cell carries no value at all — only why it is hidden:
 * `suppressed: 'small'` (1 to 4 youth, shown as "<5") or `'complementary'` (hidden only so that a
 * small count elsewhere cannot be worked out by subtracting; it may be 0 or 40, shown as "×") —
 * so nothing small leaves the server.
 */
export const TABLE_KEYS = [
  'inflow_source', 'inflow_neighbourhood', 'phase_now', 'phase_time', 'plan_norm', 'group_response',
  'caseload', 'funnel', 'result_areas', 'domain_change',
] as const;
export type TableKey = (typeof TABLE_KEYS)[number];

export type ColumnKind = 'count' | 'percent' | 'days' | 'score' | 'change' | 'limit';
export interface Column { key: string; label: string; kind: ColumnKind }
/** Why a cell is hidden: `false` — shown; `'small'` — 1 to 4 youth; `'complementary'` — hidden so no small count elsewhere can be recovered. */
export type Suppressed = false | 'small' | 'complementary';
export interface Cell { value: number | null; suppressed: Suppressed }
export interface Row { key: string; label: string; cells: Cell[] }
export interface DashboardTable { key: TableKey; title: string; columns: Column[]; rows: Row[]; totals: Row | null; anySuppressed: boolean }

export interface Label { key: string; label: string }
export const TOTAL_LABEL = 'Totaal';

export const TABLE_TITLES: Record<TableKey, string> = {
  inflow_source: 'Instroom per signaalbron', inflow_neighbourhood: 'Instroom per wijk', phase_now: 'Jongeren per fase',
  phase_time: 'Tijd in fase tegen de norm', plan_norm: 'Plan binnen de norm ondertekend', group_response: 'Reactie op groepsmeldingen binnen de norm',
  caseload: 'Caseload per coach', funnel: 'Trechter: van gescout tot na zes maanden nog aan het werk', result_areas: 'Resultaatgebieden',
  domain_change: 'Verandering per leefgebied',
};

const exact = (value: number | null): Cell => ({ value, suppressed: false });
const hiddenCell = (suppressed: 'small' | 'complementary'): Cell => ({ value: null, suppressed });
/** A count: hidden as small when it is 1 to 4 itself, else only as a complement. */
const cell = (value: number, hidden: boolean): Cell => (hidden ? hiddenCell(isSmall(value) ? 'small' : 'complementary') : exact(value));
/** A figure derived from `n` youth (a share, median, average): hidden as small when `n` is 1 to 4, else as a complement of a hidden count. */
const derivedCell = (value: number | null, hidden: boolean, n: number): Cell => (hidden ? hiddenCell(isSmall(n) ? 'small' : 'complementary') : exact(value));
const emptyMask = (grid: number[][]) => grid.map((r) => r.map(() => false));

/** A cell by name — table, row key, column key (the totals row and column are 'total') — the same in every unit's dashboard. */
export const cellId = (table: TableKey, row: string, col: string) => `${table}|${row}|${col}`;
/**
 * Cells to hide for a reason outside their own table: the same cell must hide in this unit's
 * dashboard because of the others' (across-units.ts). They get their own complements too.
 */
export type ForcedCells = ReadonlySet<string>;

/** A counts table: rows × columns of counts, with a total per row (when more than one column) and a totals row. */
export interface CountGrid { rows: Label[]; columns: Label[]; grid: number[][]; lines: Lines }

export function countGrid(rows: Label[], columns: Label[], counts: { row: string; col: string; n: number }[]): CountGrid {
  const rowTotal = columns.length > 1;
  const at = new Map(counts.map((c) => [`${c.row}\u0000${c.col}`, c.n]));
  const inner = rows.map((r) => columns.map((c) => at.get(`${r.key}\u0000${c.key}`) ?? 0));
  const withRowTotals = inner.map((line) => (rowTotal ? [...line, line.reduce((a, b) => a + b, 0)] : line));
  const width = withRowTotals[0]?.length ?? (rowTotal ? columns.length + 1 : columns.length);
  const totals = Array.from({ length: width }, (_, c) => withRowTotals.reduce((sum, line) => sum + line[c]!, 0));
  return { rows, columns, grid: [...withRowTotals, totals], lines: { rows: rowTotal, columns: true } };
}

/** The forced cells of a counts grid as a mask of its shape (undefined when there are none). */
function forcedMask(key: TableKey, g: CountGrid, forced?: ForcedCells): boolean[][] | undefined {
  if (!forced?.size) return undefined;
  const rows = [...g.rows.map((r) => r.key), 'total'];
  const cols = [...g.columns.map((c) => c.key), ...(g.lines.rows ? ['total'] : [])];
  return rows.map((r) => cols.map((c) => forced.has(cellId(key, r, c))));
}

export function renderCounts(key: TableKey, g: CountGrid, mask: boolean[][], kind: ColumnKind = 'count'): DashboardTable {
  const columns: Column[] = [...g.columns.map((c) => ({ ...c, kind })), ...(g.lines.rows ? [{ key: 'total', label: TOTAL_LABEL, kind }] : [])];
  const line = (i: number) => g.grid[i]!.map((v, c) => cell(v, mask[i]![c]!));
  return {
    key, title: TABLE_TITLES[key], columns,
    rows: g.rows.map((r, i) => ({ ...r, cells: line(i) })),
    totals: { key: 'total', label: TOTAL_LABEL, cells: line(g.rows.length) },
    anySuppressed: mask.some((r) => r.some(Boolean)),
  };
}

/** Suppress one counts table on its own (or not at all, for the team lead). */
export function countsTable(key: TableKey, g: CountGrid, suppress: boolean, kind: ColumnKind = 'count', forced?: ForcedCells): DashboardTable {
  return renderCounts(key, g, suppress ? suppressCounts(g.grid, g.lines, forcedMask(key, g, forced)) : emptyMask(g.grid), kind);
}

/**
 * Result areas: a measurement answers every area, so the rows' totals are all the number of
 * measurements — one hidden total would be read off the next row. Row totals that are equal
 * are one figure here (suppressLinked within the table): hidden in one row, hidden in all; and
 * when every row has the same total, the grand total (that number times the areas) with them.
 */
export function resultAreasTable(g: CountGrid, suppress: boolean, forced?: ForcedCells): DashboardTable {
  if (!suppress || !g.lines.rows) return countsTable('result_areas', g, suppress, 'count', forced);
  const last = g.grid[0]!.length - 1;
  const inner = g.grid.slice(0, -1);
  const links = inner.flatMap((row, r) => inner.slice(r + 1).flatMap((other, k) => (other[last] === row[last]
    ? [{ a: [0, r, last] as [number, number, number], b: [0, r + 1 + k, last] as [number, number, number] }] : [])));
  // All rows the same total: the grand total is that number times the rows, so it hides with them.
  if (inner.length > 0 && inner.every((row) => row[last] === inner[0]![last])) links.push({ a: [0, 0, last], b: [0, inner.length, last] });
  return renderCounts('result_areas', g, suppressLinked([{ grid: g.grid, lines: g.lines }], links, [forcedMask('result_areas', g, forced)])[0]!);
}

/**
 * The two inflow tables and the funnel show the same figures — each quarter's inflow is the
 * totals row of both inflow tables, and the whole period's inflow is the funnel's first step —
 * so a figure hidden in one is hidden in the others (suppressLinked).
 */
export function inflowAndFunnel(bySource: CountGrid, byNeighbourhood: CountGrid, groups: FunnelGroup[], stepLabels: Record<FunnelStep, string>, suppress: boolean, forced?: ForcedCells) {
  const steps = funnel(groups);
  const funnelGrid = steps.map((s) => [s.count]);
  let masks: boolean[][][];
  if (!suppress) masks = [emptyMask(bySource.grid), emptyMask(byNeighbourhood.grid), emptyMask(funnelGrid)];
  else {
    const last = (g: CountGrid) => g.grid.length - 1;
    const width = bySource.grid[0]!.length;
    masks = suppressLinked(
      [{ grid: bySource.grid, lines: bySource.lines }, { grid: byNeighbourhood.grid, lines: byNeighbourhood.lines }, { grid: funnelGrid, lines: { rows: false, columns: false, steps: true } }],
      [
        ...Array.from({ length: width }, (_, c) => ({ a: [0, last(bySource), c] as [number, number, number], b: [1, last(byNeighbourhood), c] as [number, number, number] })),
        { a: [0, last(bySource), width - 1], b: [2, 0, 0] },
      ],
      [forcedMask('inflow_source', bySource, forced), forcedMask('inflow_neighbourhood', byNeighbourhood, forced),
        steps.map((s) => [Boolean(forced?.has(cellId('funnel', s.step, 'count')))])],
    );
  }
  const fm = masks[2]!;
  const funnelTable: DashboardTable = {
    key: 'funnel', title: TABLE_TITLES.funnel,
    columns: [{ key: 'count', label: 'Aantal', kind: 'count' }, { key: 'percent', label: '% van de vorige stap', kind: 'percent' }],
    rows: steps.map((s, i) => ({
      key: s.step, label: stepLabels[s.step],
      cells: [cell(s.count, fm[i]![0]!), derivedCell(s.percentOfPrevious, suppress && i > 0 && (fm[i]![0]! || fm[i - 1]![0]! || derivedHidden(steps[i - 1]!.count)), i > 0 ? steps[i - 1]!.count : 0)],
    })),
    totals: null, anySuppressed: fm.some((r) => r[0]),
  };
  return {
    inflowSource: renderCounts('inflow_source', bySource, masks[0]!),
    inflowNeighbourhood: renderCounts('inflow_neighbourhood', byNeighbourhood, masks[1]!),
    funnel: funnelTable,
  };
}

/**
 * Time in phase: per phase the stays that ended in the period, within and over the phase's
 * planned duration (the two add up to the total, so they are suppressed as one grid), the
 * median days (hidden when the stays are few or hidden) and the planned days (configuration,
 * never hidden).
 */
export function phaseTimeTable(phases: (Label & { plannedDays: number | null })[], stays: { phase: string; n: number; over: number; median: number | null }[], suppress: boolean, forced?: ForcedCells): DashboardTable {
  const by = new Map(stays.map((s) => [s.phase, s]));
  const g = countGrid(phases, [{ key: 'within', label: 'Binnen de norm' }, { key: 'over', label: 'Boven de norm' }],
    phases.flatMap((p) => { const s = by.get(p.key); return s ? [{ row: p.key, col: 'within', n: s.n - s.over }, { row: p.key, col: 'over', n: s.over }] : []; }));
  const counts = countsTable('phase_time', g, suppress, 'count', forced);
  const rows = counts.rows.map((r, i) => {
    const s = by.get(r.key);
    const hidden = suppress && (Boolean(r.cells[2]!.suppressed) || derivedHidden(s?.n ?? 0));
    return { ...r, cells: [...r.cells, derivedCell(s?.median === null || s?.median === undefined ? null : Math.round(s.median), hidden, s?.n ?? 0), exact(phases[i]!.plannedDays)] };
  });
  return {
    ...counts, rows,
    columns: [...counts.columns, { key: 'median_days', label: 'Mediaan (dagen)', kind: 'days' }, { key: 'planned_days', label: 'Norm (dagen)', kind: 'days' }],
    totals: counts.totals ? { ...counts.totals, cells: [...counts.totals.cells, exact(null), exact(null)] } : null,
  };
}

/** Change per life domain: youth with a baseline and a closing score; averages hidden over fewer than five youth. */
export function domainChangeTable(domains: Label[], rows: { domain: string; n: number; baseline: number; closing: number; change: number }[], suppress: boolean, forced?: ForcedCells): DashboardTable {
  const by = new Map(rows.map((r) => [r.domain, r]));
  const round1 = (x: number) => Math.round(x * 10) / 10;
  const out = domains.map((d) => {
    const r = by.get(d.key);
    const n = r?.n ?? 0;
    const hidden = suppress && (isSmall(n) || Boolean(forced?.has(cellId('domain_change', d.key, 'n'))));
    return { ...d, cells: [cell(n, hidden), ...[r?.baseline, r?.closing, r?.change].map((v) => derivedCell(v === undefined ? null : round1(v), hidden, n))] };
  });
  return {
    key: 'domain_change', title: TABLE_TITLES.domain_change,
    columns: [{ key: 'n', label: 'Aantal jongeren', kind: 'count' }, { key: 'baseline', label: 'Gemiddeld bij de start', kind: 'score' },
      { key: 'closing', label: 'Gemiddeld bij afronding', kind: 'score' }, { key: 'change', label: 'Gemiddelde verandering', kind: 'change' }],
    rows: out, totals: null, anySuppressed: out.some((r) => Boolean(r.cells[0]!.suppressed)),
  };
}

/** Caseload per coach (team lead only, exact): active youth against each coach's limit. */
export function caseloadTable(coaches: { id: string; name: string; active: number; limit: number }[]): DashboardTable {
  return {
    key: 'caseload', title: TABLE_TITLES.caseload,
    columns: [{ key: 'active', label: 'Actieve jongeren', kind: 'count' }, { key: 'limit', label: 'Maximum', kind: 'limit' }],
    rows: coaches.map((c) => ({ key: c.id, label: c.name, cells: [exact(c.active), exact(c.limit)] })),
    totals: null, anySuppressed: false,
  };
}
