import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { prebuilt } from './scripts/lib/prebuilt.mjs';
import { PORTAL_MATCH, REPLICA_MATCH } from './lib/portal/detect/origins';
import { FILL_COMMAND, FILL_SHORTCUT } from './lib/portal/fill/fill-shortcut';

// Only the extension's own scripts may run on its pages (no remote code, no eval, no plugins), and the pages may open no
// connection at all: fetch, XMLHttpRequest, WebSocket, EventSource and sendBeacon are refused by the browser itself
// (CSP Level 3, connect-src). The pages read nothing over the network, not even their own files: every file they need is
// bundled, and files the user chooses are read with File.arrayBuffer(), which CSP does not govern.
const ONLY_OWN_CODE = "script-src 'self'; object-src 'self'; connect-src 'none'";
// `wxt dev` reloads pages over a WebSocket to its dev server; its CSP is WXT's own, with the dev server added.
const DEV_SERVER_CODE = "script-src 'self'; object-src 'self'";

/** MV2 takes the policy as a string; MV3 as the policy of its extension pages. */
function cspFor(manifestVersion: number, policy: string) {
  return manifestVersion === 2 ? policy : { extension_pages: policy };
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser, manifestVersion, command }) => ({
    name: 'Locum Ledger',
    description:
      'NHS pension Locum A/B forms for freelance GP locums: a local ledger that computes and checks every form. Nothing leaves your device.',
    // alarms: the daily reminder check; notifications: 10-week, Locum B and approval reminders.
    permissions: ['alarms', 'notifications'],
    content_security_policy: cspFor(manifestVersion, command === 'serve' ? DEV_SERVER_CODE : ONLY_OWN_CODE),
    // The assistant's bundle, loaded on demand by the small content script; a per-session URL so pages cannot probe for it.
    web_accessible_resources: [{ resources: ['pcse-assistant.js'], matches: [PORTAL_MATCH], use_dynamic_url: true }],
    // Fill the PCSE form from the keyboard; people can change it in the browser's shortcut settings.
    commands: { [FILL_COMMAND]: { suggested_key: { default: FILL_SHORTCUT }, description: 'Fill the PCSE Online form from your ledger' } },
    ...(browser === 'firefox'
      ? // Firefox asks every new add-on to declare what it collects: nothing.
        {
          browser_specific_settings: {
            gecko: { id: 'locum-ledger@locumledger.invalid', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
  hooks: {
    // Development and test builds also run on the replica portal; the production manifest names PCSE Online only.
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode === 'production') return;
      for (const script of manifest.content_scripts ?? []) script.matches = [...(script.matches ?? []), REPLICA_MATCH];
      for (const resources of manifest.web_accessible_resources ?? [])
        if (typeof resources !== 'string' && 'matches' in resources) resources.matches = [...(resources.matches ?? []), REPLICA_MATCH];
    },
  },
  // The sources zip for addons.mozilla.org (BUILD.md says how to build it): leave out what git ignores, as it does .output.
  zip: { excludeSources: ['out/**', 'coverage/**', 'test-results/**', 'playwright-report/**', 'bench/**', '**/*.log'] },
  // Browsers that run this extension preload modules natively; Vite's polyfill would only add a fetch() to the pages.
  // The recogniser's phrase forms ship worked out (scripts/lib/prebuilt.mjs).
  vite: () => ({
    plugins: [preact(), prebuilt('lib/portal/recognise/phrase-forms.ts')],
    build: { modulePreload: { polyfill: false } },
  }),
});
