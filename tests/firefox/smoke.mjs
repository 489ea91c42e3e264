// Firefox smoke test of the content-script fill: the Firefox test build (.output/firefox-mv2-test) in
// Debian's firefox-esr, driven by puppeteer-core over WebDriver BiDi (Playwright cannot drive stock
// Firefox ESR here; see toolchain.md §6). On the replica's classic Locum A page it loads the demo
// ledger from the panel (extension pages cannot be opened in this setup, so the dashboard cannot seed
// it), presses Fill and checks the page's fields, that the declaration is left unticked and that no
// request left 127.0.0.1 (from the page, the content script or the add-on's background page).
//
//   node tests/firefox/smoke.mjs            builds the Firefox test build first
//   node tests/firefox/smoke.mjs --no-build uses the existing build (also FIREFOX_SMOKE_NO_BUILD=1)
//
// FIREFOX_PATH picks the browser (default /usr/bin/firefox-esr). Ends with "firefox smoke: passed",
// or prints the reason and the browser console and exits with 1. The whole run is limited to 60 s.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { findFirefox } from '../../scripts/lib/setup.mjs';
import { startReplica } from '../replica/server.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const EXTENSION = path.join(ROOT, '.output/firefox-mv2-test');
const LOCUM = 'alex.morgan@example.test';
const PASSWORD = 'demo-password';
const TOTAL_MS = 60_000;
const STEP_MS = 15_000;
const PANEL = 'locum-ledger-panel >>> aside[aria-label="Locum Ledger"]';

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const verbose = process.env.FIREFOX_SMOKE_VERBOSE === '1';
const step = (text) => verbose && console.log(`  [${elapsed()}] ${text}`);

/** Browser console lines and page errors, printed when the test fails. */
const consoleLines = [];
/** Every request the page made (the BiDi network.beforeRequestSent events puppeteer reports). */
const requests = [];
/** Every request that tried to leave 127.0.0.1 from anywhere in the browser (see offHostRecorder). */
const proxied = [];

class SmokeFailure extends Error {}
function check(condition, message) {
  if (!condition) throw new SmokeFailure(message);
}

function isLocal(url) {
  const { protocol, hostname } = new URL(url);
  if (['data:', 'blob:', 'about:', 'moz-extension:'].includes(protocol)) return true;
  return hostname === '127.0.0.1';
}

/**
 * Firefox's own services (remote settings), not the add-on: firefox-esr 153 polls
 * firefox.settings.services.mozilla.com whatever the services.settings.* and blocklist prefs say.
 */
const BROWSER_OWN = /(^|\.)(mozilla\.(com|net|org)|firefox\.com|mozaws\.net)(:\d+)?$/;

/**
 * A proxy on 127.0.0.1 that every non-loopback request of the browser goes through: it records the
 * request and refuses it, so nothing leaves the machine. BiDi's request events cover the tab only
 * (the add-on's background page is not a target puppeteer exposes); this sees the background too.
 */
