#!/usr/bin/env node
// `npm run demo`: with the system running (`npm start`), walks the 1210 bonded import through the
// HTTP APIs like its users would — operator, enterprises, customs, bureau — and prints each step.
// Exits non-zero if anything did not land as expected.
import { createRequire } from 'node:module';
import { readRuntime, serviceUrls } from './lib/system.mjs';

const require = createRequire(import.meta.url);
const { runSagaFlow, partiesFor, newRun } = require('./lib/saga-flow.cjs');
const { issueKeys } = require('./lib/keys.cjs');

const started = Date.now();
const log = (msg) => console.log(`[demo ${((Date.now() - started) / 1000).toFixed(1).padStart(5)}s] ${msg}`);

async function main() {
  const runtime = readRuntime();
  const urls = serviceUrls(runtime);
  for (const [name, url] of Object.entries(urls)) {
    const ok = await fetch(`${url}/health`, { signal: AbortSignal.timeout(5000) }).then((r) => r.ok).catch(() => false);
    if (!ok) {
      console.error(`${name} is not healthy at ${url}/health. Start the system first with \`npm start\` (in another terminal).`);
      process.exit(2);
    }
  }
  const run = newRun();
  const parties = partiesFor(run);
  log(`run ${run}: creating API keys`);
  const keys = await issueKeys(parties, `demo ${run}`, runtime);
  for (const [who, key] of Object.entries(keys)) log(`  ${who.padEnd(10)} ${key}`);
  await runSagaFlow({ urls, keys, parties, run, log });
  log('all steps landed as expected');
}

main().catch((error) => {
  console.error(`\nDEMO FAILED: ${error.message}`);
  process.exit(1);
});
