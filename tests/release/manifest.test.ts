// Least privilege: the production manifests, exactly, and the proof that each permission is used and no other is.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILDS, filesIn, manifestOf, PORTAL_MATCH, VERSION, type Browser } from './artefacts';

const ONLY_OWN_CODE = "script-src 'self'; object-src 'self'; connect-src 'none'";
const ICON_SIZES = [16, 32, 48, 96, 128];
const ICONS = Object.fromEntries(ICON_SIZES.map((size) => [String(size), `icon/${size}.png`]));
const COMMANDS = { 'fill-form': { suggested_key: { default: 'Alt+Shift+L' }, description: 'Fill the PCSE Online form from your ledger' } };
const CONTENT_SCRIPTS = [{ matches: [PORTAL_MATCH], js: ['content-scripts/pcse.js'] }];

const COMMON = {
  name: 'Locum Ledger',
  description:
    'NHS pension Locum A/B forms for freelance GP locums: a local ledger that computes and checks every form. Nothing leaves your device.',
  version: VERSION,
  icons: ICONS,
  permissions: ['alarms', 'notifications'],
  commands: COMMANDS,
  content_scripts: CONTENT_SCRIPTS,
};

const EXPECTED: Record<Browser, Record<string, unknown>> = {
  chrome: {
    ...COMMON,
    manifest_version: 3,
    // A per-session URL, and only PCSE Online's pages may load it.
    web_accessible_resources: [{ resources: ['pcse-assistant.js'], matches: [PORTAL_MATCH], use_dynamic_url: true }],
    content_security_policy: { extension_pages: ONLY_OWN_CODE },
    background: { service_worker: 'background.js' },
    action: { default_title: 'Locum Ledger', default_popup: 'popup.html' },
  },
  firefox: {
    ...COMMON,
    manifest_version: 2,
    // MV2 cannot limit it to a site; Firefox gives each install its own random moz-extension:// host instead.
    web_accessible_resources: ['pcse-assistant.js'],
    content_security_policy: ONLY_OWN_CODE,
    background: { scripts: ['background.js'] },
    browser_action: { default_title: 'Locum Ledger', default_popup: 'popup.html' },
    browser_specific_settings: { gecko: { id: 'locum-ledger@locumledger.invalid', data_collection_permissions: { required: ['none'] } } },
  },
};

/**
 * How each permission-gated API shows in a bundle (property names survive minifying). A permission is "used" when its
 * pattern appears; the manifest must ask for exactly the used ones.
 */
const PERMISSION_USES: Record<string, RegExp> = {
  alarms: /\.alarms\b/,
  notifications: /\.notifications\.(create|clear|onClicked|onClosed|update)\b/,
  storage: /\.storage\.(local|sync|session|managed|onChanged)\b/,
  unlimitedStorage: /unlimitedStorage/,
  scripting: /\.scripting\./,
  cookies: /\.cookies\.(get|set|remove|getAll|onChanged)\b/,
  downloads: /\.downloads\.(download|search|open)\b/,
  history: /\.history\.(search|addUrl|deleteUrl)\b/,
  bookmarks: /\.bookmarks\.(get|create|search|getTree)\b/,
  webRequest: /\.webRequest\./,
  declarativeNetRequest: /\.declarativeNetRequest\./,
  webNavigation: /\.webNavigation\./,
  identity: /\.identity\.(launchWebAuthFlow|getAuthToken)\b/,
  management: /\.management\.(getAll|get|setEnabled|uninstall)\b/,
  contextMenus: /\.contextMenus\./,
  offscreen: /\.offscreen\./,
  debugger: /\.debugger\.(attach|sendCommand)\b/,
  nativeMessaging: /\.(connectNative|sendNativeMessage)\(/,
  proxy: /\.proxy\.(settings|onRequest)\b/,
  idle: /\.idle\.(queryState|onStateChanged)\b/,
  tabs: /\.tabs\.query\(\{[^}]*\burl\b/,
};

const BROWSERS: Browser[] = ['chrome', 'firefox'];

function textOf(browser: Browser, file: string): string {
  return readFileSync(path.join(BUILDS[browser], file), 'utf8');
}

/** Every match pattern the manifest gives the extension any reach over. */
function hostAccess(manifest: Record<string, any>): string[] {
  const fromPermissions = [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])].filter(
    (p: string) => p.includes('://') || p === '<all_urls>',
  );
  const fromResources = (manifest.web_accessible_resources ?? []).flatMap((r: string | { matches?: string[] }) =>
    typeof r === 'string' ? [] : (r.matches ?? []),
  );
  return [
    ...new Set<string>([
      ...fromPermissions,
      ...(manifest.host_permissions ?? []),
      ...(manifest.optional_host_permissions ?? []),
      ...(manifest.content_scripts ?? []).flatMap((s: { matches?: string[] }) => s.matches ?? []),
      ...fromResources,
      ...(manifest.externally_connectable?.matches ?? []),
    ]),
  ];
}

