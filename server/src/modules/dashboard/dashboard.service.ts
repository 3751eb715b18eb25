import type { z } from 'zod';
import { RESULT_ANSWERS, RESULT_AREAS, type ResultMomentKey } from '../../core/closing/result-areas.js';
import { FUNNEL_STEPS, type FunnelStep } from '../../core/dashboard/funnel.js';
import { suppressAcrossUnits } from '../../core/dashboard/across-units.js';
import { defaultPeriod, endedQuarters, periodProblem, quarterByKey, quartersOf, type Period, type Quarter } from '../../core/dashboard/period.js';
import { dashboardScope, isRefusal, type ScopeRefusal } from '../../core/dashboard/scope.js';
import {
  caseloadTable, countGrid, countsTable, domainChangeTable, inflowAndFunnel, phaseTimeTable, resultAreasTable, type DashboardTable, type ForcedCells, type Label, type TableKey,
} from '../../core/dashboard/tables.js';
import { amsterdamDate } from '../../core/youth/youth-rules.js';
import { writeAccessLog } from '../../platform/access-log.js';
import type { Db } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors.js';
import type { RequestContext } from '../../platform/request-context.js';
import { normsOf } from '../norms/norms.service.js';
import * as organisationRepository from '../organisation/organisation.repository.js';
import * as repo from './dashboard.repository.js';
import type { DashboardQuery, ExportQuery } from './dashboard.schemas.js';
import { toCsv, toXlsx } from './dashboard.export.js';

/**
 * The dashboards of the team lead (their teams, exact), the organisation manager (their
 * organisation) and the policy officer (the municipality, per organisation or team), the last
 * two with small counts suppressed. Aggregates only: no name, free text or single youth's record
 * leaves these routes (a team lead's table of coaches names coaches, not youth). Every read and
 * export is in the access log, without a youth.
 */
type Filters = z.infer<typeof DashboardQuery>;

export const ROW_HEADERS: Record<TableKey, string> = {
  inflow_source: 'Signaalbron', inflow_neighbourhood: 'Wijk', phase_now: 'Fase', phase_time: 'Fase', plan_norm: 'Kwartaal',
  group_response: 'Kwartaal', caseload: 'Coach', funnel: 'Stap', result_areas: 'Resultaatgebied', domain_change: 'Leefgebied',
};

export const MOMENT_LABELS: Record<ResultMomentKey, string> = { closing: 'Bij afronding', after_6_months: 'Na 6 maanden', after_12_months: 'Na 12 maanden' };
const ANSWER_LABELS: Record<string, string> = { ja: 'Ja', ja_gelukt: 'Ja, gelukt', nee: 'Nee', nee_wel_geprobeerd: 'Nee, wel geprobeerd', nvt: 'N.v.t.' };
const STEP_LABELS: Record<FunnelStep, string> = {
  scouted: 'Gescout (aangemeld)', started: 'Gestart (eerste fase afgerond)', placed: 'Geplaatst', regular_work: 'Regulier werk', working_after_6_months: 'Na 6 maanden nog aan het werk',
};
const UNKNOWN = 'Onbekend';
/** Where counts are suppressed, a neighbourhood typed by a coach is no row of its own: only the teams' neighbourhoods are. */
const OTHER_NEIGHBOURHOOD = 'Andere wijk of onbekend';
/** How many ended quarters the quarter filter offers. */
const QUARTERS_OFFERED = 12;

const REFUSALS: Record<ScopeRefusal['code'], string> = {
  FORBIDDEN: 'Het dashboard is er voor teamleiders, organisatiemanagers en beleidsmedewerkers.',
  TEAM_NOT_YOURS: 'U bent geen teamleider van dit team. Kies een van uw eigen teams.',
  ORGANISATION_NOT_YOURS: 'U ziet alleen de cijfers van uw eigen organisatie.',
  UNKNOWN_TEAM: 'Dit team bestaat niet in uw gemeente. Kies een team uit de lijst.',
  UNKNOWN_ORGANISATION: 'Deze organisatie bestaat niet in uw gemeente. Kies een organisatie uit de lijst.',
  FILTER_NOT_FOR_ROLE: 'Met uw rol kunt u op dit filter niet kiezen.',
};

