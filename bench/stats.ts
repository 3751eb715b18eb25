/** Pure figures and budget checks for the benchmarks (unit-tested; no clocks here). */

export interface Summary { count: number; errors: number; p50: number; p95: number; p99: number; rps: number }

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export function summarise(latenciesMs: number[], errors: number, wallMs: number): Summary {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  return {
    count: sorted.length, errors,
    p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99),
    rps: wallMs > 0 ? (sorted.length / wallMs) * 1000 : 0,
  };
}

export interface Budgets {
  /** Coach-facing calls at `atConcurrency`: p95 ≤ ratio × raw SQL p95 + slack, and under maxMs. */
  coachCalls: { atConcurrency: number; p95MaxRatio: number; p95SlackMs: number; p95MaxMs: number };
  /** The dashboards (calls named "dashboard …"): aggregates over a team or a whole municipality, with their own bounds instead of coachCalls'. */
  dashboardCalls?: { atConcurrency: number; p95MaxRatio: number; p95SlackMs: number; p95MaxMs: number };
  /** At this many concurrent users no request may fail. */
  noErrorsAtConcurrency: number;
  /** The first screen's JavaScript, gzipped. */
  webFirstScreenKbGzip: number;
}

export interface Measured { call: string; concurrency: number; api: Summary; raw: Summary }

export function checkBudgets(results: Measured[], budgets: Budgets, webKbGzip: number | null): string[] {
  const misses: string[] = [];
  for (const m of results) {
    const b = m.call.startsWith('dashboard') && budgets.dashboardCalls ? budgets.dashboardCalls : budgets.coachCalls;
    if (m.concurrency === b.atConcurrency) {
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
