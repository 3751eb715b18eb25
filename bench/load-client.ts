import http from 'node:http';
import os from 'node:os';
import type { Client } from '../server/src/test/harness.js';
import { machineBusyMs, summarise, type Summary } from './stats.js';

/**
 * The load generator's side of a logged-in user: a request with the session's cookies (and the
 * CSRF header on a write) over keep-alive connections, answered with its status only — the body
 * is read off the socket, not parsed. It shares the machine's two cores with Spil and
 * PostgreSQL, so it must cost little: fetch with a parsed answer took 0.5–0.9 ms of CPU per
 * request, node:http 0.17–0.34 ms (bench/README.md), as light as autocannon's own client.
 */
const agent = new http.Agent({ keepAlive: true });

export class LoadClient {
  private readonly url: URL;
  constructor(base: string, private readonly session: Client) { this.url = new URL(base); }

  get(path: string) { return this.send('GET', path); }
  post(path: string, body: unknown) { return this.send('POST', path, JSON.stringify(body)); }

  private send(method: string, path: string, payload?: string): Promise<number> {
    // As a browser asks: Spil compresses what is large (bench/HISTORY.md), and that is part of the cost.
    const headers: Record<string, string> = { 'accept-encoding': 'gzip, deflate, br', ...this.session.sessionHeaders(method !== 'GET') };
    if (payload !== undefined) Object.assign(headers, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(payload)) });
    return new Promise((resolve, reject) => {
      const req = http.request({ host: this.url.hostname, port: this.url.port, path, method, agent, headers }, (res) => {
        res.resume();
        res.once('end', () => resolve(res.statusCode ?? 0));
        res.once('error', reject);
      });
      req.once('error', reject);
      req.end(payload);
    });
  }
}

/**
 * A closed loop: `concurrency` users share `total` requests, each sending its next as soon as its
 * last is answered, until all are sent or `maxMs` has passed. A request fails on a status of 400
 * or more, or an error. With the machine's CPU over the loop (all cores, `Summary.cpuMsPerRequest`).
 */
export async function closedLoop(total: number, concurrency: number, one: (i: number) => Promise<unknown>, maxMs = Infinity): Promise<Summary> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const deadline = performance.now() + maxMs;
  const busy0 = machineBusyMs(os.cpus());
  const t0 = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < total && performance.now() < deadline) {
      const i = next++;
      const s = performance.now();
      try {
        const result = await one(i);
        if (typeof result === 'number' && result >= 400) errors++;
      } catch { errors++; }
      latencies.push(performance.now() - s);
    }
  }));
  return summarise(latencies, errors, performance.now() - t0, machineBusyMs(os.cpus()) - busy0);
}