/**
 * The period: for the team lead any days (or a quarter); where counts are suppressed one ended
 * quarter (core/dashboard/period.ts says why), by default the last one.
 */
function periodFor(filters: Filters, suppress: boolean, today: string): { period: Period; quarter: Quarter | null } {
  const asked = filters.quarter ? quarterByKey(filters.quarter) : null;
  if (filters.quarter && !asked) throw new AppError('UNKNOWN_QUARTER', 400, 'Kies een kwartaal uit de lijst, zoals 2026-Q3.', { field: 'quarter' });
  if (suppress) {
    if (filters.from || filters.to) {
      throw new AppError('PERIOD_IS_A_QUARTER', 400, 'U kiest een heel kwartaal, geen losse dagen: zo zijn kleine aantallen niet terug te rekenen door twee perioden van elkaar af te trekken.', { field: 'quarter' });
    }
    const quarter = asked ?? endedQuarters(today, 1)[0]!;
    if (quarter.to >= today) throw new AppError('QUARTER_NOT_ENDED', 400, 'Dit kwartaal loopt nog. Kies een kwartaal dat voorbij is.', { field: 'quarter' });
    return { period: { from: quarter.from, to: quarter.to }, quarter };
  }
  if (asked) return { period: { from: asked.from, to: asked.to < today ? asked.to : today }, quarter: asked };
  const fallback = defaultPeriod(today);
  return { period: { from: filters.from ?? (filters.to && filters.to < fallback.from ? defaultPeriod(filters.to).from : fallback.from), to: filters.to ?? today }, quarter: null };
}

async function resolve(ctx: RequestContext, filters: Filters) {
  const labels = await repo.labels(ctx.db, ctx.tenantId);
  const scope = dashboardScope(ctx.user, filters, { teamIds: labels.teams.map((t) => t.id), organisationIds: labels.organisations.map((o) => o.id) });
  if (isRefusal(scope)) throw new AppError(scope.code, scope.status, REFUSALS[scope.code], scope.field ? { field: scope.field } : undefined);
  const today = amsterdamDate(ctx.now());
  const { period, quarter } = periodFor(filters, scope.suppress, today);
  const problem = periodProblem(period);
  if (problem) {
    throw new AppError(problem.code, 400, problem.code === 'PERIOD_REVERSED'
      ? 'De begindatum ligt na de einddatum. Kies een begindatum op of voor de einddatum.'
      : 'Kies een periode van hoogstens vijf jaar.', { field: problem.field });
  }
  const norms = await normsOf(ctx.db, ctx.tenantId);
  return { labels, scope, period, quarter, today, moment: filters.moment, planWeeks: norms.plan_signed.threshold ?? 6, groupHours: norms.group_response.threshold ?? 24 };
}

type Resolved = Awaited<ReturnType<typeof resolve>>;

/** Rows from a list, then any key the data holds that the list lacks, then "Onbekend" for none. */
function rowsFor(listed: Label[], keys: string[], sortRest = false): Label[] {
  const known = new Set(listed.map((l) => l.key));
  const rest = [...new Set(keys.filter((k) => k && !known.has(k)))];
  if (sortRest) rest.sort((a, b) => a.localeCompare(b, 'nl'));
  return [...listed, ...rest.map((k) => ({ key: k, label: k })), ...(keys.includes('') ? [{ key: '', label: UNKNOWN }] : [])];
}

