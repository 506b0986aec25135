// Issue, revoke and list API keys: `npm run keys -- issue --role admin --name ops`.
// Runs the compiled CLI, building first when it is missing or older than its sources.
// Node built-ins only.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'dist', 'libs', 'auth', 'src', 'cli', 'keys.cli.js');
const SOURCES = ['libs/auth/src', 'libs/http/src', 'libs/persistence/src', 'libs/contracts/src'].map((d) => path.join(ROOT, d));

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

const built = fs.existsSync(CLI) ? fs.statSync(CLI).mtimeMs : 0;
if (!built || Math.max(...SOURCES.map(newestSource)) > built) {
  console.error(built ? '[keys] sources changed; rebuilding…' : '[keys] first run; building…');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const build = spawnSync(npm, ['run', 'build', '--silent'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  // tsc still emits when an unrelated app has type errors; go on if our CLI came out.
  if (!fs.existsSync(CLI)) {
    console.error('[keys] build did not produce the keys CLI; see the errors above');
    process.exit(build.status || 1);
  }
  if (build.status !== 0) {
    // The build script stops before tsc-alias when tsc fails, leaving '@lhasa/*' imports unresolved.
    console.error('[keys] build reported errors elsewhere; resolving path aliases and using the CLI it produced');
    const alias = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'tsc-alias', 'dist', 'bin', 'index.js'), '-p', 'tsconfig.build.json'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    if (alias.status !== 0) process.exit(alias.status || 1);
  }
}

const result = spawnSync(process.execPath, [CLI, ...process.argv.slice(2)], { cwd: ROOT, stdio: 'inherit' });
process.exit(result.status ?? 1);
