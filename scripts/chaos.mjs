#!/usr/bin/env node
// npm run chaos [-- --flows 200 --concurrency 8 --kill-every-ms 3000 --broker-down-ms 15000]
//
// Runs N complete 1210 flows over HTTP while it crashes the system: every few seconds one of the
// four services is killed with SIGKILL and started again, and once, in the middle, the broker is
// killed with SIGKILL and restarted after a while. Then everything released leaves through the
// exit gate, and the end state is checked: every list final and of the expected kind, the
// ledger's quantities equal to their journal (on hand = 实增 − 实减 ≥ 0, pre-reduced ≤ actual),
// and statistics equal to the released lists to the fen. Exits 1 on any problem.
//
// It starts its own broker (port CHAOS_KAFKA_PORT, 19092) so it can kill it, its own services
// (ports 3301-3304) and uses its own topics and databases (namespace chaos_<hex>, dropped at the
// end). PostgreSQL as everywhere else: DATABASE_URL, the local one, or an embedded one. Results
// go to .local/chaos/<namespace>.json.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { ensureDeps } from './ensure-deps.mjs';
import { ensureBuilt } from './lib/build.mjs';
import { LOCAL_DIR, ROOT, color, createLog, runMain, seconds, sleep } from './lib/util.cjs';

const require = createRequire(import.meta.url);
const log = createLog('chaos');

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a non-negative number`);
  return value;
}

async function main() {
  const flows = option('flows', 200);
  const concurrency = Math.max(1, option('concurrency', 8));
  const killEveryMs = option('kill-every-ms', 3000);
  const brokerDownMs = option('broker-down-ms', 15000);
  await ensureDeps();
  const sources = ['tests/support', 'libs', 'apps'];
  const flowsModule = require(ensureBuilt('dist/tests/support/chaos-flows.js', sources, 'chaos'));
  const { issueKeys, newRun, partiesFor } = require(path.join(ROOT, 'dist/tests/support/saga-flow.js'));
  const { untilGroupCaughtUp } = require(path.join(ROOT, 'dist/libs/messaging/src/testing/index.js'));
  const { Topics, topicName } = require(path.join(ROOT, 'dist/libs/contracts/src/index.js'));
  const { dropNamespaceDatabases } = require(path.join(ROOT, 'dist/tests/support/databases.js'));
  const { startLocalKafka } = await import('./lib/kafka.mjs');
  const { selectPostgres } = await import('./lib/postgres.mjs');
  const { startServices } = require('./lib/services.cjs');

  const namespace = `chaos_${randomBytes(3).toString('hex')}`;
  const kafkaPort = Number(process.env.CHAOS_KAFKA_PORT || 19092);
  const pg = await selectPostgres({ log: createLog('postgres') });
  let kafka = await startLocalKafka({ port: kafkaPort, log: createLog('kafka') });
  if (kafka.reused) throw new Error(`something already answers on ${kafka.brokers}; chaos needs a broker of its own to kill (set CHAOS_KAFKA_PORT)`);
  const env = {
    KAFKA_BROKERS: kafka.brokers,
    DATABASE_URL: pg.url,
    TOPIC_NAMESPACE: namespace,
    DATABASE_NAMESPACE: namespace,
    SIMULATOR_STEP_DELAY_MS: '100',
    SIMULATOR_PARTNER_WAIT_MS: '120000',
    OUTBOX_POLL_MS: '250',
  };
  Object.assign(process.env, env);
  const services = await startServices({
    env,
    ports: { declarations: 3301, warehouse: 3302, statistics: 3303, 'customs-simulator': 3304 },
    output: 'none',
    logDir: path.join(LOCAL_DIR, 'logs', namespace),
  });
  const urls = { declarations: services.urls.declarations, warehouse: services.urls.warehouse, statistics: services.urls.statistics, simulator: services.urls['customs-simulator'] };
  const started = Date.now();
  const faults = { serviceKills: {}, brokerKills: 0, brokerDownMs: 0 };
  let verdict;
  let flowing = true;
  try {
    const run = newRun();
    const parties = partiesFor(run);
    const keys = await issueKeys(parties, `chaos ${run}`, env);
    const ctx = { urls, keys, parties, run, emsNo: `T8800${run}`.padEnd(12, '0').slice(0, 12), log };
    const stocked = flows * 3;
    await flowsModule.stockLedger(ctx, stocked, `${stocked * 10}.00`);

    // Faults, while the flows run.
    const killer = (async () => {
      const names = ['declarations', 'warehouse', 'statistics', 'customs-simulator'];
      let i = 0;
      while (flowing) {
        await sleep(killEveryMs);
        if (!flowing) break;
        const name = names[i++ % names.length];
        log(color.yellow(`SIGKILL ${name}`));
        await services.get(name).kill('SIGKILL');
        faults.serviceKills[name] = (faults.serviceKills[name] ?? 0) + 1;
        await sleep(500 + (i % 3) * 500);
        await services.get(name).restart();
      }
    })();
    const broker = (async () => {
      await sleep(Math.max(killEveryMs * 2, 5000));
      if (!flowing || !kafka.pid) return;
      log(color.yellow(`SIGKILL the broker (pid ${kafka.pid}) for ${seconds(brokerDownMs)}`));
      process.kill(kafka.pid, 'SIGKILL');
      faults.brokerKills += 1;
      const down = Date.now();
      await sleep(brokerDownMs);
      kafka = await startLocalKafka({ port: kafkaPort, log: createLog('kafka') });
      faults.brokerDownMs = Date.now() - down;
      log(`broker back after ${seconds(faults.brokerDownMs)}`);
    })();

    const outcomes = [];
    let next = 1;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next <= flows) {
          const n = next++;
          // A flow that cannot finish is a finding, not the end of the run.
          outcomes.push(await flowsModule.runFlow(ctx, n).catch((error) => ({ n, variant: flowsModule.variantOf(n), listId: '', status: `FAILED: ${error.message}`, qty: 0, totalValue: '0.00' })));
          if (outcomes.length % 25 === 0) log(`${outcomes.length}/${flows} flows final`);
        }
      }),
    );
    flowing = false;
    await Promise.all([killer, broker]);
    await services.waitHealthy();
    log('all flows final; the released lists leave the zone');
    await flowsModule.exitReleased(ctx);
    const caughtUp = () => untilGroupCaughtUp(`${namespace}.statistics`, [topicName(Topics.declarationsEvents, namespace), topicName(Topics.warehouseEvents, namespace)], 120000);
    verdict = await flowsModule.verifyEnd(ctx, outcomes, stocked, caughtUp);
  } finally {
    flowing = false;
    await services.stop();
    await kafka.stop();
    await dropNamespaceDatabases(namespace).catch((e) => log(`dropping the run's databases failed: ${e.message}`));
    await pg.stop();
  }
  const report = { namespace, flows, concurrency, killEveryMs, elapsedMs: Date.now() - started, faults, ...verdict };
  fs.mkdirSync(path.join(LOCAL_DIR, 'chaos'), { recursive: true });
  fs.writeFileSync(path.join(LOCAL_DIR, 'chaos', `${namespace}.json`), `${JSON.stringify(report, null, 2)}\n`);
  log(`${flows} flows in ${seconds(report.elapsedMs)}: ${verdict.released} released, ${verdict.rejected} rejected; ` +
    `services killed ${JSON.stringify(faults.serviceKills)}, broker killed ${faults.brokerKills}× for ${seconds(faults.brokerDownMs)}`);
  log(`ledger ${JSON.stringify(verdict.quantities)}; retail ${verdict.retail} (released lists ${verdict.expectedRetail})`);
  if (!verdict.ok) {
    for (const p of verdict.problems) log(color.red(p));
    return 1;
  }
  log(color.green('nothing lost, nothing counted twice'));
  return 0;
}

runMain(main);
