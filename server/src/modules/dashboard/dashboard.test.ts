import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupResponseShare, planNormShare } from '../../core/norms/norm-performance.js';
import { makeAssessment, makeOrganisation, makePlacement, makePlan, makeUser, makeYouth } from '../../seed/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { makeWorld } from '../../test/world.js';

/**
 * The dashboards over HTTP on a real database, on a small known city (clock 23 November 2026;
 * default period 1 October 2025 – 23 November 2026):
 * - team A: Enzo (registered 10 days ago, first phase) and six youth registered 100 days ago
 *   via the wijkagent, in Delfshaven, all past their first phase (60 days in it, norm 28);
 *   three signed their plan in time, three never did; four placed (two in a regular job);
 *   closing measurements for three (work found), one still working at six months; five with
 *   a baseline and closing score on 'werk' (2 → 4), two on 'scholing' (1 → 3); a street group
 *   of two with one report answered in time for one, late for the other, and one report
 *   still open;
 * - team B: three youth of coach B registered 100 days ago via school, and two of coach C
 *   (another organisation) registered 400 days ago who came themselves.
 */
let t: TestApp;
let w: Awaited<ReturnType<typeof makeWorld>>;
let org2: { id: string; name: string };
let manager: { id: string; email: string; password: string };
const DAY = 86_400_000;
const six: string[] = [];
let signed: { registeredAt: Date; firstPlanSignedAt: Date | null }[] = [];
const reports: { reportedAt: Date; answeredAt: Date | null }[] = [];

