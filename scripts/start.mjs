// `npm start`: builds the sample feed from the demo sources, builds the widget (and the Chrome
// extension when it is missing or older than its sources), then serves the demo partner page
// and the configurator. PORT sets the port; --no-build skips every build but the sample feed.
// The Firefox extension is not built here (it doubles the wait): `npm run build:ext` builds both.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { renderDemoSources } from './demo-sources.mjs';
import { startDemoServer } from './serve.mjs';

const root = join(import.meta.dirname, '..');
const out = (...p) => join(root, '.output', ...p);
const tty = Boolean(process.stderr.isTTY);

/** Newest modification time under the given files and folders (0 when none exists). */
function newest(paths) {
  let time = 0;
  for (const path of paths) {
    if (!existsSync(path)) continue;
    const st = statSync(path);
    if (!st.isDirectory()) time = Math.max(time, st.mtimeMs);
    else time = Math.max(time, newest(readdirSync(path).filter((n) => n !== 'node_modules').map((n) => join(path, n))));
  }
  return time;
}

/** True when `output` is missing or older than any of `sources`. */
function stale(output, sources) {
  return !existsSync(output) || statSync(output).mtimeMs < newest(sources.map((s) => join(root, s)));
}

// Colour and cursor escape sequences (CSI) and window-title sequences (OSC).
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007]*\u0007/g;

/**
 * A child's output when ours is not a terminal (a log file, CI, a pipe): colour codes removed
 * and a spinner's frames (lines redrawn with \r) reduced to their last state.
 */
function plainLines(chunk, carry) {
  const text = carry.value + chunk.toString('utf8');
  const lines = text.split('\n');
  carry.value = lines.pop() ?? '';
  return lines.map((line) => (line.split('\r').filter((part) => part.replace(ANSI, '').trim()).pop() ?? '').replace(ANSI, ''));
}

function step(label, command, args) {
  console.error(`\n> ${label}`);
  // The extension built here suggests the demo's own sources (public/demo/directory.json).
  const demo = { ...process.env, INCLUSIO_DIRECTORY: 'demo' };
  const env = tty ? demo : { ...demo, NO_COLOR: '1', FORCE_COLOR: '0' };
  const child = spawn(command, args, { cwd: root, env, stdio: tty ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
  if (!tty) {
    for (const [stream, target] of [[child.stdout, process.stdout], [child.stderr, process.stderr]]) {
      const carry = { value: '' };
      stream.on('data', (chunk) => {
        for (const line of plainLines(chunk, carry)) target.write(`${line}\n`);
      });
      stream.on('end', () => {
        const [last] = plainLines('\n', carry);
        if (last) target.write(`${last}\n`);
      });
    }
  }
  return new Promise((resolve) => {
    child.on('close', (code) => {
      if (code === 0) return resolve();
      console.error(`\n${label} failed.`);
      process.exit(code ?? 1);
    });
  });
}

renderDemoSources(join(root, 'public', 'demo', 'sources'), out('demo', 'sources'));
await step('Building the sample feed', process.execPath, [join(root, 'bin', 'inclusio.mjs'), 'build', out('demo', 'sources', 'sources.json'), '--out', out('demo', 'feed')]);

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
if (!process.argv.includes('--no-build')) {
  if (stale(out('widget', 'inclusio.js'), ['widget', 'lib', 'package-lock.json'])) {
    await step('Building the widget', npx, ['vite', 'build', '--config', 'widget/vite.config.ts']);
  } else console.error('\n> The widget is up to date.');
  if (stale(out('chrome-mv3', 'manifest.json'), ['entrypoints', 'lib', 'widget', 'public/_locales', 'public/icons', 'wxt.config.ts', 'package-lock.json'])) {
    await step('Building the Chrome extension', npx, ['wxt', 'build']);
  } else console.error('\n> The Chrome extension is up to date.');
}

const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';
const { url } = await startDemoServer({ root, port, host });
const firefox = existsSync(out('firefox-mv3', 'manifest.json'))
  ? 'Firefox: about:debugging, Load Temporary Add-on, pick .output/firefox-mv3/manifest.json.'
  : 'For Firefox, run `npm run build:ext` (builds both extensions), then load .output/firefox-mv3/manifest.json in about:debugging.';
console.log(`
Inclusio demo is running:
  Partner page with the widget:  ${url}
  Configurator:                  ${url}configurator.html
  Sample feed:                   ${url}feed/feed.json  (and ${url}feed/feed.ics)
The Chrome extension is in .output/chrome-mv3 (chrome://extensions, Developer mode, Load unpacked).
${firefox}
Press Ctrl+C to stop.`);
