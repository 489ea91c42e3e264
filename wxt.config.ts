import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { PORTAL_MATCH, REPLICA_MATCH } from './lib/portal/origins';
import { FILL_COMMAND, FILL_SHORTCUT } from './lib/portal/fill-shortcut';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Locum Ledger',
    description: 'NHS pension Locum A/B forms for freelance GP locums: a local ledger that computes and checks every form. Nothing leaves your device.',
    // alarms: the daily reminder check; notifications: 10-week, Locum B and approval reminders.
    permissions: ['alarms', 'notifications'],
    // Fill the PCSE form from the keyboard; people can change it in the browser's shortcut settings.
    // The assistant's bundle, loaded on demand by the small content script; a per-session URL so pages cannot probe for it.
    web_accessible_resources: [{ resources: ['pcse-assistant.js'], matches: [PORTAL_MATCH], use_dynamic_url: true }],
    commands: { [FILL_COMMAND]: { suggested_key: { default: FILL_SHORTCUT }, description: 'Fill the PCSE Online form from your ledger' } },
    ...(browser === 'firefox'
      ? // Firefox asks every new add-on to declare what it collects: nothing.
        { browser_specific_settings: { gecko: { id: 'locum-ledger@locumledger.invalid', data_collection_permissions: { required: ['none'] } } } }
      : {}),
  }),
  hooks: {
    // Development and test builds also run on the replica portal; the production manifest names PCSE Online only.
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode === 'production') return;
      for (const script of manifest.content_scripts ?? []) script.matches = [...(script.matches ?? []), REPLICA_MATCH];
      for (const resources of manifest.web_accessible_resources ?? []) if (typeof resources !== 'string' && 'matches' in resources) resources.matches = [...(resources.matches ?? []), REPLICA_MATCH];
    },
  },
  vite: () => ({ plugins: [preact()] }),
});
