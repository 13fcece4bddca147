import { defineConfig } from 'wxt';

// The manifest is a function of the target browser and build mode, so that Chromium-only keys
// (offscreen, service worker) never reach Firefox and the E2E build can reach the local test server.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'id',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus', 'unlimitedStorage'],
    // Extraction runs on demand in the tab the officer chose (activeTab), so the product asks for
    // no host access. The E2E build alone may script the local fixture server, because a headless
    // test cannot press the toolbar button that grants activeTab.
    host_permissions: mode === 'e2e' ? ['http://127.0.0.1/*'] : [],
    content_security_policy: {
      // 'wasm-unsafe-eval' lets onnxruntime-web compile its bundled wasm; no remote code is allowed.
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';",
    },
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandOpenPopup__',
      },
      'clip-page': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandClipPage__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'kliping@extension',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
