import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { copyValue } from './copy.js';
import { generate, generatedTenantIn, SCALES } from './generate.js';
import { startTestApp } from '../server/src/test/harness.js';
import { literalOf, planMisses, seqScansIn, statementsToExplain } from './plans.js';
import { checkAgainstLastRun, checkAgainstRotterdam, checkBudgets, figuresOf, machineBusyMs, percentile, summarise, type Figures } from './stats.js';
import { prng, uuidFrom } from '../server/src/seed/seeded-random.js';
import budgets from './budgets.json' with { type: 'json' };

describe('benchmark figures', () => {
  it('takes percentiles the nearest-rank way', () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect([percentile(xs, 50), percentile(xs, 95), percentile(xs, 99)]).toEqual([50, 95, 99]);
    expect(summarise([5, 1, 3], 0, 1000)).toMatchObject({ p50: 3, count: 3, rps: 3 });
  });

  it('divides the busy time of all cores over the requests, idle time left out', () => {
    const core = (user: number, sys: number, idle: number) => ({ times: { user, nice: 0, sys, idle, irq: 1 } });
    const before = machineBusyMs([core(100, 20, 5000), core(50, 10, 7000)]);
    const after = machineBusyMs([core(130, 25, 9000), core(70, 15, 9000)]);
    expect(after - before).toBe(60);
    expect(summarise([5, 1, 3, 4, 2], 0, 1000, after - before).cpuMsPerRequest).toBe(12);
  });

  it('fails a call over 2× its raw SQL + 5 ms, over 50 ms, or with errors at 100 users', () => {
    const s = (p95: number, errors = 0) => ({ count: 100, errors, p50: p95, p95, p99: p95, rps: 1, cpuMsPerRequest: 0 });
    const ok = checkBudgets([{ call: 'Mijn jongeren', concurrency: 10, api: s(12), raw: s(4) }], budgets, 120);
    expect(ok).toEqual([]);
    const slow = checkBudgets([{ call: 'Mijn jongeren', concurrency: 10, api: s(14), raw: s(4) }], budgets, null);
    expect(slow).toEqual(['Mijn jongeren @10: p95 14.0 ms > 2× raw 4.0 ms + 5 ms']);
    expect(checkBudgets([{ call: 'x', concurrency: 10, api: s(60), raw: s(40) }], budgets, null)).toHaveLength(1);
    expect(checkBudgets([{ call: 'x', concurrency: 100, api: s(1, 2), raw: s(1) }], budgets, null)).toEqual(['x @100: 2 errors']);
    expect(checkBudgets([], budgets, 151)).toHaveLength(1);
    // The floor (a logged-in request that reads no youth) is measured, not budgeted — but may not fail.
    expect(checkBudgets([{ call: 'floor: who am I', concurrency: 10, api: s(60), raw: s(1) }], budgets, null)).toEqual([]);
    expect(checkBudgets([{ call: 'floor: who am I', concurrency: 100, api: s(90, 1), raw: s(1) }], budgets, null)).toEqual(['floor: who am I @100: 1 errors']);
  });

  it('fails a coach call at national size over 1.5× its Rotterdam p95, and a run without Rotterdam figures', () => {
    const s = (p95: number) => ({ count: 100, errors: 0, p50: p95, p95, p99: p95, rps: 1, cpuMsPerRequest: 0 });
    const rotterdam = figuresOf('rotterdam', '2026-12-04', 'test', [
      { call: 'youth file', concurrency: 10, api: s(40), raw: s(5) },
      { call: 'dashboard municipality', concurrency: 10, api: s(100), raw: s(20) },
    ]);
    expect(rotterdam.p95).toEqual({ 'youth file @10': 40, 'dashboard municipality @10': 100 });
    const national = (youthFile: number) => [
      { call: 'youth file', concurrency: 10, api: s(youthFile), raw: s(5) },
      { call: 'youth file', concurrency: 1, api: s(500), raw: s(5) }, // other levels are not compared
      { call: 'dashboard municipality', concurrency: 10, api: s(900), raw: s(20) }, // nor the dashboards
    ];
    expect(checkAgainstRotterdam(national(60), budgets, rotterdam)).toEqual([]);
    expect(checkAgainstRotterdam(national(61), budgets, rotterdam)).toEqual([{ key: 'youth file @10', text: 'youth file @10: p95 61.0 ms at national size > 1.5× Rotterdam\'s 40.0 ms (2026-12-04)' }]);
    expect(checkAgainstRotterdam([{ call: 'search by name', concurrency: 10, api: s(1), raw: s(1) }], budgets, rotterdam)[0]?.text).toMatch(/^search by name @10: no Rotterdam figure/);
    expect(checkAgainstRotterdam(national(1), budgets, null)[0]?.text).toMatch(/run `npm run bench -- --scale rotterdam` first/);
  });

  it('fails a call whose median is over 1.5× the last recorded run\'s on this kind of machine, scaled by the machine\'s speed; a new call and another machine\'s figures are not compared', () => {
    const s = (p50: number) => ({ count: 100, errors: 0, p50, p95: p50 * 3, p99: p50 * 4, rps: 1, cpuMsPerRequest: 0 });
    // Five calls: the machine is read from their raw SQL (the median of now against then).
    const others = ['youth file', 'timeline page', 'network map'];
    const measured = (worklist: number, dashboard: number, rawScale = 1, othersApi = 10) => [
      { call: 'coach worklist', concurrency: 10, api: s(worklist), raw: s(37 * rawScale) },
      { call: 'coach worklist', concurrency: 100, api: s(5000), raw: s(900) }, // other levels are not compared
      { call: 'dashboard team', concurrency: 10, api: s(dashboard), raw: s(14 * rawScale) },
      ...others.map((call) => ({ call, concurrency: 10, api: s(othersApi), raw: s(2 * rawScale) })),
    ];
    const last = figuresOf('rotterdam', '2026-12-04', '2 × Xeon, postgres', measured(150, 100));
    expect(last.p50).toMatchObject({ 'coach worklist @10': 150, 'dashboard team @10': 100 });
    expect(last.rawP50).toMatchObject({ 'coach worklist @10': 37, 'dashboard team @10': 14 });
    const check = (run: ReturnType<typeof measured>, machine = '2 × Xeon, postgres', against: Figures | null = last) =>
      checkAgainstLastRun(run, budgets, against, machine);
    expect(check(measured(225, 150))).toEqual({ speed: 1, misses: [] });
    expect(check(measured(226, 151))?.misses).toEqual([
      { key: 'coach worklist @10', text: 'coach worklist @10: p50 226.0 ms > 1.5× the last run\'s 150.0 ms × 1.00, this machine\'s speed against then (2026-12-04)' },
      { key: 'dashboard team @10', text: 'dashboard team @10: p50 151.0 ms > 1.5× the last run\'s 100.0 ms × 1.00, this machine\'s speed against then (2026-12-04)' },
    ]);
    // A machine of the same name but twice as slow (its raw SQL takes twice as long): twice the room, and no more.
    expect(check(measured(450, 300, 2, 20))).toEqual({ speed: 2, misses: [] });
    expect(check(measured(451, 300, 2, 20))?.misses.map((m) => m.key)).toEqual(['coach worklist @10']);
    // One raw statement made faster (an index) does not move the median.
    const oneFaster = measured(225, 150);
    oneFaster[0]!.raw = s(3);
    expect(check(oneFaster)?.speed).toBe(1);
    // A call added since is not held to anything yet: this run records it.
    expect(check([...measured(150, 100), { call: 'new call', concurrency: 10, api: s(900), raw: s(1) }])?.misses).toEqual([]);
    expect(check(measured(900, 900), '8 × Ryzen, postgres')).toBeNull();
    expect(check(measured(900, 900), '2 × Xeon, postgres', null)).toBeNull();
    expect(check(measured(900, 900), '2 × Xeon, postgres', { ...last, p50: undefined })).toBeNull();
    // Figures without the raw SQL's medians cannot say how fast their machine was.
    expect(check(measured(900, 900), '2 × Xeon, postgres', { ...last, rawP50: undefined })).toBeNull();
    expect(check(measured(900, 900).slice(0, 4))).toBeNull();
  });
});