/** The aggregates of one unit's youth: one query per table, all in one statement. */
async function fetchData(db: Db, r: Resolved, ctx: RequestContext, organisationId: string | null) {
  const q: repo.Query = { tenantId: ctx.tenantId, scope: { teamIds: r.scope.teamIds, organisationId }, period: r.period };
  const [aggregates, coaches] = await Promise.all([
    repo.aggregatesOf(db, q, {
      bySource: repo.inflow(q, 'signal_source'), byNeighbourhood: repo.inflow(q, 'neighbourhood'), phaseNow: repo.phaseAtEnd(q), stays: repo.phaseStays(q),
      plan: repo.planNorm(q, r.planWeeks, r.today), group: repo.groupResponse(q, r.groupHours, ctx.now()), funnelRows: repo.funnelGroups(q),
      answers: repo.resultAnswers(q, r.moment), domains: repo.domainChange(q),
    }),
    r.scope.caseloadPerCoach ? organisationRepository.coachesOfTeams(db, ctx.tenantId, r.scope.teamIds ?? []) : Promise.resolve([]),
  ]);
  return { ...aggregates, coaches };
}
type Data = Awaited<ReturnType<typeof fetchData>>;

/**
 * The dashboard's tables of one unit's aggregates (pure): exact, or suppressed with `forced`
 * cells hidden too. Where counts are suppressed, a neighbourhood a coach typed that is not one
 * of the teams' neighbourhoods counts under "Andere wijk of onbekend": free text is no row label.
 */
function makeTables(r: Resolved, d: Data, suppress: boolean, forced?: ForcedCells): DashboardTable[] {
  const quarters = quartersOf(r.period).map((x) => ({ key: x.start, label: x.label }));
  const phases = r.labels.phases.map((p) => ({ key: p.id, label: p.name, plannedDays: p.planned_weeks === null ? null : p.planned_weeks * 7 }));
  const inflowGrid = (rows: repo.InflowRow[], listed: Label[], sortRest: boolean) =>
    countGrid(rowsFor(listed, rows.map((x) => x.row), sortRest), quarters, rows.map((x) => ({ row: x.row, col: x.q, n: x.n })));
  const neighbourhoods = r.scope.suppress
    ? [...r.labels.neighbourhoods.map((n) => ({ key: n, label: n })), { key: '', label: OTHER_NEIGHBOURHOOD }]
    : null;
  const known = new Map((neighbourhoods ?? []).map((n) => [n.key.trim().toLowerCase(), n.key]));
  const byNeighbourhood = neighbourhoods
    ? countGrid(neighbourhoods, quarters, d.byNeighbourhood.map((x) => ({ row: known.get(x.row.trim().toLowerCase()) ?? '', col: x.q, n: x.n })))
    : inflowGrid(d.byNeighbourhood, [], true);
  const linked = inflowAndFunnel(
    inflowGrid(d.bySource, r.labels.sources, false), byNeighbourhood,
    d.funnelRows.map((f) => ({ started: f.started, placed: f.placed, regularWork: f.regular, workingAfter6Months: f.working, count: f.n })),
    STEP_LABELS, suppress, forced,
  );
  const share = (key: TableKey, rows: repo.ShareRow[]) => countsTable(key, countGrid(quarters,
    [{ key: 'met', label: 'Gehaald' }, { key: 'missed', label: 'Niet gehaald' }, { key: 'open', label: 'Nog open' }],
    rows.flatMap((x) => (['met', 'missed', 'open'] as const).map((col) => ({ row: x.q, col, n: x[col] })))), suppress, 'count', forced);
  return [
    linked.inflowSource,
    linked.inflowNeighbourhood,
    countsTable('phase_now', countGrid(phases, [{ key: 'count', label: 'Aantal' }], d.phaseNow.map((p) => ({ row: p.phase_id, col: 'count', n: p.n }))), suppress, 'count', forced),
    phaseTimeTable(phases, d.stays.map((s) => ({ phase: s.phase_id, n: s.n, over: s.over, median: s.median })), suppress, forced),
    share('plan_norm', d.plan),
    share('group_response', d.group),
    ...(r.scope.caseloadPerCoach ? [caseloadTable([...new Map(d.coaches.map((c) => [c.id, { id: c.id, name: c.display_name, active: Number(c.active_caseload ?? 0), limit: c.caseload_limit }])).values()])] : []),
    linked.funnel,
    resultAreasTable(countGrid(RESULT_AREAS.map((a) => ({ key: a.key, label: a.label })), RESULT_ANSWERS.map((a) => ({ key: a, label: ANSWER_LABELS[a]! })),
      d.answers.map((a) => ({ row: a.area, col: a.answer, n: a.n }))), suppress, forced),
    domainChangeTable(r.labels.domains.map((dm) => ({ key: dm.key, label: dm.label })), d.domains, suppress, forced),
  ];
}