beforeAll(async () => {
  t = await startTestApp();
  w = await makeWorld(t);
  const db = t.db, tenantId = w.tenant.id, now = t.clock.now;
  org2 = await makeOrganisation(db, tenantId, 'Stichting Twee');
  const coachC = await makeUser(db, { tenantId, organisationId: org2.id, teamIds: [w.teamB.id], roles: ['coach'], name: 'Coach C' });
  manager = await makeUser(db, { tenantId, organisationId: org2.id, roles: ['organisatiemanager'], name: 'Manager Twee' });
  for (let i = 0; i < 6; i++) {
    const y = await makeYouth(db, { tenantId, teamId: w.teamA.id, coachIds: [w.coachA.id], createdBy: w.coachA.id, now,
      fields: { first_name: `Jong${i}`, signal_source: 'wijkagent', neighbourhood: 'Delfshaven' }, trajectory: { phaseKey: 'verdieping', startedDaysAgo: 100, daysInPhase: 40 } });
    six.push(y.id);
    if (i < 3) await makePlan(db, { tenantId, youthId: y.id, authorId: w.coachA.id, authorName: 'Coach A', youthName: `Jong${i}`, now, versions: [{ daysAgo: 85, signedDaysAgo: 80, parts: [] }] });
  }
  for (let i = 0; i < 3; i++) await makeYouth(db, { tenantId, teamId: w.teamB.id, coachIds: [w.coachB.id], createdBy: w.coachB.id, now, registeredDaysAgo: 100, fields: { first_name: `School${i}`, signal_source: 'school' } });
  for (let i = 0; i < 2; i++) await makeYouth(db, { tenantId, teamId: w.teamB.id, coachIds: [coachC.id], createdBy: coachC.id, now, registeredDaysAgo: 400, fields: { first_name: `Zelf${i}`, signal_source: 'zelf' } });
  const registered = new Date(now.getTime() - 100 * DAY);
  signed = [
    { registeredAt: new Date(now.getTime() - 10 * DAY), firstPlanSignedAt: null },
    ...six.map((_, i) => ({ registeredAt: registered, firstPlanSignedAt: i < 3 ? new Date(now.getTime() - 80 * DAY) : null })),
  ];

  // Placements: Jong0 and Jong1 in a regular job, Jong2 and Jong3 an internship.
  for (const [i, kind] of [[0, 'regular_job'], [1, 'regular_job'], [2, 'internship'], [3, 'internship']] as const) {
    await makePlacement(db, { tenantId, youthId: six[i]!, createdBy: w.coachA.id, at: now, startsOn: '2026-10-01', kind });
  }
  // Result measurements at closing for Jong0, Jong2, Jong4 (work found, income not up); Jong0 still working at six months.
  const trajectoryOf = async (youthId: string) => (await db.selectFrom('trajectory').select('id').where('youth_id', '=', youthId).executeTakeFirstOrThrow()).id;
  const measure = async (youthId: string, moment: 'closing' | 'after_6_months', on: string, answers: [string, 'ja' | 'nee'][]) => {
    const id = randomUUID();
    await db.insertInto('result_measurement').values({ tenant_id: tenantId, id, youth_id: youthId, trajectory_id: await trajectoryOf(youthId), moment, measured_on: on, note: 'Vrije tekst die niemand buiten het dossier ziet', author_id: w.coachA.id, created_at: now, updated_at: now }).execute();
    await db.insertInto('result_answer').values(answers.map(([area, answer]) => ({ tenant_id: tenantId, measurement_id: id, area, answer, explanation: 'Toelichting van de coach' }))).execute();
  };
  for (const i of [0, 2, 4]) await measure(six[i]!, 'closing', '2026-11-01', [['work', 'ja'], ['income', 'nee']]);
  await measure(six[0]!, 'after_6_months', '2026-11-20', [['work', 'ja']]);
  // Life domains: five youth 'werk' 2 → 4; two of them 'scholing' 1 → 3.
  for (let i = 0; i < 5; i++) {
    const scores = (werk: number, scholing: number): Record<string, number> => (i < 2 ? { werk, scholing } : { werk });
    await makeAssessment(db, { tenantId, youthId: six[i]!, authorId: w.coachA.id, now, daysAgo: 90, moment: 'baseline', scores: scores(2, 1) });
    await makeAssessment(db, { tenantId, youthId: six[i]!, authorId: w.coachA.id, now, daysAgo: 5, moment: 'closing', scores: scores(4, 3) });
  }
  // A second, later baseline of Jong0 does not count: the change is measured from the first.
  await makeAssessment(db, { tenantId, youthId: six[0]!, authorId: w.coachA.id, now, daysAgo: 40, moment: 'baseline', scores: { werk: 1, scholing: 1 } });
  // A street group of Jong0 and Jong1: a report 30 days ago (Jong0 spoken 2 hours after, Jong1 30 hours after), one 2 hours ago (open for both).
  const group = randomUUID();
  await db.insertInto('youth_group').values({ tenant_id: tenantId, id: group, team_id: w.teamA.id, name: 'Groep plein', neighbourhood: null, coach_id: w.coachA.id, created_by: w.coachA.id, created_at: registered }).execute();
  await db.insertInto('youth_group_member').values(six.slice(0, 2).map((youth_id) => ({ tenant_id: tenantId, id: randomUUID(), group_id: group, youth_id, since: registered, until: null, added_by: w.coachA.id }))).execute();
  const report = async (hoursAgo: number) => {
    const at = new Date(now.getTime() - hoursAgo * 3_600_000);
    await db.insertInto('group_report').values({ tenant_id: tenantId, id: randomUUID(), group_id: group, reported_at: at, kind: 'nuisance', reporter_name: 'Buurtbewoner', reporter_organisation: null, what: 'Overlast', created_by: w.coachA.id, created_at: at }).execute();
    return at;
  };
  const first = await report(30 * 24), second = await report(2);
  const contactAt = (youthId: string, at: Date) => db.insertInto('contact').values({ tenant_id: tenantId, id: randomUUID(), youth_id: youthId, happened_at: at, mode: 'straat', with_whom: ['jongere'], note: 'Op straat gesproken', principles: [], author_id: w.coachA.id, created_at: at }).execute();
  await contactAt(six[0]!, new Date(first.getTime() + 2 * 3_600_000));
  await contactAt(six[1]!, new Date(first.getTime() + 30 * 3_600_000));
  reports.push({ reportedAt: first, answeredAt: new Date(first.getTime() + 2 * 3_600_000) }, { reportedAt: first, answeredAt: new Date(first.getTime() + 30 * 3_600_000) },
    { reportedAt: second, answeredAt: null }, { reportedAt: second, answeredAt: null });
});
afterAll(async () => { await t.close(); });

