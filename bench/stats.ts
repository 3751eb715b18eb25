/** Pure figures and budget checks for the benchmarks (unit-tested; no clocks here). */

/** Latencies in ms, requests per second, and the machine's CPU per request in ms (all cores, busy time: server, PostgreSQL and load generator together). */
export interface Summary { count: number; errors: number; p50: number; p95: number; p99: number; rps: number; cpuMsPerRequest: number }

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export function summarise(latenciesMs: number[], errors: number, wallMs: number, cpuBusyMs = 0): Summary {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  return {
    count: sorted.length, errors,
    p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99),
    rps: wallMs > 0 ? (sorted.length / wallMs) * 1000 : 0,
    cpuMsPerRequest: sorted.length > 0 ? cpuBusyMs / sorted.length : 0,
  };
}

/** The busy time of all the machine's cores so far, in ms (os.cpus: user, nice, sys and irq; not idle). */
export function machineBusyMs(cpus: { times: { user: number; nice: number; sys: number; irq: number } }[]): number {
  return cpus.reduce((sum, c) => sum + c.times.user + c.times.nice + c.times.sys + c.times.irq, 0);
}

export interface Budgets {
  /** Coach-facing calls at `atConcurrency`: p95 ≤ ratio × raw SQL p95 + slack, and under maxMs. */
  coachCalls: { atConcurrency: number; p95MaxRatio: number; p95SlackMs: number; p95MaxMs: number };
  /** The dashboards (calls named "dashboard …"): aggregates over a team or a whole municipality, with their own bounds instead of coachCalls'. */
  dashboardCalls?: { atConcurrency: number; p95MaxRatio: number; p95SlackMs: number; p95MaxMs: number };
  /** At national size each coach-facing call's p95 stays within this ratio of its Rotterdam p95 (cost follows the caseload, not the country). */
  nationalVsRotterdam?: { atConcurrency: number; p95MaxRatio: number };
  /**
   * Each call's p50 stays within this ratio of the last recorded run of the same scale and machine:
   * a slower change is caught. The median, because p95 over 200 requests moved up to 1.6× between
   * two runs of the same code here, p50 at most 1.23×.
   */
  vsLastRun?: { atConcurrency: number; p50MaxRatio: number };
  /** At this many concurrent users no request may fail. */
  noErrorsAtConcurrency: number;
  /** The first screen's JavaScript, gzipped. */
  webFirstScreenKbGzip: number;
}

export interface Measured { call: string; concurrency: number; api: Summary; raw: Summary }

/** The dashboards (aggregates over a team or a municipality) have budgets of their own. */
const isDashboard = (m: Measured) => m.call.startsWith('dashboard');
/**
 * A floor (a call named "floor: …") reads no youth and writes no access log: it measures what
 * any logged-in request costs on this machine, to read the other figures by. It has no latency
 * budget of its own, but must not fail and is held to its last run like every call.
 */
const isFloor = (m: Measured) => m.call.startsWith('floor:');

export function checkBudgets(results: Measured[], budgets: Budgets, webKbGzip: number | null): string[] {
  const misses: string[] = [];
  for (const m of results) {
    const b = isDashboard(m) && budgets.dashboardCalls ? budgets.dashboardCalls : budgets.coachCalls;
    if (m.concurrency === b.atConcurrency && !isFloor(m)) {
      const allowed = b.p95MaxRatio * m.raw.p95 + b.p95SlackMs;
      if (m.api.p95 > allowed) misses.push(`${m.call} @${m.concurrency}: p95 ${m.api.p95.toFixed(1)} ms > ${b.p95MaxRatio}× raw ${m.raw.p95.toFixed(1)} ms + ${b.p95SlackMs} ms`);
      if (m.api.p95 > b.p95MaxMs) misses.push(`${m.call} @${m.concurrency}: p95 ${m.api.p95.toFixed(1)} ms > ${b.p95MaxMs} ms`);
    }
    if (m.concurrency >= budgets.noErrorsAtConcurrency && m.api.errors > 0) misses.push(`${m.call} @${m.concurrency}: ${m.api.errors} errors`);
  }
  if (webKbGzip !== null && webKbGzip > budgets.webFirstScreenKbGzip) {
    misses.push(`first screen JavaScript ${webKbGzip.toFixed(0)} KB gzipped > ${budgets.webFirstScreenKbGzip} KB`);
  }
  return misses;
}

/**
 * The p95 and p50 per call and concurrency of one run, and the p50 of each call's raw SQL (the
 * machine's speed then, `machineSpeed`), kept to compare a later run with (bench/figures/<scale>.json).
 */
export interface Figures { scale: string; date: string; machine: string; p95: Record<string, number>; p50?: Record<string, number>; rawP50?: Record<string, number> }

export const figureKey = (call: string, concurrency: number) => `${call} @${concurrency}`;

export function figuresOf(scale: string, date: string, machine: string, results: Measured[]): Figures {
  const of = (stat: 'p50' | 'p95', side: 'api' | 'raw' = 'api') => Object.fromEntries(results.map((m) => [figureKey(m.call, m.concurrency), Number(m[side][stat].toFixed(side === 'raw' ? 2 : 1))]));
  return { scale, date, machine, p95: of('p95'), p50: of('p50'), rawP50: of('p50', 'raw') };
}

