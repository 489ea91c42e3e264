// Set-up shared by `npm start` and `npm test`: dependencies and a Chromium, on a fresh machine too.
// Node built-ins only: this runs before node_modules exists.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { platform } from 'node:os';

const STAMP = 'node_modules/.locum-ledger-lock-hash';
const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
];

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  return result.status ?? 1;
}

function lockHash() {
  return createHash('sha256').update(readFileSync('package-lock.json')).digest('hex');
}

/** Installs dependencies when node_modules is missing or older than the lockfile. */
export function ensureDependencies() {
  const wanted = lockHash();
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === wanted) return;
  console.log('Installing dependencies (npm ci)…');
  if (run('npm', ['ci', '--no-audit', '--no-fund']) !== 0) throw new Error('npm ci failed: see the output above.');
  writeFileSync(STAMP, wanted);
}

function isDebianRoot() {
  return platform() === 'linux' && existsSync('/etc/debian_version') && process.getuid?.() === 0;
}

function installDebianPackage(name) {
  console.log(`Installing Debian's ${name} (apt-get)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], { env });
  return run('apt-get', ['install', '-y', '-qq', name], { env }) === 0;
}

/**
 * Debian's chromium ships only US English; its UK English (dd/mm/yyyy dates, the tests' LANGUAGE=en_GB) is in
 * chromium-l10n, installed alongside on Debian as root when it is missing.
 */
function withUkEnglish(chromium) {
  const debianChromium = chromium === '/usr/bin/chromium' && isDebianRoot();
  if (debianChromium && !existsSync('/usr/lib/chromium/locales/en-GB.pak')) installDebianPackage('chromium-l10n');
  return chromium;
}

/** CHROMIUM_PATH, then the usual paths; on Debian as root, installs Debian's chromium. */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`);
  }
  const found = () => CHROMIUM_CANDIDATES.find((path) => existsSync(path));
  if (found()) return withUkEnglish(found());
  if (isDebianRoot() && installDebianPackage('chromium') && found()) return withUkEnglish(found());
  throw new Error(
    'No Chromium or Chrome found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM_PATH to its executable, then run the command again.',
  );
}

/** Firefox ESR for the Firefox smoke test: FIREFOX_PATH, then the usual paths; on Debian as root, installs Debian's firefox-esr as for chromium. Undefined when none. */
/** poppler-utils' pdftotext and pdftoppm, which the year statement's end-to-end test reads its printed PDF with; on Debian as root, installed when missing. */
export function ensurePdfTools() {
  if (!existsSync('/usr/bin/pdftotext') && isDebianRoot()) installDebianPackage('poppler-utils');
}

export function findFirefox() {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter(Boolean);
  const found = () => candidates.find((path) => existsSync(path));
  if (found()) return found();
  if (!process.env.FIREFOX_PATH && isDebianRoot() && installDebianPackage('firefox-esr')) return found();
  return undefined;
}
