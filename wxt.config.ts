import { defineConfig } from 'wxt';

// The extension: Chrome MV3 and Firefox MV3 from one code base.
export default defineConfig({
  manifestVersion: 3,
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'notifications', 'activeTab', 'scripting'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
  },
});
