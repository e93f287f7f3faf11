/**
 * The built extensions as a store reviewer sees them: least privilege, no static content
 * script, the right background for each browser, every locale complete, no demo files.
 * Runs after `npm run build` (as `npm test` does).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const LOCALES = ['ar', 'de', 'en', 'es', 'fr', 'it', 'uk'];

/** Every file under `dir`, as a path relative to `base`. */
function files(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, base) : [relative(base, path)];
  });
}

describe.each([
  ['chrome-mv3', 'chrome'],
  ['firefox-mv3', 'firefox'],
])('%s', (folder, browser) => {
  const dir = join(root, '.output', folder);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

  it('asks only for the permissions it uses; feed hosts are optional', () => {
    expect(manifest.manifest_version).toBe(3);
    expect([...manifest.permissions].sort()).toEqual(['activeTab', 'alarms', 'notifications', 'scripting', 'storage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect([...manifest.optional_host_permissions].sort()).toEqual(['http://*/*', 'https://*/*']);
    expect(manifest.content_scripts ?? []).toEqual([]);
  });

  it('has the background its browser runs', () => {
    if (browser === 'chrome') expect(manifest.background).toEqual({ service_worker: 'background.js' });
    else {
      expect(manifest.background.scripts).toEqual(['background.js']);
      expect(manifest.browser_specific_settings.gecko.id).toMatch(/^[\w.-]+@[\w.-]+$/);
    }
    expect(existsSync(join(dir, 'background.js'))).toBe(true);
  });

  it('has every page, icon and locale the manifest names', () => {
    for (const page of [manifest.action.default_popup, manifest.options_ui.page]) expect(existsSync(join(dir, page)), page).toBe(true);
    for (const icon of Object.values<string>(manifest.icons)) expect(existsSync(join(dir, icon)), icon).toBe(true);
    const names = [manifest.name, manifest.description, manifest.action.default_title].map((m: string) => /^__MSG_(\w+)__$/.exec(m)?.[1]);
    for (const locale of LOCALES) {
      const messages = JSON.parse(readFileSync(join(dir, '_locales', locale, 'messages.json'), 'utf8'));
      for (const key of names) expect(messages[key as string]?.message, `${locale} ${key}`).toBeTruthy();
      expect(messages.extName.message.length, `${locale} name`).toBeLessThanOrEqual(75);
    }
  });

  it('a store build names no loopback, private or example address anywhere', () => {
    const offending = files(dir).filter((f) => /\.(js|json|html|css)$/.test(f)).flatMap((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      const found = text.match(/(?:https?:\/\/|\b)(?:127\.0\.0\.1|localhost|0\.0\.0\.0|192\.168\.\d+\.\d+|[\w.-]*\bexample\.(?:org|com|net))\b/g);
      return found ? [`${f}: ${[...new Set(found)].join(', ')}`] : [];
    });
    expect(offending).toEqual([]);
  });

  it('carries none of the web demo, the schema or source maps', () => {
    const all = files(dir);
    expect(all.filter((f) => f.startsWith('demo') || f.startsWith('schema') || f.endsWith('.map'))).toEqual([]);
  });
});
