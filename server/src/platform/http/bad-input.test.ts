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
