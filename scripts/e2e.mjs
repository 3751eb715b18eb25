#!/usr/bin/env node
// Browser tests: find a Chromium, build the web app if needed, run Playwright.
// Without a browser the run is skipped (exit 0) unless E2E_REQUIRED=1.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
const chromium = candidates.find((p) => existsSync(p));

if (!chromium) {
  const how = [
    'No Chromium found (looked at $CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser).',
    'Install it with:  apt-get update && apt-get install -y chromium',
    'or point CHROMIUM_PATH at a Chromium or Chrome binary.',
  ].join('\n');
  if (process.env.E2E_REQUIRED === '1') {
    console.error(`${how}\nE2E_REQUIRED=1: failing.`);
    process.exit(1);
  }
  console.log(`${how}\nBrowser tests skipped.`);
  process.exit(0);
}

const run = (cmd, args, env = {}) => {
  const res = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (res.error) { console.error(res.error.message); return 1; }
  return res.status ?? 1;
};

// WEB_DIST: build into and serve from another folder, so two runs side by side keep their own build.
const webDist = process.env.WEB_DIST ?? path.join(root, 'web', 'dist');
if (!existsSync(path.join(webDist, 'index.html')) || process.env.E2E_BUILD === '1') {
  console.log(`Building the web app (${webDist})…`);
  const code = run('npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--outDir', path.resolve(webDist), '--emptyOutDir']);
  if (code !== 0) process.exit(code);
}

// State the tests share between the mobile and desktop projects belongs to one run only
// (per port, so two runs on one machine leave each other alone).
const port = process.env.E2E_PORT ?? '3917';
const clearStateOf = (p) => { for (const f of readdirSync(os.tmpdir())) if (f.startsWith(`spil-e2e-${p}-`)) rmSync(path.join(os.tmpdir(), f), { force: true }); };

// When the run began, before any server seeds its demo: the specs count the demo's "n days ago"
// from that day, so a run across midnight in Amsterdam still expects what the demo holds.
process.env.E2E_STARTED ??= String(Date.now());
console.log(`Browser tests with ${chromium}`);
const extra = process.argv.slice(2);
if (extra.length) clearStateOf(port);
if (extra.length) process.exit(run('npx', ['playwright', 'test', ...extra], { CHROMIUM_PATH: chromium }));

// The whole suite in three runs side by side — the phone project in two halves and the desk
// project — each with a server and a database of its own (the next port), so none sees what
// another's tests changed (each test makes or puts back what it needs). One run leaves a core
// idle much of the time (a browser waiting on a server, a team lead waiting for the next 2FA
// code); three use both (measured: one run ~21 min, three ~12, four no faster).
const parts = [['mobile', '1/2'], ['mobile', '2/2'], ['desktop', null]];
const runs = parts.map(([project, shard], i) => {
  const p = String(Number(port) + i);
  const name = shard ? `${project} ${shard}` : project;
  clearStateOf(p);
  const child = spawn('npx', ['playwright', 'test', `--project=${project}`, ...(shard ? [`--shard=${shard}`] : [])], {
    cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CHROMIUM_PATH: chromium, E2E_PORT: p },
  });
  // Each line whole and marked with its project, so the two streams stay readable together.
  for (const stream of [child.stdout, child.stderr]) {
    let rest = '';
    stream.on('data', (chunk) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) console.log(`[${name}] ${line}`);
    });
    stream.on('end', () => { if (rest) console.log(`[${name}] ${rest}`); });
  }
  return new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
});
const codes = await Promise.all(runs);
process.exit(codes.every((c) => c === 0) ? 0 : 1);
