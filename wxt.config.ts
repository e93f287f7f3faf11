import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertPublicDirectory } from './scripts/public-directory.mjs';
import { defineConfig } from 'wxt';

/**
 * The extension: Chrome MV3 and Firefox MV3 from one code base. Least privilege: feed hosts
 * are optional and asked for when the user adds a source. The `e2e` mode (used only by the
 * real-browser tests, built to .output/chrome-mv3-e2e) also grants the loopback host, because
 * a headless browser cannot click "Allow" on a permission prompt.
 */
export default defineConfig({
  manifestVersion: 3,
  // The tests' fixed clock (entrypoints/shared/clock.ts): empty in every other build.
  vite: (env) => ({
    define: {
      __INCLUSIO_FIXED_NOW__: JSON.stringify(env.mode === 'e2e' ? (process.env.INCLUSIO_FIXED_NOW ?? '') : ''),
      __INCLUSIO_BUILT_AT__: JSON.stringify(env.mode === 'e2e' ? Date.now() : 0),
    },
  }),
  manifest: ({ mode, browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'notifications', 'activeTab', 'scripting'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    ...(mode === 'e2e' ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    icons: { 16: '/icons/16.png', 32: '/icons/32.png', 48: '/icons/48.png', 128: '/icons/128.png' },
    action: { default_icon: { 16: '/icons/16.png', 32: '/icons/32.png' } },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'inclusio-events@inclusio',
              // data_collection_permissions is read from Firefox 140 (Android 142); optional
              // host permissions in MV3 need 128, so 140 covers both.
              strict_min_version: '140.0',
              // Nothing leaves the browser except requests to the feeds the user picked.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    // public/ also holds the web demo and the feed schema; they are not part of the extension.
    'build:publicAssets': (wxt, files) => {
      const keep = files.filter((file) => !/^(demo|schema)\//.test(file.relativeDest.replaceAll('\\', '/')));
      files.splice(0, files.length, ...keep);
      // Store builds suggest the real directory (public/directory.json). The demo served by
      // `npm start` and the browser tests use the demo's own list (public/demo/directory.json),
      // whose loopback addresses must never reach a store build.
      const index = files.findIndex((file) => file.relativeDest === 'directory.json');
      const source = files[index];
      const demo = wxt.config.mode === 'e2e' || process.env.INCLUSIO_DIRECTORY === 'demo';
      if (source && 'absoluteSrc' in source) {
        const path = demo ? source.absoluteSrc.replace(/directory\.json$/, join('demo', 'directory.json')) : source.absoluteSrc;
        const directory = JSON.parse(readFileSync(path, 'utf8'));
        if (demo && process.env.INCLUSIO_DIRECTORY_BASE) directory.base = process.env.INCLUSIO_DIRECTORY_BASE;
        if (!demo) assertPublicDirectory(directory);
        files[index] = { relativeDest: 'directory.json', contents: JSON.stringify(directory, null, 2) };
      }
    },
  },
});
