#!/usr/bin/env node
/**
 * npm test: every check and every test, in the order a failure is cheapest to
 * read. It runs all steps even when one fails, then prints one plain line,
 * `tests: N passed, N failed`, counting vitest and Playwright together, and
 * exits non-zero if anything failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const reports = '.test-reports';
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const bin = (name) => `node_modules/.bin/${name}`;

const steps = [
  { name: 'typecheck', cmd: [bin('tsc'), '-b'] },
  { name: 'lint', cmd: [bin('eslint'), '.', '--max-warnings=0'] },
  { name: 'content', cmd: [bin('tsx'), 'scripts/check-content.ts'] },
  // The quote checker ships with the project's shared design folder, beside the checkout.
  ...(existsSync('../shared/tools/check-quotes.mjs') ? [{ name: 'quotes', cmd: ['node', '../shared/tools/check-quotes.mjs', 'content'] }] : []),
  { name: 'unit', cmd: [bin('vitest'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${reports}/unit.json`] },
  { name: 'browser', cmd: ['node', 'scripts/ensure-browser.mjs'] },
  { name: 'build', cmd: [bin('vite'), 'build', '--logLevel', 'warn'] },
  { name: 'e2e', cmd: [bin('playwright'), 'test'], needs: ['browser', 'build'] },
];

const failedSteps = [];
for (const step of steps) {
  if (step.needs?.some((name) => failedSteps.includes(name))) {
    console.log(`\n▶ ${step.name}: skipped (needs ${step.needs.join(' and ')})`);
    failedSteps.push(step.name);
    continue;
  }
  console.log(`\n▶ ${step.name}: ${step.cmd.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(step.cmd[0], step.cmd.slice(1), { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) failedSteps.push(step.name);
  console.log(`◀ ${step.name}: ${result.status === 0 ? 'ok' : 'FAILED'} (${seconds} s)`);
}

function readJson(path) {
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

let passed = 0;
let failed = 0;
let skipped = 0;
const unit = readJson(`${reports}/unit.json`);
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  skipped += unit.numPendingTests + unit.numTodoTests;
  // A test file that failed to load counts as a failure even with no test in it.
  failed += unit.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
} else if (failedSteps.includes('unit')) {
  failed += 1;
}
const e2e = readJson(`${reports}/e2e.json`);
if (e2e && !failedSteps.includes('browser') && !failedSteps.includes('build')) {
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
  skipped += e2e.stats.skipped;
} else if (failedSteps.includes('e2e')) {
  failed += 1;
}
const checks = failedSteps.filter((name) => !['unit', 'e2e'].includes(name));
if (checks.length) console.log(`\nFailed checks: ${checks.join(', ')}`);
const summary = `tests: ${passed} passed, ${failed} failed, ${skipped} skipped`;
writeFileSync(`${reports}/summary.txt`, `${summary}\n`);
console.log(`\n${summary}`);
process.exit(failedSteps.length || failed ? 1 : 0);
