import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import pg from 'pg';
import { CompiledQuery, sql } from 'kysely';
import { buildApp } from '../server/src/app.js';
import { hashPassword } from '../server/src/platform/auth/passwords.js';
import { currentTotp } from '../server/src/platform/auth/totp.js';
import { loadConfig } from '../server/src/platform/config.js';
import { openDatabase, type Db } from '../server/src/platform/db/index.js';
import { migrateToLatest } from '../server/src/platform/db/migrate.js';
import { Client } from '../server/src/test/harness.js';
import { copyRows, withoutKeptFacts, withoutSecondaryIndexes } from './copy.js';
import { BENCH_LEAD_SECRET, BENCH_PASSWORD, generate, generatedTenantIn, SCALES, type GeneratedTenant } from './generate.js';
import { closedLoop, LoadClient } from './load-client.js';
import { literalOf, planMisses, seqScansIn, statementsToExplain, type Captured, type PlanFinding } from './plans.js';
import { checkAgainstLastRun, checkAgainstRotterdam, checkBudgets, figureKey, figuresOf, type Budgets, type Figures, type Measured, type Miss } from './stats.js';
import budgets from './budgets.json' with { type: 'json' };

/**
 * `npm run bench [-- --scale small|rotterdam|national] [--smoke] [--reuse]`: generate a municipality, start
 * Spil on loopback, and measure the main calls at 1, 10 and 100 concurrent users against the
 * raw SQL they need, timed in the same run. Fails when a budget (bench/budgets.json) is missed.
 */
const { values: args } = parseArgs({ options: {
  scale: { type: 'string', default: 'small' }, seed: { type: 'string', default: '42' },
  smoke: { type: 'boolean', default: false }, requests: { type: 'string', default: '300' },
  // Measure again on the data of an earlier run of this scale and seed (its database is kept;
  // new migrations are applied), instead of loading it again: for work on indexes at national size.
  reuse: { type: 'boolean', default: false },
} });
const scale = SCALES[args.scale!] ?? (() => { throw new Error(`Unknown scale ${args.scale}; use ${Object.keys(SCALES).join(', ')}`); })();
const serverUrl = process.env.DATABASE_URL;
if (!serverUrl && args.scale !== 'small') throw new Error('Scales beyond "small" need a PostgreSQL server: set DATABASE_URL=postgres://…');
const levels = args.smoke ? [1, 10] : [1, 10, 100];
const requestsPerLevel = args.smoke ? 40 : Number(args.requests);
const now = new Date();

// A fresh database for the run (or, with --reuse, the one an earlier run left, if it holds this scale).
let databaseUrl: string | undefined;
let reusing = false;
if (serverUrl) {
  const name = `spil_bench_${args.scale}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  databaseUrl = u.toString();
  if (args.reuse && (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1) {
    // Only a load that finished: the mark is written after the last row.
    const kept = new pg.Client({ connectionString: databaseUrl });
    await kept.connect();
    reusing = (await kept.query(`select 1 from pg_tables where tablename = 'bench_generated'`)).rowCount === 1
      && (await kept.query('select 1 from bench_generated where seed = $1', [Number(args.seed)])).rowCount === 1;
    await kept.end();
  }
  if (!reusing) {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name}`);
  }
  await admin.end();
}
// On PGlite the server shares this thread and this database: its statements are captured here.
let capturing: Captured[] | null = null;
const { db, kind } = await openDatabase({ databaseUrl, dataDir: 'memory://', onQuery: (text, parameters) => capturing?.push({ sql: text, parameters }) });
await migrateToLatest(db);
const tenant: GeneratedTenant = reusing ? (await generatedTenantIn(db, Number(args.seed)))! : await generateAndMark();
if (reusing) console.log(`Reusing the ${args.scale} data of an earlier run (database kept, migrations applied)`);

