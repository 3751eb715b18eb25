import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { currentTotp } from '../server/src/platform/auth/totp.js';
import { Client } from '../server/src/test/harness.js';
import { BENCH_LEAD_SECRET, BENCH_PASSWORD } from './generate.js';
import { closedLoop, LoadClient } from './load-client.js';

/**
 * Two builds of Spil measured in turns, how every change in bench/HISTORY.md was measured: on a
 * shared virtual machine two runs of the same code differ by 10–50%, so a change is judged only
 * against the old code in the same minutes. Start each build on the data of a bench run (kept by
 * `--reuse`), e.g. the old one from a worktree:
 *
 *   git worktree add /tmp/old main && ln -s "$PWD/node_modules" /tmp/old/node_modules
 *   (cd /tmp/old && DATABASE_URL=postgres://…/spil_bench_rotterdam PORT=4556 DEMO_SEED=false LOG_LEVEL=warn npx tsx server/src/main.ts) &
 *   DATABASE_URL=postgres://…/spil_bench_rotterdam PORT=4557 DEMO_SEED=false LOG_LEVEL=warn npx tsx server/src/main.ts &
 *   npx tsx bench/ab.ts --ports 4556,4557 --paths /api/worklist --rounds 4
 *
 * Each round warms each server on each path (half the requests) and then measures it: p50 and
 * p95 at `--users`, and per request the CPU of the whole machine, of the server's process and of
 * PostgreSQL's (from /proc, Linux only). `--lead` logs in as a team lead (a second factor each, one
 * code per 30 s: the logins wait for it). Only loopback, only the bench's generated users.
 */
const { values: args } = parseArgs({ options: {
  ports: { type: 'string', default: '4556,4557' }, paths: { type: 'string', default: '/api/worklist' },
  requests: { type: 'string', default: '600' }, users: { type: 'string', default: '10' }, rounds: { type: 'string', default: '3' },
  lead: { type: 'boolean', default: false }, tenant: { type: 'string', default: '0' },
} });
const ports = args.ports!.split(',');
const paths = args.paths!.split(',');
const requests = Number(args.requests);
const users = Number(args.users);
const email = args.lead ? `lead1.t${args.tenant}@bench.spil` : `coach0.t${args.tenant}@bench.spil`;

/**
 * CPU time of a process so far in ms (utime + stime, in clock ticks of 10 ms); with `reaped`, also
 * that of its children that have ended (cutime + cstime).
 */
const cpuMsOf = (pid: string, reaped = false) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12]) + (reaped ? Number(fields[13]) + Number(fields[14]) : 0)) * 10;
};
/**
 * PostgreSQL's CPU so far: its processes', and that of the backends that have ended, which the
 * postmaster keeps as its children's time (a build's pool may close its idle connections while the
 * other build is measured: before 6a21fa4, after ten seconds).
 */
const postgresCpuMs = () => execSync('pgrep -u postgres').toString().trim().split('\n')
  .reduce((sum, pid) => { try { return sum + cpuMsOf(pid, true); } catch { return sum; } }, 0);
const pidListeningOn = (port: string) => execSync(`ss -ltnpH 'sport = :${port}'`).toString().match(/pid=(\d+)/)?.[1] ?? null;

async function logIn(port: string) {
  const session = new Client(`http://127.0.0.1:${port}`);
  await session.login(email, BENCH_PASSWORD);
  if (args.lead) {
    // A code is taken once: wait for the next one.
    await new Promise((resolve) => setTimeout(resolve, 30_000 - (Date.now() % 30_000) + 200));
    await session.post('/api/auth/totp', { code: currentTotp(BENCH_LEAD_SECRET, new Date()) });
  }
  return new LoadClient(`http://127.0.0.1:${port}`, session);
}

const clients = new Map<string, LoadClient>();
for (const port of ports) clients.set(port, await logIn(port));
const perRequest = (ms: number) => (ms / requests).toFixed(2);
for (let round = 0; round < Number(args.rounds); round++) {
  for (const path of paths) {
    for (const port of ports) {
      const client = clients.get(port)!;
      const get = () => client.get(path);
      await closedLoop(Math.floor(requests / 2), users, get);
      const pid = pidListeningOn(port);
      const server0 = pid ? cpuMsOf(pid) : 0;
      const postgres0 = postgresCpuMs();
      const s = await closedLoop(requests, users, get);
      const server = pid ? cpuMsOf(pid) - server0 : NaN;
      const postgres = postgresCpuMs() - postgres0;
      console.log(`round ${round} :${port} ${path}: p50 ${s.p50.toFixed(1)} p95 ${s.p95.toFixed(1)} ms, ${s.errors} errors | CPU per request: machine ${s.cpuMsPerRequest.toFixed(2)} ms, server ${perRequest(server)}, PostgreSQL ${perRequest(postgres)}`);
    }
  }
}
process.exit(0);
