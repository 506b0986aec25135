// Finds the Chromium the page tests drive (playwright-core, launched as an existing browser), and
// installs Debian's chromium with CJK fonts when it is missing and this machine lets us:
//
//   CHROMIUM_PATH when set → /usr/bin/chromium, /usr/bin/chromium-browser → as root with apt-get:
//   `apt-get update && apt-get install -y --no-install-recommends chromium fonts-noto-cjk`
//   → otherwise an error naming what to install.
//
//   import { ensureChromium, CHROMIUM_ARGS } from './lib/chromium.mjs';
//   const executablePath = await ensureChromium({ log });
//   node scripts/lib/chromium.mjs      (prints the path, installing first when needed)
import fs from 'node:fs';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
const PACKAGES = ['chromium', 'fonts-noto-cjk'];

/** Flags for a quiet, self-contained headless run (add a fresh --user-data-dir per launch). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const executable = (file) => {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
};

/** The Chromium binary to use, or undefined. CHROMIUM_PATH, when set, must point at one. */
export function findChromium(env = process.env) {
  if (env.CHROMIUM_PATH) {
    if (executable(env.CHROMIUM_PATH)) return env.CHROMIUM_PATH;
    throw new Error(`CHROMIUM_PATH=${env.CHROMIUM_PATH} is not an executable file`);
  }
  return CANDIDATES.find(executable);
}

const onPath = (cmd) => (process.env.PATH || '').split(':').some((dir) => dir && executable(`${dir}/${cmd}`));

function sh(cmd, args, log) {
  log(`${cmd} ${args.join(' ')}`);
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}`))));
  });
}

/**
 * Resolves the path of a usable Chromium, installing Debian's `chromium` and `fonts-noto-cjk`
 * (the dashboard is Chinese) when none is found, we are root and apt-get is there.
 */
export async function ensureChromium({ log = (m) => console.log(`[chromium] ${m}`) } = {}) {
  const found = findChromium();
  if (found) return found;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root || !onPath('apt-get')) {
    throw new Error(
      `Chromium was not found (looked at ${CANDIDATES.join(', ')}). The page tests need it: install Debian's ` +
        `\`${PACKAGES.join(' ')}\` (sudo apt-get install -y --no-install-recommends ${PACKAGES.join(' ')}) ` +
        'or set CHROMIUM_PATH to a Chromium or Chrome binary.',
    );
  }
  log(`Chromium is missing: installing ${PACKAGES.join(' ')} with apt-get`);
  await sh('apt-get', ['update'], log);
  await sh('apt-get', ['install', '-y', '--no-install-recommends', ...PACKAGES], log);
  const installed = findChromium();
  if (!installed) throw new Error(`apt-get installed ${PACKAGES.join(' ')} but no Chromium is at ${CANDIDATES.join(', ')}`);
  return installed;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === fs.realpathSync(process.argv[1])) {
  ensureChromium()
    .then((file) => console.log(file))
    .catch((e) => {
      console.error(`[chromium] ${e.message}`);
      process.exit(1);
    });
}
