// Makes sure a compiled entry point in dist/ exists and is newer than its TypeScript sources,
// running `npm run build` when it is not. Used by the scripts that run compiled project code
// (`npm run keys`, `npm run demo`). Node built-ins only.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './util.cjs';

/** Newest modification time among the .ts files under `dir`. */
function newestSource(dir) {
  if (!fs.existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * Returns the absolute path of `entry` (relative to the repository root), building first when it
 * is missing or older than any .ts file under `sources`. Throws when the build does not
 * produce it.
 */
export function ensureBuilt(entry, sources, tag) {
  const file = path.join(ROOT, entry);
  const built = fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0;
  if (built && Math.max(...sources.map((d) => newestSource(path.join(ROOT, d)))) <= built) return file;
  console.error(built ? `[${tag}] sources changed; rebuilding…` : `[${tag}] first run; building…`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const build = spawnSync(npm, ['run', 'build', '--silent'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  // tsc still emits when an unrelated app has type errors; go on if our entry came out.
  if (!fs.existsSync(file)) throw new Error(`the build did not produce ${entry}; see the errors above`);
  if (build.status !== 0) {
    // The build script stops before tsc-alias when tsc fails, leaving '@lhasa/*' imports unresolved.
    console.error(`[${tag}] the build reported errors elsewhere; resolving path aliases and using what it produced`);
    const alias = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'tsc-alias', 'dist', 'bin', 'index.js'), '-p', 'tsconfig.build.json'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    if (alias.status !== 0) throw new Error(`tsc-alias failed (exit ${alias.status})`);
  }
  return file;
}
