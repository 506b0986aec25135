#!/usr/bin/env node
// npm run rebuild -- <read model> [--keep-old] [--dry-run]: replays the event topics from the
// beginning into a fresh database through the service's own consumers and inbox, swaps it in
// for the live model once the live service is stopped, and compares the figures of both
// (docs/rebuild.md). Without an argument it lists the read models it can rebuild.
//
// Infrastructure: KAFKA_BROKERS / DATABASE_URL (and TOPIC_NAMESPACE / DATABASE_NAMESPACE) from the
// environment, else those of the system `npm start` runs (.local/runtime.json), else the same
// defaults as the services (127.0.0.1:9092, postgres://postgres@127.0.0.1:5432/postgres).
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { ensureDeps } from './ensure-deps.mjs';
import { ensureBuilt } from './lib/build.mjs';
import { readRuntime } from './lib/system.mjs';
import { runMain } from './lib/util.cjs';

const require = createRequire(import.meta.url);

/** Each rebuildable read model: its compiled definition and where its sources are. */
const READ_MODELS = {
  statistics: {
    entry: 'dist/apps/statistics/src/commands/rebuild/statistics.read-model.js',
    exported: 'statisticsReadModel',
    sources: ['apps/statistics/src', 'libs'],
  },
};

const USAGE = `Usage:
  npm run rebuild                                        list the read models
  npm run rebuild -- <read model> [--keep-old] [--dry-run]

  --dry-run   build the fresh model and compare it with the live one; drop it, change nothing
  --keep-old  keep the previous model as <database>_before_<stamp> (default: dropped after the swap)

The live service may run while the model is rebuilt; it must be stopped for the swap (the script
says when) and started again afterwards. Run with the service's settings (STATISTICS_RATES, …).`;

const log = (line) => console.log(`[rebuild ${new Date().toISOString().slice(11, 19)}] ${line}`);

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'keep-old': { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  await ensureDeps();
  for (const [name, value] of Object.entries(readRuntime().env ?? {})) process.env[name] ??= value;

  const [name, ...extra] = positionals;
  if (!name) {
    console.log('Read models that can be rebuilt (npm run rebuild -- <name>):');
    for (const [model, where] of Object.entries(READ_MODELS)) {
      const readModel = load(model, where);
      console.log(`  ${model.padEnd(12)} ${readModel.description} (database ${databaseOf(readModel.service)})`);
    }
    console.log(`\n${USAGE}`);
    return 0;
  }
  if (extra.length) return usage(`one read model at a time (got ${positionals.join(', ')})`);
  const where = READ_MODELS[name];
  if (!where) return usage(`unknown read model "${name}"; choose from ${Object.keys(READ_MODELS).join(', ')}`);
  const readModel = load(name, where);
  const { rebuildReadModel, describeDifferences } = require('../dist/libs/messaging/src/index.js');

  log(
    `${values['dry-run'] ? 'dry run: ' : ''}${name} from Kafka ${process.env.KAFKA_BROKERS || '127.0.0.1:9092'}, ` +
      `PostgreSQL ${new URL(process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres').host}, live database ${databaseOf(readModel.service)}`,
  );
  const abort = new AbortController();
  process.once('SIGINT', () => {
    log('interrupted: stopping; the rebuilt database is dropped and the live model stays as it is');
    abort.abort();
  });
  let report;
  try {
    report = await rebuildReadModel(readModel, { keepOld: values['keep-old'], dryRun: values['dry-run'], log, signal: abort.signal });
  } catch (error) {
    log(`FAILED: ${error.message}`);
    log('the live model is untouched');
    return 1;
  }

  const position = Object.entries(report.position).map(([topic, partitions]) => `${topic} ${partitions.join(' ')}`);
  log(`replayed ${report.messages} messages (${report.deadLettered} dead-lettered); the rebuilt model ends at ${position.join('; ') || 'the start'}`);
  if (report.identical) {
    console.log(`IDENTICAL: every figure of the rebuilt ${name} model equals the ${report.dryRun ? 'live' : 'previous'} one`);
  } else {
    console.log(`DIFFERENT: ${report.differences.length} figure(s) differ (${report.dryRun ? 'live' : 'previous'} → rebuilt); expected when a projection changed:`);
    for (const line of describeDifferences(report.differences)) console.log(`  ${line}`);
  }
  if (report.dryRun) log('dry run: the rebuilt database was dropped; nothing was swapped');
  else {
    log(`${report.database} now holds the rebuilt model; start the ${name} service again (it continues from the position above)`);
    if (report.keptAs) {
      log(`the previous model is kept as ${report.keptAs}; to go back before the service has run on the rebuilt one:`);
      log(`  ALTER DATABASE ${report.database} RENAME TO ${report.database}_rebuilt; ALTER DATABASE ${report.keptAs} RENAME TO ${report.database};`);
    } else log('the previous model was dropped (--keep-old keeps it)');
  }
  return 0;
}

function load(name, { entry, exported, sources }) {
  const file = ensureBuilt(entry, sources, 'rebuild');
  require('reflect-metadata');
  return require(file)[exported];
}

function databaseOf(service) {
  const { resolveDatabaseUrl } = require('../dist/libs/persistence/src/index.js');
  return decodeURIComponent(new URL(resolveDatabaseUrl(service)).pathname.slice(1));
}

function usage(message) {
  console.error(`rebuild: ${message}\n\n${USAGE}`);
  return 2;
}

runMain(main, (error) => console.error(`rebuild: ${error.message}`));