type Cell = { value: number | null; suppressed: false | 'small' | 'complementary' };
type Table = { key: string; columns: { key: string; label: string }[]; rows: { key: string; label: string; cells: Cell[] }[]; totals: { cells: Cell[] } | null };
const table = (body: { tables: Table[] }, key: string) => body.tables.find((x) => x.key === key)!;
const row = (tb: Table, label: string) => tb.rows.find((r) => r.label === label)!.cells;
const values = (cells: Cell[]) => cells.map((c) => (c.suppressed === 'small' ? '<5' : c.suppressed === 'complementary' ? '×' : c.value));

/** Every line that adds up (a row with its total, a column with its totals row) has no or at least two suppressed cells. */
function expectClosed(tb: Table) {
  const grid = [...tb.rows.map((r) => r.cells), ...(tb.totals ? [tb.totals.cells] : [])];
  const counts = tb.columns.map((c, i) => i).filter((i) => ['count'].includes((tb.columns[i] as { kind?: string }).kind ?? 'count'));
  const rowsAddUp = tb.columns.some((c) => c.key === 'total');
  for (const line of rowsAddUp ? grid : []) expect(line.filter((c, i) => counts.includes(i) && c.suppressed).length, `${tb.key}: ${JSON.stringify(values(line))}`).not.toBe(1);
  for (const i of counts) expect(grid.filter((line) => line[i]!.suppressed).length, `${tb.key}: column ${i}`).not.toBe(1);
}

describe('the team lead', () => {
  it('sees exact counts of their own team, the caseload per coach, and the norms as the norm functions count them', async () => {
    const lead = await w.as(w.lead);
    const res = await lead.get('/api/dashboard');
    expect(res.status).toBe(200);
    const d = res.body;
    expect(d).toMatchObject({ municipality: 'Gemeente Testdam', scope: { role: 'teamleider', suppressed: false, teams: [{ id: w.teamA.id, name: 'Wijkteam A' }] },
      filters: { from: '2025-10-01', to: '2026-11-23', moment: 'closing' } });
    const source = table(d, 'inflow_source');
    expect(source.columns.map((c) => c.label)).toEqual(['Q4 2025', 'Q1 2026', 'Q2 2026', 'Q3 2026', 'Q4 2026', 'Totaal']);
    expect(values(row(source, 'Wijkagent'))).toEqual([0, 0, 0, 6, 0, 6]);
    expect(values(row(source, 'Onbekend'))).toEqual([0, 0, 0, 0, 1, 1]);
    expect(values(row(source, 'School (PrO / VSO cluster 4)'))).toEqual([0, 0, 0, 0, 0, 0]);
    expect(values(source.totals!.cells)).toEqual([0, 0, 0, 6, 1, 7]);
    expect(values(row(table(d, 'inflow_neighbourhood'), 'Delfshaven'))).toEqual([0, 0, 0, 6, 0, 6]);
    expect(values(row(table(d, 'phase_now'), 'Fase 1 Vertrouwen'))).toEqual([1]);
    expect(values(row(table(d, 'phase_now'), 'Fase 2 Verdieping'))).toEqual([6]);
    // Six stays in the first phase ended 40 days ago, each 60 days against a norm of 28.
    expect(values(row(table(d, 'phase_time'), 'Fase 1 Vertrouwen'))).toEqual([0, 6, 6, 60, 28]);
    expect(values(row(table(d, 'caseload'), 'Coach A'))).toEqual([7, 20]);
    expect(table(d, 'caseload').rows).toHaveLength(1);
    expect(table(d, 'funnel').rows.map((r) => values(r.cells))).toEqual([[7, null], [6, 86], [4, 67], [3, 75], [1, 33]]);
    expect(values(row(table(d, 'result_areas'), 'Werk gevonden?'))).toEqual([3, 0, 0, 0, 0, 3]);
    expect(values(row(table(d, 'result_areas'), 'Inkomen gestegen?'))).toEqual([0, 3, 0, 0, 0, 3]);
    const werk = table(d, 'domain_change').rows.find((r) => r.key === 'werk')!;
    expect(values(werk.cells)).toEqual([5, 2, 4, 2]);
    expect(values(table(d, 'domain_change').rows.find((r) => r.key === 'scholing')!.cells)).toEqual([2, 1, 3, 2]);

    // The SQL aggregates give what the norm functions give on the same facts.
    const period = { from: '2025-10-01', to: '2026-11-23' };
    const plan = planNormShare(signed, 6, { from: '2026-07-01', to: '2026-09-30' }, '2026-11-23');
    expect(plan).toEqual({ met: 3, missed: 3, open: 0 });
    expect(values(row(table(d, 'plan_norm'), 'Q3 2026'))).toEqual([plan.met, plan.missed, plan.open, 6]);
    expect(values(table(d, 'plan_norm').totals!.cells)).toEqual([...Object.values(planNormShare(signed, 6, period, '2026-11-23')), 6]);
    const groups = groupResponseShare(reports, 24, period, t.clock.now);
    expect(groups).toEqual({ met: 1, missed: 1, open: 2 });
    expect(values(row(table(d, 'group_response'), 'Q4 2026'))).toEqual([groups.met, groups.missed, groups.open, 4]);
  });

  it('chooses among their own teams only; a team of someone else is refused, as is an organisation filter', async () => {
    const lead = await w.as(w.lead);
    expect((await lead.get(`/api/dashboard?teamId=${w.teamA.id}`)).status).toBe(200);
    const other = await lead.get(`/api/dashboard?teamId=${w.teamB.id}`);
    expect(other.status).toBe(403);
    expect(other.body).toMatchObject({ code: 'TEAM_NOT_YOURS', details: { field: 'teamId' } });
    expect((await lead.get(`/api/dashboard?organisationId=${org2.id}`)).body.code).toBe('FILTER_NOT_FOR_ROLE');
  });
});