/**
 * The tables of the scope asked for. The suppressed views — the municipality and each
 * organisation — are worked out together (core/dashboard/across-units.ts), so no view gives away
 * what another hides: the aggregates of each organisation are fetched, and the one asked for is
 * shown. An organisation manager gets the very view the policy officer gets of that organisation
 * (a view suppressed on its own could hide other cells, and the two side by side would show a
 * count under five).
 */
async function buildTables(db: Db, r: Resolved, ctx: RequestContext): Promise<DashboardTable[]> {
  if (!r.scope.suppress) return makeTables(r, await fetchData(db, r, ctx, r.scope.organisationId), false);
  const units = [null, ...r.labels.organisations.map((o) => o.id)];
  const key = [ctx.tenantId, r.quarter?.key, r.moment, units.join(',')].join('|');
  let views = suppressedViews.get(key, ctx.now());
  if (!views) {
    const data = await Promise.all(units.map((u) => fetchData(db, r, ctx, u)));
    views = suppressAcrossUnits(data.map((d) => makeTables(r, d, false)), (u, forced) => makeTables(r, data[u]!, true, forced));
    suppressedViews.set(key, views, ctx.now());
  }
  return views[units.indexOf(r.scope.organisationId)]!;
}

/**
 * The suppressed views of one ended quarter (policy officer, organisation managers), kept five
 * minutes: working them out takes a statement per table for the municipality and for each
 * organisation, and an ended quarter hardly changes. The views of one computation also hide
 * consistently, whichever one is asked for next, by whom. Aggregates only (no youth in them);
 * each read is still in the access log.
 */
const SUPPRESSED_VIEWS_MS = 5 * 60_000;
const suppressedViews = (() => {
  const kept = new Map<string, { at: number; views: DashboardTable[][] }>();
  return {
    get(key: string, now: Date) {
      const hit = kept.get(key);
      return hit && now.getTime() - hit.at < SUPPRESSED_VIEWS_MS && now.getTime() >= hit.at ? hit.views : undefined;
    },
    set(key: string, views: DashboardTable[][], now: Date) {
      if (kept.size >= 200) kept.delete(kept.keys().next().value!);
      kept.set(key, { at: now.getTime(), views });
    },
  };
})();

function present(r: Resolved, tables: DashboardTable[], ownTeamIds: string[]) {
  const { labels, scope } = r;
  const org = scope.organisationId ? labels.organisations.find((o) => o.id === scope.organisationId) ?? null : null;
  const teams = scope.teamIds ? labels.teams.filter((t) => scope.teamIds!.includes(t.id)) : null;
  return {
    municipality: labels.tenant,
    scope: { role: scope.role, suppressed: scope.suppress, organisation: org, teams },
    filters: { ...r.period, quarter: r.quarter?.key ?? null, organisationId: scope.organisationId, teamId: scope.teamIds?.length === 1 ? scope.teamIds[0]! : null, moment: r.moment },
    options: {
      quarters: scope.suppress ? endedQuarters(r.today, QUARTERS_OFFERED).map((q) => ({ key: q.key, label: q.label })) : [],
      organisations: scope.role === 'beleidsmedewerker' ? labels.organisations : org ? [org] : [],
      teams: scope.role === 'teamleider' ? labels.teams.filter((t) => ownTeamIds.includes(t.id)) : [],
      moments: (Object.keys(MOMENT_LABELS) as ResultMomentKey[]).map((key) => ({ key, label: MOMENT_LABELS[key] })),
    },
    tables: tables.map((t) => ({ ...t, rowHeader: ROW_HEADERS[t.key] })),
  };
}

