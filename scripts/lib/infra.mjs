// Chooses and starts the infrastructure (Kafka + PostgreSQL), in the order described in
// docs/running.md:
//
//   1. provided: KAFKA_BROKERS / DATABASE_URL → used as is (each on its own; a service's
//      <SERVICE>_DATABASE_URL, read by libs/persistence, still wins over DATABASE_URL for that service);
//   2. tests only ({ preferContainers: true }): Docker through testcontainers when `docker info`
//      answers (apache/kafka:3.9.1, postgres:16);
//   3. local scripts: a single-node Kafka from the Maven Central jars (scripts/lib/kafka.mjs) and
//      the PostgreSQL on 127.0.0.1:5432, or an embedded one (scripts/lib/postgres.mjs).
//
// LHASA_INFRA=local skips Docker even for tests; LHASA_INFRA=containers makes a missing engine an
// error instead of a fallback.
import { createLog, seconds } from './util.cjs';

/** Like Promise.all, but waits for every promise to settle before rejecting with the first error. */
async function settleAll(promises) {
  const results = await Promise.allSettled(promises);
  const failed = results.find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
}

/**
 * @param {object} [options]
 * @param {(msg: string) => void} [options.log]
 * @param {boolean} [options.preferContainers]  try Docker (testcontainers) before the local scripts
 * @param {NodeJS.ProcessEnv} [options.env]     where to read KAFKA_BROKERS etc. (process.env)
 * @returns {Promise<{
 *   env: { KAFKA_BROKERS: string, DATABASE_URL: string },
 *   sources: { kafka: 'env' | 'container' | 'local' | 'local-reused', postgres: 'env' | 'container' | 'local' | 'embedded' },
 *   stop: () => Promise<void>
 * }>}
 *   `env` is what to add to the services' / jest's environment (DATABASE_URL is the server's
 *   URL; the services derive their own databases from it). stop() stops what was started here
 *   (nothing that was provided or reused), is idempotent and never throws.
 */
export async function startInfrastructure({ log = createLog('infra'), preferContainers = false, env = process.env } = {}) {
  const started = Date.now();
  const stops = []; // [name, fn], stopped in reverse order
  const result = { env: {}, sources: {} };
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    for (const [name, fn] of stops.reverse()) {
      try {
        await fn();
      } catch (err) {
        log(`stopping ${name} failed: ${err.message}`);
      }
    }
  };

  try {
    // 1. provided
    if (env.KAFKA_BROKERS) {
      log(`Kafka: using KAFKA_BROKERS=${env.KAFKA_BROKERS}`);
      result.env.KAFKA_BROKERS = env.KAFKA_BROKERS;
      result.sources.kafka = 'env';
    }
    if (env.DATABASE_URL) {
      const { redact } = await import('./postgres.mjs');
      log(`PostgreSQL: using DATABASE_URL=${redact(env.DATABASE_URL)}`);
      result.env.DATABASE_URL = env.DATABASE_URL;
      result.sources.postgres = 'env';
    }
    const needKafka = () => !result.sources.kafka;
    const needPostgres = () => !result.sources.postgres;

    // 2. containers (tests only)
    const mode = env.LHASA_INFRA || 'auto';
    if (!['auto', 'local', 'containers'].includes(mode)) throw new Error(`LHASA_INFRA must be auto, local or containers (got ${mode})`);
    if ((needKafka() || needPostgres()) && (preferContainers || mode === 'containers') && mode !== 'local') {
      const { dockerAvailable, startKafkaContainer, startPostgresContainer } = await import('./containers.mjs');
      if (await dockerAvailable()) {
        log('a Docker engine answers: starting containers with testcontainers');
        const clog = createLog('containers');
        try {
          await settleAll([
            needKafka() &&
              startKafkaContainer({ log: clog }).then((k) => {
                stops.push(['the Kafka container', k.stop]);
                result.env.KAFKA_BROKERS = k.brokers;
                result.sources.kafka = 'container';
              }),
            needPostgres() &&
              startPostgresContainer({ log: clog }).then((p) => {
                stops.push(['the PostgreSQL container', p.stop]);
                result.env.DATABASE_URL = p.url;
                result.sources.postgres = 'container';
              }),
          ]);
        } catch (err) {
          if (mode === 'containers') throw err;
          log(`containers failed (${err.message}); falling back to the local scripts`);
        }
      } else if (mode === 'containers') {
        throw new Error('LHASA_INFRA=containers but `docker info` does not answer');
      } else {
        log('no Docker engine answers (`docker info` failed): using the local scripts');
      }
    }

    // 3. local scripts
    await settleAll([
      needKafka() &&
        import('./kafka.mjs')
          .then(({ startLocalKafka }) => startLocalKafka({ log: createLog('kafka') }))
          .then((k) => {
            stops.push(['Kafka', k.stop]);
            result.env.KAFKA_BROKERS = k.brokers;
            result.sources.kafka = k.reused ? 'local-reused' : 'local';
          }),
      needPostgres() &&
        import('./postgres.mjs')
          .then(({ selectPostgres }) => selectPostgres({ log: createLog('postgres'), env }))
          .then((p) => {
            stops.push(['PostgreSQL', p.stop]);
            result.env.DATABASE_URL = p.url;
            result.sources.postgres = p.source;
          }),
    ]);
  } catch (err) {
    await stop();
    throw err;
  }

  result.env = { KAFKA_BROKERS: result.env.KAFKA_BROKERS, DATABASE_URL: result.env.DATABASE_URL };
  log(`infrastructure ready in ${seconds(Date.now() - started)}: Kafka (${result.sources.kafka}) ${result.env.KAFKA_BROKERS}, PostgreSQL (${result.sources.postgres})`);
  return { env: result.env, sources: result.sources, stop };
}
