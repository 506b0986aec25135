#!/usr/bin/env node
// npm run infra: start only Kafka + PostgreSQL (same choice as npm start, see docs/running.md),
// print the variables to export, and stay up until Ctrl-C. For running jest or a single service
// by hand:
//
//   npm run infra                     # terminal 1
//   export KAFKA_BROKERS=127.0.0.1:9092 DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres
//   npx jest --selectProjects integration --runInBand   # terminal 2
//
//   npm run infra -- --containers    # prefer Docker (testcontainers), like npm test
//   npm run infra -- stop            # stop a local Kafka / embedded PostgreSQL left running by a
//                                    # run that was killed (kill -9) before it could stop them
import { ensureDeps } from './ensure-deps.mjs';
import { color, createLog, forever, runMain } from './lib/util.cjs';

const log = createLog('infra');

async function main() {
  await ensureDeps();
  if (process.argv.includes('stop')) {
    const { stopLeftoverKafka } = await import('./lib/kafka.mjs');
    const { stopLeftoverPostgres } = await import('./lib/postgres.mjs');
    const kafka = await stopLeftoverKafka();
    const pg = await stopLeftoverPostgres();
    log(kafka.length || pg ? 'stopped what was left running' : 'nothing of ours was left running');
    return 0;
  }
  const { startInfrastructure } = await import('./lib/infra.mjs');
  const preferContainers = process.argv.includes('--containers');

  let stopping = false;
  let starting;
  const shutdown = async (signal) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping`);
    const infra = await starting?.catch(() => undefined);
    await infra?.stop();
    log('bye');
    process.exit(0);
  };
  for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(s, () => void shutdown(s));

  starting = startInfrastructure({ log, preferContainers });
  let infra;
  try {
    infra = await starting;
  } catch (err) {
    if (stopping) return forever();
    log(color.red(`the infrastructure did not start: ${err.message}`));
    return 1;
  }
  if (stopping) return forever();

  const exports = Object.entries(infra.env)
    .filter(([, v]) => v)
    .map(([k, v]) => `export ${k}='${v}'`)
    .join('\n');
  console.log(`\n${color.bold('# infrastructure is up; in another shell:')}\n${exports}\n`);
  log(`Kafka: ${infra.sources.kafka}, PostgreSQL: ${infra.sources.postgres}. Ctrl-C to stop.`);
  return forever();
}

runMain(main);
