// `npm run bench`: runs every benchmark in tests/bench. Each prints its own lines of the form
// "name: ours X ms, reference Y ms, ratio Z (target <= T)", measured within the same run.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const dir = join(root, 'tests', 'bench');
const only = process.argv.slice(2);
let failed = 0;
for (const file of readdirSync(dir).filter((f) => /\.(ts|mjs)$/.test(f)).sort()) {
  if (only.length && !only.some((o) => file.includes(o))) continue;
  console.log(`\n# ${file}`);
  const result = spawnSync(process.execPath, [join(dir, file)], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
