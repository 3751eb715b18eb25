import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(async () => { await t.close(); });

describe('the server as a whole', () => {
  it('answers the health check with the database status', async () => {
    const res = await fetch(`${t.url}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', database: 'ok' });
  });

  it('publishes an OpenAPI document generated from the route schemas, and a readable page', async () => {
    const doc = await (await fetch(`${t.url}/api/openapi.json`)).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/youth', '/api/youth/{id}', '/api/trajectories/{id}/transitions', '/api/auth/login']));
    expect(doc.paths['/api/youth'].post.requestBody.content['application/json'].schema.properties.nickname).toBeDefined();
    const page = await fetch(`${t.url}/api/docs`, { redirect: 'follow' });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('swagger');
  });

  it('asks for a login on every case route', async () => {
    for (const path of ['/api/youth', '/api/config', `/api/youth/${crypto.randomUUID()}`, '/api/admin/users']) {
      const res = await fetch(`${t.url}${path}`);
      expect(res.status).toBe(401);
      expect((await res.json()).code).toBe('UNAUTHENTICATED');
    }
  });
});