describe('the policy officer', () => {
  it('sees the municipality over the last ended quarter, with counts under five suppressed, complementary cells too, and the other tables following', async () => {
    const policy = await w.as(w.policy);
    const d = (await policy.get('/api/dashboard')).body;
    expect(d.scope).toMatchObject({ role: 'beleidsmedewerker', suppressed: true, organisation: null, teams: null });
    // The clock is 23 November 2026: the last ended quarter is the third, and twelve are offered; no single team.
    expect(d.filters).toMatchObject({ quarter: '2026-Q3', from: '2026-07-01', to: '2026-09-30' });
    expect(d.options.quarters).toHaveLength(12);
    expect(d.options.quarters[0]).toEqual({ key: '2026-Q3', label: 'Q3 2026' });
    expect(d.options.teams).toEqual([]);
    expect(d.tables.map((x: Table) => x.key)).not.toContain('caseload');
    const source = table(d, 'inflow_source');
    expect(source.columns.map((c) => c.label)).toEqual(['Q3 2026']);
    // Three via school are hidden ("<5"), so the six via the wijkagent beside them are too (else 9 − 6 gives the three away) — as a complement ("×").
    expect(row(source, 'School (PrO / VSO cluster 4)')).toEqual([{ value: null, suppressed: 'small' }]);
    expect(row(source, 'Wijkagent')).toEqual([{ value: null, suppressed: 'complementary' }]);
    expect(values(source.totals!.cells)).toEqual([9]);
    for (const key of ['inflow_source', 'inflow_neighbourhood', 'phase_now', 'phase_time', 'plan_norm', 'group_response', 'result_areas']) expectClosed(table(d, key));
    // At the end of the quarter the six were in the first phase; Enzo came later.
    expect(values(row(table(d, 'phase_now'), 'Fase 1 Vertrouwen'))).toEqual([6]);
    // Plan deadlines in the quarter: three met, six missed; the three hidden, and the six with them.
    expect(values(row(table(d, 'plan_norm'), 'Q3 2026'))).toEqual(['<5', '×', 0, 9]);
    const steps = table(d, 'funnel').rows.map((r) => r.cells[0]!);
    expect(values(steps)[0]).toBe(9);
    expect(steps.slice(2).every((c) => c.suppressed)).toBe(true);
  });

  it('sees a neighbourhood a coach typed only as "Andere wijk of onbekend": the rows are the teams\' neighbourhoods', async () => {
    const policy = await w.as(w.policy);
    const hood = table((await policy.get('/api/dashboard?quarter=2026-Q3')).body, 'inflow_neighbourhood');
    expect(hood.rows.map((r) => r.label)).toEqual([...(await t.db.selectFrom('team').select('neighbourhood').distinct().where('tenant_id', '=', w.tenant.id)
      .where('neighbourhood', 'is not', null).orderBy('neighbourhood').execute()).map((x) => x.neighbourhood), 'Andere wijk of onbekend']);
    expect(JSON.stringify(hood)).not.toContain('Delfshaven');
    // The team lead, who may open these files, sees what the coach typed.
    expect(row(table((await (await w.as(w.lead)).get('/api/dashboard')).body, 'inflow_neighbourhood'), 'Delfshaven')).toBeDefined();
  });

  it('cannot work out a small count of one organisation by taking the others from the municipality', async () => {
    // Q3 2025: seven youth via the wijkagent whose coach works for the first organisation, two for Stichting Twee.
    const db = t.db, tenantId = w.tenant.id, now = t.clock.now;
    const coachC = (await db.selectFrom('app_user').select('id').where('organisation_id', '=', org2.id).where('display_name', '=', 'Coach C').executeTakeFirstOrThrow()).id;
    for (const [coach, team, n] of [[w.coachA.id, w.teamA.id, 7], [coachC, w.teamB.id, 2]] as const) {
      for (let i = 0; i < n; i++) await makeYouth(db, { tenantId, teamId: team, coachIds: [coach], createdBy: coach, now, registeredDaysAgo: 500, fields: { first_name: `Oud${i}`, signal_source: 'wijkagent' } });
    }
    const policy = await w.as(w.policy);
    const wijkagent = async (org?: string) => row(table((await policy.get(`/api/dashboard?quarter=2025-Q3${org ? `&organisationId=${org}` : ''}`)).body, 'inflow_source'), 'Wijkagent')[0]!;
    expect(await wijkagent()).toEqual({ value: 9, suppressed: false });
    expect(await wijkagent(org2.id)).toEqual({ value: null, suppressed: 'small' });
    // Shown on its own the first organisation's 7 would give 9 − 7 = 2 away: it is hidden too.
    expect(await wijkagent(w.org.id)).toEqual({ value: null, suppressed: 'complementary' });
  });

  it('never receives a name, a free text or a single youth: not from the dashboard, not from an export, not from a youth route', async () => {
    const policy = await w.as(w.policy);
    const json = JSON.stringify((await policy.get('/api/dashboard')).body);
    const csv = (await policy.download('/api/dashboard/export?format=csv')).bytes.toString('utf8');
    const ids = (await t.db.selectFrom('youth').select('id').where('tenant_id', '=', w.tenant.id).execute()).map((y) => y.id);
    for (const text of [json, csv]) {
      for (const secret of ['Enzo', 'Jong0', 'School1', 'Zelf0', 'Coach A', 'Coach B', 'Coach C', 'Vrije tekst', 'Toelichting', 'Overlast', 'Op straat gesproken', ...ids]) expect(text).not.toContain(secret);
    }
    for (const path of [`/api/youth/${w.enzo.id}`, `/api/youth/${w.enzo.id}/timeline`, `/api/youth/${six[0]}/assessments`, `/api/youth/${six[0]}/plan`, `/api/youth/${six[0]}/network`, `/api/youth/${six[0]}/actions`]) {
      expect((await policy.get(path)).status, path).toBe(403);
    }
  });

  it('gets a clear 400 for days instead of a quarter, a quarter still running, a single team, an unknown table', async () => {
    const policy = await w.as(w.policy);
    const days = await policy.get('/api/dashboard?from=2026-06-01&to=2026-06-30');
    expect(days.status).toBe(400);
    expect(days.body).toMatchObject({ code: 'PERIOD_IS_A_QUARTER', details: { field: 'quarter' } });
    expect((await policy.get('/api/dashboard?quarter=2026-Q4')).body).toMatchObject({ code: 'QUARTER_NOT_ENDED', details: { field: 'quarter' } });
    expect((await policy.get('/api/dashboard?quarter=2026-Q5')).status).toBe(400);
    expect((await policy.get(`/api/dashboard?teamId=${w.teamA.id}`)).body).toMatchObject({ code: 'FILTER_NOT_FOR_ROLE', details: { field: 'teamId' } });
    expect((await policy.get(`/api/dashboard?teamId=${randomUUID()}`)).body).toMatchObject({ code: 'UNKNOWN_TEAM' });
    expect((await policy.get('/api/dashboard/export?format=csv&table=caseload')).body).toMatchObject({ code: 'TABLE_NOT_FOR_ROLE' });
    expect((await policy.get('/api/dashboard/export?format=pdf')).status).toBe(400);
    const lead = await w.as(w.lead);
    const reversed = await lead.get('/api/dashboard?from=2026-06-01&to=2026-05-31');
    expect(reversed.body).toMatchObject({ code: 'PERIOD_REVERSED', details: { field: 'from' } });
    expect((await lead.get('/api/dashboard?from=2026-02-30')).status).toBe(400);
  });

  it('exports a table as CSV for Dutch Excel and all tables as an Excel book, both with the header rows, "<5" and "×"; each export in the access log', async () => {
    const policy = await w.as(w.policy);
    const csv = await policy.download('/api/dashboard/export?format=csv&table=inflow_source&quarter=2026-Q3');
    expect(csv.status).toBe(200);
    expect(csv.type).toBe('text/csv; charset=utf-8');
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows: string[][] = parse(csv.bytes, { delimiter: ';', bom: true, relax_column_count: true });
    expect(rows.slice(0, 5).map((r) => r[0])).toEqual([
      'Gemeente: Gemeente Testdam', 'Periode: Q3 2026, 1-7-2026 t/m 30-9-2026', 'Filters: organisatie: alle organisaties; team: alle teams; resultaatmeting: bij afronding',
      'Aantallen onder de 5 worden niet getoond ("<5"), net als percentages en gemiddelden over minder dan 5 jongeren.',
      '× = verborgen, zodat een klein aantal elders niet terug te rekenen is (het kan elk aantal zijn, ook 0).']);
    expect(rows).toContainEqual(['Signaalbron', 'Q3 2026']);
    expect(rows).toContainEqual(['Wijkagent', '×']);
    expect(rows).toContainEqual(['Totaal', '9']);
    expect(rows.find((r) => r[0] === 'School (PrO / VSO cluster 4)')).toContain('<5');

    const xlsx = await policy.download('/api/dashboard/export?format=xlsx&table=all');
    expect(xlsx.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    expect(book.worksheets).toHaveLength(9);
    const sheet = book.worksheets[0]!;
    expect(sheet.getCell('A1').value).toBe('Gemeente: Gemeente Testdam');
    expect(String(sheet.getCell('A2').value)).toBe('Periode: Q3 2026, 1-7-2026 t/m 30-9-2026');
    const texts = book.worksheets.flatMap((s) => s.getSheetValues().flat().map(String));
    expect(texts).toContain('<5');
    expect(texts).toContain('×');

    const log = await t.db.selectFrom('access_log').select(['action', 'youth_id', 'record_type', 'record_id'])
      .where('user_id', '=', w.policy.id).where('record_type', '=', 'dashboard').orderBy('seq').execute();
    // Which view: the table, the quarter, the filters and the moment.
    expect(log).toContainEqual({ action: 'read', youth_id: null, record_type: 'dashboard', record_id: 'all 2026-Q3 meting=closing' });
    expect(log).toContainEqual({ action: 'read', youth_id: null, record_type: 'dashboard', record_id: `all 2025-Q3 organisatie=${org2.id} meting=closing` });
    expect(log).toContainEqual({ action: 'export', youth_id: null, record_type: 'dashboard', record_id: 'inflow_source 2026-Q3 meting=closing' });
    expect(log).toContainEqual({ action: 'export', youth_id: null, record_type: 'dashboard', record_id: 'all 2026-Q3 meting=closing' });
  });
});

describe('the organisation manager and others', () => {
  it('an organisation manager sees only the youth whose coach works for their organisation, suppressed', async () => {
    const m = await w.as(manager);
    // The two youth of Coach C who came themselves, 400 days ago: the fourth quarter of 2025.
    const d = (await m.get('/api/dashboard?quarter=2025-Q4')).body;
    expect(d.scope).toMatchObject({ role: 'organisatiemanager', suppressed: true, organisation: { id: org2.id, name: 'Stichting Twee' } });
    const source = table(d, 'inflow_source');
    expect(values(row(source, 'Wijkagent'))).toEqual([0]);
    expect(values(row(source, 'Jongere zelf'))).toEqual(['<5']);
    expect((await m.get('/api/dashboard?from=2025-10-01')).body).toMatchObject({ code: 'PERIOD_IS_A_QUARTER' });
    expect((await m.get(`/api/dashboard?organisationId=${w.org.id}`)).body).toMatchObject({ code: 'ORGANISATION_NOT_YOURS' });
    expect((await m.get(`/api/dashboard?teamId=${w.teamB.id}`)).body).toMatchObject({ code: 'FILTER_NOT_FOR_ROLE' });
  });

  it('an organisation manager gets the same view of the organisation as the policy officer, so the two together give nothing away', async () => {
    // Q2 2025: seven youth via the wijkagent whose coach works for the first organisation, two for Stichting Twee.
    const db = t.db, tenantId = w.tenant.id, now = t.clock.now;
    const coachC = (await db.selectFrom('app_user').select('id').where('organisation_id', '=', org2.id).where('display_name', '=', 'Coach C').executeTakeFirstOrThrow()).id;
    for (const [coach, team, n] of [[w.coachA.id, w.teamA.id, 7], [coachC, w.teamB.id, 2]] as const) {
      for (let i = 0; i < n; i++) await makeYouth(db, { tenantId, teamId: team, coachIds: [coach], createdBy: coach, now, registeredDaysAgo: 560, fields: { first_name: `Q2-${i}`, signal_source: 'wijkagent' } });
    }
    const firstManager = await makeUser(db, { tenantId, organisationId: w.org.id, roles: ['organisatiemanager'], name: 'Manager Een' });
    const wijkagent = (d: { tables: Table[] }) => row(table(d, 'inflow_source'), 'Wijkagent')[0];
    // The municipality shows 9; shown on its own the first organisation's 7 would give Stichting Twee's 2 away.
    const policy = await w.as(w.policy);
    expect(wijkagent((await policy.get('/api/dashboard?quarter=2025-Q2')).body)).toEqual({ value: 9, suppressed: false });
    const own = (await (await w.as(firstManager)).get('/api/dashboard?quarter=2025-Q2')).body;
    expect(wijkagent(own)).toEqual({ value: null, suppressed: 'complementary' });
    // Every table of each manager is the policy officer's view of that organisation.
    for (const [user, org] of [[firstManager, w.org.id], [manager, org2.id]] as const) {
      for (const quarter of ['2025-Q2', '2025-Q4', '2026-Q3']) {
        const mine = (await (await w.as(user)).get(`/api/dashboard?quarter=${quarter}`)).body;
        expect(mine.tables).toEqual((await policy.get(`/api/dashboard?quarter=${quarter}&organisationId=${org}`)).body.tables);
      }
    }
  });

  it('a coach and an administrator get no dashboard', async () => {
    const coach = await w.as(w.coachA);
    expect((await coach.get('/api/dashboard')).status).toBe(403);
    expect((await coach.get('/api/dashboard/export?format=csv')).status).toBe(403);
    const admin = await w.as(w.admin);
    expect((await admin.get('/api/dashboard')).status).toBe(403);
  });
});
