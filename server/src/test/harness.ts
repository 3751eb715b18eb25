import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { buildApp } from '../app.js';
import { loadConfig } from '../platform/config.js';
import { openDatabase, type Db } from '../platform/db/index.js';
import { migrateToLatest } from '../platform/db/migrate.js';

/**
 * A real Spil server on a real database for API tests: embedded PGlite in memory, or — when
 * TEST_DATABASE_URL is set (CI) — a fresh database on that PostgreSQL server, dropped after.
 * Tests talk HTTP to it. The clock is fixed and can be moved.
 */
export const TEST_NOW = new Date('2026-11-23T09:00:00Z');

export interface TestApp {
  url: string;
  db: Db;
  clock: { now: Date; advance(ms: number): void };
  close(): Promise<void>;
}

export async function startTestApp(): Promise<TestApp> {
  const clock = { now: new Date(TEST_NOW), advance(ms: number) { this.now = new Date(this.now.getTime() + ms); } };
  const serverUrl = process.env.TEST_DATABASE_URL;
  let dropDatabase: (() => Promise<void>) | undefined;
  let databaseUrl: string | undefined;
  if (serverUrl) {
    const name = `spil_test_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const u = new URL(serverUrl);
    u.pathname = `/${name}`;
    databaseUrl = u.toString();
    dropDatabase = async () => {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    };
  }
  const { db, kind } = await openDatabase({ databaseUrl, dataDir: 'memory://' });
  await migrateToLatest(db);
  // TEST_LOG=debug shows the server's log while a test runs.
  const config = loadConfig({ LOG_LEVEL: process.env.TEST_LOG ?? 'silent' });
  const app = await buildApp({ config, db, dbKind: kind, now: () => clock.now, logger: Boolean(process.env.TEST_LOG) });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url, db, clock,
    async close() {
      await app.close();
      await db.destroy();
      await dropDatabase?.();
    },
  };
}

/** A browser-like HTTP client: keeps cookies and echoes the CSRF cookie on changes. */
export class Client {
  private cookies = new Map<string, string>();
  constructor(private readonly base: string) {}

  async request(method: string, path: string, body?: unknown, opts: { rawBody?: string; headers?: Record<string, string>; csrf?: boolean } = {}) {
    if (!this.cookies.has('spil_csrf') && method !== 'GET') await this.request('GET', '/api/health');
    const headers: Record<string, string> = { ...opts.headers, ...this.sessionHeaders(opts.csrf !== false) };
    let payload: string | undefined = opts.rawBody;
    if (body !== undefined) payload = JSON.stringify(body);
    if (payload !== undefined && !headers['content-type']) headers['content-type'] = 'application/json';
    const res = await fetch(this.base + path, { method, headers, body: payload });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const [k, v] = pair!.split('=');
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(c) || v === '') this.cookies.delete(k!);
      else this.cookies.set(k!, v!);
    }
    const text = await res.text();
    let json: any = null;
    try { json = text ? JSON.parse(text) : null; } catch { json = text; }
    return { status: res.status, body: json, headers: res.headers };
  }

  get(path: string) { return this.request('GET', path); }

  /** The session's cookies, and the CSRF header a write needs: what a browser sends (the bench's load generator sends them too). */
  sessionHeaders(csrf = true): Record<string, string> {
    const headers: Record<string, string> = {};
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (csrf && this.cookies.has('spil_csrf')) headers['x-csrf-token'] = this.cookies.get('spil_csrf')!;
    return headers;
  }

  /** A file (a PDF) as bytes, with its status and type. */
  async download(path: string) {
    const res = await fetch(this.base + path, { headers: this.sessionHeaders(false) });
    return { status: res.status, type: res.headers.get('content-type'), bytes: Buffer.from(await res.arrayBuffer()) };
  }
  post(path: string, body?: unknown) { return this.request('POST', path, body ?? {}); }
  patch(path: string, body: unknown) { return this.request('PATCH', path, body); }
  put(path: string, body: unknown) { return this.request('PUT', path, body); }

  async login(email: string, password: string) {
    const res = await this.post('/api/auth/login', { email, password });
    if (res.status !== 200) throw new Error(`login failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.stage as string;
  }
}
