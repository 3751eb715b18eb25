// Prints the closing lines over all test reports of a CI run: each failed test with the first
// lines of its error, then "N passed, N failed". It runs last, also when a run failed, so the
// tail of CI's output (often all that is kept) says what went wrong.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];
const missing = [];
const firstLines = (text) => String(text ?? '').replace(/\x1b\[[0-9;]*m/g, '').split('\n').filter((l) => l.trim()).slice(0, 6).map((l) => `    ${l.slice(0, 300)}`).join('\n');

/** Playwright nests suites (file, describe) with specs; each spec has a test per project. */
function walkPlaywright(suite, file) {
  for (const spec of suite.specs ?? []) {
    for (const test of spec.tests ?? []) {
      if (test.status !== 'unexpected') continue;
      const result = test.results?.at(-1);
      failures.push(`${file} › [${test.projectName}] ${spec.title}\n${firstLines(result?.error?.message ?? result?.errors?.[0]?.message)}`);
    }
  }
  for (const child of suite.suites ?? []) walkPlaywright(child, file);
}

for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) { missing.push(file); continue; }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  if (report.numPassedTests !== undefined) {
    // Vitest
    passed += report.numPassedTests; failed += report.numFailedTests; skipped += report.numPendingTests + (report.numTodoTests ?? 0);
    for (const suite of report.testResults ?? []) {
      const where = String(suite.name ?? '').replace(/^.*?\/(server|bench)\//, '$1/');
      for (const t of suite.assertionResults ?? []) {
        if (t.status === 'failed') failures.push(`${where} › ${t.fullName}\n${firstLines(t.failureMessages?.[0])}`);
      }
      // A file that failed to load has no tests, only a message.
      if (suite.status === 'failed' && !(suite.assertionResults ?? []).some((t) => t.status === 'failed')) {
        failures.push(`${where} (the file itself)\n${firstLines(suite.message)}`);
      }
    }
  } else if (report.stats) {
    // Playwright
    passed += report.stats.expected + report.stats.flaky; failed += report.stats.unexpected; skipped += report.stats.skipped;
    for (const suite of report.suites ?? []) walkPlaywright(suite, suite.file ?? suite.title);
    for (const error of report.errors ?? []) failures.push(`${file} (outside a test)\n${firstLines(error.message)}`);
  }
}
if (failures.length) console.log(`Failed:\n${failures.map((f) => `- ${f}`).join('\n')}`);
if (missing.length) console.log(`No report (that run did not get as far as its tests): ${missing.join(', ')}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed || failures.length ? 1 : 0);
