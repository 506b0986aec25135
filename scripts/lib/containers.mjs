// Kafka and PostgreSQL in Docker containers through testcontainers, for tests on machines with a
// Docker engine. Official images: apache/kafka:3.9.1 and postgres:16.
//
// testcontainers is imported lazily, only after `docker info` has answered, so machines without
// an engine pay ~nothing for this path.
import { spawn } from 'node:child_process';
import { createLog, freePort, seconds, waitFor } from './util.cjs';

export const KAFKA_IMAGE = process.env.LHASA_KAFKA_IMAGE || 'apache/kafka:3.9.1';
export const POSTGRES_IMAGE = process.env.LHASA_POSTGRES_IMAGE || 'postgres:16';

/**
 * Whether a Docker engine answers (`docker info` exits 0 within `timeoutMs`). Resolves false
 * when the docker CLI is missing, the daemon is down, or it takes too long.
 */
export function dockerAvailable({ timeoutMs = 10_000 } = {}) {
  return new Promise((resolve) => {
    let child;
    try {
      child = spawn('docker', ['info', '--format', '{{.ServerVersion}}'], { stdio: 'ignore' });
    } catch {
      resolve(false);
      return;
    }
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve(false);
    }, timeoutMs);
    child.on('error', () => {
      clearTimeout(timer);
      resolve(false);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve(code === 0);
    });
  });
}

/**
 * Starts apache/kafka in KRaft combined mode. The broker must advertise an address the host can
 * reach, which with a random port mapping is only known after start; instead a free host port is
 * chosen first and used on both sides of the mapping, so the advertised listener is right from
 * the first byte. The container's hostname for the advertised address is the runtime's host
 * (localhost, or the remote engine's address with DOCKER_HOST).
 * @returns {Promise<{ brokers: string, stop: () => Promise<void> }>}
 */
export async function startKafkaContainer({ log = createLog('containers'), startTimeoutMs = 120_000 } = {}) {
  const { GenericContainer, Wait, getContainerRuntimeClient } = await import('testcontainers');
  const client = await getContainerRuntimeClient();
  const host = client.info.containerRuntime.host || 'localhost';
  const port = await freePort();
  const started = Date.now();
  log(`starting ${KAFKA_IMAGE} (host port ${port})`);
  const container = await new GenericContainer(KAFKA_IMAGE)
    .withExposedPorts({ container: port, host: port })
    .withEnvironment({
      // With any KAFKA_* variable set, the image uses only the variables: give them all.
      CLUSTER_ID: 'WFa6zDNbveVMVsxY3fNTYA',
      KAFKA_NODE_ID: '1',
      KAFKA_PROCESS_ROLES: 'broker,controller',
      KAFKA_CONTROLLER_QUORUM_VOTERS: '1@localhost:9093',
      KAFKA_CONTROLLER_LISTENER_NAMES: 'CONTROLLER',
      KAFKA_LISTENERS: `PLAINTEXT://0.0.0.0:${port},CONTROLLER://localhost:9093`,
      KAFKA_ADVERTISED_LISTENERS: `PLAINTEXT://${host}:${port}`,
      KAFKA_LISTENER_SECURITY_PROTOCOL_MAP: 'CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
      KAFKA_INTER_BROKER_LISTENER_NAME: 'PLAINTEXT',
      KAFKA_LOG_DIRS: '/tmp/kraft-combined-logs',
      KAFKA_NUM_PARTITIONS: '3',
      KAFKA_AUTO_CREATE_TOPICS_ENABLE: 'true',
      KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR: '1',
      KAFKA_OFFSETS_TOPIC_NUM_PARTITIONS: '10',
      KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR: '1',
      KAFKA_TRANSACTION_STATE_LOG_MIN_ISR: '1',
      KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS: '0',
      KAFKA_HEAP_OPTS: '-Xms256m -Xmx768m',
    })
    .withWaitStrategy(Wait.forLogMessage(/Kafka Server started/))
    .withStartupTimeout(startTimeoutMs)
    .start();
  const brokers = `${host}:${port}`;
  // The log line comes a moment before the broker serves clients from the host: ask it.
  const { probeKafka } = await import('./kafka.mjs');
  try {
    await waitFor(() => probeKafka(brokers, { timeoutMs: 3000 }), { timeoutMs: 60_000, intervalMs: 500, what: `Kafka container on ${brokers}` });
  } catch (err) {
    await container.stop({ timeout: 5000 }).catch(() => {});
    throw err;
  }
  log(`Kafka container ${container.getId().slice(0, 12)} is up on ${brokers} after ${seconds(Date.now() - started)}`);
  return {
    brokers,
    stop: async () => {
      await container.stop({ timeout: 10_000 });
      log('Kafka container stopped');
    },
  };
}

/**
 * Starts postgres:16 with user/password postgres.
 * @returns {Promise<{ url: string, stop: () => Promise<void> }>}
 */
export async function startPostgresContainer({ log = createLog('containers') } = {}) {
  const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
  const started = Date.now();
  log(`starting ${POSTGRES_IMAGE}`);
  const container = await new PostgreSqlContainer(POSTGRES_IMAGE)
    .withUsername('postgres')
    .withPassword('postgres')
    .withDatabase('postgres')
    .withCommand(['postgres', '-c', 'max_connections=200', '-c', 'fsync=off'])
    .start();
  const url = `postgres://postgres:postgres@${container.getHost()}:${container.getPort()}/postgres`;
  log(`PostgreSQL container ${container.getId().slice(0, 12)} is up on ${container.getHost()}:${container.getPort()} after ${seconds(Date.now() - started)}`);
  return {
    url,
    stop: async () => {
      await container.stop({ timeout: 10_000 });
      log('PostgreSQL container stopped');
    },
  };
}