describe('the data generator', () => {
  it('is deterministic for a seed', () => {
    const a = prng(42), b = prng(42), c = prng(43);
    const draw = (r: ReturnType<typeof prng>) => Array.from({ length: 5 }, () => r.int(0, 1000));
    expect(draw(a)).toEqual(draw(b));
    expect(draw(prng(42))).not.toEqual(draw(c));
    expect(uuidFrom(42, 'youth', 1)).toBe(uuidFrom(42, 'youth', 1));
    expect(uuidFrom(42, 'youth', 1)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('the data generator on a database', () => {
  it('writes the same municipality for the same seed, and --reuse reads its logins back from it', async () => {
    const now = new Date('2026-12-04T09:00:00Z');
    const once = async () => {
      const t = await startTestApp();
      try {
        const [tenant] = await generate(t.db, { scale: SCALES.small!, seed: 7, now, passwordHash: 'not-a-real-hash' });
        const count = async (table: 'youth' | 'contact' | 'access_log' | 'revision' | 'placement' | 'youth_group' | 'youth_group_member' | 'group_report' | 'risk_flag') =>
          Number((await t.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
        return {
          tenant: tenant!,
          counts: [await count('youth'), await count('contact'), await count('access_log'), await count('revision'), await count('placement'),
            await count('youth_group'), await count('youth_group_member'), await count('group_report'), await count('risk_flag')],
          youth: await t.db.selectFrom('youth').select(['id', 'first_name', 'last_name', 'birth_date', 'created_at']).orderBy('id').limit(20).execute(),
          chainEnd: (await t.db.selectFrom('access_log').select('hash').orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow()).hash,
          readBack: await generatedTenantIn(t.db, 7),
        };
      } finally {
        await t.close();
      }
    };
    const [a, b] = [await once(), await once()];
    expect(a.counts).toEqual(b.counts);
    expect(a.counts[0]).toBe(400);
    expect(a.counts.every((n) => n > 0)).toBe(true);
    expect(a.youth).toEqual(b.youth);
    expect(a.chainEnd).toBe(b.chainEnd);
    expect(a.readBack).toEqual({ ...a.tenant, names: expect.arrayContaining([a.tenant.names[0]]) });
  }, 60_000);
});

describe('query plans', () => {
  it('explains reads and writes once each, not transaction control or the access log lock', () => {
    const s = (text: string) => ({ sql: text, parameters: [] });
    expect(statementsToExplain([s('begin'), s('select pg_advisory_xact_lock(hashtext($1))'), s('select * from youth where id = $1'),
      s('select * from youth where id = $1'), s('with x as (select 1) select * from x'), s('insert into contact values ($1)'), s('commit')]).map((c) => c.sql))
      .toEqual(['select * from youth where id = $1', 'with x as (select 1) select * from x', 'insert into contact values ($1)']);
  });

  it('names the large tables a plan scans sequentially, however deep, and fails a run only for contacts, youth and the access log', () => {
    const plan = [{ Plan: { 'Node Type': 'Nested Loop', Plans: [
      { 'Node Type': 'Index Scan', 'Relation Name': 'youth' },
      { 'Node Type': 'Hash', Plans: [{ 'Node Type': 'Seq Scan', 'Relation Name': 'contact' }] },
      { 'Node Type': 'Seq Scan', 'Relation Name': 'phase' },
      { 'Node Type': 'Seq Scan', 'Relation Name': 'trajectory_event' },
    ] } }];
    expect(seqScansIn(plan)).toEqual(['contact', 'trajectory_event']);
    expect(seqScansIn([{ Plan: { 'Node Type': 'Index Only Scan', 'Relation Name': 'access_log' } }])).toEqual([]);
    const findings = seqScansIn(plan).map((table) => ({ call: 'timeline page', table, statement: 'select …' }));
    expect(planMisses(findings)).toEqual([{ call: 'timeline page', table: 'contact', statement: 'select …' }]);
  });

  it('writes each kind of parameter as a literal of its type that PostgreSQL reads back as the value sent', async () => {
    const t = await startTestApp();
    try {
      const cases: [unknown, string][] = [
        ['70c886c5-d95f-44cd-a520-1661d09e3ea0', 'uuid'], [['9d2a098a-e643-4273-ac13-ae5d379f1aa7', 'a258e4a6-92b9-47c8-a461-a7e289571c5b'], 'uuid[]'],
        ["d'Artagnan \\ ‘x’", 'text'], [['gesproken', 'afspraak_gemaakt'], 'text[]'], [new Date('2026-12-04T10:00:00.123Z'), 'timestamp with time zone'],
        ['2026-12-04', 'date'], [7, 'integer'], [true, 'boolean'], [null, 'uuid'], [{ a: ["b'c"] }, 'jsonb'],
      ];
      for (const [value, type] of cases) {
        const { rows } = await sql<{ same: boolean }>`select (${sql.raw(literalOf(value, type))}) is not distinct from ${value}::${sql.raw(type)} as same`.execute(t.db);
        expect(rows[0]!.same, `${type} ${JSON.stringify(value)}`).toBe(true);
      }
    } finally { await t.close(); }
  });
});

describe('COPY text format', () => {
  it('writes nulls, dates, booleans, arrays and JSON so PostgreSQL reads them back as they were', () => {
    expect(copyValue(null)).toBe('\\N');
    expect(copyValue(new Date('2026-12-04T10:00:00Z'))).toBe('2026-12-04T10:00:00.000Z');
    expect([copyValue(true), copyValue(false), copyValue(7)]).toEqual(['t', 'f', '7']);
    expect(copyValue(['jongere', 'ouder'])).toBe('{"jongere","ouder"}');
    // A backslash, a tab and a newline inside text would end the field or the row: escaped.
    expect(copyValue('a\tb\nc\\d')).toBe('a\\tb\\nc\\\\d');
    expect(copyValue({ parts: [{ key: 'housing' }] })).toBe('{"parts":[{"key":"housing"}]}');
    expect(copyValue(['a"b'])).toBe('{"a\\\\"b"}');
  });
});
