// Issue, revoke and list API keys: `npm run keys -- issue --role admin --name ops`.
// Runs the compiled CLI, building first when it is missing or older than its sources.
import { spawnSync } from 'node:child_process';
import { ensureBuilt } from './lib/build.mjs';
import { ROOT } from './lib/util.cjs';

let cli;
try {
  cli = ensureBuilt('dist/libs/auth/src/cli/keys.cli.js', ['libs/auth/src', 'libs/http/src', 'libs/persistence/src', 'libs/contracts/src'], 'keys');
} catch (error) {
  console.error(`[keys] ${error.message}`);
  process.exit(1);
}
const result = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], { cwd: ROOT, stdio: 'inherit' });
process.exit(result.status ?? 1);
