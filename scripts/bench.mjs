#!/usr/bin/env node
// npm run bench: throughput and latency of the messaging code (outbox, relay, Kafka transport)
// as ratios against raw Kafka and raw PostgreSQL measured in the same run. The house rule: speed
// is measured here, never asserted in tests. What each row means: docs/benchmarks.md.
//
// install dependencies if needed → build unless dist/ is fresh → Kafka + PostgreSQL (reused when
// they already run on 127.0.0.1) → the measurements, in a namespace of their own (bench_<random>:
// topics, consumer groups, database lhasa_bench_<random>_bench), which is removed at the end →
// stop what was started → table on stdout, everything in .local/bench/results.json.
//
//   npm run bench
//   BENCH_EVENTS=20000 npm run bench        events per measurement (default 5000)
//   BENCH_WARMUP=500                        events before each measurement, not timed (default 500)
//   BENCH_CONCURRENCY=8                     writers for the concurrent rows (default 8)
//   BENCH_LINES=3                           stock lines per event, i.e. the message size (default 3)
//   BENCH_PHASE_TIMEOUT_MS=120000           per measurement (default 120 s)
//   OUTBOX_BATCH_SIZE, KAFKA_PARTITIONS, …  as for the services (docs/running.md)
//   SKIP_BUILD=1                            use dist/ as it is
//   KAFKA_BROKERS=... DATABASE_URL=...      use existing infrastructure (loopback only, see below)
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ensureDeps } from './ensure-deps.mjs';
import { assertLoopback, buildUnlessFresh, intSetting, machine } from './lib/bench/common.mjs';
import { LOCAL_DIR, ROOT, color, createLog, seconds } from './lib/util.cjs';

const log = createLog('bench');
const RESULTS = path.join(LOCAL_DIR, 'bench', 'results.json');

async function main() {
  await ensureDeps();
  const settings = {
    events: intSetting('BENCH_EVENTS', 5000),
    warmup: intSetting('BENCH_WARMUP', 500, 0),
    concurrency: intSetting('BENCH_CONCURRENCY', 8),
    lines: intSetting('BENCH_LINES', 3),
    batchSize: intSetting('OUTBOX_BATCH_SIZE', 500),
    phaseTimeoutMs: intSetting('BENCH_PHASE_TIMEOUT_MS', 120_000, 1000),
  };
  if (!(await buildUnlessFresh(log))) return 1;

  let interrupted = false;
  const onSignal = (signal) => {
    if (interrupted) return;
    interrupted = true;
    log(color.yellow(`${signal}: stopping after the current step, then cleaning up`));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const { startInfrastructure } = await import('./lib/infra.mjs');
  const started = Date.now();
  const infra = await startInfrastructure({ log: createLog('infra') });
  let outcome;
  try {
    if (interrupted) return 130;
    assertLoopback(infra.env);
    const ns = `bench_${randomBytes(4).toString('hex')}`;
    // The namespace keeps this run apart from services and test suites sharing the broker/server.
    Object.assign(process.env, infra.env, { TOPIC_NAMESPACE: ns, DATABASE_NAMESPACE: ns });
    log(`namespace ${ns}; ${settings.events} events per measurement after ${settings.warmup} warm-up, ${settings.concurrency} writers, batches of ${settings.batchSize}`);
    const { runBench } = await import('./lib/bench/phases.mjs');
    const result = await runBench({ root: ROOT, ns, settings, log, interrupted: () => interrupted });
    outcome = { ns, ...result };
  } finally {
    await infra.stop();
  }

  const { renderTable, renderMarkdown } = await import('./lib/bench/stats.mjs');
  const facts = { ...machine(infra.sources), ...outcome.facts };
  const report = {
    finishedAt: new Date().toISOString(),
    durationS: Math.round((Date.now() - started) / 100) / 10,
    machine: facts,
    settings: { ...settings, namespace: outcome.ns },
    results: outcome.rows,
    details: outcome.extra,
    markdown: renderMarkdown(outcome.rows),
  };
  fs.mkdirSync(path.dirname(RESULTS), { recursive: true });
  fs.writeFileSync(RESULTS, `${JSON.stringify(report, null, 2)}\n`);

  console.log('');
  console.log(color.bold('machine  ') + `${facts.cores} × ${facts.cpuModel}, ${facts.memoryGiB} GiB, ${facts.os}, Node ${facts.node}, load ${facts.loadAverage1m}`);
  console.log(color.bold('infra    ') + `Kafka ${facts.infrastructure.kafka} (${facts.kafkaBrokers ?? '?'} broker), PostgreSQL ${facts.infrastructure.postgres}: ${(facts.postgres ?? '?').split(' on ')[0]} ${JSON.stringify(facts.postgresDurability ?? {})}`);
  console.log(
    color.bold('settings ') +
      `events ${settings.events}, warm-up ${settings.warmup}, writers ${settings.concurrency}, outbox batch ${facts.relayBatchSize}, partitions ${facts.partitions}, ` +
      `consumer partitions concurrently ${facts.consumerConcurrency}, pool ${facts.poolSize}, envelope ${facts.messageBytes} bytes`,
  );
  console.log('');
  console.log(renderTable(outcome.rows));
  if (outcome.extra?.e2e) console.log(`\nE2E details: ${JSON.stringify(outcome.extra.e2e)}`);
  console.log('');
  log(`written to ${path.relative(ROOT, RESULTS)} in ${seconds(Date.now() - started)}`);
  const failed = outcome.rows.filter((r) => r.error);
  if (failed.length) {
    log(color.red(`${failed.length} measurement(s) failed: ${failed.map((r) => `${r.id} (${r.error})`).join('; ')}`));
    return 1;
  }
  return interrupted ? 130 : 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    log(color.red(`bench failed: ${err.stack ?? err.message}`));
    process.exit(1);
  },
);
