import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// lib/ is shared by the widget, the extension and the CLI, so it must not reach for any of
// their platforms: no browser/wxt APIs anywhere, no node:* outside lib/cli, no DOM globals.
const root = join(import.meta.dirname, '..', '..', 'lib');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

const forbidden: Array<[RegExp, string, (file: string) => boolean]> = [
  [/from\s+['"](wxt|wxt\/[^'"]*|#imports|webextension-polyfill)['"]/, 'imports wxt', () => true],
  [/\bbrowser\.(runtime|storage|alarms|tabs|notifications)\b|\bchrome\.\w+\./, 'uses the extension API', () => true],
  [/from\s+['"]node:/, 'imports node:*', (f) => !f.startsWith('cli/')],
  [/(?<![\w.])(window|document|localStorage|navigator|DOMParser)\s*[.(]/, 'uses a DOM global', (f) => !f.startsWith('cli/')],
  [/new\s+Date\(\s*\)|Date\.now\(\)/, 'reads the clock (take `now` as a parameter)', (f) => !f.startsWith('cli/')],
];

describe('lib/ purity', () => {
  const all = files(root);
  it('finds the library files', () => expect(all.length).toBeGreaterThan(3));
  for (const file of all) {
    const rel = relative(root, file).replaceAll('\\', '/');
    it(rel, () => {
      const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      for (const [re, what, applies] of forbidden) {
        if (applies(rel)) expect(re.test(code), `${rel} ${what}`).toBe(false);
      }
    });
  }
});
