#!/usr/bin/env node
// `npm run demo`: with the system running (`npm start`), walks the 1210 bonded import, then every
// other mode of both directions (9610 import with its tax bill and a return, 1239 import; 9610,
// 1210, 9710 and 9810 export with arrival, departure and a summary), one cancel and one refusal per
// rule, through the HTTP APIs like their users would — operator, enterprises, customs, bureau —
// and prints each step. Exits non-zero if anything did not land as expected.
//
// The walks are the typed flow drivers the e2e tests run (tests/support/saga-flow.ts and
// tests/support/mode-flows.ts, then "a day at the gate", tests/support/gate-day-flow.ts), compiled into dist/ by `npm run build` (built here first when
// missing or older than its sources).
import { createRequire } from 'node:module';
import { ensureBuilt } from './lib/build.mjs';
import { readRuntime, serviceUrls } from './lib/system.mjs';

const require = createRequire(import.meta.url);
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
  // The driver and the Kafka probe read the running system's infrastructure from the environment.
  Object.assign(process.env, runtime.env || {});
  const sources = ['tests/support', 'libs'];
  const { runSagaFlow, partiesFor, newRun, issueKeys } = require(ensureBuilt('dist/tests/support/saga-flow.js', sources, 'demo'));
  const { runModeFlows } = require(ensureBuilt('dist/tests/support/mode-flows.js', sources, 'demo'));
  const { runGateDay, takeOrdersOut } = require(ensureBuilt('dist/tests/support/gate-day-flow.js', sources, 'demo'));
  const { untilGroupCaughtUp } = require(ensureBuilt('dist/libs/messaging/src/testing/index.js', sources, 'demo'));
  const { Topics, topicName } = require(ensureBuilt('dist/libs/contracts/src/index.js', sources, 'demo'));

  const run = newRun();
  const parties = partiesFor(run);
  log(`run ${run}: creating API keys`);
  const keys = await issueKeys(parties, `demo ${run}`);
  for (const [who, key] of Object.entries(keys)) log(`  ${who.padEnd(10)} ${key}`);
  const group = process.env.TOPIC_NAMESPACE ? `${process.env.TOPIC_NAMESPACE}.statistics` : 'statistics';
  const untilStatisticsCaughtUp = () => untilGroupCaughtUp(group, [topicName(Topics.declarationsEvents), topicName(Topics.warehouseEvents)]);
  const saga = await runSagaFlow({ urls, keys, parties, run, log, untilStatisticsCaughtUp });
  const sagaDone = Date.now();
  log('the 1210 story landed; now every other mode on the same ledger');
  const modes = await runModeFlows({ urls, keys, parties, run, saga, log, untilStatisticsCaughtUp });
  const modesDone = Date.now();
  log('every mode landed; now a day at the gate on a fresh ledger');
  const gateDay = await runGateDay({ urls, keys, run, log });
  await takeOrdersOut({ urls, keys, parties, run, gateDay, orders: [2, 3], log });
  const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;
  log(
    `all steps landed as expected: 1210 story ${secs(sagaDone - started)}, the other modes ${secs(modesDone - sagaDone)}, ` +
      `a day at the gate ${secs(Date.now() - modesDone)} (${gateDay.turnover.period.gatePassages} passages); ` +
      `${modes.refusals.length} rules refused as they should; cancel on attempt ${modes.cancel.attempts}`,
  );
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`\nDEMO FAILED: ${error.message}`);
    process.exit(1);
  },
);
