#!/usr/bin/env node
// `npm test`: everything, in order: type check, unit tests, builds, Mozilla's add-on linter on
// the Firefox build, real-browser tests.
// Ends with one line "N passed, N failed" summing every vitest run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const reports = join(root, '.output', 'test-reports');
mkdirSync(reports, { recursive: true });

let passed = 0;
let failed = 0;

function run(label, command, args) {
  console.error(`\n== ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  return result.status === 0;
}

function vitest(label, config, name) {
  const out = join(reports, `${name}.json`);
  const ok = run(label, 'npx', ['vitest', 'run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  if (existsSync(out)) {
    const report = JSON.parse(readFileSync(out, 'utf8'));
    passed += report.numPassedTests ?? 0;
    failed += report.numFailedTests ?? 0;
  }
  if (!ok && failed === 0) failed += 1; // a run that failed before any test still fails
  return ok;
}

function hasE2e() {
  const dir = join(root, 'tests', 'e2e');
  return existsSync(dir) && readdirSync(dir).some((f) => f.endsWith('.test.ts'));
}

const steps = [
  () => run('type check', 'npx', ['tsc', '--noEmit']) || ((failed += 1), false),
  () => vitest('unit tests', 'vitest.config.ts', 'unit'),
  () => run('build', 'npm', ['run', 'build']) || ((failed += 1), false),
  () => run('Firefox add-on lint', process.execPath, [join(root, 'scripts', 'lint-firefox.mjs')]) || ((failed += 1), false),
  () => (hasE2e() ? vitest('real-browser tests', 'vitest.e2e.config.ts', 'e2e') : true),
];

let ok = true;
for (const step of steps) {
  if (!step()) {
    ok = false;
    break;
  }
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 ? 0 : 1);