function offHostRecorder() {
  const server = http.createServer((request, response) => {
    proxied.push(request.url);
    response.writeHead(403).end();
  });
  server.on('connect', (request, socket) => {
    proxied.push(`https://${request.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () =>
      resolve({
        port: server.address().port,
        close: () => new Promise((done) => (server.closeAllConnections(), server.close(() => done()))),
      }),
    );
  });
}

function build() {
  const noBuild = process.argv.includes('--no-build') || process.env.FIREFOX_SMOKE_NO_BUILD === '1';
  if (noBuild) {
    check(
      existsSync(path.join(EXTENSION, 'manifest.json')),
      `--no-build was given but ${EXTENSION} has no build: run \`npx wxt build -b firefox --mode test\`.`,
    );
    return;
  }
  const result = spawnSync('npx', ['wxt', 'build', '-b', 'firefox', '--mode', 'test'], {
    cwd: ROOT,
    stdio: verbose ? 'inherit' : 'pipe',
    timeout: 40_000,
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new SmokeFailure(
      `the Firefox test build failed (npx wxt build -b firefox --mode test, exit ${result.status ?? result.signal}):\n${result.stdout ?? ''}${result.stderr ?? ''}`,
    );
  }
}

/** What the panel says, for failure messages. */
async function panelText(page) {
  const text = await page.$eval(PANEL, (el) => el.innerText).catch(() => '(no panel on the page)');
  return `\nThe panel reads:\n  ${text.trim().replace(/\n+/g, '\n  ')}`;
}

/**
 * Waits for the first element matching `selector` inside the panel's open shadow root, and whose text
 * is exactly `text` when given. Polls on an interval: waitForSelector('… >>> …') watches the document
 * with a MutationObserver, which does not see changes inside a shadow root, so it only finds elements
 * that already exist.
 */
async function inPanel(page, selector, text, failure) {
  const handle = await page
    .waitForFunction(
      (selector, text) => {
        const root = document.querySelector('locum-ledger-panel')?.shadowRoot;
        const found = [...(root?.querySelectorAll(selector) ?? [])].find((el) => text === null || el.textContent.trim() === text);
        return found ?? false;
      },
      { timeout: STEP_MS, polling: 100 },
      selector,
      text ?? null,
    )
    .catch(async () => {
      throw new SmokeFailure(`${failure}${await panelText(page)}`);
    });
  return handle.asElement();
}

async function value(page, selector) {
  return page
    .$eval(selector, (el) => el.value)
    .catch(() => {
      throw new SmokeFailure(`the replica page has no ${selector}`);
    });
}

async function smoke(firefox, resources) {
  step('building');
  build();

  step('starting the replica');
  const replica = await startReplica({ port: 0, variant: 'classic' });
  resources.replica = replica;

  const recorder = await offHostRecorder();
  resources.recorder = recorder;

  step('launching firefox');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefox,
    headless: true,
    extraPrefsFirefox: {
      'xpinstall.signatures.required': false,
      // Every HTTP(S) request off loopback goes through the recorder; 127.0.0.1 is never proxied.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': recorder.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': recorder.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': false,
    },
  });
  resources.browser = browser;
  step('installing the add-on');
  await browser.installExtension(EXTENSION);

  const page = await browser.newPage();
  page.setDefaultTimeout(STEP_MS);
  page.setDefaultNavigationTimeout(STEP_MS);
  page.on('console', (message) => consoleLines.push(`console.${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => consoleLines.push(`pageerror: ${error.message}`));
  page.on('request', (request) => requests.push(request.url()));

  step('logging in');
  await page.goto(`${replica.url}/AccountPortal/Account/Login`);
  await page.type('#PlaceHolderMain_signInControl_UserName', LOCUM);
  await page.type('#PlaceHolderMain_signInControl_password', PASSWORD);
  await Promise.all([page.waitForNavigation(), page.click('#PlaceHolderMain_signInControl_login')]);
  await page.click('#Organisation-button');
  await page.waitForSelector('#Organisation-menu li:nth-child(2)', { visible: true });
  await page.click('#Organisation-menu li:nth-child(2)');
  await Promise.all([page.waitForNavigation(), page.click('input[type=button][value="Continue"]')]);
  check(!page.url().includes('/Organisation'), `choosing an organisation did not leave the organisation page (${page.url()})`);

  step('opening Create Locum A');
  await page.goto(`${replica.url}/GPP/Locum/LocumA/Create`);
  await page.waitForSelector('#ctl00_PlaceHolderMain_txtPracticeCode');
  await page.waitForSelector(PANEL).catch(() => {
    throw new SmokeFailure('the Locum Ledger panel never appeared on the Locum A page: the content script did not run or did not mount');
  });

  step('loading the demo ledger');
  const load = 'Load the demo ledger (test build)';
  await (await inPanel(page, 'button:enabled', load, `the panel never showed a "${load}" button (the ledger should start empty).`)).click();
  await inPanel(page, 'select', null, `after "${load}" the panel never showed the "Fill from invoice" select.`);

  step('filling');
  await (await inPanel(page, 'button:enabled', 'Fill', 'the panel never showed an enabled "Fill" button.')).click();
  const status = await inPanel(
    page,
    '.summary[role=status]',
    null,
    'after Fill the panel never showed its "… verified · … to check · … not filled" line.',
  );
  const summary = await status.evaluate((el) => el.textContent.trim());
  const rows = await page.$$eval('locum-ledger-panel >>> .result', (items) =>
    items.map((li) => `${li.dataset.status}: ${li.textContent.trim()}`),
  );

  const counts = /(\d+) verified · (\d+) to check · (\d+) not filled/.exec(summary);
  check(counts, `unexpected summary line: "${summary}"`);
  const [verified, , notFilled] = counts.slice(1).map(Number);
  const detail = `\nsummary: ${summary}\n${rows.join('\n')}`;
  check(verified >= 5, `only ${verified} fields verified (at least 5 expected)${detail}`);
  check(notFilled === 0, `${notFilled} fields not filled${detail}`);

  const ods = await value(page, '#ctl00_PlaceHolderMain_txtPracticeCode');
  check(/^[A-Z]\d{5}$|^X24$/.test(ods), `practice code field holds "${ods}", not an ODS code`);
  const fee = await value(page, '#ctl00_PlaceHolderMain_txtFee');
  check(/^\d+\.\d{2}$/.test(fee), `fee field holds "${fee}", not pounds and pence`);
  const firstDay = await value(page, '#ctl00_PlaceHolderMain_rptPeriods_ctl00_txtFirstDay');
  check(/^\d{2}\/\d{2}\/\d{4}$/.test(firstDay), `first day worked holds "${firstDay}", not dd/mm/yyyy`);
  const declared = await page.$eval('#ctl00_PlaceHolderMain_chkDeclaration', (el) => el.checked);
  check(!declared, 'the declaration checkbox is ticked: the assistant must never tick a declaration');

  // The tab's requests as BiDi reports them, and whatever reached the recording proxy from anywhere
  // in the browser (the background page included), less Firefox's own service traffic.
  check(requests.length > 0, 'no requests were recorded: the request events did not arrive over BiDi');
  const offHost = [
    ...new Set([...requests.filter((url) => !isLocal(url)), ...proxied.filter((url) => !BROWSER_OWN.test(new URL(url).host))]),
  ];
  check(offHost.length === 0, `requests left 127.0.0.1: ${offHost.join(', ')}`);
  step(`${summary}; ${requests.length} requests from the tab, all on 127.0.0.1; ${proxied.length} of Firefox's own refused`);
}

/** Closes the browser (killing its process if close hangs), the replica and the recorder; never throws. */
async function cleanUp({ browser, replica, recorder }) {
  const within = (promise, ms) => Promise.race([promise, new Promise((resolve) => setTimeout(resolve, ms).unref())]);
  if (browser) {
    await within(
      browser.close().catch(() => {}),
      5_000,
    );
    const child = browser.process();
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
  if (replica)
    await within(
      replica.close().catch(() => {}),
      2_000,
    );
  if (recorder)
    await within(
      recorder.close().catch(() => {}),
      2_000,
    );
}

async function main() {
  const firefox = findFirefox();
  if (!firefox) {
    console.error("firefox smoke: failed: no Firefox found (install Debian's firefox-esr or set FIREFOX_PATH)");
    return 1;
  }
  const resources = {};
  let timer;
  const deadline = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new SmokeFailure(`timed out after ${TOTAL_MS / 1000} s`)), TOTAL_MS);
  });
  try {
    await Promise.race([smoke(firefox, resources), deadline]);
    step('passed');
    console.log('firefox smoke: passed');
    return 0;
  } catch (error) {
    console.error(`firefox smoke: failed after ${elapsed()}: ${error instanceof SmokeFailure ? error.message : (error.stack ?? error)}`);
    if (consoleLines.length > 0) console.error(`browser console:\n  ${consoleLines.join('\n  ')}`);
    return 1;
  } finally {
    clearTimeout(timer);
    await cleanUp(resources);
  }
}

process.exit(await main());
