/** Messaging settings, read once from the environment with local defaults. */
export interface MessagingConfig {
  service: string;
  brokers: string[];
  clientId: string;
  consumerGroup: string;
  topicNamespace: string;
  partitions: number;
  replicationFactor: number;
  sessionTimeoutMs: number;
  rebalanceTimeoutMs: number;
  heartbeatIntervalMs: number;
  maxAttempts: number;
  /** Messages of one partition handled in one transaction (1 = a transaction per message). */
  transactionBatchSize: number;
  retryBackoffMs: number;
  relayBatchSize: number;
  relayPollMs: number;
  relayLingerMs: number;
  partitionsConsumedConcurrently: number;
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return value;
}

export function loadMessagingConfig(service: string, env: NodeJS.ProcessEnv = process.env): MessagingConfig {
  const topicNamespace = env.TOPIC_NAMESPACE ?? '';
  return {
    service,
    brokers: (env.KAFKA_BROKERS || '127.0.0.1:9092').split(',').map((b) => b.trim()).filter(Boolean),
    clientId: env.KAFKA_CLIENT_ID || service,
    consumerGroup: topicNamespace ? `${topicNamespace}.${service}` : service,
    topicNamespace,
    partitions: int(env, 'KAFKA_PARTITIONS', 3),
    replicationFactor: int(env, 'KAFKA_REPLICATION_FACTOR', 1),
    sessionTimeoutMs: int(env, 'KAFKA_SESSION_TIMEOUT_MS', 10000),
    rebalanceTimeoutMs: int(env, 'KAFKA_REBALANCE_TIMEOUT_MS', 30000),
    heartbeatIntervalMs: int(env, 'KAFKA_HEARTBEAT_INTERVAL_MS', 3000),
    maxAttempts: Math.max(1, int(env, 'MESSAGING_MAX_ATTEMPTS', 5)),
    transactionBatchSize: Math.max(1, int(env, 'MESSAGING_TRANSACTION_BATCH', 50)),
    retryBackoffMs: int(env, 'MESSAGING_RETRY_BACKOFF_MS', 200),
    relayBatchSize: Math.max(1, int(env, 'OUTBOX_BATCH_SIZE', 500)),
    relayPollMs: Math.max(10, int(env, 'OUTBOX_POLL_MS', 250)),
    relayLingerMs: int(env, 'OUTBOX_LINGER_MS', 5),
    partitionsConsumedConcurrently: Math.max(1, int(env, 'KAFKA_PARTITIONS_CONCURRENCY', 3)),
  };
}