export async function read(ctx: RequestContext, filters: Filters) {
  const r = await resolve(ctx, filters);
  const tables = await buildTables(ctx.db, r, ctx);
  await writeAccessLog(ctx.db, ctx, { action: 'read', youthId: null, recordType: 'dashboard', recordId: viewName(r, 'all') });
  return present(r, tables, ctx.user.teamIds);
}

/** A table (or all) as a file for Excel: header rows naming the municipality, the period and the filters; suppressed cells "<5" or "×". */
export async function exportFile(ctx: RequestContext, query: z.infer<typeof ExportQuery>) {
  const { format, table, ...filters } = query;
  const r = await resolve(ctx, filters);
  // All tables are built even for one: the suppression of linked tables must be the same as on the screen.
  const all = present(r, await buildTables(ctx.db, r, ctx), ctx.user.teamIds);
  const chosen = table === 'all' ? all.tables : all.tables.filter((t) => t.key === table);
  if (chosen.length === 0) throw new AppError('TABLE_NOT_FOR_ROLE', 400, 'Deze tabel hoort niet bij uw dashboard.', { field: 'table' });
  const header = headerLines(all);
  await writeAccessLog(ctx.db, ctx, { action: 'export', youthId: null, recordType: 'dashboard', recordId: viewName(r, table) });
  const name = `dashboard-${table === 'all' ? 'alles' : table}-${r.period.from}-${r.period.to}`;
  return format === 'csv'
    ? { body: toCsv(header, chosen), type: 'text/csv; charset=utf-8', filename: `${name}.csv` }
    : { body: await toXlsx(header, chosen), type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', filename: `${name}.xlsx` };
}

/** Which view was read or exported, for the access log: the table, the period and the filters (ids, no names). */
function viewName(r: Resolved, table: string): string {
  return [table, r.quarter?.key ?? `${r.period.from}..${r.period.to}`, r.scope.organisationId ? `organisatie=${r.scope.organisationId}` : null,
    r.scope.role === 'teamleider' && r.scope.teamIds ? `teams=${r.scope.teamIds.join(',')}` : null, `meting=${r.moment}`].filter(Boolean).join(' ');
}

const dutchDate = (d: string) => { const [y, m, day] = d.split('-'); return `${Number(day)}-${Number(m)}-${y}`; };

function headerLines(d: ReturnType<typeof present>): string[] {
  const org = d.scope.organisation?.name ?? 'alle organisaties';
  const teams = d.scope.teams ? d.scope.teams.map((t) => t.name).join(', ') : 'alle teams';
  return [
    `Gemeente: ${d.municipality}`,
    `Periode: ${d.filters.quarter ? `${quarterByKey(d.filters.quarter)!.label}, ` : ''}${dutchDate(d.filters.from)} t/m ${dutchDate(d.filters.to)}`,
    `Filters: organisatie: ${org}; team: ${teams}; resultaatmeting: ${MOMENT_LABELS[d.filters.moment].toLowerCase()}`,
    ...(d.scope.suppressed ? [
      'Aantallen onder de 5 worden niet getoond ("<5"), net als percentages en gemiddelden over minder dan 5 jongeren.',
      '× = verborgen, zodat een klein aantal elders niet terug te rekenen is (het kan elk aantal zijn, ook 0).',
    ] : []),
  ];
}
