#!/usr/bin/env node
// Mozilla's addons-linter on the Firefox build, as addons.mozilla.org runs it on upload.
// Fails on any error and on any warning about our own code. The one warning allowed is the
// innerHTML assignment inside Preact's own renderer (its dangerouslySetInnerHTML support,
// which this project never uses: the check below also makes sure of that).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const dir = process.argv[2] ?? join(root, '.output', 'firefox-mv3');

const run = spawnSync(process.execPath, [join(root, 'node_modules', 'addons-linter', 'bin', 'addons-linter'), dir, '--output', 'json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(`addons-linter gave no report:\n${run.stdout}\n${run.stderr}`);
  process.exit(1);
}

/** Preact's renderer, recognised by the code around the warning, not by a chunk name. */
function isPreactInnerHtml(message) {
  if (message.code !== 'UNSAFE_VAR_ASSIGNMENT' || !message.file) return false;
  const lines = readFileSync(join(dir, message.file), 'utf8').split('\n');
  const line = lines[(message.line ?? 1) - 1] ?? '';
  const at = Math.max(0, (message.column ?? 0) - 400);
  const around = line.slice(at, at + 800);
  return /dangerouslySetInnerHTML/.test(around) && /__html/.test(around);
}

const ownSource = spawnSync('grep', ['-rl', 'dangerouslySetInnerHTML', join(root, 'entrypoints'), join(root, 'widget'), join(root, 'lib')], { encoding: 'utf8' });
const problems = [
  ...report.errors.map((m) => ({ ...m, level: 'error' })),
  ...report.warnings.filter((m) => !isPreactInnerHtml(m)).map((m) => ({ ...m, level: 'warning' })),
];
if (ownSource.stdout.trim()) problems.push({ level: 'error', code: 'OWN_INNER_HTML', message: `dangerouslySetInnerHTML used in ${ownSource.stdout.trim()}` });
for (const p of problems) console.error(`${p.level} ${p.code}: ${p.message}${p.file ? ` (${p.file}${p.line ? `:${p.line}` : ''})` : ''}`);
console.error(`addons-linter: ${report.errors.length} errors, ${report.warnings.length} warnings (${report.warnings.length - problems.filter((p) => p.level === 'warning').length} from Preact's renderer), ${report.notices.length} notices`);
process.exit(problems.length ? 1 : 0);
