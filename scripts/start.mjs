// `npm start`: builds the sample feed from the demo sources, builds the widget and the
// extension, then serves the demo partner page and the configurator. PORT sets the port.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { renderDemoSources } from './demo-sources.mjs';
import { startDemoServer } from './serve.mjs';

const root = join(import.meta.dirname, '..');
const out = (...p) => join(root, '.output', ...p);

function step(label, command, args) {
  console.error(`\n> ${label}`);
  // The extension built here suggests the demo's own sources (public/demo/directory.json).
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, INCLUSIO_DIRECTORY: 'demo' } });
  if (result.status !== 0) {
    console.error(`\n${label} failed.`);
    process.exit(result.status ?? 1);
  }
}

renderDemoSources(join(root, 'public', 'demo', 'sources'), out('demo', 'sources'));
step('Building the sample feed', process.execPath, [join(root, 'bin', 'inclusio.mjs'), 'build', out('demo', 'sources', 'sources.json'), '--out', out('demo', 'feed')]);
if (!process.argv.includes('--no-build')) step('Building the widget and the extension', 'npm', ['run', 'build', '--silent']);

const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';
const { url } = await startDemoServer({ root, port, host });
console.log(`
Inclusio demo is running:
  Partner page with the widget:  ${url}
  Configurator:                  ${url}configurator.html
  Sample feed:                   ${url}feed/feed.json  (and ${url}feed/feed.ics)
The extension is built in .output/chrome-mv3 (Chrome: chrome://extensions, Developer mode, Load unpacked)
and .output/firefox-mv3 (Firefox: about:debugging, Load Temporary Add-on, pick its manifest.json).
Press Ctrl+C to stop.`);