function pngSize(file: string): { width: number; height: number } {
  const png = readFileSync(file);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe.each(BROWSERS)('the production %s manifest', (browser) => {
  const manifest = manifestOf(browser);

  it('is exactly the intended manifest: permissions, host access, web-accessible resources, commands and CSP', () => {
    expect(manifest).toEqual(EXPECTED[browser]);
  });

  it("forbids every connection from the extension's pages: connect-src 'none', with no default-src or other source to widen it", () => {
    const policy =
      browser === 'chrome'
        ? (manifest.content_security_policy as { extension_pages: string }).extension_pages
        : manifest.content_security_policy;
    const directives = new Map(
      String(policy)
        .split(';')
        .map((directive) => directive.trim().split(/\s+/))
        .map(([name, ...sources]) => [name, sources.join(' ')]),
    );
    expect(directives.get('connect-src')).toBe("'none'");
    expect(directives.get('script-src')).toBe("'self'");
    expect(directives.has('default-src')).toBe(false);
  });

  it('asks for exactly the permissions its code uses (no storage: the ledger lives in IndexedDB)', () => {
    const code = filesIn(BUILDS[browser])
      .filter((f) => f.endsWith('.js'))
      .map((f) => textOf(browser, f))
      .join('\n');
    const used = Object.keys(PERMISSION_USES).filter((permission) => PERMISSION_USES[permission]!.test(code));
    expect(used.sort()).toEqual([...(manifest.permissions as string[])].sort());
  });

  it('reaches PCSE Online only: no <all_urls>, no scripting, no other host', () => {
    expect(hostAccess(manifest)).toEqual([PORTAL_MATCH]);
    expect(JSON.stringify(manifest)).not.toMatch(/<all_urls>|scripting|\*:\/\/\*|externally_connectable|optional_permissions/);
  });

  it('names no loopback address anywhere in the build: the replica is for test builds only', () => {
    const named = filesIn(BUILDS[browser]).filter((f) => !f.endsWith('.png') && /127\.0\.0\.1|localhost|\[::1\]/.test(textOf(browser, f)));
    expect(named).toEqual([]);
  });

  it('carries none of the test builds’ code: no clock message, no demo ledger, no timing marks', () => {
    const testOnly = /test\/set-today|test\/load-demo|Load the demo ledger|Castle Street Health Centre|locum-ledger:detect/;
    expect(filesIn(BUILDS[browser]).filter((f) => !f.endsWith('.png') && testOnly.test(textOf(browser, f)))).toEqual([]);
  });

  it('has icons at 16, 32, 48, 96 and 128 pixels, each the size it claims', () => {
    expect(manifest.icons).toEqual(ICONS);
    for (const size of ICON_SIZES)
      expect(pngSize(path.join(BUILDS[browser], `icon/${size}.png`)), `icon/${size}.png`).toEqual({ width: size, height: size });
  });

  it('has a description that fits the Chrome Web Store summary (132 characters at most)', () => {
    expect((manifest.description as string).length).toBeLessThanOrEqual(132);
  });
});
