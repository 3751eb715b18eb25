import type { z } from 'zod';
import { RESULT_ANSWERS, RESULT_AREAS, type ResultMomentKey } from '../../core/closing/result-areas.js';
import { FUNNEL_STEPS, type FunnelStep } from '../../core/dashboard/funnel.js';
import { defaultPeriod, periodProblem, quartersOf, type Period } from '../../core/dashboard/period.js';
import { dashboardScope, isRefusal, type ScopeRefusal } from '../../core/dashboard/scope.js';
import {
  caseloadTable, countGrid, countsTable, domainChangeTable, inflowAndFunnel, phaseTimeTable, resultAreasTable, type DashboardTable, type Label, type TableKey,
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

const REFUSALS: Record<ScopeRefusal['code'], string> = {
  FORBIDDEN: 'Het dashboard is er voor teamleiders, organisatiemanagers en beleidsmedewerkers.',
  TEAM_NOT_YOURS: 'U bent geen teamleider van dit team. Kies een van uw eigen teams.',
  ORGANISATION_NOT_YOURS: 'U ziet alleen de cijfers van uw eigen organisatie.',
  UNKNOWN_TEAM: 'Dit team bestaat niet in uw gemeente. Kies een team uit de lijst.',
  UNKNOWN_ORGANISATION: 'Deze organisatie bestaat niet in uw gemeente. Kies een organisatie uit de lijst.',
  FILTER_NOT_FOR_ROLE: 'Met uw rol kunt u op dit filter niet kiezen.',
};

async function resolve(ctx: RequestContext, filters: Filters) {
  const labels = await repo.labels(ctx.db, ctx.tenantId);
  const scope = dashboardScope(ctx.user, filters, { teamIds: labels.teams.map((t) => t.id), organisationIds: labels.organisations.map((o) => o.id) });
  if (isRefusal(scope)) throw new AppError(scope.code, scope.status, REFUSALS[scope.code], scope.field ? { field: scope.field } : undefined);
  const today = amsterdamDate(ctx.now());
  const fallback = defaultPeriod(today);
  const period: Period = { from: filters.from ?? (filters.to && filters.to < fallback.from ? defaultPeriod(filters.to).from : fallback.from), to: filters.to ?? today };
  const problem = periodProblem(period);
  if (problem) {
    throw new AppError(problem.code, 400, problem.code === 'PERIOD_REVERSED'
      ? 'De begindatum ligt na de einddatum. Kies een begindatum op of voor de einddatum.'
      : 'Kies een periode van hoogstens vijf jaar.', { field: problem.field });
  }
  return { labels, scope, period, today, moment: filters.moment };
}

type Resolved = Awaited<ReturnType<typeof resolve>>;

/** Rows from a list, then any key the data holds that the list lacks, then "Onbekend" for none. */
function rowsFor(listed: Label[], keys: string[], sortRest = false): Label[] {
  const known = new Set(listed.map((l) => l.key));
  const rest = [...new Set(keys.filter((k) => k && !known.has(k)))];
  if (sortRest) rest.sort((a, b) => a.localeCompare(b, 'nl'));
  return [...listed, ...rest.map((k) => ({ key: k, label: k })), ...(keys.includes('') ? [{ key: '', label: UNKNOWN }] : [])];
}

async function buildTables(db: Db, r: Resolved, ctx: RequestContext): Promise<DashboardTable[]> {
  const q: repo.Query = { tenantId: ctx.tenantId, scope: r.scope, period: r.period };
  const norms = await normsOf(db, ctx.tenantId);
  const weeks = norms.plan_signed.threshold ?? 6;
  const hours = norms.group_response.threshold ?? 24;
  const [bySource, byNeighbourhood, phaseNow, stays, plan, group, funnelRows, answers, domains, coaches] = await Promise.all([
    repo.inflow(db, q, 'signal_source'), repo.inflow(db, q, 'neighbourhood'), repo.phaseAtEnd(db, q), repo.phaseStays(db, q),
    repo.planNorm(db, q, weeks, r.today), repo.groupResponse(db, q, hours, ctx.now()), repo.funnelGroups(db, q),
    repo.resultAnswers(db, q, r.moment), repo.domainChange(db, q),
    r.scope.caseloadPerCoach ? organisationRepository.coachesOfTeams(db, ctx.tenantId, r.scope.teamIds ?? []) : Promise.resolve([]),
  ]);
  const suppress = r.scope.suppress;
  const quarters = quartersOf(r.period).map((x) => ({ key: x.start, label: x.label }));
  const phases = r.labels.phases.map((p) => ({ key: p.id, label: p.name, plannedDays: p.planned_weeks === null ? null : p.planned_weeks * 7 }));
  const inflowGrid = (rows: typeof bySource, listed: Label[], sortRest: boolean) =>
    countGrid(rowsFor(listed, rows.map((x) => x.row), sortRest), quarters, rows.map((x) => ({ row: x.row, col: x.q, n: x.n })));
  const linked = inflowAndFunnel(
    inflowGrid(bySource, r.labels.sources, false), inflowGrid(byNeighbourhood, [], true),
    funnelRows.map((f) => ({ started: f.started, placed: f.placed, regularWork: f.regular, workingAfter6Months: f.working, count: f.n })),
    STEP_LABELS, suppress,
  );
  const share = (key: TableKey, rows: repo.ShareRow[]) => countsTable(key, countGrid(quarters,
    [{ key: 'met', label: 'Gehaald' }, { key: 'missed', label: 'Niet gehaald' }, { key: 'open', label: 'Nog open' }],
    rows.flatMap((x) => (['met', 'missed', 'open'] as const).map((col) => ({ row: x.q, col, n: x[col] })))), suppress);
  const tables: DashboardTable[] = [
    linked.inflowSource,
    linked.inflowNeighbourhood,
    countsTable('phase_now', countGrid(phases, [{ key: 'count', label: 'Aantal' }], phaseNow.map((p) => ({ row: p.phase_id, col: 'count', n: p.n }))), suppress),
    phaseTimeTable(phases, stays.map((s) => ({ phase: s.phase_id, n: s.n, over: s.over, median: s.median })), suppress),
    share('plan_norm', plan),
    share('group_response', group),
    ...(r.scope.caseloadPerCoach ? [caseloadTable([...new Map(coaches.map((c) => [c.id, { id: c.id, name: c.display_name, active: Number(c.active_caseload ?? 0), limit: c.caseload_limit }])).values()])] : []),
    linked.funnel,
    resultAreasTable(countGrid(RESULT_AREAS.map((a) => ({ key: a.key, label: a.label })), RESULT_ANSWERS.map((a) => ({ key: a, label: ANSWER_LABELS[a]! })),
      answers.map((a) => ({ row: a.area, col: a.answer, n: a.n }))), suppress),
    domainChangeTable(r.labels.domains.map((d) => ({ key: d.key, label: d.label })), domains, suppress),
  ];
  return tables;
}

function present(r: Resolved, tables: DashboardTable[], ownTeamIds: string[]) {
  const { labels, scope } = r;
  const org = scope.organisationId ? labels.organisations.find((o) => o.id === scope.organisationId) ?? null : null;
  const teams = scope.teamIds ? labels.teams.filter((t) => scope.teamIds!.includes(t.id)) : null;
  return {
    municipality: labels.tenant,
    scope: { role: scope.role, suppressed: scope.suppress, organisation: org, teams },
    filters: { ...r.period, organisationId: scope.organisationId, teamId: scope.teamIds?.length === 1 ? scope.teamIds[0]! : null, moment: r.moment },
    options: {
      organisations: scope.role === 'beleidsmedewerker' ? labels.organisations : org ? [org] : [],
      teams: scope.role === 'beleidsmedewerker' ? labels.teams : scope.role === 'teamleider' ? labels.teams.filter((t) => ownTeamIds.includes(t.id)) : [],
      moments: (Object.keys(MOMENT_LABELS) as ResultMomentKey[]).map((key) => ({ key, label: MOMENT_LABELS[key] })),
    },
    tables: tables.map((t) => ({ ...t, rowHeader: ROW_HEADERS[t.key] })),
  };
}

export async function read(ctx: RequestContext, filters: Filters) {
  const r = await resolve(ctx, filters);
  const tables = await buildTables(ctx.db, r, ctx);
  await writeAccessLog(ctx.db, ctx, { action: 'read', youthId: null, recordType: 'dashboard', recordId: 'all' });
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
  await writeAccessLog(ctx.db, ctx, { action: 'export', youthId: null, recordType: 'dashboard', recordId: table });
  const name = `dashboard-${table === 'all' ? 'alles' : table}-${r.period.from}-${r.period.to}`;
  return format === 'csv'
    ? { body: toCsv(header, chosen), type: 'text/csv; charset=utf-8', filename: `${name}.csv` }
    : { body: await toXlsx(header, chosen), type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', filename: `${name}.xlsx` };
}

const dutchDate = (d: string) => { const [y, m, day] = d.split('-'); return `${Number(day)}-${Number(m)}-${y}`; };

function headerLines(d: ReturnType<typeof present>): string[] {
  const org = d.scope.organisation?.name ?? 'alle organisaties';
  const teams = d.scope.teams ? d.scope.teams.map((t) => t.name).join(', ') : 'alle teams';
  return [
    `Gemeente: ${d.municipality}`,
    `Periode: ${dutchDate(d.filters.from)} t/m ${dutchDate(d.filters.to)}`,
    `Filters: organisatie: ${org}; team: ${teams}; resultaatmeting: ${MOMENT_LABELS[d.filters.moment].toLowerCase()}`,
    ...(d.scope.suppressed ? [
      'Aantallen onder de 5 worden niet getoond ("<5"), net als percentages en gemiddelden over minder dan 5 jongeren.',
      '× = verborgen, zodat een klein aantal elders niet terug te rekenen is (het kan elk aantal zijn, ook 0).',
    ] : []),
  ];
}
