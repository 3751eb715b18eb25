import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { makeWorld } from '../../test/world.js';

/**
 * Every route of the API, asked by a policy officer (beleidsmedewerker: aggregates only), with
 * the ids of a real youth, his trajectory and his contactmoment in the path: no answer may carry
 * his name, his ids or what the coach wrote, and no route under a youth, trajectory or contact
 * may answer 2xx. The routes come from the OpenAPI document, so a route added later is swept too.
 */
let t: TestApp;
let w: Awaited<ReturnType<typeof makeWorld>>;
let contactId: string;
const NOTE = 'Geheime notitie: Enzo slaapt bij een vriend';

beforeAll(async () => {
  t = await startTestApp();
  w = await makeWorld(t);
  const coach = await w.as(w.coachA);
  contactId = randomUUID();
  const res = await coach.post(`/api/youth/${w.enzo.id}/contacts`, { id: contactId, happenedAt: t.clock.now.toISOString(), mode: 'straat', withWhom: ['jongere'], note: NOTE });
  expect(res.status).toBe(201);
});
afterAll(async () => { await t.close(); });

/** A path with its parameters filled in: the youth's own ids where the route is about him, made-up ids elsewhere. */
function fill(path: string): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string, offset: number) => {
    const before = path.slice(0, offset);
    if (name === 'id' && before.endsWith('/api/youth/')) return w.enzo.id;
    if (name === 'id' && before.endsWith('/api/trajectories/')) return w.enzo.trajectoryId!;
    if (name === 'id' && before.endsWith('/api/contacts/')) return contactId;
    if (name === 'version') return '1';
    if (name === 'list') return 'signal_source';
    if (name === 'teamId') return w.teamA.id;
    return randomUUID();
  });
}

describe('a policy officer asks every route about one youth', () => {
  it('and gets no name, no id, no note of his back, and no 2xx from any route under his file', async () => {
    const doc = (await (await w.as(w.policy)).get('/api/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
    const policy = await w.as(w.policy);
    const routes = Object.entries(doc.paths)
      // Logging in and out, and the supervisor's link without an account, are not about a logged-in user's reach.
      .filter(([path]) => !path.startsWith('/api/auth/') && !path.startsWith('/api/public/'))
      .flatMap(([path, ops]) => Object.keys(ops).map((method) => ({ method: method.toUpperCase(), path })));
    expect(routes.length).toBeGreaterThan(100);
    const secrets = ['Enzo', w.enzo.id, w.enzo.trajectoryId!, contactId, NOTE];
    const reached: string[] = [];
    for (const { method, path } of routes) {
      const url = fill(path);
      const res = await policy.request(method, url, method === 'GET' ? undefined : {});
      const text = typeof res.body === 'string' ? res.body : JSON.stringify(res.body ?? '');
      for (const secret of secrets) expect(text, `${method} ${path}`).not.toContain(secret);
      if (/^\/api\/(youth|trajectories|contacts)\/\{id\}/.test(path) && res.status < 300) reached.push(`${method} ${path} → ${res.status}`);
      expect(res.status, `${method} ${path}`).toBeLessThan(500);
    }
    expect(reached).toEqual([]);
  });
});
