// Makes sure node_modules matches package.json / package-lock.json before anything imports a
// package. Node built-ins only: this runs before node_modules exists.
//
//   import { ensureDeps } from './ensure-deps.mjs'; await ensureDeps();
//   node scripts/ensure-deps.mjs
//
// Installs when node_modules is missing, or when package-lock.json / package.json is newer than
// node_modules/.package-lock.json (npm rewrites that file on every install) and their content
// differs from what the last install saw. `npm ci` when a lock file exists (`npm install` if
// package.json is newer than the lock, since ci would refuse an out-of-sync lock), else
// `npm install`. LHASA_SKIP_DEPS=1 skips the check.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tag = '[deps]';

const mtime = (file) => {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
};

function manifestHash(root) {
  const hash = createHash('sha256');
  for (const name of ['package.json', 'package-lock.json']) {
    try {
      hash.update(name).update(fs.readFileSync(path.join(root, name)));
    } catch {
      hash.update(`${name}:missing`);
    }
  }
  return hash.digest('hex');
}

/**
 * Decides whether an install is needed. Returns { needed: false } or
 * { needed: true, reason, command: [cmd, ...args] }.
 */
export function depsStatus({ root = ROOT } = {}) {
  const nodeModules = path.join(root, 'node_modules');
  const installed = path.join(nodeModules, '.package-lock.json');
  const hashFile = path.join(nodeModules, '.lhasa-deps-hash');
  const lock = path.join(root, 'package-lock.json');
  const pkg = path.join(root, 'package.json');
  const lockTime = mtime(lock);
  const pkgTime = mtime(pkg);
  const command =
    lockTime !== undefined && !(pkgTime > lockTime)
      ? ['npm', 'ci', '--no-audit', '--no-fund']
      : ['npm', 'install', '--no-audit', '--no-fund'];

  if (!fs.existsSync(nodeModules)) return { needed: true, reason: 'node_modules is missing', command };
  const installedTime = mtime(installed);
  if (installedTime === undefined) {
    return { needed: true, reason: 'node_modules/.package-lock.json is missing (incomplete install?)', command };
  }
  const newer = [];
  if (lockTime > installedTime) newer.push('package-lock.json');
  if (pkgTime > installedTime) newer.push('package.json');
  if (newer.length === 0) return { needed: false };
  // Newer by time; a checkout or `touch` changes times without changing content, so compare
  // with the content the last install by this script saw.
  let lastHash;
  try {
    lastHash = fs.readFileSync(hashFile, 'utf8').trim();
  } catch {
    /* never installed by this script */
  }
  if (lastHash && lastHash === manifestHash(root)) return { needed: false, touchOnly: true };
  return { needed: true, reason: `${newer.join(' and ')} changed since the last install`, command };
}

function runNpm([cmd, ...args], root) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/**
 * Installs dependencies when needed (see the file header). Resolves { installed: boolean };
 * rejects when the install fails.
 */
export async function ensureDeps({ root = ROOT, log = (m) => console.log(`${tag} ${m}`) } = {}) {
  if (process.env.LHASA_SKIP_DEPS === '1') {
    log('LHASA_SKIP_DEPS=1: not checking node_modules');
    return { installed: false };
  }
  const status = depsStatus({ root });
  const hashFile = path.join(root, 'node_modules', '.lhasa-deps-hash');
  const installed = path.join(root, 'node_modules', '.package-lock.json');
  if (!status.needed) {
    if (status.touchOnly) {
      // Same content, newer timestamps: remember that node_modules is current.
      const now = new Date();
      fs.utimesSync(installed, now, now);
      log('node_modules is up to date (package files were touched, content unchanged)');
    } else {
      log('node_modules is up to date');
    }
    return { installed: false };
  }
  log(`${status.reason}: running \`${status.command.join(' ')}\``);
  const started = Date.now();
  const code = await runNpm(status.command, root);
  if (code !== 0) throw new Error(`\`${status.command.join(' ')}\` failed with exit code ${code}`);
  // Record what this install saw, and make sure the marker is newer than the manifests even if
  // npm decided there was nothing to write.
  fs.mkdirSync(path.dirname(hashFile), { recursive: true });
  fs.writeFileSync(hashFile, `${manifestHash(root)}\n`);
  if (fs.existsSync(installed)) {
    const now = new Date();
    fs.utimesSync(installed, now, now);
  }
  log(`dependencies installed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { installed: true };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  ensureDeps().catch((err) => {
    console.error(`${tag} ${err.message}`);
    process.exit(1);
  });
}