/**
 * These calls' `stat` (p50 or p95) against reference figures: a call over `ratio` times its
 * reference (times `speed`: how much slower the machine is than when the reference was taken) is
 * a miss; a call the reference has no figure for is one too when `noun` names the reference
 * (null: a new call, recorded by this run).
 */
function checkAgainstFigures(calls: Measured[], stat: 'p50' | 'p95', ratio: number, reference: Figures, label: { at: string; whose: string; noun: string | null; speed?: number }, file: string): Miss[] {
  const speed = label.speed ?? 1;
  const misses: Miss[] = [];
  for (const m of calls) {
    const key = figureKey(m.call, m.concurrency);
    const before = reference[stat]?.[key];
    if (before === undefined) {
      if (label.noun) misses.push({ key, text: `${m.call} @${m.concurrency}: no ${label.noun} figure to compare with (${file} of ${reference.date})` });
    } else if (m.api[stat] > ratio * speed * before) {
      misses.push({ key, text: `${m.call} @${m.concurrency}: ${stat} ${m.api[stat].toFixed(1)} ms${label.at} > ${ratio}× ${label.whose} ${before.toFixed(1)} ms${label.speed === undefined ? '' : ` × ${speed.toFixed(2)}, this machine's speed against then`} (${reference.date})` });
    }
  }
  return misses;
}

/** A call and concurrency that missed (its `figureKey`), and the sentence that says how. */
export interface Miss { key: string; text: string }

/**
 * National size against Rotterdam's figures of the same machine: a coach-facing call (not a
 * dashboard, which sums a whole municipality) whose p95 grew more than the budget's ratio is a
 * miss, and so is a call Rotterdam has no figure for.
 */
export function checkAgainstRotterdam(results: Measured[], budgets: Budgets, rotterdam: Figures | null): Miss[] {
  const b = budgets.nationalVsRotterdam;
  if (!b) return [];
  const coachCalls = results.filter((m) => m.concurrency === b.atConcurrency && !isDashboard(m));
  if (!rotterdam) return coachCalls.length ? [{ key: '', text: 'no Rotterdam figures on this machine to compare with: run `npm run bench -- --scale rotterdam` first (it writes bench/figures/rotterdam.json)' }] : [];
  return checkAgainstFigures(coachCalls, 'p95', b.p95MaxRatio, rotterdam, { at: ' at national size', whose: 'Rotterdam\'s', noun: 'Rotterdam' }, 'bench/figures/rotterdam.json');
}

/**
 * How much slower this machine is now than when `last` was recorded: the median, over the calls
 * at `concurrency`, of each call's raw SQL p50 now against then. The raw SQL is the same in both
 * runs whatever Spil's code does (plain `pg`, the same statements on the same generated data), so
 * it measures the machine: two machines that both call themselves "2 × AMD EPYC" differed 1.5–2×
 * here (the floor's p50 2.2 and 4.2 ms, the raw SQL's 1.6–2.4× in every call), and a record of
 * the faster one failed every call of the slower one. The median, not the mean: one raw statement
 * sped up by a new index does not move it. Null when `last` kept no raw SQL p50s or shares too
 * few calls with this run (fewer than five) to read the machine by.
 */
export function machineSpeed(results: Measured[], last: Figures, concurrency: number): number | null {
  const ratios = results.filter((m) => m.concurrency === concurrency).flatMap((m) => {
    const then = last.rawP50?.[figureKey(m.call, m.concurrency)];
    return then && then > 0 && m.raw.p50 > 0 ? [m.raw.p50 / then] : [];
  }).sort((a, b) => a - b);
  if (ratios.length < 5) return null;
  const mid = ratios.length / 2;
  return ratios.length % 2 ? ratios[Math.floor(mid)]! : (ratios[mid - 1]! + ratios[mid]!) / 2;
}

/**
 * Against the last recorded run of the same scale on the same kind of machine
 * (bench/figures/<scale>.json): every call must stay within the budget's ratio of its recorded
 * p50, times how much slower this machine is than the one that recorded it (`machineSpeed`) — so
 * a change that makes a call slower is caught even while that call still misses an absolute
 * budget (bench/README.md says which do, and why), and a slower machine is not taken for a slower
 * Spil. A call new since that run is recorded by this one. Figures of another kind of machine, or
 * without the medians to compare and to read the machine by, are not compared (null: say so).
 */
export function checkAgainstLastRun(results: Measured[], budgets: Budgets, last: Figures | null, machine: string): { speed: number; misses: Miss[] } | null {
  const b = budgets.vsLastRun;
  if (!b || !last?.p50 || last.machine !== machine) return null;
  const speed = machineSpeed(results, last, b.atConcurrency);
  if (speed === null) return null;
  return { speed, misses: checkAgainstFigures(results.filter((m) => m.concurrency === b.atConcurrency), 'p50', b.p50MaxRatio, last, { at: '', whose: 'the last run\'s', noun: null, speed }, `bench/figures/${last.scale}.json`) };
}
