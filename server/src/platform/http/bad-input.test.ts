import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { makeWorld } from '../../test/world.js';

let t: TestApp;
let w: Awaited<ReturnType<typeof makeWorld>>;
beforeAll(async () => { t = await startTestApp(); w = await makeWorld(t); });
afterAll(async () => { await t.close(); });

const youthCount = async () =>
  Number((await t.db.selectFrom('youth').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

describe('bad input never crashes and never writes half a record', () => {
  const cases: [string, { body?: unknown; raw?: string; type?: string }, number, string][] = [
    ['malformed JSON', { raw: '{"id": "x", nickname: ' }, 400, 'INVALID_JSON'],
    ['an empty body', { raw: '' }, 400, 'INVALID_JSON'],
    ['a body that is not an object', { body: [1, 2, 3] }, 400, 'VALIDATION_FAILED'],
    ['wrong types', { body: { id: 12, nickname: ['a'], birthDate: true } }, 400, 'VALIDATION_FAILED'],
    ['an unknown field', { body: { id: crypto.randomUUID(), nickname: 'Mo', isAdmin: true } }, 400, 'VALIDATION_FAILED'],
    ['a string of 100,000 characters', { body: { id: crypto.randomUUID(), nickname: 'x'.repeat(100_000) } }, 400, 'VALIDATION_FAILED'],
    ['a date that does not exist', { body: { id: crypto.randomUUID(), nickname: 'Mo', birthDate: '2026-02-31' } }, 400, 'VALIDATION_FAILED'],
    ['a body over the size limit', { raw: JSON.stringify({ id: crypto.randomUUID(), reason: 'x'.repeat(300_000) }) }, 413, 'BODY_TOO_LARGE'],
    ['form data instead of JSON', { raw: 'nickname=Mo', type: 'application/x-www-form-urlencoded' }, 415, 'UNSUPPORTED_MEDIA_TYPE'],
  ];

  for (const [what, input, status, code] of cases) {
    it(`${what} → ${status} ${code}`, async () => {
      const coach = await w.as(w.coachA);
      const before = await youthCount();
      const res = await coach.request('POST', '/api/youth', input.body, {
        ...(input.raw !== undefined ? { rawBody: input.raw } : {}),
        ...(input.type ? { headers: { 'content-type': input.type } } : {}),
      });
      expect(res.status).toBe(status);
      expect(res.body).toMatchObject({ code, message: expect.any(String) });
      expect(await youthCount()).toBe(before);
    });
  }

  it('a packed (gzip) body is not unpacked: refused as unreadable, nothing written', async () => {
    const coach = await w.as(w.coachA);
    const before = await youthCount();
    const res = await fetch(`${t.url}/api/youth`, {
      method: 'POST',
      headers: { ...coach.sessionHeaders(true), 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: gzipSync(JSON.stringify({ id: crypto.randomUUID(), nickname: 'Mo' })),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'INVALID_JSON', message: expect.any(String) });
    expect(await youthCount()).toBe(before);
  });

  it('names the field and says what is wrong, in Dutch', async () => {
    const coach = await w.as(w.coachA);
    const res = await coach.post('/api/youth', { id: crypto.randomUUID(), nickname: 'Mo', birthDate: '2026-02-31', phone: 'bel me' });
    const paths = res.body.details.fields.map((f: any) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['body.birthDate', 'body.phone']));
    expect(res.body.details.fields.find((f: any) => f.path === 'body.birthDate').message).toMatch(/datum/i);
  });

  it('an id that is not a UUID is a 400, an unknown one a 404', async () => {
    const coach = await w.as(w.coachA);
    expect((await coach.get('/api/youth/not-a-uuid')).status).toBe(400);
    const unknown = await coach.get(`/api/youth/${crypto.randomUUID()}`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('NOT_FOUND');
  });

  it('an unknown API address is a 404 in the error shape', async () => {
    const coach = await w.as(w.coachA);
    const res = await coach.get('/api/nothing-here');
    expect(res).toMatchObject({ status: 404, body: { code: 'NOT_FOUND' } });
  });

  it('a stale or unknown version on a patch writes nothing', async () => {
    const coach = await w.as(w.coachA);
    const res = await coach.patch(`/api/youth/${w.enzo.id}`, { version: 99, nickname: 'Overschreven' });
    expect(res.status).toBe(409);
    expect((await coach.get(`/api/youth/${w.enzo.id}`)).body.nickname).toBeNull();
  });
});

describe('schema-valid but impossible values are refused, not crashed on', () => {
  const bodies: [string, Record<string, unknown>][] = [
    ['a NUL character', { nickname: 'Mo\u0000' }],
    ['year 0000', { nickname: 'Mo', birthDate: '0000-01-01' }],
    ['a birth date in the future', { nickname: 'Mo', birthDate: '2099-01-01' }],
    ['the same coach twice', { nickname: 'Mo', coachIds: ['A', 'A'] }],
    ['an unknown signal source', { nickname: 'Mo', signalSource: 'spionage' }],
    ['an e-mail address of 100,000 characters', { nickname: 'Mo', email: `${'x'.repeat(100_000)}@example.nl` }],
  ];
  for (const [what, body] of bodies) {
    it(what, async () => {
      const coach = await w.as(w.coachA);
      const before = await youthCount();
      const withIds = JSON.parse(JSON.stringify(body).replaceAll('"A"', JSON.stringify(w.coachA.id)));
      const res = await coach.post('/api/youth', { id: crypto.randomUUID(), ...withIds });
      expect(res.status).toBe(400);
      expect(await youthCount()).toBe(before);
    });
  }

  it('a NUL character in a search or a login is a 400', async () => {
    const coach = await w.as(w.coachA);
    expect((await coach.get('/api/youth?q=a%00b')).status).toBe(400);
    expect((await coach.post('/api/auth/login', { email: 'a\u0000b', password: 'x' })).status).toBe(400);
  });

  it('a version beyond any real version is a 400', async () => {
    const admin = await w.as(w.admin);
    const res = await admin.patch('/api/admin/tenant', { version: 9007199254740991, requireTwoFactorForAll: true });
    expect(res.status).toBe(400);
  });

  it('clearing every name of a youth is refused', async () => {
    const coach = await w.as(w.coachA);
    const enzo = (await coach.get(`/api/youth/${w.enzo.id}`)).body;
    const res = await coach.patch(`/api/youth/${w.enzo.id}`, { version: enzo.version, firstName: null, nickname: '' });
    expect(res.body.code).toBe('NAME_REQUIRED');
  });

  it('an id taken in another municipality is refused without a crash', async () => {
    const coach = await w.as(w.coachA);
    const taken = await t.db.selectFrom('trajectory').select('id').where('tenant_id', '=', w.other.id).executeTakeFirst();
    const otherTrajectory = taken?.id ?? (await t.db.insertInto('trajectory').values({
      tenant_id: w.other.id, id: crypto.randomUUID(), youth_id: w.stranger.id, status: 'active', current_phase_id: w.other.phases[0]!.id,
      phase_entered_at: t.clock.now, started_at: t.clock.now, closed_at: null, closing_reason: null, reopened_from: null,
    }).returning('id').executeTakeFirstOrThrow()).id;
    const created = await coach.post('/api/youth', { id: crypto.randomUUID(), nickname: 'Nieuw' });
    const res = await coach.post(`/api/youth/${created.body.id}/trajectories`, { id: otherTrajectory });
    expect(res).toMatchObject({ status: 409, body: { code: 'ID_IN_USE' } });
  });

  it('an unknown phase to move to is a 404', async () => {
    const coach = await w.as(w.coachA);
    const tr = (await coach.get(`/api/youth/${w.enzo.id}/trajectories`)).body.items[0];
    const res = await coach.post(`/api/trajectories/${tr.id}/transitions`, { version: tr.version, kind: 'forward', toPhaseId: crypto.randomUUID(), reason: 'x' });
    expect(res.status).toBe(404);
  });
});