async function generateAndMark(): Promise<GeneratedTenant> {
  const started = performance.now();
  // On a PostgreSQL server the rows go in with COPY (bench/copy.ts); on PGlite in INSERT batches.
  const copyPool = databaseUrl ? new pg.Pool({ connectionString: databaseUrl, max: 2 }) : null;
  const rebuildIndexes = copyPool ? await withoutSecondaryIndexes(copyPool) : null;
  const keepFacts = copyPool ? await withoutKeptFacts(copyPool) : null;
  const tenants = await generate(db, {
    scale, seed: Number(args.seed), now, passwordHash: await hashPassword(BENCH_PASSWORD), onProgress: (m) => console.log(m),
    sink: copyPool ? (table, rows) => copyRows(copyPool, table, rows) : undefined,
  });
  if (rebuildIndexes) {
    const t = performance.now();
    await rebuildIndexes();
    console.log(`Indexes built again in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  // The planner must know the loaded tables before the facts are worked out: without statistics
  // it scanned the contacts once per youth (18.3 s for Rotterdam's 7,000 youth, 0.7 s with them).
  await sql`analyze`.execute(db);
  if (keepFacts) {
    const t = performance.now();
    await keepFacts();
    console.log(`Worklist facts worked out in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  await copyPool?.end();
  await db.updateTable('app_user').set({ totp_secret: BENCH_LEAD_SECRET, totp_enabled_at: now }).where(sql<boolean>`'teamleider' = any(roles)`).execute();
  console.log(`Generated ${args.scale} (${kind}) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (databaseUrl) await sql`create table bench_generated as select ${Number(args.seed)}::int as seed, now() as at`.execute(db);
  return tenants[0]!;
}

// On PostgreSQL the server runs on a thread of its own; PGlite (the smoke run) lives in this one.
const server = await startServer();
const url = server.url;
const raw = databaseUrl ? new pg.Pool({ connectionString: databaseUrl, max: 10 }) : null;
const rawQuery = async (text: string, params: unknown[]) => {
  if (raw) return (await raw.query(text, params)).rows;
  return (await sql.raw(text.replace(/\$(\d+)/g, (_, i) => { const v = params[Number(i) - 1]; return typeof v === 'number' ? String(v) : `'${String(v).replace(/'/g, "''")}'`; })).execute(db)).rows;
};

// Coaches of different teams, each with a youth of their own caseload.
const coachCount = Math.min(10, tenant.coaches.length);
const coaches: { id: string; email: string; teamId: string; client: LoadClient; youthId: string }[] = [];
for (const c of tenant.coaches.slice(0, coachCount)) {
  const client = new Client(url);
  await client.login(c.email, BENCH_PASSWORD);
  const heavy = await db.selectFrom('youth_coach as yc').innerJoin('contact as ct', 'ct.youth_id', 'yc.youth_id')
    .select(['yc.youth_id', (eb) => eb.fn.countAll<number>().as('n')]).where('yc.user_id', '=', c.id).groupBy('yc.youth_id')
    .orderBy('n', 'desc').limit(1).executeTakeFirstOrThrow();
  coaches.push({ ...c, client: new LoadClient(url, client), youthId: heavy.youth_id });
}
const lead = tenant.leads[0]!;
const leadClient = new Client(url);
await leadClient.login(lead.email, BENCH_PASSWORD);
await leadClient.post('/api/auth/totp', { code: currentTotp(BENCH_LEAD_SECRET, new Date()) });
const leadLoad = new LoadClient(url, leadClient);
const policyClient = new Client(url);
await policyClient.login(tenant.policy.email, BENCH_PASSWORD);
const policyLoad = new LoadClient(url, policyClient);
// An organisation manager of the first coach's organisation: made here rather than by the
// generator, so a database kept from an earlier run (--reuse) has one too.
const { organisation_id: orgId } = await db.selectFrom('app_user').select('organisation_id').where('id', '=', tenant.coaches[0]!.id).executeTakeFirstOrThrow();
const orgManagerEmail = `organisatie.${tenant.id.slice(0, 8)}@bench.spil`;
if (!await db.selectFrom('app_user').select('id').where('email', '=', orgManagerEmail).executeTakeFirst()) {
  await db.insertInto('app_user').values({ tenant_id: tenant.id, id: crypto.randomUUID(), organisation_id: orgId, email: orgManagerEmail, display_name: 'Organisatiemanager',
    password_hash: await hashPassword(BENCH_PASSWORD), roles: ['organisatiemanager'] }).execute();
}
const orgClient = new Client(url);
await orgClient.login(orgManagerEmail, BENCH_PASSWORD);
const orgLoad = new LoadClient(url, orgClient);

/**
 * The raw baseline of a dashboard: its three heaviest aggregates (inflow by source and quarter,
 * open trajectories by phase, the funnel's cohort by steps reached) in plain SQL, side by side.
 * The API runs ten such statements, suppresses and logs the read. An organisation's youth are
 * those a coach of that organisation coaches now.
 */
const rawDashboard = (unit: { teamId: string } | { organisationId: string } | null) => {
  const scope = !unit ? 'y.tenant_id = $1' : 'teamId' in unit ? 'y.tenant_id = $1 and y.team_id = $2'
    : `y.tenant_id = $1 and exists (select 1 from youth_coach yc join app_user u on u.id = yc.user_id
        where yc.tenant_id = y.tenant_id and yc.youth_id = y.id and yc.until is null and u.organisation_id = $2)`;
  const params = !unit ? [tenant.id] : [tenant.id, 'teamId' in unit ? unit.teamId : unit.organisationId];
  return Promise.all([
    rawQuery(`select y.signal_source, date_trunc('quarter', y.created_at) as q, count(*) from youth y where ${scope} and y.created_at >= now() - interval '15 months' group by 1, 2`, params),
    rawQuery(`select t.current_phase_id, count(*) from trajectory t join youth y on y.id = t.youth_id where ${scope} and t.status <> 'closed' group by 1`, params),
    rawQuery(`select started, placed, count(*) from (select
        exists (select 1 from trajectory_event e where e.tenant_id = y.tenant_id and e.youth_id = y.id and e.kind = 'forward') as started,
        exists (select 1 from placement p where p.tenant_id = y.tenant_id and p.youth_id = y.id) as placed
      from youth y where ${scope} and y.created_at >= now() - interval '15 months') f group by 1, 2`, params),
  ]);
};

/** A page of 50 youth (running trajectories first, then by name) of a coach or a team, and how many there are in all. */
const rawYouthPage = (scope: string, params: unknown[]) => {
  const from = `from youth y left join trajectory t on t.youth_id = y.id and t.tenant_id = y.tenant_id and t.status <> 'closed'
    where y.tenant_id = $1 and ${scope}`;
  return Promise.all([
    rawQuery(`select y.*, t.status, t.current_phase_id ${from} order by t.id is null, lower(coalesce(y.nickname, y.first_name, y.last_name, '')), y.id limit 51`, params),
    rawQuery(`select count(*) ${from}`, params),
  ]);
};

/** The facts the norm engine needs per youth as they are kept (youth_fact), in one plain query: the raw baseline of the worklists. */
const WORKLIST_FACTS_SQL = `select y.id, y.created_at, y.birth_date, y.first_name, y.last_name, y.nickname, f.*
  from youth y left join youth_fact f on f.tenant_id = y.tenant_id and f.youth_id = y.id`;

interface BenchServer { url: string; stop: () => Promise<void>; capture: (work: () => Promise<unknown>) => Promise<Captured[]> }

async function startServer(): Promise<BenchServer> {
  if (!databaseUrl) {
    const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent' }), db, dbKind: kind, logger: false });
    const capture = async (work: () => Promise<unknown>) => {
      capturing = [];
      try { await work(); return capturing; } finally { capturing = null; }
    };
    return { url: await app.listen({ port: 0, host: '127.0.0.1' }), stop: () => app.close(), capture };
  }
  const worker = new Worker(new URL('./server-worker.mjs', import.meta.url), { workerData: { databaseUrl } });
  const message = (key: string) => new Promise<Record<string, string>>((resolve, reject) => {
    const on = (m: Record<string, string>) => { if (key in m) { worker.off('message', on); worker.off('error', reject); resolve(m); } };
    worker.on('message', on);
    worker.once('error', reject);
  });
  const { url } = await message('url');
  const capture = async (work: () => Promise<unknown>) => {
    const on = message('capturing');
    worker.postMessage({ capture: true });
    await on;
    await work();
    const done = message('captured');
    worker.postMessage({ capture: false });
    return (await done).captured as unknown as Captured[];
  };
  return { url: url!, stop: async () => { worker.postMessage({ stop: true }); await message('stopped'); await worker.terminate(); }, capture };
}

type Call = { name: string; api: (i: number) => Promise<number>; raw: (i: number) => Promise<unknown> };
const coachOf = (i: number) => coaches[i % coaches.length]!;
let seq = 0;
const calls: Call[] = [
  // The floor: a logged-in request that reads no youth and logs nothing (the session, then who the
  // user is: what the app asks on every page load). Not budgeted; what every call pays at least, on this machine.
  { name: 'floor: who am I', api: (i) => coachOf(i).client.get('/api/auth/me'),
    raw: (i) => rawQuery(`select u.display_name, u.locale, tn.name, o.name, (select json_agg(t.name) from user_team ut join team t on t.id = ut.team_id
      where ut.tenant_id = u.tenant_id and ut.user_id = u.id) from app_user u join tenant tn on tn.id = u.tenant_id join organisation o on o.id = u.organisation_id
      where u.tenant_id = $1 and u.id = $2`, [tenant.id, coachOf(i).id]) },
  { name: 'coach home', api: (i) => coachOf(i).client.get('/api/home'),
    raw: (i) => rawQuery('select a.* from appointment a where a.tenant_id = $1 and a.coach_id = $2 and a.status = \'planned\' and a.starts_at >= now() and a.starts_at < now() + interval \'7 days\'', [tenant.id, coachOf(i).id]) },
  // The lists come a page at a time (50, as the app asks): raw = the same page in name order and the total.
  { name: 'Mijn jongeren', api: (i) => coachOf(i).client.get('/api/youth?scope=mine'),
    raw: (i) => rawYouthPage('exists (select 1 from youth_coach yc where yc.youth_id = y.id and yc.until is null and yc.user_id = $2)', [tenant.id, coachOf(i).id]) },
  { name: 'youth file', api: (i) => coachOf(i).client.get(`/api/youth/${coachOf(i).youthId}`),
    raw: (i) => rawQuery('select * from youth where tenant_id = $1 and id = $2', [tenant.id, coachOf(i).youthId]) },
  { name: 'timeline page', api: (i) => coachOf(i).client.get(`/api/youth/${coachOf(i).youthId}/timeline?limit=30`),
    raw: (i) => rawQuery('select * from contact where tenant_id = $1 and youth_id = $2 order by happened_at desc limit 30', [tenant.id, coachOf(i).youthId]) },
  { name: 'life domains + trend', api: (i) => coachOf(i).client.get(`/api/youth/${coachOf(i).youthId}/assessments`),
    raw: (i) => rawQuery(`select a.*, s.domain_key, s.score from assessment a join assessment_score s on s.assessment_id = a.id
      where a.tenant_id = $1 and a.youth_id = $2 order by a.assessed_on`, [tenant.id, coachOf(i).youthId]) },
  { name: 'network map', api: (i) => coachOf(i).client.get(`/api/youth/${coachOf(i).youthId}/network`),
    raw: (i) => rawQuery('select * from network_person where tenant_id = $1 and youth_id = $2', [tenant.id, coachOf(i).youthId]) },
  { name: 'plan + six-week norm', api: (i) => coachOf(i).client.get(`/api/youth/${coachOf(i).youthId}/plan`),
    raw: (i) => rawQuery(`select p.*, (select min(signed_at) from plan_version where tenant_id = $1 and youth_id = $2) as first_signed
      from plan_version p where p.tenant_id = $1 and p.youth_id = $2 order by p.version desc limit 1`, [tenant.id, coachOf(i).youthId]) },
  { name: 'agreed actions', api: (i) => coachOf(i).client.get(`/api/youth/${coachOf(i).youthId}/actions`),
    raw: (i) => rawQuery('select * from agreed_action where tenant_id = $1 and youth_id = $2 order by due_on', [tenant.id, coachOf(i).youthId]) },
  { name: 'search by name', api: (i) => coachOf(i).client.get(`/api/youth?q=${encodeURIComponent(tenant.names[i % tenant.names.length]!.slice(0, 3))}`),
    raw: (i) => rawQuery(`select y.* from youth y join youth_coach yc on yc.youth_id = y.id and yc.until is null
      where y.tenant_id = $1 and yc.user_id = $2 and lower(y.first_name) like $3`, [tenant.id, coachOf(i).id, `%${tenant.names[i % tenant.names.length]!.slice(0, 3).toLowerCase()}%`]) },
  { name: 'create contact', api: (i) => coachOf(i).client.post(`/api/youth/${coachOf(i).youthId}/contacts`, {
      id: crypto.randomUUID(), happenedAt: new Date().toISOString(), mode: 'whatsapp', withWhom: ['jongere'], note: `Bench ${seq++}` }),
    raw: (i) => rawQuery(`insert into contact (tenant_id, id, youth_id, happened_at, mode, with_whom, note, principles, author_id, created_at)
      values ($1, $2, $3, now(), 'whatsapp', '{jongere}', 'raw', '{}', $4, now())`, [tenant.id, crypto.randomUUID(), coachOf(i).youthId, coachOf(i).id]) },
  // The worklist: the norm engine over the coach's caseload (never the tenant); raw = the same facts in one query.
  { name: 'coach worklist', api: (i) => coachOf(i).client.get('/api/worklist'),
    raw: (i) => rawQuery(WORKLIST_FACTS_SQL + ' join youth_coach yc on yc.youth_id = y.id and yc.until is null where yc.tenant_id = $1 and yc.user_id = $2', [tenant.id, coachOf(i).id]) },
  { name: 'team worklist', api: () => leadLoad.get('/api/team/worklist'),
    raw: () => rawQuery(WORKLIST_FACTS_SQL + ' where y.tenant_id = $1 and y.team_id = $2', [tenant.id, lead.teamId]) },
  { name: 'team lead view', api: () => leadLoad.get('/api/youth?scope=team'),
    raw: () => rawYouthPage('y.team_id = $2', [tenant.id, lead.teamId]) },
  // The coach's street groups (IJA's groepsaanpak), with their current members counted; the team's open risk flags, on the team lead's page.
  { name: 'groups', api: (i) => coachOf(i).client.get('/api/groups'),
    raw: (i) => rawQuery(`select g.*, t.name, u.display_name, (select count(*) from youth_group_member m where m.group_id = g.id and m.until is null)
      from youth_group g join team t on t.id = g.team_id join app_user u on u.id = g.coach_id where g.tenant_id = $1 and g.coach_id = $2 order by g.name`, [tenant.id, coachOf(i).id]) },
  { name: 'team risk flags', api: () => leadLoad.get(`/api/teams/${lead.teamId}/risk-flags`),
    raw: () => rawQuery(`select f.*, y.first_name, y.last_name, y.nickname from risk_flag f join youth y on y.id = f.youth_id
      where f.tenant_id = $1 and y.tenant_id = $1 and y.team_id = $2 and f.resolved_at is null order by f.raised_at limit 500`, [tenant.id, lead.teamId]) },
  // The dashboards (issue 11): aggregate SQL over the municipality (policy officer, suppressed), an organisation (its manager, suppressed) and a team (team lead, exact).
  { name: 'dashboard municipality', api: () => policyLoad.get('/api/dashboard'), raw: () => rawDashboard(null) },
  { name: 'dashboard organisation', api: () => orgLoad.get('/api/dashboard'), raw: () => rawDashboard({ organisationId: orgId }) },
  { name: 'dashboard team', api: () => leadLoad.get('/api/dashboard'), raw: () => rawDashboard({ teamId: lead.teamId }) },
];
const runCalls = args.smoke ? calls.filter((c) => c.name === 'Mijn jongeren' || c.name === 'dashboard municipality') : calls;

/** `concurrency` users share `total` requests; bounded in count and in time (20 s). */
const load = (total: number, concurrency: number, one: (i: number) => Promise<unknown>) => closedLoop(total, concurrency, one, 20_000);

/** Requests per measurement at `c` users (at least three each), and a short warm-up of a call before it is measured. */
const requestsAt = (c: number) => Math.max(requestsPerLevel, c * 3);
const warmUp = (call: Call, c: number) => load(Math.min(20, requestsPerLevel), c, call.api);

// Spil serves warm: V8 makes a function fast only after it has run many times, and a server just
// started answered the floor at p95 20.2 ms in its first 500 requests at 10 users and 4.2 ms after
// 5,000 (bench/HISTORY.md). So before anything is measured, every call and its raw SQL run a while
// at 10 users, and the figures are those of a server in service, not of one starting.
const warmUpRequests = args.smoke ? 0 : 500;
for (const call of runCalls) {
  await load(warmUpRequests, 10, call.api);
  await load(warmUpRequests / 5, 10, call.raw);
}

const results: Measured[] = [];
for (const call of runCalls) {
  for (const c of levels) {
    await warmUp(call, c);
    const rawSummary = await load(requestsAt(c), Math.min(c, 10), call.raw);
    const apiSummary = await load(requestsAt(c), c, call.api);
    results.push({ call: call.name, concurrency: c, api: apiSummary, raw: rawSummary });
  }
}

// Each full run is held to the last recorded run of its scale on this kind of machine (below),
// scaled by how much slower or faster the machine is now: its raw SQL medians against the record's
// (stats' machineSpeed; two machines of one name differed 1.5–2× here). On this
// shared virtual machine a median can move 1.5× by noise alone (network map 8.4 → 12.7 ms in two
// runs of the same code), so a call over the last run's median is measured once more and the
// faster of its two measurements counts: a real slowdown (a query per youth, a lost index) misses twice.
const figuresFile = `bench/figures/${args.scale}.json`;
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${kind}`;
const readFigures = (file: string) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) as Figures : null);
const lastRun = args.smoke ? null : readFigures(figuresFile);
const firstLook = checkAgainstLastRun(results, budgets as Budgets, lastRun, machine);
if (firstLook) console.log(`machine speed against ${figuresFile} of ${lastRun!.date}: raw SQL medians ${firstLook.speed.toFixed(2)}× theirs (median over the calls); each call's median is held to that`);
/** A call that missed, measured once more: the better of its two measurements (by `stat`) counts. */
async function measureAgain(miss: Miss, stat: 'p50' | 'p95') {
  const m = results.find((r) => figureKey(r.call, r.concurrency) === miss.key);
  if (!m) return;
  const call = runCalls.find((c) => c.name === m.call)!;
  await warmUp(call, m.concurrency);
  const again = await load(requestsAt(m.concurrency), m.concurrency, call.api);
  console.log(`${miss.text}; measured again: ${stat} ${again[stat].toFixed(1)} ms`);
  if (again[stat] < m.api[stat]) m.api = again;
}
for (const slower of firstLook?.misses ?? []) await measureAgain(slower, 'p50');
// National against Rotterdam compares the p95s of two runs, and a small call's p95 moves by a
// third between runs here: the network map and the team's risk flags missed 1.5× by 1.52–1.69×
// in three national runs, and were 0.98–1.27× with a national and a Rotterdam server taking turns
// (bench/HISTORY.md, 2026-12-06 late evening). So such a call is measured once more too; a cost that follows the country misses twice.
const rotterdamFigures = args.scale === 'national' ? readFigures('bench/figures/rotterdam.json') : null;
if (args.scale === 'national') {
  for (const farther of checkAgainstRotterdam(results, budgets as Budgets, rotterdamFigures)) await measureAgain(farther, 'p95');
}

// Query plans: the statements of one request per call, each explained as the server runs it on this data.
const findings: PlanFinding[] = [];
let explained = 0;
let generic = 0;
for (const call of runCalls) {
  for (const statement of statementsToExplain(await server.capture(() => call.api(0)))) {
    const { plan, isGeneric } = raw ? await explainAsServerRuns(raw, statement) : await explainOnce(statement);
    explained++;
    if (isGeneric) generic++;
    for (const table of seqScansIn(typeof plan === 'string' ? JSON.parse(plan) : plan)) {
      findings.push({ call: call.name, table, statement: statement.sql.replace(/\s+/g, ' ').slice(0, 140) });
    }
  }
}

/** The plan for these parameters (PGlite: the server does not prepare statements there). */
async function explainOnce(statement: Captured) {
  const { rows } = await db.executeQuery<{ 'QUERY PLAN': unknown }>(CompiledQuery.raw(`explain (format json) ${statement.sql}`, [...statement.parameters]));
  return { plan: rows[0]?.['QUERY PLAN'], isGeneric: false };
}

/**
 * The plan the server runs a statement by. It prepares a statement once it repeats
 * (platform/db's statementNamer), and after five runs PostgreSQL may keep one generic plan for
 * all parameters — a plan EXPLAIN with parameters never shows. So the statement is prepared on
 * a connection of its own, run five times (each in a savepoint, rolled back), and its next run
 * is explained; the connection is closed after, with what it prepared.
 */
async function explainAsServerRuns(pool: pg.Pool, statement: Captured) {
  const client = await pool.connect();
  const name = 'bench_plan_check';
  try {
    await client.query('begin');
    for (let run = 0; run < 5; run++) {
      await client.query('savepoint run');
      // A write may clash with its own first run (the same id): its plan was chosen all the same.
      await client.query({ name, text: statement.sql, values: [...statement.parameters] }).catch(() => undefined);
      await client.query('rollback to savepoint run');
    }
    const { rows: [prepared] } = await client.query<{ types: string[] }>('select parameter_types::text[] as types from pg_prepared_statements where name = $1', [name]);
    if (!prepared) { await client.query('rollback'); return await explainOnce(statement); }
    const args = statement.parameters.map((value, i) => literalOf(value, prepared.types[i]!));
    const { rows } = await client.query<{ 'QUERY PLAN': unknown }>(`explain (format json) execute ${name}${args.length ? `(${args.join(', ')})` : ''}`);
    const { rows: [counts] } = await client.query<{ generic_plans: number }>('select generic_plans from pg_prepared_statements where name = $1', [name]);
    await client.query('rollback');
    return { plan: rows[0]?.['QUERY PLAN'], isGeneric: Number(counts?.generic_plans ?? 0) > 0 };
  } finally {
    client.release(true);
  }
}

// The first screen's JavaScript: what index.html loads, gzipped.
let webKb: number | null = null;
try {
  const html = readFileSync('web/dist/index.html', 'utf8');
  // The entry script and the chunks it preloads: what a phone downloads before the first screen.
  const scripts = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  webKb = scripts.reduce((sum, f) => sum + gzipSync(readFileSync(`web/dist/${f}`)).length, 0) / 1024;
} catch { webKb = null; }

const f = (n: number) => n.toFixed(1).padStart(7);
console.log(`\nSpil bench — scale ${args.scale} (${kind}), ${new Date().toISOString()}, ${requestsPerLevel} requests per level`);
console.log('call                     users   p50 ms  p95 ms  p99 ms    req/s  errors | raw p95  ratio | cpu ms/req');
for (const m of results) {
  console.log(`${m.call.padEnd(24)} ${String(m.concurrency).padStart(5)} ${f(m.api.p50)} ${f(m.api.p95)} ${f(m.api.p99)} ${f(m.api.rps)} ${String(m.api.errors).padStart(7)} | ${f(m.raw.p95)} ${f(m.api.p95 / Math.max(m.raw.p95, 0.01))} | ${f(m.api.cpuMsPerRequest)}`);
}
if (webKb !== null) console.log(`first screen JavaScript: ${webKb.toFixed(0)} KB gzipped`);
console.log(`\nquery plans: ${explained} statements of ${runCalls.length} calls explained ${raw ? `as the server runs them (${generic} on a generic plan)` : 'with their parameters'}; sequential scans of large tables: ${findings.length}`);
const byCallTable = new Map<string, { f: PlanFinding; n: number }>();
for (const f of findings) {
  const key = `${f.call}\u0000${f.table}`;
  byCallTable.set(key, { f: byCallTable.get(key)?.f ?? f, n: (byCallTable.get(key)?.n ?? 0) + 1 });
}
for (const { f, n } of byCallTable.values()) console.log(`  ${f.call}: seq scan on ${f.table} in ${n} statement(s), e.g. ${f.statement}`);

await server.stop();
await raw?.end();
await db.destroy();

const misses = checkBudgets(results, budgets as Budgets, webKb);
// A full run becomes the record (bench/figures/<scale>.json, checked in with the README's
// figures) — unless it was slower: the record stays until the slowdown is gone. The national run
// is held to Rotterdam's too.
if (!args.smoke) {
  const slower = checkAgainstLastRun(results, budgets as Budgets, lastRun, machine)?.misses.map((m) => m.text) ?? null;
  if (slower === null) {
    const why = !lastRun ? 'no earlier run' : lastRun.machine !== machine ? `recorded on another machine (${lastRun.machine})` : 'recorded without the medians of its calls and their raw SQL';
    console.log(`\n${figuresFile}: ${why} — not compared; this run becomes the record`);
  }
  misses.push(...(slower ?? []));
  if (!slower?.length) {
    mkdirSync('bench/figures', { recursive: true });
    writeFileSync(figuresFile, `${JSON.stringify(figuresOf(args.scale!, now.toISOString().slice(0, 10), machine, results), null, 2)}\n`);
  }
}
if (args.scale === 'national') {
  misses.push(...checkAgainstRotterdam(results, budgets as Budgets, rotterdamFigures).map((m) => m.text));
  // A sequential scan over contacts, youth or the access log is a miss here (smaller data may rightly scan).
  for (const f of planMisses(findings)) misses.push(`${f.call}: sequential scan on ${f.table} at national size — ${f.statement}`);
}
if (args.smoke) {
  console.log(misses.length ? `\nsmoke run: budgets not enforced (${misses.length} would miss)` : '\nsmoke run: all budgets met');
  process.exit(results.some((r) => r.api.errors > 0) ? 1 : 0);
}
if (misses.length) {
  console.log(`\nBUDGETS MISSED:\n  ${misses.join('\n  ')}`);
  process.exit(1);
}
console.log('\nAll budgets met.');
