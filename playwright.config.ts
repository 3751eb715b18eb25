import { defineConfig } from '@playwright/test';

/**
 * Browser tests against the real server (in-memory PGlite, demo seed) and the built web app.
 * Run with `node scripts/e2e.mjs`, which finds Debian's Chromium and builds web/dist first.
 */
const PORT = Number(process.env.E2E_PORT ?? 3917);
const baseURL = `http://127.0.0.1:${PORT}`;
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e',
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // CI also writes a JSON report (one per run: scripts/e2e.mjs runs the two projects side by side), for its one closing line (scripts/test-summary.mjs).
  reporter: process.env.CI ? [['list'], ['json', { outputFile: `.tmp/playwright-${PORT}.json` }]] : [['list']],
  outputDir: `test-results/${PORT}`,
  use: {
    baseURL,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    // A trace snapshots the page at every step, for every test, to keep the failing ones: locally
    // worth it; in CI the failure's screenshot and page snapshot (error-context.md) say enough.
    trace: process.env.CI ? 'off' : 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    { name: 'mobile', use: { browserName: 'chromium', viewport: { width: 360, height: 740 }, hasTouch: true } },
    // At 1280 px run the flows of people at a desk — the team lead, the administrator, the
    // intake queue, the coach's home — and the screens with a wide layout of their own (mijn
    // plan, verkoopverhaal). The coach's own flows on the street and at the kitchen table
    // (registering, contacts, the picture, signing the plan, wrap-around, work, the supervisor's
    // weekly form, the account's 2FA set-up, snoozing a signal) run at 360 px only, which keeps CI within its time.
    {
      name: 'desktop', use: { browserName: 'chromium', viewport: { width: 1280, height: 800 } },
      testIgnore: /(account|coach|contact|picture-(assessment|strategy|network)|plan-sign|wraparound|\/work|weekly-form|work-reference|\/group|\/worklist|\/escalation|\/timeline-closing)\.spec\.ts/,
    },
  ],
  webServer: {
    command: 'npx tsx server/src/main.ts',
    url: `${baseURL}/api/health`,
    env: { PORT: String(PORT), HOST: '127.0.0.1', DATA_DIR: 'memory://', DEMO_SEED: 'true', LOG_LEVEL: 'warn', ...(process.env.WEB_DIST ? { WEB_DIST: process.env.WEB_DIST } : {}) },
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
