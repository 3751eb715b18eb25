import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { loadConfig } from '../config.js';

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

describe('what a phone downloads', () => {
  it('gets a large answer compressed when it asks (brotli, else gzip), the same JSON once unpacked, and a small one as it is', async () => {
    const plain = await fetch(`${t.url}/api/openapi.json`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    const text = await plain.text();
    expect(text.length).toBeGreaterThan(100_000);
    for (const encoding of ['br', 'gzip']) {
      // fetch unpacks what it receives; the header says what came over the wire.
      const packed = await fetch(`${t.url}/api/openapi.json`, { headers: { 'accept-encoding': `${encoding}, identity` } });
      expect(packed.headers.get('content-encoding')).toBe(encoding);
      expect(packed.headers.get('vary')).toMatch(/accept-encoding/i);
      expect(await packed.text()).toBe(text);
    }
    const small = await fetch(`${t.url}/api/health`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(small.headers.get('content-encoding')).toBeNull();
    expect(await small.json()).toMatchObject({ status: 'ok' });
  });

  it('gets the web app\'s files as the build compressed them, keeps the named-by-content ones a year, and asks for index.html each time', async () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'spil-web-'));
    mkdirSync(path.join(dist, 'assets'));
    const files = { 'index.html': '<!doctype html><title>Spil</title><script src="/assets/app-C0ffee12.js"></script>', 'assets/app-C0ffee12.js': `console.log(${JSON.stringify('Spil '.repeat(500))});` };
    for (const [name, body] of Object.entries(files)) {
      writeFileSync(path.join(dist, name), body);
      writeFileSync(path.join(dist, `${name}.br`), brotliCompressSync(body));
      writeFileSync(path.join(dist, `${name}.gz`), gzipSync(body));
    }
    const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent', WEB_DIST: dist }), db: t.db, dbKind: process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite', logger: false });
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const script = await fetch(`${url}/assets/app-C0ffee12.js`, { headers: { 'accept-encoding': 'gzip, br' } });
      expect(script.headers.get('content-encoding')).toBe('br');
      expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      // The build's file as it is, not compressed again per request.
      expect(Number(script.headers.get('content-length'))).toBe(brotliCompressSync(files['assets/app-C0ffee12.js']).length);
      expect(await script.text()).toBe(files['assets/app-C0ffee12.js']);
      const gzipped = await fetch(`${url}/assets/app-C0ffee12.js`, { headers: { 'accept-encoding': 'gzip' } });
      expect(gzipped.headers.get('content-encoding')).toBe('gzip');
      expect(await gzipped.text()).toBe(files['assets/app-C0ffee12.js']);
      const asIs = await fetch(`${url}/assets/app-C0ffee12.js`, { headers: { 'accept-encoding': 'identity' } });
      expect(asIs.headers.get('content-encoding')).toBeNull();
      expect(await asIs.text()).toBe(files['assets/app-C0ffee12.js']);
      // The app's own routes (a deep link) get index.html, asked again every time: it names the files of the newest build.
      for (const page of ['/', '/jongeren/123']) {
        const res = await fetch(`${url}${page}`, { headers: { 'accept-encoding': 'br' } });
        expect(res.status).toBe(200);
        expect(res.headers.get('cache-control')).toBe('no-cache');
        expect(await res.text()).toBe(files['index.html']);
      }
    } finally {
      await app.close();
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
