import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'wxt';

/** Tiny random-weight models that stand in for the bundled ones in the E2E build (see tests/models). */
const TEST_MODELS = join(import.meta.dirname, '.cache', 'test-models');

// The manifest is a function of the target browser and build mode, so that Chromium-only keys
// (offscreen, service worker) never reach Firefox and the E2E build can reach the local test server.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // The sources zip (for store review) carries what rebuilds the extension, not local training data or
  // the training run's fp32 checkpoints (npm run train recreates both).
  zip: { excludeSources: ['training/data/**', 'training/output/**', '.cache/**', 'test-results/**', '.ci/test-results.json'] },
  vite: () => ({
    // transformers.js imports onnxruntime's WebGPU build; Kliping runs small encoders on the CPU, so
    // the plain wasm build is used instead (half the size). Its wasm is emitted as an extension file.
    resolve: { alias: { 'onnxruntime-web/webgpu': 'onnxruntime-web/wasm' } },
    worker: { format: 'es' },
  }),
  hooks: {
    'build:publicAssets': (wxt, files) => {
      if (wxt.config.mode !== 'e2e') return;
      if (!existsSync(join(TEST_MODELS, 'tiny-tone-id'))) throw new Error('Run tests/models/make_test_models.py first (npm test does).');
      // The E2E build swaps the bundled models for tiny ones: fast, and predictable for the queue tests.
      const bundled = files.filter((file) => file.relativeDest.startsWith('models/'));
      for (const file of bundled) files.splice(files.indexOf(file), 1);
      for (const [from, to] of [['tiny-tone-id', 'kliping-tone'], ['tiny-topic', 'kliping-topic']] as const) {
        for (const file of ['config.json', 'tokenizer.json', 'tokenizer_config.json', 'special_tokens_map.json', 'onnx/model.onnx']) {
          files.push({ absoluteSrc: join(TEST_MODELS, from, file), relativeDest: `models/${to}/${file}` });
        }
      }
    },
  },
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'id',
    permissions: [
      'activeTab',
      'scripting',
      'storage',
      'contextMenus',
      'unlimitedStorage',
      // Chromium's service worker cannot run the inference worker itself; Firefox has no offscreen API.
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    // Extraction runs on demand in the tab the officer chose (activeTab), so the product asks for
    // no host access. The E2E build alone may script the local fixture server, because a headless
    // test cannot press the toolbar button that grants activeTab.
    host_permissions: mode === 'e2e' ? ['http://127.0.0.1/*'] : [],
    // Asked for one origin at a time, only when the officer opts into a Hub or intranet model.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
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
